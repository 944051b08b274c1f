package dev.nyx.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.Nyx;
import dev.nyx.core.TestConfigs;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plan.PlannedPosting;
import dev.nyx.core.plan.PolicyPlanner;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.MatchScorer;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which {@link MatchScorer} is in use: the built-in one, one a host binds, or one of the contributed
 * scorers by {@code matching.scorer}; contributed scorers are called behind the guard.
 */
class MatchScorerSelectionTest {
    @TempDir
    Path temp;

    private final EmbeddingMatchScorer builtIn = new EmbeddingMatchScorer(new TextEmbedder(new InMemoryEmbeddingCache(),
            "unused", () -> {
                throw new AssertionError("the built-in scorer is not asked to score here");
            }), new InMemoryCompanyStore(), MatchFixtures.CLOCK);
    private PluginGuard guard;

    @AfterEach
    void closeGuard() {
        if (guard != null) {
            guard.close();
        }
    }

    private NyxConfig config(String scorer, Duration pluginCallTimeout) {
        NyxConfig base = TestConfigs.config(temp.resolve("data"), temp.resolve("plugins"), pluginCallTimeout, Map.of());
        return new NyxConfig(base.dataDirectory(), base.database(), base.plugins(), base.browser(), base.llm(),
                base.policyFile(), base.limits(), base.network(), base.captcha(), new NyxConfig.Matching(scorer));
    }

    private MatchScorer select(String scorer, Duration pluginCallTimeout, MatchScorer... contributed) {
        NyxConfig config = config(scorer, pluginCallTimeout);
        guard = new PluginGuard(PluginHost.start(config.plugins()), config);
        return new MatchScorerSelection(config, builtIn, Set.of(contributed), guard).get();
    }

    private static JobPosting bakeryAd() {
        return MatchFixtures.posting("b", "Baker", "Crumbs", "Berlin, Germany (on-site)",
                "We bake bread and pastries every morning.");
    }

    @Test
    void should_use_the_built_in_scorer_when_matching_scorer_is_the_default() {
        // when
        MatchScorer chosen = select(NyxConfig.Matching.DEFAULT_SCORER, Duration.ofSeconds(1), new FixedScorer("other", 50));

        // then
        assertThat(chosen).isSameAs(builtIn);
        assertThat(chosen.name()).isEqualTo("embedding");
    }

    @Test
    void should_call_the_named_contributed_scorer_behind_the_guard_when_matching_scorer_names_it() {
        // given
        FixedScorer slow = new FixedScorer("slow", 80, Duration.ofSeconds(5));
        FixedScorer quick = new FixedScorer("quick", 70);

        // when
        MatchScorer chosen = select("slow", Duration.ofMillis(200), slow, quick);

        // then: its name, and its calls bounded by the plugin call time-out
        assertThat(chosen.name()).isEqualTo("slow");
        assertThatThrownBy(() -> chosen.score(bakeryAd(), MatchFixtures.profile(temp)))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT))
                .hasMessageContaining("Extension 'slow'")
                .hasMessageContaining(FixedScorer.class.getName());
        assertThat(quick.calls()).isZero();
    }

    @Test
    void should_list_the_known_scorers_when_no_scorer_has_the_name() {
        assertThatThrownBy(() -> select("remote-first", Duration.ofSeconds(1), new FixedScorer("quick", 70),
                new FixedScorer("keywords", 10)))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessage("matching.scorer is 'remote-first', but no scorer has that name; known scorers: "
                        + "embedding, keywords, quick. Install the plugin that provides it, or set matching.scorer"
                        + " to a known one");
    }

    @Test
    void should_refuse_to_choose_when_two_scorers_have_the_name() {
        assertThatThrownBy(() -> select("embedding", Duration.ofSeconds(1), new FixedScorer("embedding", 70)))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessageContaining("2 scorers have that name")
                .hasMessageContaining(EmbeddingMatchScorer.class.getName())
                .hasMessageContaining(FixedScorer.class.getName());
    }

    @Test
    void should_plan_with_the_host_scorer_when_the_host_binds_its_own_through_the_builder() {
        // given: a host scorer that likes every posting; matching.scorer is not read when the host binds one
        FixedScorer host = new FixedScorer("host", 95);
        Profile profile = MatchFixtures.profile(temp);

        // when
        try (Nyx nyx = Nyx.builder().config(config("not-installed", Duration.ofSeconds(1)))
                .module(binder -> binder.bind(MatchScorer.class).toInstance(host)).build()) {
            PlannedPosting planned = nyx.injector().getInstance(PolicyPlanner.class)
                    .planPosting(bakeryAd(), profile, false, false);

            // then: a bakery ad for a Java engineer, applied to at high effort on the host's word
            assertThat(planned.match().score()).isEqualTo(95);
            assertThat(planned.match().reasons()).containsExactly("host says 95.");
            assertThat(planned.plan().decision()).isEqualTo(Decision.APPLY);
            assertThat(planned.plan().effort()).isEqualTo(Effort.HIGH);
            assertThat(host.calls()).isEqualTo(1);
        }
    }

    @Test
    void should_select_a_scorer_the_host_adds_to_the_set_when_matching_scorer_names_it() {
        // given
        FixedScorer host = new FixedScorer("host-set", 30);

        // when
        try (Nyx nyx = Nyx.builder().config(config("host-set", Duration.ofSeconds(1)))
                .module(binder -> Multibinder.newSetBinder(binder, MatchScorer.class).addBinding().toInstance(host))
                .build()) {
            PlannedPosting planned = nyx.injector().getInstance(PolicyPlanner.class)
                    .planPosting(bakeryAd(), MatchFixtures.profile(temp), false, false);

            // then
            assertThat(planned.match().score()).isEqualTo(30);
            assertThat(planned.plan().decision()).isEqualTo(Decision.AWAIT_APPROVAL);
        }
    }
}
