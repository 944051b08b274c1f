package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.storage.AnswerBank;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.CompanyStore;
import dev.nyx.core.storage.EmbeddingCache;
import dev.nyx.core.storage.EventLog;
import dev.nyx.core.storage.InterviewPrepStore;
import dev.nyx.core.storage.JobPostStore;
import dev.nyx.core.storage.SessionStore;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Binds every storage port to its Jdbi implementation, all backed by one {@link Storage}
 * (singleton, opened on first use from {@link NyxConfig#database()} and {@link NyxConfig#dataDirectory()}).
 *
 * <p>Needs a {@link Clock} binding from the host's core module. The host closes the database by
 * closing the bound {@link Storage}; it is also contributed to the {@code Set<AutoCloseable>}
 * multibinding so a core that closes that set on shutdown closes storage too. Override a port with
 * {@code Modules.override(new StorageModule(config)).with(...)}.
 */
public final class StorageModule extends AbstractModule {

    private final NyxConfig config;

    public StorageModule(NyxConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), AutoCloseable.class).addBinding().to(Storage.class);
    }

    @Provides
    @Singleton
    Storage storage(Clock clock) {
        return Storage.open(config, clock);
    }

    @Provides
    @Singleton
    ApplicationStore applicationStore(Storage storage) {
        return storage.applications();
    }

    @Provides
    @Singleton
    EventLog eventLog(Storage storage) {
        return storage.events();
    }

    @Provides
    @Singleton
    JobPostStore jobPostStore(Storage storage) {
        return storage.postings();
    }

    @Provides
    @Singleton
    SessionStore sessionStore(Storage storage) {
        return storage.sessions();
    }

    @Provides
    @Singleton
    CompanyStore companyStore(Storage storage) {
        return storage.companies();
    }

    @Provides
    @Singleton
    EmbeddingCache embeddingCache(Storage storage) {
        return storage.embeddings();
    }

    @Provides
    @Singleton
    AnswerBank answerBank(Storage storage) {
        return storage.answerBank();
    }

    @Provides
    @Singleton
    InterviewPrepStore interviewPrepStore(Storage storage) {
        return storage.interviewPreps();
    }

    @Provides
    @Singleton
    WatchStore watchStore(Storage storage) {
        return storage.watches();
    }
}
