package dev.nyx.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme|acme", "ACME Inc.|acme", "The Acme Company, Inc.|acme", "Acme GmbH & Co. KG|acme",
        "Acme S.A.|acme", "Acme Ltd|acme", "Acme Labs B.V.|acme labs", "Procter & Gamble|procter and gamble",
        "Société Générale SA|societe generale", "Inc|inc"})
    void should_give_one_key_per_company_when_names_differ_in_case_article_and_legal_form(String name, String key) {
        assertThat(TextKeys.companyKey(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Senior Backend Engineer|senior backend engineer",
        "Sr. Backend Engineer (m/w/d)|senior backend engineer",
        "Senior Backend Engineer – REQ-20931|senior backend engineer",
        "Senior Backend Engineer #4412|senior backend engineer",
        "Senior Backend Engineer (JR01234)|senior backend engineer",
        "Senior Backend-Engineer (H/F)|senior backend engineer",
        "Junior Backend Engineer (all genders)|junior backend engineer",
        "Backend Engineer II|backend engineer ii",
        "Web3 Engineer|web3 engineer"})
    void should_keep_seniority_and_drop_codes_and_gender_markers_when_keying_titles(String title, String key) {
        assertThat(TextKeys.titleKey(title)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Berlin, Germany|Berlin|true", "Berlin, Germany|Berlin, DE|true", "Berlin|Munich|false",
        "Remote|Remote - US|true", "Remote|Berlin|false", "New York, NY, United States|New York, USA|true",
        "Paris, France|Paris, Texas, United States|false", "London, United Kingdom|London, UK|true"})
    void should_compare_locations_by_city_and_country_when_both_are_stated(String first, String second,
                                                                            boolean same) {
        assertThat(TextKeys.sameLocation(Optional.of(first), Optional.of(second))).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Berlin|''", "''|Munich"})
    void should_count_locations_as_the_same_when_one_is_not_stated(String first, String second) {
        assertThat(TextKeys.sameLocation(Optional.of(first), Optional.of(second))).isTrue();
        assertThat(TextKeys.sameLocation(Optional.empty(), Optional.of(second))).isTrue();
    }
}
