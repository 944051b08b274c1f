package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.config;
import static dev.nyx.testkit.scripted.PipelineFixture.nyx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.Nyx;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.profile.Profile;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.scripted.ScriptedAtsAdapter.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QA between filling and submitting, through the pipeline against the scripted replica in a real browser. */
class QaPipelineIT {
    @TempDir
    Path folder;

    private ReplicaServer server;
    private ScriptedAtsAdapter adapter;
    private Nyx nyx;

    @BeforeEach
    void start() {
        server = ReplicaServer.start().mount(new ScriptedSite());
        adapter = new ScriptedAtsAdapter();
        nyx = nyx(config(folder), adapter);
    }

    @AfterEach
    void stop() {
        nyx.close();
        server.close();
    }

    @Test
    void should_stop_before_submit_and_need_input_when_a_filled_answer_keeps_a_template_placeholder() throws Exception {
        // given: the candidate's answer bank left a template slot in
        Profile profile = profile("{{favourite_colour}}");

        // when
        ApplyOutcome outcome = apply(profile);

        // then: filled, checked, stopped with the reason; nothing claimed, nothing clicked
        assertThat(outcome.status()).contains(ApplicationStatus.NEEDS_INPUT);
        assertThat(outcome.reason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("QA stopped the submit", ScriptedSite.FAVOURITE_COLOUR,
                        "still contains the placeholder '{{favourite_colour}}'"));
        assertThat(adapter.calls(Step.FILL)).isEqualTo(1);
        assertThat(adapter.calls(Step.SUBMIT)).isZero();
        assertThat(server.submissions()).isEmpty();
        long id = outcome.applicationId().orElseThrow();
        ApplicationStore store = nyx.injector().getInstance(ApplicationStore.class);
        assertThat(store.find(id).orElseThrow().failureReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("placeholder"));
        assertThat(nyx.injector().getInstance(EventLog.class).forApplication(id))
                .filteredOn(event -> event.type() == EventType.ERROR).extracting(Event::data)
                .anySatisfy(data -> assertThat(data).containsEntry("qa", "PLACEHOLDER")
                        .containsEntry("question", "favourite_colour"));
    }

    @Test
    void should_submit_when_the_read_back_form_passes_qa() throws Exception {
        ApplyOutcome outcome = apply(profile("Dark blue"));

        assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
        assertThat(server.submissions()).singleElement().satisfies(submission ->
                assertThat(submission.fields().get("favourite_colour")).containsExactly("Dark blue"));
    }

    @Test
    void should_answer_the_authorisation_question_from_the_posting_country_when_the_profile_lists_it()
            throws Exception {
        // given: the posting is in "Berlin, Germany"; its question names no country
        Profile profile = profile("Dark blue", "  workAuthorization:\n    DE: true\n");

        // when
        ApplyOutcome outcome = apply(profile, ScriptedSite.BERLIN_BACKEND);

        // then: the rule answered from nyx.workAuthorization.DE, so nothing needed input
        assertThat(outcome.status()).contains(ApplicationStatus.SUBMITTED);
        assertThat(server.submissions()).singleElement().satisfies(submission ->
                assertThat(submission.fields().get("authorised_here")).containsExactly("Yes"));
    }

    @Test
    void should_stop_before_submit_when_a_yes_claims_authorisation_for_a_posting_country_the_profile_does_not_list()
            throws Exception {
        // given: a catch-all bank answer says "Yes"; the profile lists no country at all
        Profile profile = profile("Dark blue", "    - question: /authori[sz]ed to work/i\n      answer: \"Yes\"\n");

        // when
        ApplyOutcome outcome = apply(profile, ScriptedSite.BERLIN_BACKEND);

        // then: QA knew the job is in Germany and stopped the submit with a reason the candidate can act on
        assertThat(outcome.status()).contains(ApplicationStatus.NEEDS_INPUT);
        assertThat(outcome.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("QA stopped the submit",
                ScriptedSite.AUTHORISED_HERE, "does not say you may work in Germany, the country of this job",
                "nyx.workAuthorization.DE"));
        assertThat(adapter.calls(Step.SUBMIT)).isZero();
        assertThat(server.submissions()).isEmpty();
    }

    private ApplyOutcome apply(Profile profile) {
        return apply(profile, ScriptedSite.DATA_ENGINEER);
    }

    private ApplyOutcome apply(Profile profile, String jobId) {
        return nyx.applications().apply(ApplyRequest.of(
                server.url(ScriptedSite.MOUNT + "/jobs/" + jobId).toString(), profile));
    }

    /** The pipeline fixture's profile, with an answer-bank entry for the favourite colour. */
    private Profile profile(String colour) throws Exception {
        return profile(colour, "");
    }

    /**
     * The same, with more YAML: lines starting with four spaces add answer-bank entries, lines with two
     * add {@code nyx} settings.
     */
    private Profile profile(String colour, String more) throws Exception {
        Files.writeString(folder.resolve("resume-en.pdf"), "%PDF-1.4 resume");
        String yaml = "basics:\n  name: Mara Lindqvist\n  email: mara.lindqvist@example.com\n"
                + "nyx:\n  firstName: Mara\n  lastName: Lindqvist\n"
                + "  resumes:\n    - id: en\n      path: resume-en.pdf\n      language: en\n      default: true\n"
                + (more.startsWith("  ") && !more.startsWith("    ") ? more : "")
                + "  answers:\n    - question: /favourite colour/i\n      answer: \"" + colour + "\"\n"
                + (more.startsWith("    ") ? more : "");
        return new ProfileLoader().load(Files.writeString(folder.resolve("profile.yaml"), yaml));
    }
}
