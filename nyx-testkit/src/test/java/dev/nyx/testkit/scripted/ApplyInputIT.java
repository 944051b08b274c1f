package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.config;
import static dev.nyx.testkit.scripted.PipelineFixture.nyx;
import static dev.nyx.testkit.scripted.PipelineFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.Nyx;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ErrorKind;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.testkit.ReplicaServer;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never reaches a site and records nothing; page recognition and --ats find adapters. */
class ApplyInputIT {
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

    private String url(String jobId) {
        return server.url(ScriptedSite.MOUNT + "/jobs/" + jobId).toString();
    }

    private static int applications(Nyx nyx) {
        return nyx.injector().getInstance(ApplicationStore.class)
                .findByStatus(EnumSet.allOf(ApplicationStatus.class)).size();
    }

    @Test
    void should_refuse_a_file_url_as_bad_input_and_record_nothing_when_given() {
        try (Nyx nyx = nyx(config(folder), new ScriptedAtsAdapter())) {
            ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of("file:///etc/passwd", profile));

            assertThat(outcome.status()).isEmpty();
            assertThat(outcome.badInput()).isTrue();
            assertThat(outcome.failure()).hasValueSatisfying(failure -> {
                assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_URL);
                assertThat(failure.message()).contains("file:///etc/passwd").contains("http");
            });
            assertThat(applications(nyx)).isZero();
        }
    }

    @Test
    void should_refuse_a_private_address_naming_the_flag_when_private_addresses_are_not_allowed() {
        try (Nyx nyx = nyx(config(folder, false, "5s", "10s"), new ScriptedAtsAdapter())) {
            ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(url(ScriptedSite.PLATFORM_ENGINEER),
                    profile));

            assertThat(outcome.status()).isEmpty();
            assertThat(outcome.failure()).hasValueSatisfying(failure -> {
                assertThat(failure.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED);
                assertThat(failure.kind()).isEqualTo(ErrorKind.BAD_INPUT);
                assertThat(failure.message()).contains("--allow-private-addresses");
            });
            assertThat(server.recorder().count()).isZero();
            assertThat(applications(nyx)).isZero();
        }
    }

    @Test
    void should_report_unsupported_site_naming_url_and_ats_flag_when_no_adapter_recognises_the_page() {
        try (Nyx nyx = nyx(config(folder), new ScriptedAtsAdapter("scripted", false))) {
            String elsewhere = server.url("/careers/nothing-here").toString();

            ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(elsewhere, profile));

            assertThat(outcome.status()).isEmpty();
            assertThat(outcome.failure()).hasValueSatisfying(failure -> {
                assertThat(failure.code()).isEqualTo(ErrorCode.UNSUPPORTED_SITE);
                assertThat(failure.message()).contains(elsewhere).contains("scripted").contains("--ats");
            });
            assertThat(applications(nyx)).isZero();
        }
    }

    @Test
    void should_list_installed_adapters_when_the_forced_adapter_is_unknown() {
        try (Nyx nyx = nyx(config(folder), new ScriptedAtsAdapter())) {
            ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(url(ScriptedSite.PLATFORM_ENGINEER),
                    profile).withAts("workday"));

            assertThat(outcome.badInput()).isTrue();
            assertThat(outcome.failure()).hasValueSatisfying(failure ->
                    assertThat(failure.message()).contains("'workday'").contains("installed: scripted"));
            assertThat(applications(nyx)).isZero();
        }
    }

    @Test
    void should_apply_through_page_recognition_when_the_url_does_not_reveal_the_site() {
        ScriptedAtsAdapter byPageOnly = new ScriptedAtsAdapter("scripted", false);
        try (Nyx nyx = nyx(config(folder), byPageOnly)) {
            ApplyOutcome outcome = nyx.applications().apply(ApplyRequest.of(url(ScriptedSite.PLATFORM_ENGINEER),
                    profile));

            assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
            assertThat(server.submissions()).hasSize(1);
        }
    }
}
