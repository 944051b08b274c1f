package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.core.storage.Watch;
import dev.nyx.core.watch.WatchRun;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.lever.LeverFixtures;
import dev.nyx.testkit.lever.LeverPosting;
import dev.nyx.testkit.lever.LeverReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Board discovery (issue 11) through the real Greenhouse and Lever plugin archives and their API replicas:
 * a watched board queues each posting once, a second run only what is new, postings that left are
 * closed; bad boards are clear errors; and one job reached through another door is not queued again.
 * The policy here would apply to everything at once: discovery must still only queue.
 */
class WatchIT {
    private static final String BOARD = "globex";

    @TempDir
    Path temp;

    private ReplicaServer server;
    private GreenhouseReplica replica;
    private LeverReplica lever;
    private Nyx nyx;
    private Profile profile;

    @BeforeEach
    void start() throws Exception {
        server = ReplicaServer.start();
        replica = GreenhouseReplica.start(server);
        lever = LeverReplica.start(server);
        IntStream.rangeClosed(1, 25).forEach(number -> replica.publish(posting(number, "Backend Engineer, Team " + number)));
        PluginArchives.installGreenhousePlugin(temp.resolve("plugins"));
        PluginArchives.installLeverPlugin(temp.resolve("plugins"));
        Path policy = Files.writeString(temp.resolve("policy.yaml"),
                "bands:\n  - {from: 0, to: 100, decision: apply, effort: low}\n");
        Path config = Files.writeString(temp.resolve("nyx.yaml"), "dataDirectory: " + temp.resolve("data") + "\n"
                + "policyFile: " + policy + "\n"
                + "plugins:\n  directory: " + temp.resolve("plugins") + "\n"
                + "  settings:\n    greenhouse:\n      apiBaseUrl: " + server.url(GreenhouseReplica.API_MOUNT) + "\n"
                + "    lever:\n      apiBaseUrl: " + lever.apiBaseUrl() + "\n"
                + "network:\n  allowPrivateAddresses: true\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n  stepTimeout: 15s\n");
        nyx = Nyx.builder().config(new ConfigLoader(Map.of()).load(config)).build();
        profile = new ProfileLoader().load(GreenhouseProfiles.sampleWithAnswers(temp));
    }

    @AfterEach
    void stop() {
        nyx.close();
        server.close();
    }

