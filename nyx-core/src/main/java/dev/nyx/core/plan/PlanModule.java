package dev.nyx.core.plan;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.answer.QuestionSimilarity;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.match.EmbeddingMatchScorer;
import dev.nyx.core.match.MatchScorerSelection;
import dev.nyx.core.match.TextEmbedder;
import dev.nyx.spi.MatchScorer;

/**
 * Binds matching and the effort policy: one {@link TextEmbedder} (one model per process, loaded on
 * first use), the {@link MatchScorer} port (the one {@code matching.scorer} names, chosen by
 * {@link MatchScorerSelection}: the built-in {@link EmbeddingMatchScorer} by default, or a scorer from
 * the {@code Set<MatchScorer>} that plugins and hosts add to), the {@link EffortPolicy} read from
 * {@link NyxConfig#policyFile()} (built-in defaults when absent) and the {@link PolicyPlanner},
 * {@link ApprovalService} and {@link CompanyTiers} on top, and the answer bank's
 * {@link QuestionSimilarity} on the same embedder. A host replaces the scorer by binding
 * {@code MatchScorer} in its own module. Needs bindings for {@code NyxConfig}, {@code Clock}, the
 * storage ports and the {@code PluginGuard} (core, storage and plugin modules).
 */
public final class PlanModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(TextEmbedder.class).in(Singleton.class);
        bind(EmbeddingMatchScorer.class).in(Singleton.class);
        // the set exists (possibly empty) without plugins too; PluginModule and hosts add to it
        Multibinder.newSetBinder(binder(), MatchScorer.class);
        bind(MatchScorer.class).toProvider(MatchScorerSelection.class).in(Singleton.class);
        bind(PolicyPlanner.class).in(Singleton.class);
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
