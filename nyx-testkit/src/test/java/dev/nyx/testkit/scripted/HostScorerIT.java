package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.JobPosting;
import dev.nyx.model.MatchScore;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.MatchScorer;
import dev.nyx.testkit.ReplicaServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching is a port: a host's own {@link MatchScorer}, bound through {@code Nyx.builder().module(...)},
 * decides the match in the real pipeline (scripted replica site, real browser, H2), where the built-in
 * scorer would skip the same posting.
 */
class HostScorerIT {
    /** Only a score of 90 or more is applied to; the bands decide (the request respects the policy). */
    private static final String STRICT_POLICY = "bands:\n"
            + "  - {from: 0, to: 90, decision: skip}\n"
            + "  - {from: 90, to: 100, decision: apply, effort: low}\n";

    @TempDir
    Path folder;

    private ReplicaServer server;
    private Profile profile;

    @BeforeEach
    void start() {
        server = ReplicaServer.start().mount(new ScriptedSite());
        profile = profile(folder);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A host's scorer: every posting of its favourite company scores 95. */
    static final class FavouriteCompanyScorer implements MatchScorer {
        @Override
        public String name() {
            return "favourite-company";
        }

        @Override
        public MatchScore score(JobPosting posting, Profile profile) {
            return posting.company().equals("Scripted Corp")
                    ? MatchScore.of(95, List.of("Favourite company: " + posting.company() + "."))
                    : MatchScore.of(0, List.of("Not a favourite company."));
        }
    }

    private NyxConfig config(String name) throws IOException {
        Path own = Files.createDirectories(folder.resolve(name));
        Files.writeString(own.resolve("policy.yaml"), STRICT_POLICY);
        return PipelineFixture.config(own, true, "5s", "10s", "policyFile: policy.yaml\n");
    }

    /** Nyx with the scripted site's adapter, and the host's own bindings. */
    private static Nyx nyx(NyxConfig config, Module... hostModules) {
        return Nyx.builder().config(config)
                .module(binder -> Multibinder.newSetBinder(binder, AtsAdapter.class).addBinding()
                        .toInstance(new ScriptedAtsAdapter()))
                .module(hostModules).build();
    }

    private ApplyOutcome apply(Nyx nyx) {
        String url = server.url(ScriptedSite.MOUNT + "/jobs/" + ScriptedSite.PLATFORM_ENGINEER).toString();
        return nyx.applications().apply(ApplyRequest.of(url, profile).respectingPolicy());
    }

    private static Application stored(Nyx nyx, ApplyOutcome outcome) {
        return nyx.injector().getInstance(ApplicationStore.class).find(outcome.applicationId().orElseThrow())
                .orElseThrow();
    }

    @Test
    void should_apply_on_the_hosts_score_when_the_host_binds_its_own_scorer() throws IOException {
        // given: with the built-in scorer, the posting scores too low for the strict policy
        try (Nyx nyx = nyx(config("built-in"))) {
            ApplyOutcome builtIn = apply(nyx);
            assertThat(builtIn.status()).as(builtIn.toString()).contains(ApplicationStatus.SKIPPED);
            assertThat(stored(nyx, builtIn).matchScore()).hasValueSatisfying(score -> assertThat(score).isLessThan(90));
        }
        assertThat(server.submissions()).isEmpty();

        // when: the host binds its own scorer
        try (Nyx nyx = nyx(config("host"), binder -> binder.bind(MatchScorer.class).to(FavouriteCompanyScorer.class))) {
            ApplyOutcome outcome = apply(nyx);

            // then: the host's score decided; it is stored and shown with its reasons
            assertThat(outcome.failure()).as(outcome.toString()).isEmpty();
            assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
            assertThat(outcome.match()).hasValueSatisfying(match -> {
                assertThat(match.score()).isEqualTo(95);
                assertThat(match.reasons()).containsExactly("Favourite company: Scripted Corp.");
            });
            Application application = stored(nyx, outcome);
            assertThat(application.matchScore()).contains(95);
            assertThat(application.matchReasons()).containsExactly("Favourite company: Scripted Corp.");
        }
        assertThat(server.submissions()).hasSize(1);
    }
}
