package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.storage.Storage;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.Effort;
import dev.nyx.model.PostingKey;
import dev.nyx.core.storage.ApplicationPatch;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.NewApplication;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nyx queue|approve|reject} and {@code nyx company tier} on a real H2 database in a temporary folder. */
class ApprovalCommandsTest {
    @TempDir
    Path dataDirectory;

    @Test
    void should_list_awaiting_applications_and_the_approved_ones_apart_when_the_queue_is_shown() {
        // given
        long queued = createApplication("queued", ApplicationStatus.AWAITING_APPROVAL, 42);
        long approved = createApplication("applying", ApplicationStatus.APPROVED, 90);

        // when
        CommandResult result = run("queue");

        // then: the waiting one under the approval heading, the approved one under 'queue run'
        assertThat(result.exitCode()).as(result.err()).isZero();
        String[] sections = result.out().split("approved, to apply with 'nyx queue run':");
        assertThat(sections).hasSize(2);
        assertThat(sections[0]).contains("1 application waits for approval")
                .containsPattern("\\s" + queued + "\\s+score 42\\s+effort low\\s+https://jobs.example.com/queued")
                .doesNotContain("applying");
        assertThat(sections[1]).containsPattern("\\s" + approved + "\\s+score 90\\s+.*/applying")
                .doesNotContain("queued");
    }

    @Test
    void should_say_the_queue_is_empty_when_nothing_waits() {
        // when
        CommandResult result = run("queue");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("No applications are waiting for approval.");
    }

    @Test
    void should_move_the_application_to_approved_when_approved() {
        // given
        long id = createApplication("a", ApplicationStatus.AWAITING_APPROVAL, 30);

        // when
        CommandResult result = run("approve", String.valueOf(id));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Application " + id + " approved");
        assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(run("queue").out()).contains("No applications are waiting");
    }

    @Test
    void should_move_the_application_to_rejected_with_the_reason_when_rejected() {
        // given
        long id = createApplication("r", ApplicationStatus.AWAITING_APPROVAL, 30);

        // when
        CommandResult result = run("reject", String.valueOf(id), "--reason", "not my field");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
        try (Storage storage = open()) {
            assertThat(storage.events().forApplication(id)).anySatisfy(event ->
                    assertThat(event.data()).containsEntry("to", "REJECTED").containsEntry("reason", "not my field"));
        }
    }

    @Test
    void should_refuse_with_exit_code_2_and_say_why_when_the_application_is_not_awaiting_approval() {
        // given
        long id = createApplication("done", ApplicationStatus.APPROVED, 80);

        // when
        CommandResult result = run("reject", String.valueOf(id));

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("application " + id + " is APPROVED, not AWAITING_APPROVAL", "nyx queue");
        assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void should_refuse_with_exit_code_2_when_the_id_is_unknown() {
        // when
        CommandResult result = run("approve", "4711");

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no application with id 4711", "nyx queue");
    }

    @Test
    void should_store_the_tier_when_a_company_tier_is_set() {
        // when
        CommandResult top = run("company", "tier", "Acme GmbH", "top");
        CommandResult avoid = run("company", "tier", "Evil Corp", "AVOID");
        CommandResult list = run("company", "list");

        // then
        assertThat(top.exitCode()).as(top.err()).isZero();
        assertThat(top.out()).contains("Acme GmbH is now tier top.");
        assertThat(avoid.exitCode()).as(avoid.err()).isZero();
        try (Storage storage = open()) {
            assertThat(storage.companies().list()).containsExactly(new Company("Acme GmbH", CompanyTier.TOP),
                    new Company("Evil Corp", CompanyTier.AVOID));
        }
        assertThat(list.out()).contains("top\tAcme GmbH", "avoid\tEvil Corp");
    }

    @Test
    void should_name_the_valid_tiers_with_exit_code_2_when_the_tier_is_unknown() {
        // when
        CommandResult result = run("company", "tier", "Acme", "favourite");

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown company tier \"favourite\"", "[top, normal, avoid]");
    }

    private CommandResult run(String... args) {
        return CommandResult.run(Map.of("NYX_DATA_DIRECTORY", dataDirectory.toString()), args);
    }

    private Storage open() {
        return Storage.open(new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2),
                dataDirectory, Clock.systemUTC());
    }

    private ApplicationStatus status(long id) {
        try (Storage storage = open()) {
            return storage.applications().find(id).orElseThrow().status();
        }
    }

    /** An application walked through the status model to {@code target} (AWAITING_APPROVAL or APPROVED). */
    private long createApplication(String slug, ApplicationStatus target, int score) {
        try (Storage storage = open()) {
            ApplicationStore applications = storage.applications();
            Application created = applications.create(NewApplication.discovered(PostingKey.of("test", slug),
                    URI.create("https://jobs.example.com/" + slug)));
            long id = created.id();
            applications.update(id, ApplicationPatch.none().withMatchScore(score).withEffort(Effort.LOW));
            List<ApplicationStatus> path = List.of(ApplicationStatus.DISCOVERED, ApplicationStatus.FETCHED,
                    ApplicationStatus.MATCHED, ApplicationStatus.AWAITING_APPROVAL, ApplicationStatus.APPROVED);
            for (int step = 1; step < path.size() && path.get(step - 1) != target; step++) {
                applications.transition(id, path.get(step - 1), path.get(step), Optional.empty(), false);
            }
            return id;
        }
    }
}
