package dev.nyx.testkit.greenhouse.variants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FormVariantGeneratorTest {

    @Test
    void should_make_the_same_form_when_given_the_same_seed() {
        // given / when
        GeneratedForm first = FormVariantGenerator.generate(42);
        GeneratedForm again = FormVariantGenerator.generate(42);

        // then
        assertThat(again).isEqualTo(first);
        assertThat(FormVariantGenerator.generate(43)).isNotEqualTo(first);
    }

    @Test
    void should_vary_style_language_and_api_when_generating_many_seeds() {
        // given / when
        List<GeneratedForm> forms = LongStream.rangeClosed(1, 100).mapToObj(FormVariantGenerator::generate).toList();

        // then
        assertThat(forms).extracting(GeneratedForm::style).contains(GreenhouseStyle.CLASSIC, GreenhouseStyle.JOB_BOARDS);
        assertThat(forms).extracting(GeneratedForm::language).contains("en", "de", "fr");
        assertThat(forms).extracting(GeneratedForm::apiReachable).contains(true, false);
        Set<String> concepts = forms.stream().flatMap(form -> form.concepts().stream()).collect(Collectors.toSet());
        assertThat(concepts).contains("contact", "links", "work authorisation", "sponsorship", "visa follow-up",
                "relocation", "remote", "salary", "notice", "years of experience", "skills checklist", "education",
                "language proficiency", "how did you hear", "consent processing", "consent marketing", "eeo",
                "motivation", "system fields");
    }

    @Test
    void should_expect_system_fields_to_stay_empty_or_unchanged_when_the_form_carries_them() {
        // given
        List<GeneratedForm> forms = LongStream.rangeClosed(1, 50).mapToObj(FormVariantGenerator::generate)
                .filter(form -> form.systemFields().contains("g-recaptcha-response")).toList();

        // then
        assertThat(forms).isNotEmpty().allSatisfy(form -> {
            Expected captcha = form.expected().get("g-recaptcha-response");
            assertThat(captcha.mismatch(List.of(""))).isEmpty();
            assertThat(captcha.mismatch(List.of("an answer"))).isPresent();
        });
    }

    @Test
    void should_expect_yes_for_sponsorship_when_the_profile_may_not_work_in_the_postings_country() {
        // given: a US or UK posting (the profile lists both as not authorised)
        GeneratedForm form = LongStream.rangeClosed(1, 200).mapToObj(FormVariantGenerator::generate)
                .filter(candidate -> candidate.posting().location().matches(".*(United States|United Kingdom)"))
                .filter(candidate -> candidate.concepts().contains("sponsorship")).findFirst().orElseThrow();

        // then: sponsorship Yes ("1"), authorisation No ("0")
        assertThat(form.expected().values()).filteredOn(expected -> expected.concept().equals("sponsorship"))
                .singleElement().satisfies(expected -> assertThat(expected.values()).containsExactly("1"));
        assertThat(form.expected().values()).filteredOn(expected -> expected.concept().equals("work authorisation"))
                .singleElement().satisfies(expected -> assertThat(expected.values()).containsExactly("0"));
    }
}
