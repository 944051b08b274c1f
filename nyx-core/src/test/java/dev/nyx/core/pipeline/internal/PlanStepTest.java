package dev.nyx.core.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.plan.EffortPolicy;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.profile.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as approved when the pipeline plans an application. */
class PlanStepTest {
    @TempDir
    Path folder;

    private Profile profile;

    @BeforeEach
    void load() throws Exception {
        Files.writeString(folder.resolve("cv.pdf"), "%PDF-1.4");
        profile = new ProfileLoader().load(Files.writeString(folder.resolve("profile.yaml"),
                "basics:\n  name: Mara Lindqvist\n  email: mara@example.com\n"
                        + "nyx:\n  resumes:\n    - id: en\n      path: cv.pdf\n      default: true\n"));
    }

    @Test
    void should_count_a_named_posting_as_approved_unless_the_policy_is_respected() {
        ApplyRequest named = ApplyRequest.of("https://jobs.example.com/1", profile);

        assertThat(PlanStep.approvedBecause(ApplicationStatus.FETCHED, named)).contains(EffortPolicy.NAMED);
        assertThat(PlanStep.approvedBecause(ApplicationStatus.FETCHED, named.respectingPolicy())).isEmpty();
    }

    @Test
    void should_let_the_bands_decide_when_the_work_is_queued() {
        ApplyRequest queued = ApplyRequest.queued("https://jobs.example.com/1", profile);

        assertThat(PlanStep.approvedBecause(ApplicationStatus.FETCHED, queued)).isEmpty();
        assertThat(PlanStep.approvedBecause(ApplicationStatus.AWAITING_APPROVAL, queued)).isEmpty();
    }

    @Test
    void should_apply_what_the_candidate_approved_or_what_passed_before_when_resumed_even_respecting_the_policy() {
        ApplyRequest respecting = ApplyRequest.of("https://jobs.example.com/1", profile).respectingPolicy();

        assertThat(PlanStep.approvedBecause(ApplicationStatus.APPROVED, respecting))
                .hasValueSatisfying(reason -> assertThat(reason).contains("You approved"));
        assertThat(PlanStep.approvedBecause(ApplicationStatus.NEEDS_INPUT, respecting))
                .hasValueSatisfying(reason -> assertThat(reason).contains("passed the policy before"));
    }
}
