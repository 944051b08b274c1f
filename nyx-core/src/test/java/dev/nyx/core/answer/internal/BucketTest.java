package dev.nyx.core.answer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketTest {

    @ParameterizedTest(name = "{0} holds {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "3-5 years | 3 | true",
            "3-5 years | 5 | true",
            "3-5 years | 6 | false",
            "5+ years | 5 | true",
            "5+ years | 4 | false",
            "Less than 1 year | 0 | true",
            "Less than 1 year | 1 | false",
            "More than 3 months | 3 | false",
            "More than 3 months | 4 | true",
            "€80,001 - €100,000 | 85000 | true",
            "€60,000 - €80,000 | 85000 | false",
            "100k+ | 99999 | false",
            "100k+ | 100000 | true",
            "Up to 2 weeks | 2 | true",
            "3 months | 3 | true",
            "3 months | 2 | false",
            "< 1 month | 0 | true",
            "< 1 month | 1 | false",
            "> 100,000 | 150000 | true",
            "> 100,000 | 100000 | false",
            "Within 2 months | 0 | true",
            "Within 2 months | 2 | true",
            "Within 2 months | 3 | false",
            "Innerhalb 2 Monaten | 1 | true",
            "Sous 2 mois | 1 | true",
            "Sous 2 mois | 3 | false",
            "weniger als 1 Jahr | 0 | true",
            "Plus de 3 mois | 4 | true"})
    void should_hold_exactly_the_values_in_range_when_reading_an_option_label(String label, BigDecimal value,
                                                                               boolean holds) {
        // when
        Bucket bucket = Bucket.parse(label).orElseThrow();

        // then
        assertThat(bucket.contains(value)).isEqualTo(holds);
    }

    @ParameterizedTest
    @CsvSource({"Immediately", "Prefer not to say"})
    void should_read_no_range_when_the_label_has_no_number(String label) {
        assertThat(Bucket.parse(label)).isEmpty();
    }
}
