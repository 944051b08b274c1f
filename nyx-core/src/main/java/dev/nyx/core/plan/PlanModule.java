package dev.nyx.core.plan;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.nyx.core.answer.QuestionSimilarity;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.match.MatchScorer;
import dev.nyx.core.match.TextEmbedder;
import dev.nyx.core.plan.internal.PolicyEffortPlanner;

/**
 * Binds matching and the effort policy: one {@link TextEmbedder} (one model per process, loaded on
 * first use), the {@link MatchScorer}, the {@link EffortPolicy} read from {@link NyxConfig#policyFile()}
 * (built-in defaults when absent) and the {@link PolicyPlanner}, the pipeline's {@link EffortPlanner}
 * on it, {@link ApprovalService} and {@link CompanyTiers} on top, and the answer bank's
 * {@link QuestionSimilarity} on the same embedder. Needs bindings for {@code NyxConfig}, {@code Clock} and the storage
 * ports (core and storage modules).
 */
public final class PlanModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(TextEmbedder.class).in(Singleton.class);
        bind(MatchScorer.class).in(Singleton.class);
        bind(PolicyPlanner.class).in(Singleton.class);
        bind(EffortPlanner.class).to(PolicyEffortPlanner.class).in(Singleton.class);
        bind(ApprovalService.class).in(Singleton.class);
        bind(CompanyTiers.class).in(Singleton.class);
    }

    /** The answer bank compares re-worded questions with the same model (and cache) matching uses. */
    @Provides
    @Singleton
    QuestionSimilarity questionSimilarity(TextEmbedder embedder) {
        return embedder::similarity;
    }

    @Provides
    @Singleton
    EffortPolicy effortPolicy(NyxConfig config) {
        return new PolicyLoader().load(config.policyFile());
    }
}
