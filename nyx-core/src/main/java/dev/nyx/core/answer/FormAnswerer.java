package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.FormSchema;
import dev.nyx.model.Plan;
import dev.nyx.model.profile.Profile;
import jakarta.inject.Inject;

/**
 * Answers a whole form the way the pipeline needs it: the posting's language first (as the site
 * declared it, else detected), then the {@link AnswerEngine} (bank, rules, defaults), then the
 * {@link LlmAnswerer} for the free text and the option questions left, within the plan's budget
 * (required free text even when the plan allows no model, within a small fixed floor). The result says which
 * questions need the candidate's input and what the language model cost.
 *
 * <p>Called by the pipeline once per application. Stateless and thread-safe. Throws the language
 * model's {@link dev.nyx.spi.NyxException}s (retryable for rate limits, time-outs and network
 * failures; configuration errors for a rejected key).
 */
public final class FormAnswerer {
    private final AnswerEngine rules;
    private final LlmAnswerer llm;
    private final LanguageDetector languages;

    @Inject
    public FormAnswerer(AnswerEngine rules, LlmAnswerer llm, LanguageDetector languages) {
        this.rules = requireNonNull(rules, "rules is null");
        this.llm = requireNonNull(llm, "llm is null");
        this.languages = requireNonNull(languages, "languages is null");
    }

    /** Answers every question of the form for this posting, profile and plan. */
    public AnswerResult answer(FormSchema form, PostingContext posting, Profile profile, Plan plan) {
        requireNonNull(form, "form is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(plan, "plan is null");
        PostingContext withLanguage = posting.language().isPresent() ? posting
                : posting.withLanguage(languages.languageOf(posting));
        AnswerResult fromFacts = rules.answer(form, withLanguage, profile);
        return llm.complete(fromFacts, form, withLanguage, profile, plan.budget());
    }
}
