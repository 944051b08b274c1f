package dev.nyx.core.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostingCountriesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Berlin, Germany               | DE",
            "Remote - Germany              | DE",
            "Berlin                        | DE",
            "München, Bayern               | DE",
            "Berlin, DE                    | DE",
            "Hybrid - Frankfurt am Main    | DE",
            "London, UK                    | GB",
            "London, United Kingdom        | GB",
            "Remote (UK)                   | GB",
            "Cambridge, UK                 | GB",
            "Edinburgh, Scotland           | GB",
            "San Francisco, CA             | US",
            "New York, NY                  | US",
            "Austin, TX                    | US",
            "Cambridge, MA                 | US",
            "Remote (US)                   | US",
            "Remote - USA                  | US",
            "United States - Remote        | US",
            "Toronto, ON, Canada           | CA",
            "Vancouver, BC                 | CA",
            "Amsterdam, Netherlands        | NL",
            "Amsterdam, NL                 | NL",
            "Zürich, Switzerland           | CH",
            "Dublin, Ireland               | IE",
            "Paris, France                 | FR",
            "Stockholm                     | SE",
            "Bengaluru, Karnataka, India   | IN",
            "Bangalore, IN                 | IN"})
    void should_find_the_country_when_the_location_names_places_that_agree(String location, String country) {
        assertThat(PostingCountries.of(location)).contains(country);
    }

    @ParameterizedTest(name = "{0} -> none")
    @CsvSource(delimiter = '|', value = {
            "Remote",
            "Anywhere",
            "Remote - EMEA",
            "Remote (EU)",
            "Latin America",
            "North America",
            "Berlin or London",
            "Remote - US or Canada",
            "London, ON",
            "Dublin, CA",
            "Paris, TX",
            "Cambridge",
            "Wilmington, DE",
            "Sacramento, CA",
            "Indianapolis, IN",
            "Atlantis",
            "São Paulo, Brazil",
            "''"})
    void should_find_no_country_when_the_location_is_unknown_or_ambiguous(String location) {
        assertThat(PostingCountries.of(location)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"DE | Germany", "US | United States", "GB | United Kingdom", "BR | BR"})
    void should_name_the_country_when_listed_and_give_the_code_otherwise(String code, String name) {
        assertThat(PostingCountries.name(code)).isEqualTo(name);
    }
}
