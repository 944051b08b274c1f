package dev.nyx.ats.workday;

import com.microsoft.playwright.Page;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.TestApplyContext;
import dev.nyx.testkit.TestBrowser;
import dev.nyx.testkit.TestExtensionContext;
import dev.nyx.testkit.workday.WorkdayFixtures;
import dev.nyx.testkit.workday.WorkdayPosting;
import dev.nyx.testkit.workday.WorkdayReplica;
import dev.nyx.testkit.workday.WorkdayTenant;
import dev.nyx.testkit.workday.WorkdayWizard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One replica server with a Workday tenant (the fixture postings), one browser, and the adapter with short
 * retry pauses. Close it in {@code @AfterAll}.
 */
final class WorkdayHarness implements AutoCloseable {
    final ReplicaServer server;
    final WorkdayReplica replica;
    final TestBrowser browser;
    final Path folder;
    final Path resume;
    private final List<Page> pages = new ArrayList<>();

    WorkdayHarness(Path folder) {
        this(folder, WorkdayFixtures.NORTHWIND, WorkdayFixtures.postings());
    }

    WorkdayHarness(Path folder, WorkdayTenant tenant, List<WorkdayPosting> postings) {
        this(folder, tenant, postings, WorkdayWizard.standard(tenant.company()));
    }

    WorkdayHarness(Path folder, WorkdayTenant tenant, List<WorkdayPosting> postings, WorkdayWizard wizard) {
        this.folder = folder;
        this.server = ReplicaServer.start();
        this.replica = WorkdayReplica.start(server, tenant, postings, wizard);
        this.browser = TestBrowser.launch();
        this.resume = writeResume(folder);
    }

    WorkdayAdapter adapter() {
        return new WorkdayAdapter(extensions(Map.of()));
    }

    WorkdayAdapter adapter(Map<String, String> settings) {
        return new WorkdayAdapter(extensions(settings));
    }

    TestExtensionContext extensions(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of(WorkdayAdapter.RETRY_PAUSE_SETTING, "5ms",
                WorkdayAdapter.BOARD_PAGE_PAUSE_SETTING, "1ms"));
        settings.putAll(more);
        return new TestExtensionContext(WorkdayAdapter.NAME, settings, Map.of(), Clock.systemUTC(), folder);
    }

    /** A context on a fresh page. */
    TestApplyContext context() {
        return contextBuilder().build();
    }

    /** A context builder on a fresh page (in a fresh browser context: no cookies), with the resume and a folder. */
    TestApplyContext.Builder contextBuilder() {
        Page page = browser.newPage();
        pages.add(page);
        return TestApplyContext.builder(page).resume(resume).evidenceDirectory(folder.resolve("evidence"))
                .stepTimeout(Duration.ofSeconds(10));
    }

    private static Path writeResume(Path folder) {
        try {
            return Files.writeString(folder.resolve("Ada Lovelace CV.pdf"), "%PDF-1.4 a resume");
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
