package dev.nyx.core.match.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingCountriesTest {
    @Test
    void should_find_the_country_when_a_location_names_a_city_a_country_or_a_code() {
        assertThat(PostingCountries.of("Berlin")).contains("DE");
        assertThat(PostingCountries.of("München, Bayern")).contains("DE");
        assertThat(PostingCountries.of("San Francisco, CA")).contains("US");
        assertThat(PostingCountries.of("Remote (US)")).contains("US");
        assertThat(PostingCountries.of("London, UK")).contains("GB");
    }

    @Test
    void should_find_no_country_when_the_location_names_none_or_several() {
        assertThat(PostingCountries.of("Remote")).isEmpty();
        assertThat(PostingCountries.of("Berlin or London")).isEmpty();
        assertThat(PostingCountries.of("Atlantis")).isEmpty();
    }
}
