package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.Correction;
import dev.nyx.core.storage.NewApplication;
import dev.nyx.core.storage.Storage;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Effort;
import dev.nyx.model.PostingKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --db} and {@code --data-dir} on every command that opens the database, and each command
 * using the database they name (real H2 files in temporary folders; the configuration's own data
 * folder must stay untouched).
 */
class StorageOptionsTest {
    @TempDir
    Path temp;

    private Path configuredData() {
        return temp.resolve("configured");
    }

    @Test
    void should_store_the_correction_in_the_database_named_with_db_when_answering() {
        // given: an application in a database outside the configured data folder
        Path elsewhere = temp.resolve("elsewhere");
        NyxConfig.Database database = h2(elsewhere.resolve("nyx"));
        long id = createApplication(database, "answered", ApplicationStatus.MATCHED);

        // when
        CommandResult result = run("answer", "--db", database.url().orElseThrow(), String.valueOf(id),
                "Are you willing to relocate?", "No");

        // then: stored there, and the configured data folder has no database at all
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Stored: \"Are you willing to relocate?\" -> \"No\"");
        try (Storage storage = Storage.open(database, elsewhere, Clock.systemUTC())) {
            assertThat(storage.answerBank().latest()).extracting(Correction::answer, Correction::applicationId)
                    .containsExactly(tuple("No", Optional.of(id)));
        }
        assertThat(configuredData().resolve("db")).doesNotExist();
    }

    @Test
    void should_use_the_embedded_database_of_the_data_folder_named_with_data_dir_when_listing_the_queue() {
        // given
        Path dataFolder = temp.resolve("other-data");
        long id = createApplication(embedded(), dataFolder, "queued", ApplicationStatus.AWAITING_APPROVAL);

        // when
        CommandResult queue = run("queue", "--data-dir", dataFolder.toString());
        CommandResult approve = run("approve", "--data-dir", dataFolder.toString(), String.valueOf(id));
        CommandResult tier = run("company", "tier", "--data-dir", dataFolder.toString(), "Acme GmbH", "top");

        // then
        assertThat(queue.exitCode()).as(queue.err()).isZero();
        assertThat(queue.out()).contains("1 application waits for approval", "https://jobs.example.com/queued");
        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(tier.exitCode()).as(tier.err()).isZero();
        try (Storage storage = Storage.open(embedded(), dataFolder, Clock.systemUTC())) {
            assertThat(storage.applications().find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(storage.companies().list()).extracting(company -> company.name()).containsExactly("Acme GmbH");
        }
        assertThat(configuredData().resolve("db")).doesNotExist();
    }

    @Test
    void should_offer_db_and_data_dir_when_a_command_opens_the_database() {
        // given
        CommandLine nyx = NyxCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of());

        // when / then
        for (List<String> path : List.of(List.of("apply"), List.of("demo"), List.of("queue"), List.of("queue", "run"),
                List.of("approve"), List.of("reject"), List.of("company", "tier"), List.of("company", "list"),
                List.of("answer"), List.of("status"), List.of("prep"))) {
            CommandLine command = nyx;
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            assertThat(command.getCommandSpec().findOption("--db")).as(String.join(" ", path) + " --db").isNotNull();
            assertThat(command.getCommandSpec().findOption("--data-dir")).as(String.join(" ", path) + " --data-dir")
                    .isNotNull();
        }
    }

    private CommandResult run(String... args) {
        return CommandResult.run(Map.of("NYX_DATA_DIRECTORY", configuredData().toString()), args);
    }

    private static NyxConfig.Database h2(Path file) {
        return new NyxConfig.Database(Optional.of("jdbc:h2:file:" + file), Optional.empty(), Optional.empty(), 2);
    }

    private static NyxConfig.Database embedded() {
        return new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2);
    }

    private long createApplication(NyxConfig.Database database, String slug, ApplicationStatus target) {
        return createApplication(database, temp.resolve("unused"), slug, target);
    }

    /** An application walked through the status model to {@code target} (MATCHED or AWAITING_APPROVAL). */
    private static long createApplication(NyxConfig.Database database, Path dataFolder, String slug,
                                          ApplicationStatus target) {
        try (Storage storage = Storage.open(database, dataFolder, Clock.systemUTC())) {
            ApplicationStore applications = storage.applications();
            long id = applications.create(NewApplication.discovered(PostingKey.of("test", slug),
                    URI.create("https://jobs.example.com/" + slug))).id();
            applications.update(id, ApplicationPatch.none().withMatchScore(40).withEffort(Effort.LOW));
            List<ApplicationStatus> path = List.of(ApplicationStatus.DISCOVERED, ApplicationStatus.FETCHED,
                    ApplicationStatus.MATCHED, ApplicationStatus.AWAITING_APPROVAL);
            for (int step = 1; step < path.size() && path.get(step - 1) != target; step++) {
                applications.transition(id, path.get(step - 1), path.get(step), Optional.empty(), false);
            }
            return id;
        }
    }
}
