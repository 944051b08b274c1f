package dev.nyx.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.model.CompanyTier;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.AnswerBank;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.CompanyStore;
import dev.nyx.core.storage.EmbeddingCache;
import dev.nyx.core.storage.EventLog;
import dev.nyx.core.storage.JobPostStore;
import dev.nyx.core.storage.SessionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Guice wiring: every port bound once, backed by one storage the host can close. */
class StorageModuleH2Test {

    @TempDir
    Path dataDirectory;

    @Test
    void should_bind_every_port_as_singleton_backed_by_one_closeable_storage() throws Exception {
        // given
        NyxConfig config = TestConfigs.withDatabase(dataDirectory, StorageTestSupport.h2Database(dataDirectory, 2));
        Injector injector = Guice.createInjector(new StorageModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                bind(Clock.class).toInstance(new TestClock());
            }
        });

        // when
        Storage storage = injector.getInstance(Storage.class);
        injector.getInstance(CompanyStore.class).setTier("Acme", CompanyTier.TOP);
        Set<AutoCloseable> closeables = injector.getInstance(Key.get(new TypeLiteral<Set<AutoCloseable>>() { }));

        // then
        for (Class<?> port : List.of(ApplicationStore.class, EventLog.class, JobPostStore.class, SessionStore.class,
                CompanyStore.class, EmbeddingCache.class, AnswerBank.class)) {
            assertThat(injector.getInstance(port)).as(port.getSimpleName()).isSameAs(injector.getInstance(port));
        }
        assertThat(injector.getInstance(ApplicationStore.class)).isSameAs(storage.applications());
        assertThat(storage.companies().find("acme")).isPresent();
        assertThat(closeables).containsExactly(storage);
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        assertThatThrownBy(() -> injector.getInstance(CompanyStore.class).list())
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
    }
}
