package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.internal.Asked;
import dev.nyx.core.answer.internal.Fact;
import dev.nyx.core.answer.internal.Rule;
import dev.nyx.core.answer.internal.RuleTable;
import dev.nyx.core.answer.internal.Text;
import dev.nyx.core.answer.internal.WorkCountries;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The answer rules' recognition of questions, for checks that look at answers after the fact (QA
 * before submit): which concept a question asks about ({@code work-authorization}, {@code sponsorship},
 * {@code relocation}, {@code remote-preference}, ...), which country an authorisation question means,
 * and whether an answer text says yes or no. The same rule table the {@link AnswerEngine} answers
 * with, so QA and the answers never disagree about what a question is. Stateless and thread-safe.
 */
public final class QuestionConcepts {
    private static final RuleTable RULES = RuleTable.standard();
    // recognition looks at labels, options and the posting, never at the date
    private static final LocalDate ANY_DAY = LocalDate.EPOCH;

    private QuestionConcepts() {
    }

    /** The concept the first recognising rule names, or empty when no rule recognises the question. */
    public static Optional<String> conceptOf(Question question, PostingContext posting, Profile profile) {
        requireNonNull(question, "question is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        return RULES.ruleFor(Asked.of(question, profile, posting, ANY_DAY)).map(Rule::concept);
    }

    /**
     * The country (ISO code) a work-authorisation or sponsorship question is about: the one its label
     * names, else a place it names that can be placed ("in Berlin"), else (when it names no other
     * place, no region such as "the EU" and not several countries) the posting's; empty otherwise.
     */
    public static Optional<String> countryOf(Question question, PostingContext posting) {
        requireNonNull(question, "question is null");
        requireNonNull(posting, "posting is null");
        return WorkCountries.askedAbout(question.label(), posting);
    }

    /**
     * Whether the profile says the candidate may work in the country: {@code nyx.workAuthorization} for a
     * listed country, the negation of {@code nyx.requiresSponsorship} for the (unlisted) home country,
     * else empty.
     */
    public static Optional<ProfileSays> mayWorkIn(String countryCode, Profile profile) {
        return WorkCountries.mayWorkIn(requireNonNull(countryCode, "countryCode is null"), profile)
                .map(ProfileSays::of);
    }

    /**
     * Whether the profile says the candidate needs a visa, work permit or sponsorship for the country:
     * the negation of {@code nyx.workAuthorization} for a listed country, {@code nyx.requiresSponsorship}
     * for the (unlisted) home country, else empty.
     */
    public static Optional<ProfileSays> needsVisaFor(String countryCode, Profile profile) {
        return WorkCountries.needsVisaFor(requireNonNull(countryCode, "countryCode is null"), profile)
                .map(ProfileSays::of);
    }

    /**
     * What the profile says, and the setting that says it.
     *
     * @param yes     the answer the profile gives
     * @param setting the profile path it comes from ({@code nyx.workAuthorization.DE}, {@code nyx.requiresSponsorship})
     */
    public record ProfileSays(boolean yes, String setting) {
        public ProfileSays {
            requireNonNull(setting, "setting is null");
        }

        private static ProfileSays of(Fact.Flag flag) {
            return new ProfileSays(flag.yes(), flag.factsUsed().get(0));
        }
    }

    /** {@code true} for a yes-answer ("Yes", "Ja", "Yes, I am"), {@code false} for a no-answer, else empty. */
    public static Optional<Boolean> yesNo(String answer) {
        return Text.yesNo(requireNonNull(answer, "answer is null"));
    }

    /** The text lower-cased, without accents and punctuation, as the rules compare labels. */
    public static String normalise(String text) {
        return Text.normalise(requireNonNull(text, "text is null"));
    }
}
