package dev.nyx.core.profile;

import static dev.nyx.core.profile.ProfileFiles.minimalYaml;
import static dev.nyx.core.profile.ProfileFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nyx.core.problem.Problem;
import dev.nyx.core.problem.ValidationException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake a profile can have, and the problem reported for it. */
class ProfileValidationTest {
    private final ProfileLoader loader = new ProfileLoader();

    @TempDir
    Path folder;

    @Test
    void should_report_missing_name_when_neither_basics_name_nor_first_and_last_name_are_given() {
        List<Problem> problems = problemsOf(minimalYaml("firstName: Jane").replace("  name: Jane Doe\n", ""));

        assertThat(problems).extracting(Problem::describe).containsExactly(
                "basics.name (line 1): missing; give basics.name or both nyx.firstName and nyx.lastName");
    }

    @Test
    void should_report_missing_email_when_basics_has_none() {
        List<Problem> problems = problemsOf(minimalYaml("").replace("  email: jane.doe@example.com\n", ""));

        assertThat(problems).extracting(Problem::path).containsExactly("basics.email");
        assertThat(problems.get(0).message()).contains("missing", "jane.doe@example.com");
    }

    @Test
    void should_report_an_implausible_phone_number_when_it_has_letters_or_too_few_digits() {
        List<Problem> problems = problemsOf(minimalYaml("").replace("basics:\n", "basics:\n  phone: call me\n"));

        assertThat(problems).extracting(Problem::describe).containsExactly("basics.phone (line 2): \"call me\" is not "
                + "a plausible phone number; expected 7 to 15 digits, e.g. +49 30 1234567");
    }

    @Test
    void should_hide_the_value_in_the_problem_when_the_invalid_field_is_sensitive() {
        List<Problem> problems = problemsOf(minimalYaml("sensitive: [basics.phone]")
                .replace("basics:\n", "basics:\n  phone: \"12-34\"\n"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("basics.phone");
            assertThat(problem.message()).doesNotContain("12-34").contains("sensitive, not shown");
        });
    }

    @Test
    void should_describe_only_the_type_when_a_sensitive_value_has_the_wrong_type() {
        List<Problem> problems = problemsOf(minimalYaml("noticePeriodDays: ninety days 4711\nsensitive: [noticePeriodDays]"));

        assertThat(problems).extracting(Problem::describe).containsExactly(
                "nyx.noticePeriodDays (line 8): expected a whole number, found text (not shown: sensitive)");
    }

    @Test
    void should_report_only_the_type_when_basics_is_not_an_object() {
        List<Problem> problems = problemsOf("basics: Jane Doe\n" + minimalYaml("").substring(minimalYaml("").indexOf("nyx:")));

        assertThat(problems).extracting(Problem::describe).containsExactly(
                "basics (line 1): expected an object (keys and values), found text \"Jane Doe\"");
    }

    @Test
    void should_report_once_when_sensitive_is_not_a_list() {
        List<Problem> problems = problemsOf(minimalYaml("sensitive: basics.phone"));

        assertThat(problems).extracting(Problem::describe).containsExactly(
                "nyx.sensitive (line 8): expected a list, found text \"basics.phone\"");
    }

    @Test
    void should_report_urls_that_are_not_http_when_given_in_basics_and_profiles() {
        List<Problem> problems = problemsOf(minimalYaml("").replace("basics:\n", """
                basics:
                  url: ftp://files.example.com
                  profiles:
                    - network: GitHub
                      url: not a url
                """));

        assertThat(problems).extracting(Problem::path).containsExactly("basics.url", "basics.profiles[0].url");
        assertThat(problems.get(0).message()).isEqualTo(
                "\"ftp://files.example.com\" is not an http(s) URL; expected e.g. https://example.com/jane");
    }

    @Test
    void should_report_bad_dates_and_end_before_start_when_work_and_education_have_them() {
        List<Problem> problems = problemsOf(minimalYaml("") + """
                work:
                  - name: Acme
                    startDate: 2020-13
                  - name: Initech
                    startDate: 2020-05
                    endDate: 2019
                education:
                  - institution: MIT
                    startDate: 2021-02-30
                """);

        assertThat(problems).extracting(Problem::describe).containsExactly(
                "work[0].startDate (line 10): \"2020-13\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-03",
                "work[1].endDate (line 13): 2019 is before the start date 2020-05; expected an end date on or after the start",
                "education[0].startDate (line 16): \"2021-02-30\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, "
                        + "e.g. 2021-03");
    }

    @Test
    void should_report_country_codes_that_are_not_iso_3166_when_used_in_location_and_work_authorization() {
        List<Problem> problems = problemsOf(minimalYaml("workAuthorization:\n  UK: true\n  DE: yes please")
                .replace("basics:\n", "basics:\n  location:\n    countryCode: Germany\n"));

        assertThat(problems).extracting(Problem::path).containsExactly(
                "basics.location.countryCode", "nyx.workAuthorization.UK", "nyx.workAuthorization.DE");
        assertThat(problems.get(0).message()).isEqualTo(
                "\"Germany\" is not an ISO 3166 country code; expected two upper-case letters, e.g. DE, US");
        assertThat(problems.get(2).message()).isEqualTo("expected true or false, found text \"yes please\"");
    }

