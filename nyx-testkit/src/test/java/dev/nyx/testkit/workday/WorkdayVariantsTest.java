package dev.nyx.testkit.workday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkdayVariantsTest {
    private static final List<String> USUAL_ORDER = List.of(WorkdayVariants.MY_INFORMATION,
            WorkdayVariants.MY_EXPERIENCE, WorkdayVariants.APPLICATION_QUESTIONS, WorkdayVariants.VOLUNTARY_DISCLOSURES,
            WorkdayVariants.SELF_IDENTIFY, WorkdayStep.REVIEW);

    private static List<WorkdayVariant> hundred() {
        return LongStream.rangeClosed(1, 100).mapToObj(WorkdayVariants::generate).toList();
    }

    private static Stream<WorkdayField> fields(WorkdayVariant variant) {
        return variant.wizard().steps().stream().flatMap(step -> step.fields().stream());
    }

    @Test
    void should_make_the_same_variant_when_given_the_same_seed() {
        // given / when
        WorkdayVariant first = WorkdayVariants.generate(42);
        WorkdayVariant again = WorkdayVariants.generate(42);

        // then
        assertThat(again).isEqualTo(first);
        assertThat(WorkdayVariants.generate(43)).isNotEqualTo(first);
    }

    @Test
    void should_use_every_widget_kind_when_generating_a_hundred_seeds() {
        // given / when
        List<WorkdayVariant> variants = hundred();

        // then
        Set<WorkdayFieldKind> kinds = variants.stream().flatMap(WorkdayVariantsTest::fields).map(WorkdayField::kind)
                .collect(Collectors.toSet());
        // month/year parts and the file input are the My Experience sections' own (work dates, resume)
        assertThat(kinds).containsAll(EnumSet.complementOf(EnumSet.of(WorkdayFieldKind.MONTH_YEAR,
                WorkdayFieldKind.FILE)));
        List<WorkdayField> multiSelects = variants.stream().flatMap(WorkdayVariantsTest::fields)
                .filter(field -> field.kind() == WorkdayFieldKind.MULTISELECT).toList();
        assertThat(multiSelects).anyMatch(field -> !field.categories().isEmpty())
                .anyMatch(field -> field.categories().isEmpty());
        assertThat(variants.stream().flatMap(WorkdayVariantsTest::fields)).anyMatch(field -> field.shownWhen()
                .isPresent());
    }

    @Test
    void should_vary_tenant_steps_and_verification_when_generating_a_hundred_seeds() {
        // given / when
        List<WorkdayVariant> variants = hundred();

        // then
        assertThat(variants).extracting(variant -> variant.tenant().ui()).contains(UiGeneration.LEGACY,
                UiGeneration.FKIT);
        assertThat(variants).extracting(variant -> variant.tenant().offersAutofill()).contains(true, false);
        assertThat(variants).extracting(variant -> variant.wizard().verifyEmail()).contains(true, false);
        assertThat(variants).extracting(variant -> variant.tenant().host()).doesNotHaveDuplicates();
        assertThat(variants).extracting(variant -> variant.tenant().host())
                .anyMatch(host -> host.matches("[a-z0-9]+\\.myworkdayjobs\\.com"))
                .anyMatch(host -> host.matches("[a-z0-9]+\\.wd\\d+\\.myworkdayjobs\\.com"));
        assertThat(variants).extracting(variant -> variant.stepKeys().size()).contains(6).anyMatch(size -> size < 5);
        assertThat(variants).allSatisfy(variant -> {
            assertThat(USUAL_ORDER).containsSubsequence(variant.stepKeys());
            assertThat(variant.stepKeys()).startsWith(WorkdayVariants.MY_INFORMATION, WorkdayVariants.MY_EXPERIENCE)
                    .endsWith(WorkdayStep.REVIEW);
            assertThat(variant.wizard().steps()).allMatch(WorkdayStep::known);
        });
        assertThat(variants).anyMatch(variant -> !variant.stepKeys().contains(WorkdayVariants.SELF_IDENTIFY))
                .anyMatch(variant -> variant.expectedEducation().isEmpty())
                .anyMatch(variant -> !variant.expectedEducation().isEmpty());
        Set<Integer> questionCounts = variants.stream().map(variant -> (int) variant.expected().keySet().stream()
                .filter(key -> key.startsWith(WorkdayVariants.APPLICATION_QUESTIONS + ".")).count())
                .collect(Collectors.toSet());
        assertThat(questionCounts).hasSizeGreaterThan(5);
    }

    @Test
    void should_word_the_same_meaning_differently_when_generating_a_hundred_seeds() {
        // given / when
        List<WorkdayVariant> variants = hundred();

        // then
        assertThat(labelsOf(variants, WorkdayVariants.MY_INFORMATION, "firstName"))
                .contains("First Name", "Legal First Name", "Given Name(s)");
        assertThat(labelsOf(variants, WorkdayVariants.MY_INFORMATION, "lastName")).hasSizeGreaterThan(2);
        assertThat(labelsOf(variants, WorkdayVariants.MY_INFORMATION, "source")).hasSizeGreaterThan(1);
        Set<String> concepts = variants.stream().flatMap(variant -> variant.concepts().stream())
                .collect(Collectors.toSet());
        assertThat(concepts).contains("how did you hear", "previous worker", "name", "phone", "work authorisation",
                "sponsorship", "visa follow-up", "relocation", "salary", "notice", "years of experience",
                "skills checklist", "languages spoken", "language proficiency", "remote", "education level",
                "education date", "currently employed", "current employer (conditional)", "certification",
                "job alerts (not opted in)", "motivation", "eeo", "consent", "signature", "honeypot",
                "conditional (not shown)");
    }

    @Test
    void should_expect_a_value_for_every_field_and_only_offered_choices_when_generating() {
        // given / when
        List<WorkdayVariant> variants = hundred();

        // then
        assertThat(variants).allSatisfy(variant -> {
            for (WorkdayStep step : variant.wizard().steps()) {
                for (WorkdayField field : step.fields()) {
                    WorkdayExpected expected = variant.expected().get(step.key() + "." + field.key());
                    assertThat(expected).as("seed %d %s.%s", variant.seed(), step.key(), field.key()).isNotNull();
                    if (!field.choices().isEmpty() && expected.kind() == WorkdayExpected.Kind.EXACT) {
                        assertThat(field.choices()).as("seed %d %s", variant.seed(), field.label())
                                .containsAll(expected.values());
                    }
                    if (field.kind() == WorkdayFieldKind.HIDDEN) {
                        assertThat(expected.values()).isEmpty();
                    }
                }
            }
            assertThat(variant.expected()).hasSize((int) fields(variant).count());
            assertThat(variant.checkedValues()).isGreaterThan(variant.expected().size());
        });
    }

    @Test
    void should_expect_nothing_in_a_conditional_field_when_the_answer_that_shows_it_is_not_the_candidates() {
        // given
        List<WorkdayVariant> variants = hundred();

        // when
        List<WorkdayExpected> conditional = variants.stream().flatMap(variant -> variant.wizard().steps().stream()
                .flatMap(step -> step.fields().stream().filter(field -> field.shownWhen().isPresent())
                        .map(field -> variant.expected().get(step.key() + "." + field.key())))).toList();

        // then
        assertThat(conditional).anyMatch(expected -> expected.values().isEmpty())
                .anyMatch(expected -> !expected.values().isEmpty());
    }

    @Test
    void should_compare_recorded_values_by_kind_when_checking_a_submission() {
        // given
        LocalDate today = LocalDate.of(2026, 12, 3);

        // then
        assertThat(WorkdayExpected.exact("c", "l", List.of("French", "English")).mismatch(List.of("English",
                "French"), today)).isEmpty();
        assertThat(WorkdayExpected.exact("c", "l", "Yes").mismatch(List.of("No"), today)).isPresent();
        assertThat(WorkdayExpected.nothing("c", "l").mismatch(List.of(""), today)).isEmpty();
        assertThat(WorkdayExpected.ticked("c", "l", true).mismatch(List.of("true"), today)).isEmpty();
        assertThat(WorkdayExpected.ticked("c", "l", false).mismatch(List.of("false"), today)).isEmpty();
        assertThat(WorkdayExpected.ticked("c", "l", false).mismatch(List.of("true"), today)).isPresent();
        WorkdayExpected date = new WorkdayExpected("c", "l", WorkdayExpected.Kind.TODAY, List.of(), 0);
        assertThat(date.mismatch(List.of("12/03/2026"), today)).isEmpty();
        assertThat(date.mismatch(List.of("12/01/2026"), today)).get().asString().contains("12/03/2026");
        WorkdayExpected digits = new WorkdayExpected("c", "l", WorkdayExpected.Kind.CONTAINS_DIGITS,
                List.of(WorkdayVariants.PHONE_DIGITS), 0);
        assertThat(digits.mismatch(List.of("+33 6 55 50 12 34"), today)).isEmpty();
    }

    private static Set<String> labelsOf(List<WorkdayVariant> variants, String step, String field) {
        return variants.stream().map(variant -> variant.wizard().step(step).flatMap(found -> found.field(field)))
                .flatMap(java.util.Optional::stream).map(WorkdayField::label).collect(Collectors.toSet());
    }
}
