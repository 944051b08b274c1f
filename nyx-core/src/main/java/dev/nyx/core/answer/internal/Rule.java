package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One row of the rule table: a question concept, how its wordings are recognised, and how the
 * answer is derived from the profile. A rule that recognises a question but cannot derive a fact
 * returns empty, and the question stays unanswered (later rules are not asked: the concept was found).
 *
 * @param concept    a short name for logs and reports, e.g. {@code work-authorization}
 * @param recognises whether a question asks for this concept
 * @param derive     the fact, or empty when the profile does not say
 */
public record Rule(String concept, Predicate<Asked> recognises, Function<Asked, Optional<Fact>> derive) {
    public Rule {
        requireNonNull(concept, "concept is null");
        requireNonNull(recognises, "recognises is null");
        requireNonNull(derive, "derive is null");
    }

    /** A rule recognised by a regular expression over the normalised label. */
    public static Rule regex(String concept, String regex, Function<Asked, Optional<Fact>> derive) {
        Pattern pattern = Pattern.compile(regex);
        return new Rule(concept, asked -> pattern.matcher(asked.label()).find(), derive);
    }
}
