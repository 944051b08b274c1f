package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * Detects the language of a posting with Lingua, restricted to the languages Nyx writes in
 * (English, German, French, Spanish, Italian, Dutch, Portuguese) and in low-accuracy mode, which
 * is plenty for a posting's paragraphs and keeps memory small. The detector is built on first use
 * and then shared (not at start-up: a host without an LLM never pays for it).
 *
 * <p>Singleton; thread-safe. Throws only for null arguments.
 */
@Singleton
public final class LanguageDetector {
    private static final int MIN_LETTERS = 20;

    private final Object lock = new Object();
    private volatile com.github.pemistahl.lingua.api.LanguageDetector detector;

    /** The ISO 639-1 code of the text's language, or empty when it is too short or unclear. */
    public Optional<String> detect(String text) {
        requireNonNull(text, "text is null");
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        Language language = detector().detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    /** The posting's language: as the site declared it, else detected from title and description, else English. */
    public String languageOf(PostingContext posting) {
        requireNonNull(posting, "posting is null");
        if (posting.language().isPresent()) {
            return posting.language().get();
        }
        String text = posting.title().orElse("") + "\n" + posting.description().orElse("");
        return detect(text).orElse("en");
    }

    private com.github.pemistahl.lingua.api.LanguageDetector detector() {
        com.github.pemistahl.lingua.api.LanguageDetector built = detector;
        if (built == null) {
            synchronized (lock) {
                built = detector;
                if (built == null) {
                    built = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.GERMAN, Language.FRENCH,
                            Language.SPANISH, Language.ITALIAN, Language.DUTCH, Language.PORTUGUESE)
                            .withLowAccuracyMode().build();
                    detector = built;
                }
            }
        }
        return built;
    }
}
