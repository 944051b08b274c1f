package dev.nyx.core.match;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.model.JobPosting;
import dev.nyx.model.MatchScore;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.MatchScorer;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provides the {@link MatchScorer} in use: the one {@code matching.scorer} names, among the built-in
 * {@link EmbeddingMatchScorer} ({@value EmbeddingMatchScorer#NAME}, the default) and the contributed
 * scorers ({@code Set<MatchScorer>}: the started plugins' extensions and what the host adds to that
 * set). A contributed scorer is handed out wrapped, so that each of its calls runs behind the
 * {@link PluginGuard} (its plugin's class loader, {@code limits.pluginCallTimeout}, failures naming the
 * plugin). A host that binds {@code MatchScorer} itself replaces this provider, and
 * {@code matching.scorer} is then not read.
 *
 * <p>Bound by {@code PlanModule} as a singleton provider; {@code Nyx.builder().build()} asks for the
 * scorer at once, so a wrong name fails at start. Thread-safe (it keeps no state).
 *
 * @see MatchScorer
 */
public final class MatchScorerSelection implements Provider<MatchScorer> {
    private static final Logger LOG = LoggerFactory.getLogger(MatchScorerSelection.class);

    private final String wanted;
    private final EmbeddingMatchScorer builtIn;
    private final Set<MatchScorer> contributed;
    private final PluginGuard guard;

    @Inject
    public MatchScorerSelection(NyxConfig config, EmbeddingMatchScorer builtIn, Set<MatchScorer> contributed,
                                PluginGuard guard) {
        this.wanted = requireNonNull(config, "config is null").matching().scorer();
        this.builtIn = requireNonNull(builtIn, "builtIn is null");
        this.contributed = Set.copyOf(requireNonNull(contributed, "contributed is null"));
        this.guard = requireNonNull(guard, "guard is null");
    }

    /**
     * The scorer {@code matching.scorer} names.
     *
     * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when no scorer has that name (the
     *                      message lists the known ones) or several have (it names their classes)
     */
    @Override
    public MatchScorer get() {
        List<MatchScorer> named = new ArrayList<>();
        Set<String> known = new TreeSet<>(Set.of(EmbeddingMatchScorer.NAME));
        if (EmbeddingMatchScorer.NAME.equals(wanted)) {
            named.add(builtIn);
        }
        for (MatchScorer scorer : contributed) {
            String name = nameOf(scorer);
            known.add(name);
            if (name.equals(wanted)) {
                named.add(new GuardedScorer(scorer, name, guard));
            }
        }
        if (named.isEmpty()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "matching.scorer is '" + wanted
                    + "', but no scorer has that name; known scorers: " + String.join(", ", known)
                    + ". Install the plugin that provides it, or set matching.scorer to a known one");
        }
        if (named.size() > 1) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "matching.scorer is '" + wanted
                    + "', but " + named.size() + " scorers have that name: " + String.join(", ",
                    named.stream().map(MatchScorerSelection::className).toList())
                    + ". Remove the plugins you do not want from the plugins folder");
        }
        MatchScorer chosen = named.get(0);
        LOG.info("Matching with scorer '{}' ({})", wanted, className(chosen));
        return chosen;
    }

    private String nameOf(MatchScorer scorer) {
        // the name only matters to select a scorer: one nobody selects must not stop Nyx
        String fallback = scorer.getClass().getSimpleName();
        String name;
        try {
            name = guard.call(scorer, fallback, scorer::name);
        } catch (NyxException e) {
            LOG.warn("Scorer {} has no usable name, using its class name: {}", scorer.getClass().getName(),
                    e.getMessage());
            return fallback;
        }
        if (name == null || name.isBlank()) {
            LOG.warn("Scorer {} has a blank name, using its class name", scorer.getClass().getName());
            return fallback;
        }
        return name;
    }

    private static String className(MatchScorer scorer) {
        return scorer instanceof GuardedScorer guarded ? guarded.scorer.getClass().getName()
                : scorer.getClass().getName();
    }

    /** A contributed scorer whose every call runs behind the guard. */
    private static final class GuardedScorer implements MatchScorer {
        private final MatchScorer scorer;
        private final String name;
        private final PluginGuard guard;

        GuardedScorer(MatchScorer scorer, String name, PluginGuard guard) {
            this.scorer = scorer;
            this.name = name;
            this.guard = guard;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public MatchScore score(JobPosting posting, Profile profile) {
            return guard.call(scorer, name, () -> scorer.score(posting, profile));
        }

        @Override
        public String toString() {
            return "GuardedScorer[" + name + ": " + scorer.getClass().getName() + "]";
        }
    }
}