    @Test
    void should_list_allowed_values_when_an_enum_value_is_unknown() {
        List<Problem> problems = problemsOf(minimalYaml("remote: sometimes\nsalary:\n  min: 1\n  currency: EUR\n"
                + "  period: yearly"));

        assertThat(problems).extracting(Problem::message).containsExactly(
                "\"sometimes\" is not a remote preference; expected one of remote, hybrid, onsite, any",
                "\"yearly\" is not a salary period; expected one of hour, day, week, month, year");
    }

    @Test
    void should_report_negative_and_mistyped_numbers_when_salary_and_notice_period_have_them() {
        List<Problem> problems = problemsOf(minimalYaml("noticePeriodDays: two weeks\nsalary:\n  min: -100\n"
                + "  currency: EUR"));

        assertThat(problems).extracting(Problem::describe).containsExactly(
                "nyx.noticePeriodDays (line 8): expected a whole number, found text \"two weeks\"",
                "nyx.salary.min (line 10): -100 is negative; expected 0 or more");
    }

    @Test
    void should_report_the_type_when_a_list_or_object_is_written_where_text_is_expected() {
        List<Problem> problems = problemsOf(minimalYaml("").replace("name: Jane Doe", "name: [Jane, Doe]")
                + "skills: Java\n");

        assertThat(problems).extracting(Problem::describe).containsExactly(
                "basics.name (line 2): expected text, found a list",
                "skills (line 8): expected a list, found text \"Java\"");
    }

    @Test
    void should_report_regexes_that_do_not_compile_when_the_answer_bank_has_them() {
        List<Problem> problems = problemsOf(minimalYaml("""
                answers:
                  - question: /years of [java experience/i
                    answer: "12"
                  - question: /salary/q
                    answer: 85000 EUR
                  - question: Plain question?
                """));

        assertThat(problems).extracting(Problem::path).containsExactly(
                "nyx.answers[0].question", "nyx.answers[1].question", "nyx.answers[2].answer");
        assertThat(problems.get(0).message()).startsWith("/years of [java experience/ is not a valid regular expression");
        assertThat(problems.get(1).message()).contains("\"q\" are not regular-expression flags");
        assertThat(problems.get(2).message()).isEqualTo("missing; expected the answer to give");
    }

    @Test
    void should_report_resume_problems_when_files_are_missing_ids_repeat_or_two_are_default() {
        List<Problem> problems = problemsOf(minimalYaml("""
                    default: true
                  - id: en
                    path: cv.pdf
                    language: english
                    default: true
                  - id: fr
                    path: lettre.pdf
                """.stripIndent()).replace("      default: true\n  - id: en", "      default: true\n    - id: en"));

        assertThat(problems).extracting(Problem::path).containsExactly("nyx.resumes[1].id",
                "nyx.resumes[1].language", "nyx.resumes[1].default", "nyx.resumes[2].path");
        assertThat(problems.get(2).message()).isEqualTo(
                "a second resume is marked default (nyx.resumes[0] is too); mark exactly one");
        assertThat(problems.get(3).message()).contains(folder.toAbsolutePath().resolve("lettre.pdf").toString(),
                "does not exist");
    }

    @Test
    void should_suggest_the_known_key_when_a_nyx_key_is_misspelt() {
        List<Problem> problems = problemsOf(minimalYaml("noticePeriod: 30\nfavouriteColour: blue\n"
                + "salary:\n  minimum: 10\n  currency: EUR"));

        assertThat(problems).extracting(Problem::describe).containsExactly(
                "nyx.noticePeriod (line 8): unknown key \"noticePeriod\"; did you mean noticePeriodDays?",
                "nyx.favouriteColour (line 9): unknown key \"favouriteColour\"; expected one of [answers, coverLetter, "
                        + "eeo, firstName, lastName, marketingOptIn, noticePeriodDays, personal, remote, requiresSponsorship, "
                        + "resumes, salary, sensitive, willingToRelocate, workAuthorization]",
                "nyx.salary.min (line 10): missing; expected the lowest acceptable pay, e.g. 85000",
                "nyx.salary.minimum (line 11): unknown key \"minimum\"; did you mean min?");
    }

    @Test
    void should_report_sensitive_paths_that_name_nothing_when_they_are_neither_values_nor_known_wildcards() {
        List<Problem> problems = problemsOf(minimalYaml("""
                personal:
                  dateOfBirth: "1990-01-01"
                sensitive:
                  - personal.dateOfBirth
                  - basics.*
                  - basics.fax
                  - hobbies.*
                """));

        assertThat(problems).extracting(Problem::path).containsExactly("nyx.sensitive[2]", "nyx.sensitive[3]");
        assertThat(problems.get(0).message()).startsWith("\"basics.fax\" names no value in this profile");
        assertThat(problems.get(1).message()).startsWith("\"hobbies.*\" is not a wildcard of a known section");
    }

    @Test
    void should_report_a_key_that_appears_twice_when_the_yaml_repeats_it() {
        List<Problem> problems = problemsOf(minimalYaml("remote: hybrid\nremote: onsite"));

        assertThat(problems).extracting(Problem::describe)
                .containsExactly("nyx.remote (line 9): appears twice; remove one of them");
    }

    private List<Problem> problemsOf(String yaml) {
        Path file = write(folder, "profile.yaml", yaml);
        ValidationException exception = catchThrowableOfType(ValidationException.class, () -> loader.load(file));
        assertThat(exception).as("expected the profile to be rejected:%n%s", yaml).isNotNull();
        return exception.problems();
    }
}
