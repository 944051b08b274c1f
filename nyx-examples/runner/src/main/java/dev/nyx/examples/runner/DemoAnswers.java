package dev.nyx.examples.runner;

import dev.nyx.model.profile.AnswerRule;
import dev.nyx.model.profile.NyxSection;
import dev.nyx.model.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answer-bank entries for the Greenhouse replica's company-specific questions, added to the
 * sample profile by {@code nyx demo}: what a candidate types once when Nyx stops with
 * {@code NEEDS_INPUT} (there is no language model in the demo). Stateless.
 */
final class DemoAnswers {
    private static final List<AnswerRule> RULES = List.of(
            rule("(?i)why do you want to work at", "I build reliable payment backends and want to do the same"
                    + " for Acme's platform."),
            rule("(?i)legally authori[sz]ed to work", "Yes"),
            rule("(?i)how did you hear", "Company website"),
            rule("(?i)which languages do you use", "Java"),
            rule("(?i)privacy notice", "I agree"));

    private DemoAnswers() {
    }

    /** The profile with the demo's entries ahead of its own answer bank. */
    static Profile addTo(Profile profile) {
        NyxSection nyx = profile.nyx();
        List<AnswerRule> answers = new ArrayList<>(RULES);
        answers.addAll(nyx.answers());
        NyxSection extended = new NyxSection(nyx.firstName(), nyx.lastName(), nyx.workAuthorization(),
                nyx.requiresSponsorship(), nyx.salary(), nyx.noticePeriodDays(), nyx.willingToRelocate(), nyx.remote(),
                nyx.eeo(), nyx.resumes(), answers, nyx.coverLetterTemplate(), nyx.personal(), nyx.sensitive(),
                nyx.marketingOptIn());
        return new Profile(profile.basics(), profile.work(), profile.education(), profile.skills(),
                profile.languages(), extended);
    }

    static int count() {
        return RULES.size();
    }

    private static AnswerRule rule(String regex, String answer) {
        return new AnswerRule("/" + regex + "/", Optional.of(Pattern.compile(regex)), answer);
    }
}
