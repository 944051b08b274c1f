package dev.nyx.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.PostingKey;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.NewApplication;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening storage from configuration: every form of H2 URL end to end, and the errors. */
class StorageOpenH2Test {

    private static final PostingKey KEY = PostingKey.of("lever", "acme/1");
    private static final URI URL = URI.create("https://jobs.lever.co/acme/1");

    @TempDir
    Path dataDirectory;

    private final TestClock clock = new TestClock();

    @Test
    void should_keep_data_across_restarts_when_url_is_bare_h2_file_url() {
        // given
        NyxConfig.Database database = TestConfigs.url("jdbc:h2:file:" + dataDirectory.resolve("custom/nyx"));
        long id;
        try (Storage storage = Storage.open(database, dataDirectory, clock)) {
            id = storage.applications().create(NewApplication.discovered(KEY, URL)).id();
            storage.applications().transition(id, ApplicationStatus.DISCOVERED, ApplicationStatus.FETCHED,
                    Optional.empty(), false);
        }

        // when: opened again, migrations run again on an existing schema
        try (Storage reopened = Storage.open(database, dataDirectory, clock)) {
            // then
            assertThat(reopened.applications().find(id)).map(Application::status).contains(ApplicationStatus.FETCHED);
            assertThat(reopened.events().forApplication(id)).hasSize(1);
            assertThat(reopened.url()).contains("MODE=PostgreSQL");
        }
        assertThat(dataDirectory.resolve("custom/nyx.mv.db")).isRegularFile();
    }

    @Test
    void should_work_end_to_end_when_url_is_bare_h2_path_without_file_prefix() {
        // given
        NyxConfig.Database database = TestConfigs.url("jdbc:h2:" + dataDirectory.toAbsolutePath().resolve("plain"));

        // when
        try (Storage storage = Storage.open(database, dataDirectory, clock)) {
            Application created = storage.applications().create(NewApplication.discovered(KEY, URL));

            // then
            assertThat(storage.applications().claimSubmission(KEY, created.id())).isTrue();
            assertThat(storage.applications().submissionClaimant(KEY)).contains(created.id());
        }
    }

    @Test
    void should_work_end_to_end_when_url_is_bare_h2_mem_url_and_pool_has_one_connection() {
        // given: a pool of one connection (migrations must not need a second one from the pool)
        NyxConfig.Database database = new NyxConfig.Database(Optional.of("jdbc:h2:mem:nyx-" + UUID.randomUUID()),
                Optional.empty(), Optional.empty(), 1);

        // when
        try (Storage storage = Storage.open(database, dataDirectory, clock)) {
            Application created = storage.applications().create(NewApplication.discovered(KEY, URL));

            // then
            assertThat(storage.applications().find(created.id())).contains(created);
        }
    }

    @Test
    void should_create_embedded_database_in_data_directory_when_url_is_empty() {
        // given
        NyxConfig config = TestConfigs.withDatabase(dataDirectory,
                new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2));

        // when
        try (Storage storage = Storage.open(config, clock)) {
            storage.companies().setTier("Acme", dev.nyx.model.CompanyTier.TOP);

            // then
            assertThat(storage.url()).startsWith("jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("db/nyx"));
        }
        assertThat(dataDirectory.resolve("db/nyx.mv.db")).isRegularFile();
    }

    @Test
    void should_fail_with_storage_unavailable_naming_url_without_password_when_database_is_unreachable() {
        // given: nothing listens on port 1
        NyxConfig.Database database = new NyxConfig.Database(
                Optional.of("jdbc:postgresql://127.0.0.1:1/nyx?connectTimeout=2&password=hunter2"),
                Optional.of("nyx"), Optional.of("topsecret"), 2);

        // when / then
        assertThatThrownBy(() -> Storage.open(database, dataDirectory, clock))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_UNAVAILABLE);
                    assertThat(e.getMessage())
                            .contains("cannot connect to database jdbc:postgresql://127.0.0.1:1/nyx?connectTimeout=2&password=***")
                            .contains("check that the database runs")
                            .doesNotContain("hunter2", "topsecret");
                });
    }

    @Test
    void should_fail_with_invalid_configuration_when_url_scheme_is_unsupported() {
        // when / then
        assertThatThrownBy(() -> Storage.open(TestConfigs.url("jdbc:mysql://localhost/nyx"), dataDirectory, clock))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(e.getMessage()).contains("jdbc:mysql://localhost/nyx", "supported are");
                });
    }

    @Test
    void should_fail_with_invalid_configuration_when_pool_size_is_below_one() {
        // given
        NyxConfig.Database database = new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 0);

        // when / then
        assertThatThrownBy(() -> Storage.open(database, dataDirectory, clock))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(e.getMessage()).contains("database.maximumPoolSize must be at least 1, was 0");
                });
    }

    @Test
    void should_fail_with_storage_failure_when_used_after_close() {
        // given
        Storage storage = Storage.open(TestConfigs.url("jdbc:h2:mem:closed-" + UUID.randomUUID()), dataDirectory, clock);
        storage.close();

        // when / then
        assertThatThrownBy(() -> storage.applications().find(1))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE);
                    assertThat(e.getMessage()).contains("could not read application 1");
                });
        storage.close(); // idempotent
    }
}
