package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.PostingContext;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One question as the rules see it: the question, its normalised label (see {@link Text#normalise}),
 * the profile, the posting context and today's date (from the engine's clock).
 */
public record Asked(Question question, String label, Profile profile, PostingContext posting, LocalDate today) {
    public Asked {
        requireNonNull(question, "question is null");
        requireNonNull(label, "label is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(today, "today is null");
    }

    public static Asked of(Question question, Profile profile, PostingContext posting, LocalDate today) {
        return new Asked(question, Text.normalise(question.label()), profile, posting, today);
    }

    /** Whether the normalised label contains any of the phrases as whole words. */
    public boolean mentions(String... phrases) {
        for (String phrase : phrases) {
            if (Text.containsWords(label, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the normalised label finds the regular expression (written against normalised text). */
    public boolean matches(String regex) {
        return Pattern.compile(regex).matcher(label).find();
    }
}
