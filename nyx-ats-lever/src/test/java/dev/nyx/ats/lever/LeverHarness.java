package dev.nyx.ats.lever;

import com.microsoft.playwright.Page;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.TokenUsage;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.TestExtensionContext;
import dev.nyx.testkit.lever.LeverFixtures;
import dev.nyx.testkit.captcha.IssuedTokens;
import dev.nyx.testkit.lever.LeverReplica;
import dev.nyx.testkit.lever.LeverResumeParse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One replica server with the Lever replicas, one browser and a resume for a test class, plus the adapter
 * pointed at the replica's postings APIs. Close it in {@code @AfterAll}.
 */
final class LeverHarness implements AutoCloseable {
    static final String CARD = LeverFixtures.QUESTIONS_CARD;
    final ReplicaServer server;
    final LeverReplica replica;
    final TestBrowser browser;
    final Path folder;
    final Path resume;
    private final List<Page> pages = new ArrayList<>();

    LeverHarness(Path folder) {
        this(folder, Optional.empty());
    }

    /** @param captcha the tokens CAPTCHA emulators issue: the apply forms then carry the invisible hCaptcha */
    LeverHarness(Path folder, Optional<IssuedTokens> captcha) {
        this.folder = folder;
        this.server = ReplicaServer.start();
        this.replica = LeverReplica.start(server, LeverFixtures.postings(), Optional.of(LeverResumeParse.stale()),
                captcha);
        this.browser = TestBrowser.launch();
        this.resume = writeResume(folder);
    }

    LeverAdapter adapter(boolean useApi) {
        return new LeverAdapter(extensions(useApi));
    }

    TestExtensionContext extensions(boolean useApi) {
        return new TestExtensionContext(LeverAdapter.NAME, Map.of(
                LeverAdapter.API_BASE_URL_SETTING, replica.apiBaseUrl().toString(),
                LeverAdapter.EU_API_BASE_URL_SETTING, replica.euApiBaseUrl().toString(),
                LeverAdapter.USE_API_SETTING, Boolean.toString(useApi)), Map.of(), Clock.systemUTC(), folder);
    }

    /** A context on a fresh page. */
    TestApplyContext context() {
        Page page = browser.newPage();
        pages.add(page);
        return TestApplyContext.builder(page).resume(resume)
                .evidenceDirectory(folder.resolve("evidence")).stepTimeout(Duration.ofSeconds(15)).build();
    }

    /** Complete answers for {@link LeverFixtures#BACKEND_ENGINEER}, keyed by posted name, as the pipeline hands them. */
    AnswerSet backendAnswers() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("resume", List.of("en"));
        values.put("name", List.of("Ada Lovelace"));
        values.put("email", List.of("ada@example.org"));
        values.put("phone", List.of("+44 20 7946 0018"));
        values.put("location", List.of("Lyon, France"));
        values.put("org", List.of("Analytical Engines Ltd"));
        values.put("urls[LinkedIn]", List.of("https://www.linkedin.com/in/ada"));
        values.put("urls[GitHub]", List.of("https://github.com/ada"));
        values.put("urls[Portfolio]", List.of("https://ada.example.org"));
        values.put(card(CARD, 0), List.of("9"));
        values.put(card(CARD, 1), List.of("Because robots deserve good software."));
        values.put(card(CARD, 2), List.of("Yes"));
        values.put(card(CARD, 3), List.of("Java", "PostgreSQL"));
        values.put(card(CARD, 4), List.of("Company careers site"));
        values.put(card(LeverFixtures.LOGISTICS_CARD, 0), List.of("No"));
        values.put("eeo[gender]", List.of("Decline to self-identify"));
        values.put("eeo[race]", List.of("Decline to self-identify"));
        values.put("eeo[veteran]", List.of("Decline to self-identify"));
        values.put("eeo[disability]", List.of("I don't wish to answer"));
        values.put("consent[store]", List.of("true"));
        values.put("consent[marketing]", List.of("false"));
        values.put("comments", List.of("Available from March."));
        List<Answer> answers = new ArrayList<>();
        values.forEach((id, answer) -> answers.add(new Answer(id, id, answer, AnswerSource.RULE, 1.0, List.of(),
                TokenUsage.NONE)));
        return new AnswerSet(answers);
    }

    static String card(String cardId, int index) {
        return "cards[" + cardId + "][field" + index + "]";
    }

    static byte[] resumeBytes() {
        byte[] text = "%PDF-1.4\r\n--boundary-lookalike\r\n\u0000binary\r\n".getBytes(StandardCharsets.ISO_8859_1);
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
