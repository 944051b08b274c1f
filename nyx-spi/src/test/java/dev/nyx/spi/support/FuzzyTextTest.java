package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyTextTest {

    @Test
    void should_ignore_case_accents_punctuation_and_spaces_when_normalising() {
        // given
        String messy = "  Éducation\u00a0Level:  (Highest)–Degree ";

        // when
        String normalized = FuzzyText.normalize(messy);

        // then
        assertThat(normalized).isEqualTo("education level highest degree");
    }

    @Test
    void should_drop_required_and_optional_markers_when_normalising_labels() {
        assertThat(FuzzyText.normalizeLabel("First Name *")).isEqualTo("first name");
        assertThat(FuzzyText.normalizeLabel("Full name✱")).isEqualTo("full name");
        assertThat(FuzzyText.normalizeLabel("LinkedIn Profile (optional)")).isEqualTo("linkedin profile");
        assertThat(FuzzyText.normalizeLabel("Email\u00a0(Required) *")).isEqualTo("email");
        assertThat(FuzzyText.displayLabel("Phone\u00a0 number *")).isEqualTo("Phone number");
    }

    @Test
    void should_score_one_when_texts_differ_only_in_form() {
        assertThat(FuzzyText.score("united states", "United States")).isEqualTo(1.0);
        assertThat(FuzzyText.labelScore("Resume/CV", "Resume / CV *")).isEqualTo(1.0);
    }

    @Test
    void should_prefer_exact_over_prefix_over_overlap_when_ranking() {
        // given
        List<String> offered = List.of("United States Minor Outlying Islands", "States of the United Kingdom",
                "United States");

        // when
        List<FuzzyText.Match> ranked = FuzzyText.rank("United States", offered);

        // then
        assertThat(ranked).extracting(FuzzyText.Match::text).containsExactly("United States",
                "United States Minor Outlying Islands", "States of the United Kingdom");
        assertThat(ranked.get(1).score()).isBetween(0.8, 0.95);
    }

    @Test
    void should_prefer_the_shorter_option_when_both_start_with_the_wanted_text() {
        // given
        List<String> offered = List.of("United States Minor Outlying Islands +1", "United States +1");

        // when
        FuzzyText.Match match = FuzzyText.pick("Country", "United States", offered);

        // then
        assertThat(match.text()).isEqualTo("United States +1");
    }

    @Test
    void should_match_decline_variants_when_the_answer_is_a_decline() {
        assertThat(FuzzyText.pick("Gender", "Decline To Self Identify",
                List.of("Male", "Female", "I decline to self-identify")).text()).isEqualTo("I decline to self-identify");
        assertThat(FuzzyText.pick("Gender", "Decline To Self Identify",
                List.of("Man", "Woman", "Prefer not to say")).text()).isEqualTo("Prefer not to say");
        assertThat(FuzzyText.pick("Race", "I prefer not to answer",
                List.of("Asian", "White", "I don't wish to answer")).text()).isEqualTo("I don't wish to answer");
    }

    @Test
    void should_prefer_the_closest_decline_when_several_declines_are_offered() {
        // when
        FuzzyText.Match match = FuzzyText.pick("Veteran status", "Decline To Self Identify",
                List.of("Prefer not to say", "I decline to self identify"));

        // then
        assertThat(match.text()).isEqualTo("I decline to self identify");
    }

    @Test
    void should_match_yes_and_no_variants_but_never_each_other_when_choosing() {
        assertThat(FuzzyText.pick("Authorised?", "Yes", List.of("No, I am not", "Yes, I am authorized")).text())
                .isEqualTo("Yes, I am authorized");
        assertThat(FuzzyText.pick("Sponsorship?", "no", List.of("Yes", "No")).text()).isEqualTo("No");
        assertThat(FuzzyText.score("Yes", "No, yes is not right")).isZero();
        assertThat(FuzzyText.score("true", "Yes")).isGreaterThan(FuzzyText.MINIMUM_SCORE);
    }

    @Test
    void should_fail_listing_the_options_when_nothing_fits() {
        // given
        List<String> offered = List.of("Male", "Female", "Decline To Self Identify");

        // when / then
        assertThatThrownBy(() -> FuzzyText.pick("Gender", "Nonbinary", offered))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'Gender'")
                .hasMessageContaining("['Male', 'Female', 'Decline To Self Identify']")
                .hasMessageContaining("length 9")
                .hasMessageNotContaining("Nonbinary")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.OPTION_NOT_FOUND);
    }

    @Test
    void should_fail_naming_the_tied_options_when_two_fit_equally_well() {
        // given
        List<String> offered = List.of("Yes, I am authorized", "Yes, with sponsorship", "No");

        // when / then
        assertThatThrownBy(() -> FuzzyText.pick("Work authorisation", "Yes", offered))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("several options equally well")
                .hasMessageContaining("'Yes, I am authorized'")
                .hasMessageContaining("'Yes, with sponsorship'");
        assertThat(FuzzyText.best("Yes", offered)).isEmpty();
    }

    @Test
    void should_accept_word_overlap_above_the_minimum_when_questions_are_reworded() {
        assertThat(FuzzyText.labelScore("Are you authorized to work in the US",
                "Are you legally authorized to work in the United States?")).isGreaterThanOrEqualTo(FieldFinder.MINIMUM_LABEL_SCORE - 0.05);
        assertThat(FuzzyText.best("Berlin", List.of("Hamburg, Germany", "Berlin, Germany")))
                .map(FuzzyText.Match::text).contains("Berlin, Germany");
        assertThat(FuzzyText.best("Java developer", List.of("Chef", "Gardener"))).isEmpty();
    }

    @Test
    void should_not_match_anything_when_the_wanted_text_is_blank() {
        assertThat(FuzzyText.best("  ", List.of("Yes", "No"))).isEmpty();
    }
}
