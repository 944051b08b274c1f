package dev.nyx.core.profile;

import static dev.nyx.core.profile.ProfileFiles.SAMPLE_FOLDER;
import static dev.nyx.core.profile.ProfileFiles.minimalYaml;
import static dev.nyx.core.profile.ProfileFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nyx.core.problem.Problem;
import dev.nyx.core.problem.ValidationException;
import dev.nyx.model.Resume;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.RemotePreference;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
    private final ProfileLoader loader = new ProfileLoader();

    @TempDir
    Path folder;

    @Test
    void should_load_every_value_when_the_sample_profile_is_valid() {
        // given
        Path file = SAMPLE_FOLDER.resolve("profile.yaml");

        // when
        Profile profile = loader.load(file);

        // then
        assertThat(profile.fullName()).isEqualTo("Mara Lindqvist");
        assertThat(profile.firstName()).isEqualTo("Mara");
        assertThat(profile.lastName()).isEqualTo("Lindqvist");
        assertThat(profile.basics().email()).isEqualTo("mara.lindqvist@example.com");
        assertThat(profile.basics().phone()).contains("+49 170 5550123");
        assertThat(profile.basics().location().countryCode()).contains("DE");
        assertThat(profile.basics().location().postalCode()).contains("10969");
        assertThat(profile.basics().profiles()).hasSize(2);
        assertThat(profile.work()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(profile.work().get(0).isCurrent()).isTrue();
        assertThat(profile.work().get(1).startDate()).contains(PartialDate.parse("2017-02").orElseThrow());
        assertThat(profile.education()).hasSize(2);
        assertThat(profile.education().get(0).score()).contains("1.4");
        assertThat(profile.skills()).extracting(skill -> skill.name()).contains("Java");
        assertThat(profile.languages()).hasSize(3);
        assertThat(profile.nyx().workAuthorization()).isEqualTo(Map.of("DE", true, "SE", true, "US", false));
        assertThat(profile.nyx().requiresSponsorship()).contains(false);
        assertThat(profile.nyx().salary()).hasValueSatisfying(salary -> {
            assertThat(salary.min()).isEqualByComparingTo(new BigDecimal("85000"));
            assertThat(salary.currency()).isEqualTo("EUR");
            assertThat(salary.period()).isEqualTo(SalaryPeriod.YEAR);
        });
        assertThat(profile.nyx().noticePeriodDays()).contains(90);
        assertThat(profile.nyx().willingToRelocate()).contains(true);
        assertThat(profile.nyx().remote()).isEqualTo(RemotePreference.HYBRID);
        assertThat(profile.nyx().eeo().gender().declined()).isTrue();
        assertThat(profile.nyx().resumes()).extracting(Resume::id).containsExactly("en", "de");
        assertThat(profile.nyx().defaultResume()).hasValueSatisfying(resume -> {
            assertThat(resume.id()).isEqualTo("en");
            assertThat(resume.path()).isEqualTo(SAMPLE_FOLDER.resolve("resume-en.pdf"));
            assertThat(resume.language()).contains("en");
        });
        assertThat(profile.nyx().answers()).hasSize(3);
        assertThat(profile.nyx().answers().get(1).matches("Years of professional Java experience?")).isTrue();
        assertThat(profile.nyx().coverLetterTemplate()).hasValueSatisfying(text -> assertThat(text).contains("{{company}}"));
        assertThat(profile.nyx().personal()).containsEntry("dateOfBirth", "1989-06-14");
        assertThat(profile.nyx().sensitive()).contains("basics.phone");
    }

    @Test
    void should_report_exactly_five_problems_with_paths_and_lines_when_the_broken_sample_is_loaded() {
        // given
        Path file = SAMPLE_FOLDER.resolve("broken-profile.yaml");

        // when
        ValidationException exception = catchThrowableOfType(ValidationException.class, () -> loader.load(file));

        // then
        assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_PROFILE);
        assertThat(exception.problems()).extracting(Problem::path).containsExactly(
                "basics.email", "work[1].startDate", "nyx.salary.currency", "nyx.salery", "nyx.resumes[0].path");
        assertThat(exception.problems()).extracting(problem -> problem.line().orElseThrow())
                .containsExactly(9, 19, 24, 26, 30);
        assertThat(exception.problems().get(2).describe()).isEqualTo(
                "nyx.salary.currency (line 24): \"EURO\" is not an ISO 4217 currency code; expected e.g. EUR, USD");
        assertThat(exception.problems().get(3).message()).contains("did you mean salary?");
        assertThat(exception.getMessage()).startsWith("broken-profile.yaml has 5 problems:")
                .contains("basics.email (line 9)", "resume-missing.pdf does not exist");
    }

    @Test
    void should_load_the_same_profile_when_written_as_json() {
        // given
        Path file = write(folder, "profile.json", """
                {
                  "basics": {"name": "Jane Doe", "email": "jane.doe@example.com",
                             "location": {"countryCode": "US", "city": "Boston"}},
                  "work": [{"name": "Acme", "startDate": "2019", "endDate": "2020-06-30"}],
                  "nyx": {"resumes": [{"id": "en", "path": "cv.pdf"}], "salary": {"min": 120000, "currency": "usd"},
                          "remote": "REMOTE", "noticePeriodDays": 14}
                }
                """);

        // when
        Profile profile = loader.load(file);

        // then
        assertThat(profile.basics().location().city()).contains("Boston");
        assertThat(profile.work().get(0).endDate()).map(PartialDate::toString).contains("2020-06-30");
        assertThat(profile.nyx().salary().orElseThrow().currency()).isEqualTo("USD");
        assertThat(profile.nyx().salary().orElseThrow().period()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(profile.nyx().remote()).isEqualTo(RemotePreference.REMOTE);
        assertThat(profile.nyx().resumes()).singleElement().satisfies(resume -> {
            assertThat(resume.isDefault()).isTrue();
            assertThat(resume.path()).isEqualTo(folder.toAbsolutePath().resolve("cv.pdf"));
        });
    }

    @Test
    void should_report_problems_with_lines_when_a_json_profile_is_invalid() {
        // given
        Path file = write(folder, "profile.json", """
                {
                  "basics": {"name": "Jane Doe", "email": "jane.doe@example.com"},
                  "nyx": {
                    "requiresSponsorship": "no",
                    "noticePeriodDays": -5
                  }
                }
                """);

        // when
        ValidationException exception = catchThrowableOfType(ValidationException.class, () -> loader.load(file));

        // then
        assertThat(exception.problems()).extracting(Problem::describe).containsExactly(
                "nyx.requiresSponsorship (line 4): expected true or false, found text \"no\"",
                "nyx.noticePeriodDays (line 5): -5 is negative; expected 0 or more");
    }

    @Test
    void should_report_one_syntax_problem_with_line_and_column_when_yaml_is_malformed() {
        // given
        Path file = write(folder, "profile.yaml", "basics:\n  name: Jane\n  email: [unclosed\nnyx: {}\n");

        // when
        ValidationException exception = catchThrowableOfType(ValidationException.class, () -> loader.load(file));

        // then
        assertThat(exception.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.line()).isPresent();
            assertThat(problem.column()).isPresent();
            assertThat(problem.message()).startsWith("syntax error: ");
            assertThat(problem.describe()).startsWith("line " + problem.line().get() + ", column ");
        });
    }

    @Test
    void should_report_one_syntax_problem_when_json_is_malformed() {
        // given
        Path file = write(folder, "profile.json", "{\n  \"basics\": {\"name\": \"Jane\",}\n}\n");

        // when
        ValidationException exception = catchThrowableOfType(ValidationException.class, () -> loader.load(file));

        // then
        assertThat(exception.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).contains(2);
            assertThat(problem.message()).startsWith("syntax error: ");
        });
    }

    @Test
    void should_name_the_path_when_the_file_is_missing() {
        Path missing = folder.resolve("nowhere.yaml");

        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(NyxException.class)
                .isNotInstanceOf(ValidationException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("does not exist")
                .satisfies(error -> assertThat(((NyxException) error).code()).isEqualTo(ErrorCode.INVALID_PROFILE));
    }

    @Test
    void should_ask_for_json_or_yaml_when_the_file_type_is_unknown() {
        Path file = write(folder, "profile.txt", "basics: {}");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("expected a .json, .yaml or .yml file");
    }

    @Test
    void should_resolve_resume_paths_against_the_profile_folder_when_loaded_from_elsewhere() throws Exception {
        // given
        Path nested = java.nio.file.Files.createDirectories(folder.resolve("me/docs"));
        java.nio.file.Files.writeString(nested.resolve("de.pdf"), "%PDF-1.4\n");
        Path file = write(folder.resolve("me"), "profile.yml", minimalYaml("""
                  - id: de
                    path: docs/de.pdf
                    language: de
                    default: true
                """));

        // when
        Profile profile = loader.load(file);

        // then
        assertThat(profile.nyx().resumes()).extracting(Resume::path).containsExactly(
                folder.resolve("me/cv.pdf").toAbsolutePath(), nested.resolve("de.pdf").toAbsolutePath());
        assertThat(profile.nyx().defaultResume().orElseThrow().id()).isEqualTo("de");
    }

    @Test
    void should_make_the_first_resume_the_default_when_none_is_marked() {
        Path file = write(folder, "profile.yaml", minimalYaml(""));

        Profile profile = loader.load(file);

        assertThat(profile.nyx().defaultResume().orElseThrow().id()).isEqualTo("en");
    }

    @Test
    void should_split_basics_name_when_first_and_last_name_are_not_given() {
        Path file = write(folder, "profile.yaml", minimalYaml("").replace("Jane Doe", "Anna Maria van Dijk"));

        Profile profile = loader.load(file);

        assertThat(profile.firstName()).isEqualTo("Anna Maria van");
        assertThat(profile.lastName()).isEqualTo("Dijk");
    }

    @Test
    void should_accept_first_and_last_name_when_basics_name_is_missing() {
        Path file = write(folder, "profile.yaml", minimalYaml("firstName: Jane\nlastName: Doe")
                .replace("  name: Jane Doe\n", ""));

        Profile profile = loader.load(file);

        assertThat(profile.fullName()).isEqualTo("Jane Doe");
    }

    @Test
    void should_decline_every_eeo_question_when_nothing_is_said() {
        Path file = write(folder, "profile.yaml", minimalYaml("eeo:\n  veteran: No, I am not a veteran"));

        Profile profile = loader.load(file);

        assertThat(profile.nyx().eeo().gender().declined()).isTrue();
        assertThat(profile.nyx().eeo().race().declined()).isTrue();
        assertThat(profile.nyx().eeo().disability().declined()).isTrue();
        assertThat(profile.nyx().eeo().veteran().value()).contains("No, I am not a veteran");
        assertThat(profile.nyx().requiresSponsorship()).isEmpty();
        assertThat(profile.nyx().remote()).isEqualTo(RemotePreference.ANY);
    }

    @Test
    void should_keep_other_json_resume_sections_out_of_the_way_when_present() {
        Path file = write(folder, "profile.yaml", "projects:\n  - name: Nyx\nmeta:\n  version: v1\n" + minimalYaml(""));

        Profile profile = loader.load(file);

        assertThat(profile.fullName()).isEqualTo("Jane Doe");
    }

    @Test
    void should_suggest_the_section_when_a_top_level_key_is_misspelt() {
        Path file = write(folder, "profile.yaml", minimalYaml("") + "eduction: []\n");

        assertThat(problemsOf(file)).extracting(Problem::describe)
                .containsExactly("eduction (line 8): unknown section \"eduction\"; did you mean education?");
    }

    @Test
    void should_not_print_sensitive_values_when_a_profile_is_converted_to_text() {
        Profile profile = loader.load(SAMPLE_FOLDER.resolve("profile.yaml"));

        String text = profile.toString();

        assertThat(text).contains("Mara Lindqvist", "resumes=[en, de]")
                .doesNotContain("1989-06-14", "DE-77-4410-2291", "5550123", "Lindenstrasse", "10969",
                        "mara.lindqvist@example.com", "85000");
    }

    @Test
    void should_summarise_in_one_line_without_personal_details_when_asked() {
        Profile profile = loader.load(SAMPLE_FOLDER.resolve("profile.yaml"));

        assertThat(profile.summary()).isEqualTo("Mara Lindqvist: 3 jobs, 2 education entries, 3 skills, 3 languages, "
                + "2 resumes (default en), 3 answers, 4 sensitive paths");
    }

    private List<Problem> problemsOf(Path file) {
        ValidationException exception = catchThrowableOfType(ValidationException.class, () -> loader.load(file));
        assertThat(exception).as("expected %s to be rejected", file).isNotNull();
        return exception.problems();
    }

    static Optional<Problem> problemAt(List<Problem> problems, String path) {
        return problems.stream().filter(problem -> problem.path().equals(path)).findFirst();
    }
}
