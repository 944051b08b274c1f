package dev.nyx.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import dev.nyx.core.TestConfigs;
import dev.nyx.core.ValidationException;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.match.EmbeddingMatchScorer;
import dev.nyx.core.match.InMemoryCompanyStore;
import dev.nyx.core.match.InMemoryEmbeddingCache;
import dev.nyx.core.match.MatchFixtures;
import dev.nyx.core.match.TextEmbedder;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.core.plugin.PluginModule;
import dev.nyx.model.Effort;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.MatchScorer;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.CompanyStore;
import dev.nyx.core.storage.EmbeddingCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Guice bindings: one embedder per injector, the built-in scorer by default, the policy from
 * {@code policyFile} or the defaults.
 */
class PlanModuleTest {
    @TempDir
    Path temp;

    @Test
    void should_use_the_defaults_and_share_one_embedder_when_no_policy_file_is_configured() {
        // when
        Injector injector = injector(Optional.empty());

        // then
        assertThat(injector.getInstance(EffortPolicy.class)).isEqualTo(new PolicyLoader().defaults());
        assertThat(injector.getInstance(TextEmbedder.class)).isSameAs(injector.getInstance(TextEmbedder.class));
        assertThat(injector.getInstance(PolicyPlanner.class)).isNotNull();
        assertThat(injector.getInstance(MatchScorer.class)).isInstanceOf(EmbeddingMatchScorer.class)
                .isSameAs(injector.getInstance(EmbeddingMatchScorer.class));
    }

    @Test
    void should_read_the_configured_policy_file_when_one_is_given() throws IOException {
        // given
        Path file = Files.writeString(temp.resolve("policy.yaml"),
                "bands:\n  - {from: 0, to: 100, decision: apply, effort: high}\n");

        // when
        EffortPolicy policy = injector(Optional.of(file)).getInstance(EffortPolicy.class);

        // then
        assertThat(policy.bandOf(0).effort()).contains(Effort.HIGH);
    }

    @Test
    void should_fail_with_the_policy_problems_when_the_configured_file_is_broken() throws IOException {
        // given
        Path file = Files.writeString(temp.resolve("policy.yaml"), "bands: []\n");
        Injector injector = injector(Optional.of(file));

        // when / then
        assertThatThrownBy(() -> injector.getInstance(EffortPolicy.class))
                .isInstanceOf(ProvisionException.class)
                .cause().isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY))
                .hasMessageContaining("no bands");
    }

    private Injector injector(Optional<Path> policyFile) {
        NyxConfig base = TestConfigs.config(temp, Duration.ofSeconds(5));
        NyxConfig config = new NyxConfig(base.dataDirectory(), base.database(), base.plugins(), base.browser(),
                base.llm(), policyFile, base.limits(), base.network());
        Module parts = new AbstractModule() {
            @Override
            protected void configure() {
                bind(NyxConfig.class).toInstance(config);
                bind(Clock.class).toInstance(MatchFixtures.CLOCK);
                bind(EmbeddingCache.class).toInstance(new InMemoryEmbeddingCache());
                bind(CompanyStore.class).toInstance(new InMemoryCompanyStore());
                bind(ApplicationStore.class).toProvider(() -> {
                    throw new AssertionError("not needed here");
                });
            }
        };
        try {
            // no plugins folder: the plugin module binds the guard and empty extension sets
            return Guice.createInjector(new PlanModule(), new PluginModule(PluginHost.start(config.plugins())), parts);
        } catch (CreationException e) {
            throw new AssertionError(e);
        }
    }
}
