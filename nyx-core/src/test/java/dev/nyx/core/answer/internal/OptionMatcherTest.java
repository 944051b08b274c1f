package dev.nyx.core.answer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Option;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionMatcherTest {

    private static List<Option> options(String... labels) {
        return java.util.Arrays.stream(labels).map(label -> new Option(label, label)).toList();
    }

    @Test
    void should_match_ignoring_case_accents_and_punctuation_when_spellings_differ() {
        assertThat(OptionMatcher.bySpelling(options("Master’s Degree", "Bachelor’s Degree"), List.of("master's degree")))
                .get().extracting(OptionMatcher.Match::label).isEqualTo("Master’s Degree");
        assertThat(OptionMatcher.bySpelling(options("Français", "Deutsch"), List.of("francais")))
                .get().extracting(OptionMatcher.Match::label).isEqualTo("Français");
    }

    @Test
    void should_not_match_when_two_options_fit_equally_well() {
        assertThat(OptionMatcher.bySpelling(options("Master of Science", "Master of Arts"), List.of("Master")))
                .isEmpty();
    }

    @Test
    void should_not_match_when_no_option_fits() {
        assertThat(OptionMatcher.bySpelling(options("Red", "Green"), List.of("Blue"))).isEmpty();
    }

    @Test
    void should_understand_german_french_and_numeric_yes_no_when_matching_a_flag() {
        assertThat(OptionMatcher.byFlag(options("Ja", "Nein"), true)).get()
                .extracting(OptionMatcher.Match::label).isEqualTo("Ja");
        assertThat(OptionMatcher.byFlag(options("Oui", "Non"), false)).get()
                .extracting(OptionMatcher.Match::label).isEqualTo("Non");
        assertThat(OptionMatcher.byFlag(List.of(new Option("1", "I agree")), true)).get()
                .extracting(OptionMatcher.Match::label).isEqualTo("I agree");
        assertThat(OptionMatcher.byFlag(options("Maybe", "Later"), true)).isEmpty();
    }

    @Test
    void should_pick_the_upper_bucket_when_the_number_sits_on_a_shared_edge() {
        assertThat(OptionMatcher.byAmount(options("1-3 years", "3-5 years", "5+ years"), BigDecimal.valueOf(3)))
                .get().extracting(OptionMatcher.Match::label).isEqualTo("3-5 years");
    }

    @Test
    void should_find_the_decline_option_when_forms_word_it_differently() {
        for (String decline : List.of("Decline To Self Identify", "I don't wish to answer", "Prefer not to say",
                "Keine Angabe", "Je préfère ne pas répondre")) {
            assertThat(OptionMatcher.decline(options("Yes", "No", decline))).as(decline).get()
                    .extracting(OptionMatcher.Match::label).isEqualTo(decline);
        }
        assertThat(OptionMatcher.decline(options("Yes", "No"))).isEmpty();
    }
}
