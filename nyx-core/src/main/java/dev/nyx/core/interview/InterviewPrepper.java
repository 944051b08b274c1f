package dev.nyx.core.interview;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.interview.internal.LikelyQuestions;
import dev.nyx.core.interview.internal.PrepPrompt;
import dev.nyx.core.interview.internal.StoryPicker;
import dev.nyx.core.llm.LlmClient;
import dev.nyx.core.llm.LlmClients;
import dev.nyx.core.llm.LlmReply;
import dev.nyx.core.llm.LlmRequest;
import dev.nyx.core.match.EmbeddingMatchScorer;
import dev.nyx.core.match.MatchResult;
import dev.nyx.core.match.TextEmbedder;
import dev.nyx.core.plan.EffortPolicy;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.model.Budget;
import dev.nyx.model.Effort;
import dev.nyx.model.InterviewPrep;
import dev.nyx.model.InterviewPrep.Story;
import dev.nyx.model.JobPosting;
import dev.nyx.model.TokenUsage;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an interview preparation package: company and role, the likely questions (from the
 * posting and its match: shared and missing skills, requirement bullets), and the candidate's
 * stories (positions of the work history chosen by skill overlap, then similarity). The skills come
 * from the built-in {@link EmbeddingMatchScorer}'s analysis, whichever scorer decided the match. When a language
 * model is configured and the effort policy's {@code high} budget allows, the model adds a briefing
 * (talking points per question); otherwise, or when the call fails or the prompt would carry a
 * sensitive value, the deterministic package stands alone.
 *
 * <p>Called by {@link Interviews}. Thread-safe. Throws what matching throws ({@code NyxException},
 * e.g. {@code EMBEDDING_MODEL_FAILED}); the language model's failures are logged, never thrown.
 */
public final class InterviewPrepper {
    private static final Logger LOG = LoggerFactory.getLogger(InterviewPrepper.class);
    private static final int BRIEFING_OUTPUT_TOKENS = 900;
    private static final int MIN_OUTPUT_TOKENS = 64;

    private final EmbeddingMatchScorer scorer;
    private final StoryPicker stories;
    private final Optional<LlmClient> client;
    private final Budget budget;
    private final Clock clock;

    @Inject
    public InterviewPrepper(EmbeddingMatchScorer scorer, TextEmbedder embedder, LlmClients clients, EffortPolicy policy,
                            Clock clock) {
        this.scorer = requireNonNull(scorer, "scorer is null");
        this.stories = new StoryPicker(scorer, requireNonNull(embedder, "embedder is null"));
        this.client = requireNonNull(clients, "clients is null").client();
        // an interview is worth the policy's highest effort
        this.budget = requireNonNull(policy, "policy is null").budgets().get(Effort.HIGH);
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The package for this application, posting and candidate (not stored). */
    public InterviewPrep prepare(long applicationId, JobPosting posting, Profile profile) {
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        MatchResult match = scorer.analyse(posting, profile);
        Set<String> asked = new LinkedHashSet<>(match.matchedSkills());
        asked.addAll(match.missingSkills());
        List<String> questions = LikelyQuestions.of(posting, match);
        List<Story> chosen = stories.pick(posting, profile, asked);
        Optional<LlmReply> briefing = brief(posting, questions, chosen, profile);
        return new InterviewPrep(applicationId, posting.company(), posting.title(), questions, chosen,
                briefing.map(LlmReply::text).filter(text -> !text.isBlank()), briefing.map(LlmReply::tokens).orElse(TokenUsage.NONE),
                briefing.map(LlmReply::costUsd).orElse(BigDecimal.ZERO), clock.instant());
    }

    private Optional<LlmReply> brief(JobPosting posting, List<String> questions, List<Story> chosen, Profile profile) {
        if (client.isEmpty() || budget.maxTokens() == 0) {
            return Optional.empty();
        }
        LlmClient llm = client.get();
        SensitiveValues sensitive = SensitiveValues.of(profile).with(llm.secrets());
        String system = PrepPrompt.system(posting.language().orElse("en"));
        String user = PrepPrompt.user(posting, questions, chosen, sensitive);
        long promptEstimate = (system.length() + user.length() + 3) / 4;
        int cap = (int) Math.min(BRIEFING_OUTPUT_TOKENS, budget.maxTokens() - promptEstimate);
        if (cap < MIN_OUTPUT_TOKENS
                || llm.prices().cost(llm.model(), new TokenUsage(promptEstimate, cap)).compareTo(budget.maxCostUsd()) > 0) {
            LOG.info("interview briefing not written: the high-effort budget ({} tokens, {} USD) cannot pay for it",
                    budget.maxTokens(), budget.maxCostUsd().toPlainString());
            return Optional.empty();
        }
        LlmRequest request = new LlmRequest(system, user, cap);
        if (sensitive.appearsIn(request.fullText())) {
            LOG.warn("the interview briefing prompt would have contained a sensitive value or secret; not sent");
            return Optional.empty();
        }
        try {
            LlmReply reply = llm.chat(request);
            if (reply.text().isBlank() || sensitive.appearsIn(reply.text())
                    || reply.text().contains(PrepPrompt.SYSTEM_MARKER)) {
                LOG.warn("the interview briefing was dropped: empty, or it carried a sensitive value or the prompt");
                // what it cost is still spent
                return Optional.of(new LlmReply("", reply.model(), reply.tokens(), reply.costUsd()));
            }
            return Optional.of(reply);
        } catch (NyxException failure) {
            LOG.warn("the interview briefing could not be written ({}): {}", failure.code(), failure.getMessage());
            return Optional.empty();
        }
    }
}