    @Test
    void should_queue_every_posting_once_then_only_the_new_ones_and_close_those_that_left() {
        // given
        Watch watch = nyx.watches().add(replica.boardUrl(BOARD).toString()).get(0);

        // when
        WatchRun first = nyx.watches().run(watch.id(), profile);

        // then: 25 queued, nothing filled or sent
        assertThat(first.failure()).isEmpty();
        assertThat(first.listed()).isEqualTo(25);
        assertThat(first.found()).hasSize(25).allSatisfy(found -> assertThat(found.outcome().status())
                .as(found.outcome().toString()).contains(ApplicationStatus.AWAITING_APPROVAL));
        assertThat(nyx.approvals().queue()).hasSize(25);
        assertThat(replica.submissions()).isEmpty();

        // given: the board adds 3 and drops 2 (one of them approved meanwhile: the candidate's decision stands)
        IntStream.rangeClosed(26, 28).forEach(number -> replica.publish(posting(number, "Site Reliability Engineer "
                + (char) ('A' + number - 26))));
        replica.withdraw(BOARD, id(1));
        replica.withdraw(BOARD, id(2));
        long approved = first.found().get(1).outcome().applicationId().orElseThrow();
        nyx.approvals().approve(approved);

        // when
        WatchRun second = nyx.watches().run(watch.id(), profile);

        // then: exactly the 3 new ones queued, the 2 gone closed
        assertThat(second.found()).extracting(found -> found.posting().title())
                .containsExactlyInAnyOrder("Site Reliability Engineer A", "Site Reliability Engineer B",
                        "Site Reliability Engineer C");
        assertThat(second.queued()).isEqualTo(3);
        assertThat(second.closed()).hasSize(2);
        ApplicationStore applications = nyx.injector().getInstance(ApplicationStore.class);
        long leftUnapproved = first.found().get(0).outcome().applicationId().orElseThrow();
        assertThat(applications.find(leftUnapproved).orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(nyx.injector().getInstance(EventLog.class).forApplication(leftUnapproved))
                .anySatisfy(event -> assertThat(event.data().get("reason")).contains("left the board"));
        assertThat(applications.find(approved).orElseThrow().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(nyx.watches().postings(watch.id())).hasSize(28).filteredOn(posting -> !posting.open()).hasSize(2);

        // when: nothing changed on the board
        WatchRun third = nyx.watches().run(watch.id(), profile);

        // then
        assertThat(third.found()).isEmpty();
        assertThat(third.closed()).isEmpty();
        assertThat(replica.submissions()).isEmpty();
    }

    @Test
    void should_skip_a_repost_of_an_applied_role_naming_the_application_and_queue_another_role_of_the_company() {
        // given: applied to Acme's backend role (named by the candidate, so it is sent)
        ApplyOutcome applied = nyx.applications().apply(ApplyRequest.of(replica.postingUrl(GreenhouseStyle.CLASSIC,
                GreenhouseFixtures.BACKEND_ENGINEER).toString(), profile));
        assertThat(applied.status()).as(applied.toString()).contains(ApplicationStatus.SUBMITTED);
        GreenhousePosting original = replica.posting(GreenhouseFixtures.BACKEND_ENGINEER);
        // the same role re-posted with a new id, a requisition code and a gender marker; and another role
        replica.publish(copy(original, 4_019_001L, original.title() + " (m/w/d) - REQ-88120", "Acme Robotics GmbH"));
        replica.publish(copy(original, 4_019_002L, "Staff Frontend Engineer", "Acme Robotics"));
        Watch watch = nyx.watches().add(replica.boardUrl(GreenhouseFixtures.BOARD).toString()).get(0);

        // when
        WatchRun run = nyx.watches().run(watch.id(), profile);

        // then
        WatchRun.Found repost = found(run, 4_019_001L);
        assertThat(repost.outcome().status()).contains(ApplicationStatus.SKIPPED);
        assertThat(repost.outcome().reason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("application " + applied.applicationId().orElseThrow())
                .contains("company 'Acme Robotics GmbH' is 'Acme Robotics'"));
        assertThat(found(run, 4_019_002L).outcome().status()).contains(ApplicationStatus.AWAITING_APPROVAL);
        // the role applied to is the same posting: a duplicate, not queued again
        assertThat(found(run, GreenhouseFixtures.BACKEND_ENGINEER).outcome().duplicateOf())
                .isEqualTo(applied.applicationId());
        assertThat(replica.submissionsFor(GreenhouseFixtures.BACKEND_ENGINEER)).hasSize(1);
        assertThat(replica.submissionsFor(4_019_001L)).isEmpty();
    }

    @Test
    void should_queue_the_open_postings_of_a_lever_board_found_by_the_company_name_then_only_a_new_one() {
        // given: the Lever site 'northwind' (two open postings, one closed); no Greenhouse board of that name
        List<Watch> watches = nyx.watches().add(LeverFixtures.SITE);
        assertThat(watches).singleElement().satisfies(watch -> {
            assertThat(watch.source()).isEqualTo("lever");
            assertThat(watch.boardUrl()).hasToString("https://jobs.lever.co/" + LeverFixtures.SITE);
        });

        // when
        WatchRun first = nyx.watches().run(watches.get(0).id(), profile);

        // then
        assertThat(first.failure()).isEmpty();
        assertThat(first.found()).hasSize(2).allSatisfy(found -> assertThat(found.outcome().status())
                .as(found.outcome().toString()).contains(ApplicationStatus.AWAITING_APPROVAL));

        // when: the board adds one
        LeverPosting added = LeverFixtures.shortForm();
        lever.put(new LeverPosting(added.site(), "0b7e3a52-6c1d-4f08-a9e4-3d2c1b0a9f99", added.company(),
                "Platform Engineer", added.team(), added.location(), added.commitment(), added.description(),
                added.language(), added.form(), true));
        WatchRun second = nyx.watches().run(watches.get(0).id(), profile);

        // then
        assertThat(second.found()).singleElement().satisfies(found -> {
            assertThat(found.posting().title()).isEqualTo("Platform Engineer");
            assertThat(found.queued()).isTrue();
        });
        assertThat(lever.submissions()).isEmpty();
    }

    @Test
    void should_list_nothing_and_queue_nothing_when_the_board_has_no_open_posting() {
        // given
        replica.openBoard("initech");
        Watch watch = nyx.watches().add(replica.boardUrl("initech").toString()).get(0);

        // when
        WatchRun run = nyx.watches().run(watch.id(), profile);

        // then
        assertThat(run.failure()).isEmpty();
        assertThat(run.listed()).isZero();
        assertThat(run.found()).isEmpty();
        assertThat(nyx.approvals().queue()).isEmpty();
    }

    @Test
    void should_refuse_clearly_when_the_board_is_unknown_a_posting_or_no_site_lists_it() {
        assertThatThrownBy(() -> nyx.watches().add(replica.boardUrl("no-such-company").toString()))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("no-such-company").hasMessageContaining("board");
        assertThatThrownBy(() -> nyx.watches().add("https://boards.greenhouse.io/acme/jobs/4012345"))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.UNSUPPORTED_SITE)).hasMessageContaining("is a posting, not a board");
        assertThatThrownBy(() -> nyx.watches().add("https://careers.example.org/jobs"))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.UNSUPPORTED_SITE)).hasMessageContaining("greenhouse");
        assertThatThrownBy(() -> nyx.watches().add("no-such-company"))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("no board found for company 'no-such-company'");
        assertThat(nyx.watches().list()).isEmpty();
    }

    @Test
    void should_watch_a_company_by_name_and_list_and_remove_it_through_the_runner() throws Exception {
        // given: the runner opens the database itself
        nyx.close();
        Path config = temp.resolve("nyx.yaml");

        // when
        CommandResult added = CommandResult.run("watch", "add", BOARD, "--config", config.toString());
        CommandResult listed = CommandResult.run("watch", "list", "--config", config.toString());

        // then
        assertThat(added.exitCode()).as(added.out() + added.err()).isZero();
        assertThat(added.out()).contains("Watching https://boards.greenhouse.io/globex (greenhouse, watch 1)");
        assertThat(listed.out()).contains("1 board is watched").contains("https://boards.greenhouse.io/globex")
                .contains("last run never");

        // when
        CommandResult removed = CommandResult.run("watch", "remove", "1", "--config", config.toString());
        CommandResult again = CommandResult.run("watch", "remove", "1", "--config", config.toString());

        // then
        assertThat(removed.out()).contains("No longer watching https://boards.greenhouse.io/globex");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("no watch with id 1");
    }

    private static WatchRun.Found found(WatchRun run, long postId) {
        return run.found().stream().filter(found -> found.posting().url().getPath().endsWith("/" + postId))
                .findFirst().orElseThrow(() -> new AssertionError("posting " + postId + " not found in " + run));
    }

    private static long id(int number) {
        return 7_000_000L + number;
    }

    private GreenhousePosting posting(int number, String title) {
        GreenhousePosting template = GreenhouseFixtures.postings().stream()
                .filter(posting -> posting.id() == GreenhouseFixtures.BACKEND_ENGINEER).findFirst().orElseThrow();
        return new GreenhousePosting(BOARD, id(number), 8_000_000L + number, title, "Globex", template.location(),
                template.descriptionHtml(), template.updatedAt(), template.questions(), template.locationQuestion(),
                template.eeoc(), true);
    }

    private static GreenhousePosting copy(GreenhousePosting original, long id, String title, String company) {
        return new GreenhousePosting(original.boardToken(), id, id + 1_000_000L, title, company, original.location(),
                original.descriptionHtml(), original.updatedAt(), original.questions(), original.locationQuestion(),
                original.eeoc(), true);
    }
}
