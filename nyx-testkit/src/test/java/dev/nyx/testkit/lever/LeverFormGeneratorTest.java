package dev.nyx.testkit.lever;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.lever.variants.GeneratedLeverForm;
import dev.nyx.testkit.lever.variants.LeverFormGenerator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The Lever generator is repeatable and varies what the fidelity method needs. */
class LeverFormGeneratorTest {

    @Test
    void should_give_the_same_form_when_given_the_same_seed() {
        assertThat(LeverFormGenerator.generate(42)).isEqualTo(LeverFormGenerator.generate(42));
    }

    @Test
    void should_cover_every_card_kind_language_and_entry_when_given_a_hundred_seeds() {
        List<GeneratedLeverForm> forms = LongStream.rangeClosed(1, 100).mapToObj(LeverFormGenerator::generate).toList();

        assertThat(forms).extracting(GeneratedLeverForm::language).contains("en", "de", "fr");
        assertThat(forms).extracting(form -> form.posting().form().cards().stream()
                        .flatMap(card -> card.fields().stream()).map(LeverCardField::kind).distinct().count())
                .anyMatch(kinds -> kinds >= 4);
        assertThat(forms.stream().flatMap(form -> form.posting().form().cards().stream())
                .flatMap(card -> card.fields().stream()).map(LeverCardField::kind).distinct())
                .containsExactlyInAnyOrder(LeverCardKind.values());
        assertThat(forms).anyMatch(GeneratedLeverForm::eu).anyMatch(form -> !form.eu())
                .anyMatch(GeneratedLeverForm::applyPage).anyMatch(form -> !form.applyPage())
                .anyMatch(form -> !form.apiReachable()).anyMatch(form -> form.posting().form().eeo())
                .anyMatch(form -> form.posting().form().consent());
        assertThat(forms).allSatisfy(form -> assertThat(form.expected()).containsKeys("name", "email", "comments"));
    }
}
