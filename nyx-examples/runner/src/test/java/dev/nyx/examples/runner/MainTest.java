package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final Path SAMPLES = Path.of("..", "sample");

    @TempDir
    Path temp;

    @Test
    void should_print_a_summary_and_exit_0_when_the_profile_is_valid() {
        // when
        CommandResult result = CommandResult.run("profile", "check", SAMPLES.resolve("profile.yaml").toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
        assertThat(result.out())
                .contains("is valid")
                .contains("Mara Lindqvist")
                .contains("mara.lindqvist@example.com")
                .containsPattern("jobs: +3")
                .containsPattern("resumes: +\\d+ \\(default: \\w+\\)")
                .contains("work authorisation:");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_list_every_problem_with_its_path_and_exit_2_when_the_profile_is_broken() {
        // when
        CommandResult result = CommandResult.run("profile", "check",
                SAMPLES.resolve("broken-profile.yaml").toString());

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("5 problems");
        assertThat(result.err().lines().filter(line -> line.startsWith("  "))).hasSize(5);
        assertThat(result.err())
                .containsPattern("basics\\.email \\(line \\d+\\)")
                .containsPattern("nyx\\.salary\\.currency \\(line \\d+\\)")
                .containsPattern("work\\[1\\]\\.startDate \\(line \\d+\\)")
                .containsPattern("nyx\\.salery \\(line \\d+\\)")
                .containsPattern("nyx\\.resumes\\[0\\]\\.path \\(line \\d+\\)")
                .doesNotContain("Exception");
    }

    @Test
    void should_exit_2_with_a_clear_message_when_the_profile_file_is_missing() {
        // given
        Path missing = temp.resolve("no-profile.yaml");

        // when
        CommandResult result = CommandResult.run("profile", "check", missing.toString());

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(missing.toString()).contains("does not exist").doesNotContain("\tat ");
    }

    @Test
    void should_say_that_the_profile_path_is_a_folder_when_it_is_one() throws Exception {
        // given
        Path folder = Files.createDirectories(temp.resolve("profiles"));

        // when
        CommandResult check = CommandResult.run("profile", "check", folder.toString());
        CommandResult apply = CommandResult.run("apply", "--profile", folder.toString(), "--dry-run",
                "https://boards.greenhouse.io/acme/jobs/1");

        // then
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains(folder.toString()).contains("is a folder, not a file")
                .doesNotContain("does not exist");
        assertThat(apply.exitCode()).isEqualTo(2);
        assertThat(apply.err()).contains("is a folder, not a file").contains("--profile");
    }

    @Test
    void should_exit_2_naming_the_problem_when_the_configuration_file_is_malformed() throws Exception {
        // given
        Path syntax = Files.writeString(temp.resolve("syntax.yaml"), "database:\n  url: [oops\n");
        Path unknownKey = Files.writeString(temp.resolve("typo.yaml"), "databse:\n  url: x\n");

        // when
        CommandResult broken = CommandResult.run("--config", syntax.toString(), "queue");
        CommandResult typo = CommandResult.run("--config", unknownKey.toString(), "queue");

        // then
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("syntax.yaml has 1 problem", "line 2").doesNotContain("\tat ");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown key \"databse\"; did you mean database?");
    }

    @Test
    void should_exit_2_without_repeating_the_url_when_db_is_not_a_jdbc_url() {
        // when
        CommandResult result = CommandResult.run(Map.of("NYX_DATA_DIRECTORY", temp.toString()), "queue", "--db",
                "postgres://nyx:s3cret@localhost/nyx");

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--db is not an H2 or PostgreSQL JDBC URL").doesNotContain("s3cret");
    }

    @Test
    void should_print_one_line_naming_db_and_exit_1_when_the_database_of_db_cannot_be_reached() {
        // when: nothing listens on port 1
        CommandResult result = CommandResult.run(Map.of("NYX_DATA_DIRECTORY", temp.toString()), "queue", "--db",
                "jdbc:postgresql://127.0.0.1:1/nyx");

        // then: no Guice dump, no stack trace, and the URL's origin named
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("nyx: cannot connect to database").contains("the --db URL")
                .doesNotContain("database.url"));
    }

    @Test
    void should_show_the_stack_trace_when_verbose_is_given() {
        // when
        CommandResult result = CommandResult.run("--verbose", "profile", "check", temp.resolve("none.yaml").toString());

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("does not exist").contains("\tat ");
    }

    @Test
    void should_exit_2_with_usage_when_the_command_line_is_wrong() {
        // when
        CommandResult unknownOption = CommandResult.run("plugins", "--no-such-option");
        CommandResult missingFile = CommandResult.run("profile", "check");

        // then
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("--no-such-option");
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err()).contains("FILE");
    }

    @Test
    void should_exit_2_when_the_config_file_is_missing() {
        // given
        Path missing = temp.resolve("missing-nyx.yaml");

        // when
        CommandResult result = CommandResult.run("--config", missing.toString(), "plugins");

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(missing.toString()).contains("--config");
    }

    @Test
    void should_report_no_plugins_and_exit_0_when_the_plugins_folder_is_empty() throws Exception {
        // given
        Path plugins = Files.createDirectories(temp.resolve("plugins"));

        // when
        CommandResult result = CommandResult.run("--plugins", plugins.toString(), "plugins");

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
        assertThat(result.out()).contains(plugins.toString()).contains("No plugins found.");
    }

    @Test
    void should_list_a_broken_archive_with_its_reason_when_plugins_are_listed() throws Exception {
        // given
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Files.writeString(plugins.resolve("broken.jar"), "not a jar");

        // when
        CommandResult result = CommandResult.run("plugins", "--plugins", plugins.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
        assertThat(result.out()).contains("broken.jar (unknown version) FAILED")
                .contains("reason: not a readable plugin");
    }

    @Test
    void should_print_usage_and_exit_0_when_no_command_is_given() {
        // when
        CommandResult result = CommandResult.run();

        // then
        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("profile").contains("plugins").contains("--config");
    }
}
