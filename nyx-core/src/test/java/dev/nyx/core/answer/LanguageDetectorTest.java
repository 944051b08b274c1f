package dev.nyx.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void should_detect_english_german_and_french_when_given_posting_paragraphs() {
        assertThat(detector.detect("We are looking for a backend engineer who enjoys building reliable services"
                + " for our robot fleet.")).contains("en");
        assertThat(detector.detect("Wir suchen eine Backend-Entwicklerin, die zuverlässige Dienste für unsere"
                + " Roboterflotte baut und gerne im Team arbeitet.")).contains("de");
        assertThat(detector.detect("Nous recherchons un ingénieur backend qui aime construire des services fiables"
                + " pour notre flotte de robots.")).contains("fr");
    }

    @Test
    void should_detect_nothing_when_the_text_is_too_short() {
        assertThat(detector.detect("Java")).isEmpty();
    }

    @Test
    void should_prefer_the_declared_language_and_fall_back_to_english_when_unclear() {
        PostingContext declared = new PostingContext(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("fr"), Optional.of("We are looking for a backend engineer who enjoys reliable services."));
        PostingContext empty = PostingContext.unknown();

        assertThat(detector.languageOf(declared)).isEqualTo("fr");
        assertThat(detector.languageOf(empty)).isEqualTo("en");
    }
}
