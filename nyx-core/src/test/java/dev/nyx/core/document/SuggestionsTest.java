package dev.nyx.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KNOWN = List.of("salary", "noticePeriodDays", "min", "remote");

    @Test
    void should_suggest_the_closest_name_when_a_key_is_misspelt_or_shortened() {
        assertThat(Suggestions.closest("salery", KNOWN)).contains("salary");
        assertThat(Suggestions.closest("Remote", KNOWN)).contains("remote");
        assertThat(Suggestions.closest("noticePeriod", KNOWN)).contains("noticePeriodDays");
        assertThat(Suggestions.closest("minimum", KNOWN)).contains("min");
    }

    @Test
    void should_suggest_nothing_when_no_name_is_close() {
        assertThat(Suggestions.closest("favouriteColour", KNOWN)).isEmpty();
        assertThat(Suggestions.didYouMean("zz", KNOWN)).isEmpty();
        assertThat(Suggestions.closestTypo("NYX_DATA", List.of("NYX_DATA_DIRECTORY"))).isEmpty();
    }
}
