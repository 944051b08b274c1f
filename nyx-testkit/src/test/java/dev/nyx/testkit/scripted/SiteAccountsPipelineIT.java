package dev.nyx.testkit.scripted;

import static dev.nyx.testkit.scripted.PipelineFixture.config;
import static dev.nyx.testkit.scripted.PipelineFixture.nyx;
import static dev.nyx.testkit.scripted.PipelineFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.nyx.core.Nyx;
import dev.nyx.core.credentials.CredentialVault;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.EventLog;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.Event;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.SiteAccount;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.core.profile.ProfileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ApplyContext.accounts()} through the real pipeline: an adapter that signs in with the stored
 * account of the site's host or creates one (as Workday's will), against the scripted replica site.
 */
class SiteAccountsPipelineIT {
    private static final String PASSPHRASE = "the pipeline test passphrase";

    @TempDir
    Path folder;

    private ReplicaServer server;
    private AccountAdapter adapter;
    private Profile profile;
    private Nyx nyx;

    @BeforeEach
    void start() {
        server = ReplicaServer.start().mount(new ScriptedSite());
        adapter = new AccountAdapter(new ScriptedAtsAdapter());
        profile(folder);
        // the fixture's profile, answering the data engineer posting's question too
        profile = new ProfileLoader().load(append(folder.resolve("profile.yaml"),
                "  answers:\n    - question: \"" + ScriptedSite.FAVOURITE_COLOUR + "\"\n      answer: Blue\n"));
    }

    private static Path append(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @AfterEach
    void stop() {
        if (nyx != null) {
            nyx.close();
        }
        server.close();
    }

    @Test
    void should_wait_for_input_saying_how_to_set_a_key_when_an_adapter_creates_an_account_without_one() {
        // given
        nyx = nyx(config(folder), adapter);

        // when
        ApplyOutcome outcome = apply(ScriptedSite.PLATFORM_ENGINEER);

        // then
        assertThat(outcome.status()).contains(ApplicationStatus.NEEDS_INPUT);
        long id = outcome.applicationId().orElseThrow();
        assertThat(nyx.injector().getInstance(ApplicationStore.class).find(id).orElseThrow().failureReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("NYX_VAULT_PASSPHRASE")
                        .contains("NYX_VAULT_KEY"));
        assertThat(server.submissions()).isEmpty();
        assertThat(folder.resolve("data/credentials.vault")).doesNotExist();
    }

    @Test
    void should_create_the_account_once_and_sign_in_with_it_on_the_next_posting_of_the_same_host() throws Exception {
        // given
        nyx = nyx(config(folder, true, "5s", "10s", "vault:\n  passphrase: " + PASSPHRASE + "\n"), adapter);

        // when
        ApplyOutcome first = apply(ScriptedSite.PLATFORM_ENGINEER);
        ApplyOutcome second = apply(ScriptedSite.DATA_ENGINEER);

        // then
        assertThat(first.status()).contains(ApplicationStatus.SUBMITTED);
        assertThat(second.status()).contains(ApplicationStatus.SUBMITTED);
        String host = URI.create(url(ScriptedSite.PLATFORM_ENGINEER)).getAuthority();
        SiteAccount stored = nyx.injector().getInstance(CredentialVault.class).account(host).orElseThrow();
        assertThat(stored.email()).isEqualTo("mara.lindqvist@example.com");
        assertThat(adapter.used).containsExactly("created " + host, "found " + host);
        assertThat(adapter.passwords).containsOnly(stored.password().reveal());
        List<Event> events = nyx.injector().getInstance(EventLog.class).forApplication(first.applicationId().orElseThrow());
        assertThat(events).anySatisfy(event -> assertThat(event.message()).contains("Created a site account for " + host));
        assertThat(events).allSatisfy(event -> assertThat(event.message() + event.data())
                .doesNotContain(stored.password().reveal()));
        String file = new String(Files.readAllBytes(folder.resolve("data/credentials.vault")), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain("mara.lindqvist").doesNotContain(stored.password().reveal());
    }

    private String url(String jobId) {
        return server.url(ScriptedSite.MOUNT + "/jobs/" + jobId).toString();
    }

    private ApplyOutcome apply(String jobId) {
        return nyx.applications().apply(ApplyRequest.of(url(jobId), profile));
    }

    /** The scripted adapter, signing in (find) or registering (create) on the posting's host before it fills. */
    private static final class AccountAdapter implements AtsAdapter {
        private final ScriptedAtsAdapter scripted;
        private final List<String> used = new CopyOnWriteArrayList<>();
        private final List<String> passwords = new CopyOnWriteArrayList<>();

        AccountAdapter(ScriptedAtsAdapter scripted) {
            this.scripted = scripted;
        }

        @Override
        public String name() {
            return scripted.name();
        }

        @Override
        public boolean supports(URI url) {
            return scripted.supports(url);
        }

        @Override
        public boolean recognises(Page page) {
            return scripted.recognises(page);
        }

        @Override
        public JobPosting fetchPosting(URI url, PageContext context) {
            return scripted.fetchPosting(url, context);
        }

        @Override
        public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
            String host = posting.url().getAuthority();
            SiteAccount account = context.accounts().find(host).map(found -> {
                used.add("found " + host);
                return found;
            }).orElseGet(() -> {
                SiteAccount created = context.accounts().create(host);
                used.add("created " + host);
                return created;
            });
            passwords.add(account.password().reveal());
            scripted.fill(posting, answers, context);
        }

        @Override
        public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
            return scripted.readBack(posting, context);
        }

        @Override
        public Confirmation submit(JobPosting posting, ApplyContext context) {
            return scripted.submit(posting, context);
        }
    }
}
