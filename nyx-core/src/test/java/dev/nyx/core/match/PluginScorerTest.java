package dev.nyx.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.nyx.core.Nyx;
import dev.nyx.core.TestConfigs;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.plan.PlannedPosting;
import dev.nyx.core.plan.PolicyPlanner;
import dev.nyx.model.Decision;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.MatchScorer;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scorer contributed by a real plugin archive ({@link ScorerPluginArchive}), loaded by PF4J through
 * {@link Nyx#builder()}: used when {@code matching.scorer} names it, called behind the plugin guard,
 * and an unknown name stops Nyx at start.
 */
class PluginScorerTest {
    @TempDir
    Path temp;

    private Profile profile;

    @BeforeEach
    void installPlugin() {
        ScorerPluginArchive.build(temp.resolve("build"), temp.resolve("plugins"));
        profile = MatchFixtures.profile(temp);
    }

    private NyxConfig config(String scorer, Duration pluginCallTimeout) {
        NyxConfig base = TestConfigs.config(temp.resolve("data"), temp.resolve("plugins"), pluginCallTimeout, Map.of());
        return new NyxConfig(base.dataDirectory(), base.database(), base.plugins(), base.browser(), base.llm(),
                base.policyFile(), base.limits(), base.network(), base.captcha(), new NyxConfig.Matching(scorer));
    }

    private static JobPosting posting(String title, String description) {
        return MatchFixtures.posting("p", title, "Acme", "Berlin, Germany (hybrid)", description);
    }

    @Test
    void should_plan_with_the_plugin_scorer_when_matching_scorer_names_it() {
        // given
        try (Nyx nyx = Nyx.builder().config(config(ScorerPluginArchive.SCORER_NAME, Duration.ofSeconds(5))).build()) {
            PolicyPlanner planner = nyx.injector().getInstance(PolicyPlanner.class);

            // when
            PlannedPosting kotlin = planner.planPosting(posting("Backend Engineer", "Services in Kotlin."), profile,
                    false, false);
            PlannedPosting other = planner.planPosting(posting("Backend Engineer", "Services in Java."), profile,
                    false, false);

            // then: the plugin's scores and reasons decide the plan
            assertThat(kotlin.match().score()).isEqualTo(95);
            assertThat(kotlin.match().reasons()).containsExactly("Keywords: the posting asks for Kotlin.");
            assertThat(kotlin.plan().decision()).isEqualTo(Decision.APPLY);
            assertThat(other.match().score()).isEqualTo(10);
            assertThat(other.plan().decision()).isEqualTo(Decision.SKIP);
            // seen as the plugin's extension, built from the archive by the plugin's class loader
            assertThat(nyx.plugins()).singleElement().satisfies(plugin -> assertThat(plugin.extensions())
                    .containsEntry("MatchScorer", List.of(ScorerPluginArchive.SCORER_CLASS)));
            Set<MatchScorer> contributed = nyx.injector().getInstance(Key.get(new TypeLiteral<Set<MatchScorer>>() { }));
            assertThat(contributed).singleElement().satisfies(scorer -> {
                assertThat(scorer.getClass().getName()).isEqualTo(ScorerPluginArchive.SCORER_CLASS);
                assertThat(scorer.getClass().getClassLoader()).isNotSameAs(Nyx.class.getClassLoader());
            });
            assertThat(nyx.injector().getInstance(MatchScorer.class).name()).isEqualTo(ScorerPluginArchive.SCORER_NAME);
        }
    }

    @Test
    void should_keep_the_built_in_scorer_when_the_plugin_is_installed_but_not_named() {
        try (Nyx nyx = Nyx.builder().config(config(NyxConfig.Matching.DEFAULT_SCORER, Duration.ofSeconds(5)))
                .build()) {
            assertThat(nyx.injector().getInstance(MatchScorer.class)).isInstanceOf(EmbeddingMatchScorer.class);
        }
    }

    @Test
    void should_fail_at_start_listing_the_known_scorers_when_matching_scorer_is_unknown() {
        assertThatThrownBy(() -> Nyx.builder().config(config("keyword", Duration.ofSeconds(5))).build())
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessageContaining("matching.scorer is 'keyword'")
                .hasMessageContaining("known scorers: embedding, keywords");
    }

    @Test
    void should_fail_naming_the_plugin_when_the_plugin_scorer_throws() {
        try (Nyx nyx = Nyx.builder().config(config(ScorerPluginArchive.SCORER_NAME, Duration.ofSeconds(5))).build()) {
            PolicyPlanner planner = nyx.injector().getInstance(PolicyPlanner.class);

            assertThatThrownBy(() -> planner.planPosting(posting("explode", "Kotlin"), profile, false, false))
                    .isInstanceOfSatisfying(NyxException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_FAILED))
                    .hasMessageContaining("Plugin '" + ScorerPluginArchive.PLUGIN_ID + "' extension 'keywords'")
                    .hasMessageContaining("the keyword list is broken");
        }
    }

    @Test
    void should_time_out_naming_the_plugin_when_the_plugin_scorer_hangs() {
        try (Nyx nyx = Nyx.builder().config(config(ScorerPluginArchive.SCORER_NAME, Duration.ofMillis(300))).build()) {
            PolicyPlanner planner = nyx.injector().getInstance(PolicyPlanner.class);

            assertThatThrownBy(() -> planner.planPosting(posting("hang", "Kotlin"), profile, false, false))
                    .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT))
                    .hasMessageContaining("Plugin '" + ScorerPluginArchive.PLUGIN_ID + "'")
                    .hasMessageContaining("did not return within");
        }
    }
}
