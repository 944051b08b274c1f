package dev.nyx.ats.greenhouse;

import com.microsoft.playwright.Page;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.TokenUsage;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.TestExtensionContext;
import dev.nyx.testkit.greenhouse.BackendEngineerAnswers;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One replica server, one browser and a resume file for a test class, plus the adapter pointed at
 * the replica's Job Board API. Close it in {@code @AfterAll}.
 */
final class GreenhouseHarness implements AutoCloseable {
    final ReplicaServer server;
    final GreenhouseReplica replica;
    final TestBrowser browser;
    final Path folder;
    final Path resume;
    private final List<Page> pages = new ArrayList<>();

    GreenhouseHarness(Path folder) {
        this.folder = folder;
        this.server = ReplicaServer.start();
        this.replica = GreenhouseReplica.start(server);
        this.browser = TestBrowser.launch();
        this.resume = writeResume(folder);
    }

    /** The adapter reading the replica's API (or only the pages when {@code useApi} is false). */
    GreenhouseAdapter adapter(boolean useApi) {
        return new GreenhouseAdapter(extensions(useApi));
    }

    TestExtensionContext extensions(boolean useApi) {
        return new TestExtensionContext(GreenhouseAdapter.NAME, Map.of(
                GreenhouseAdapter.API_BASE_URL_SETTING, server.url(GreenhouseReplica.API_MOUNT).toString(),
                GreenhouseAdapter.USE_API_SETTING, Boolean.toString(useApi)), Map.of(), Clock.systemUTC(), folder);
    }

    /** A context on a fresh page. */
    TestApplyContext context() {
        Page page = browser.newPage();
        pages.add(page);
        return TestApplyContext.builder(page).resume(resume)
                .evidenceDirectory(folder.resolve("evidence")).stepTimeout(Duration.ofSeconds(15)).build();
    }

    /** The sample answers as the pipeline would hand them over, keyed by the API field names. */
    static AnswerSet answers(BackendEngineerAnswers given) {
        List<Answer> answers = new ArrayList<>();
        add(answers, "first_name", given.firstName());
        add(answers, "last_name", given.lastName());
        add(answers, "preferred_name", given.preferredName());
        add(answers, "email", given.email());
        add(answers, "phone", given.phone());
        add(answers, "resume", given.resume().toString());
        add(answers, "location", given.location());
        add(answers, "question_5001", given.linkedIn());
        add(answers, "question_5002", given.whyAcme());
        add(answers, "question_5003", Integer.toString(given.javaYears()));
        add(answers, "question_5004", given.startDate().toString());
        add(answers, "question_5005", given.authorized() ? "Yes" : "No");
        add(answers, "question_5006", given.sponsorship() ? "Yes" : "No");
        given.visaType().ifPresent(visa -> add(answers, "question_5007", visa));
        add(answers, "question_5008", given.heardFrom());
        answers.add(answer("question_5009[]", given.languages()));
        add(answers, "question_5010[]", "I agree");
        answers.add(answer("question_5011[]", given.offices()));
        add(answers, "gender", given.gender());
        add(answers, "hispanic_ethnicity", given.hispanicEthnicity());
        given.race().ifPresent(race -> add(answers, "race", race));
        add(answers, "veteran_status", given.veteranStatus());
        add(answers, "disability_status", given.disabilityStatus());
        return new AnswerSet(answers);
    }

    private static void add(List<Answer> answers, String id, String value) {
        answers.add(answer(id, List.of(value)));
    }

    private static Answer answer(String id, List<String> values) {
        return new Answer(id, id, values, AnswerSource.RULE, 1.0, List.of(), TokenUsage.NONE);
    }

    static byte[] resumeBytes() {
        byte[] text = "%PDF-1.4\r\n--boundary-lookalike\r\n\u0000binary\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[text.length + 256];
        System.arraycopy(text, 0, bytes, 0, text.length);
        for (int index = 0; index < 256; index++) {
            bytes[text.length + index] = (byte) index;
        }
        return bytes;
    }

    private static Path writeResume(Path folder) {
        try {
            return Files.write(folder.resolve("Ada Lovelace CV.pdf"), resumeBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            pages.forEach(page -> page.context().close());
            browser.close();
        } finally {
            server.close();
        }
    }
}
