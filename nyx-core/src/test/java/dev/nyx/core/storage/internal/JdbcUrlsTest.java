package dev.nyx.core.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcUrlsTest {

    private static final String NYX_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir
    Path dataDirectory;

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:/some/path", "jdbc:h2:/path", "jdbc:h2:~/x", "jdbc:h2:./relative/db",
            "jdbc:h2:tcp://localhost:9092/~/nyx"})
    void should_add_nyx_settings_when_h2_url_is_bare(String url) {
        // when
        String resolved = JdbcUrls.resolve(Optional.of(url), dataDirectory);

        // then
        assertThat(resolved).isEqualTo(url + NYX_SETTINGS);
    }

    @Test
    void should_keep_in_memory_database_open_when_h2_url_is_mem() {
        // when
        String resolved = JdbcUrls.resolve(Optional.of("jdbc:h2:mem:x"), dataDirectory);

        // then
        assertThat(resolved).isEqualTo("jdbc:h2:mem:x" + NYX_SETTINGS + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void should_keep_user_settings_and_not_repeat_ours_when_h2_url_has_settings() {
        // when
        String resolved = JdbcUrls.resolve(Optional.of(
                "jdbc:h2:file:/data/nyx;AUTO_SERVER=TRUE;mode=postgresql;CIPHER=AES;INIT=SET A=1\\;SET B=2;"),
                dataDirectory);

        // then
        assertThat(resolved).isEqualTo("jdbc:h2:file:/data/nyx;AUTO_SERVER=TRUE;MODE=postgresql;CIPHER=AES;"
                + "INIT=SET A=1\\;SET B=2;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void should_keep_user_close_delay_when_mem_url_sets_it() {
        // when
        String resolved = JdbcUrls.resolve(Optional.of("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"), dataDirectory);

        // then
        assertThat(resolved).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1" + NYX_SETTINGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db.example.org:5432/nyx?sslmode=require",
            "jdbc:postgresql:nyx", "jdbc:postgresql://localhost/nyx?user=nyx&password=secret"})
    void should_use_postgresql_url_as_given(String url) {
        // when / then
        assertThat(JdbcUrls.resolve(Optional.of(url), dataDirectory)).isEqualTo(url);
    }

    @Test
    void should_use_embedded_database_in_data_directory_when_url_is_empty() {
        // when
        String resolved = JdbcUrls.resolve(Optional.empty(), dataDirectory);
        String blank = JdbcUrls.resolve(Optional.of("  "), dataDirectory);

        // then
        assertThat(resolved).isEqualTo("jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("db").resolve("nyx")
                + ";AUTO_SERVER=TRUE" + NYX_SETTINGS);
        assertThat(blank).isEqualTo(resolved);
        assertThat(dataDirectory.resolve("db")).isDirectory();
    }

    @Test
    void should_fail_with_storage_unavailable_when_database_folder_cannot_be_created() throws Exception {
        // given: a file where the data directory should be
        Path file = Files.writeString(dataDirectory.resolve("not-a-folder"), "x");

        // when / then
        assertThatThrownBy(() -> JdbcUrls.resolve(Optional.empty(), file))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_UNAVAILABLE);
                    assertThat(e.getMessage()).contains("cannot create the database folder", file.toString());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://localhost/nyx?password=secret", "jdbc:sqlite:/tmp/nyx.db",
            "postgres://nyx:secret@localhost/nyx", "/var/lib/nyx/db"})
    void should_fail_naming_url_and_supported_ones_when_scheme_is_unsupported(String url) {
        // when / then
        assertThatThrownBy(() -> JdbcUrls.resolve(Optional.of(url), dataDirectory))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(e.getMessage()).contains("database.url " + JdbcUrls.redact(url))
                            .contains("jdbc:h2:file:<path>", "jdbc:postgresql://")
                            .doesNotContain("secret");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:", "jdbc:h2:;MODE=PostgreSQL", "jdbc:h2:mem:x;AUTO_SERVER",
            "jdbc:h2:mem:x;MODE=MySQL", "jdbc:h2:mem:x;CIPHER=AES;cipher=AES", "jdbc:postgresql:"})
    void should_fail_with_invalid_configuration_when_url_is_malformed(String url) {
        // when / then
        assertThatThrownBy(() -> JdbcUrls.resolve(Optional.of(url), dataDirectory))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("database.url " + url + " ").contains("supported are");
                });
    }

    @Test
    void should_say_what_to_do_when_h2_url_sets_another_mode() {
        // when / then
        assertThatThrownBy(() -> JdbcUrls.resolve(Optional.of("jdbc:h2:mem:x;MODE=MySQL"), dataDirectory))
                .hasMessageContaining("sets MODE=MySQL, but Nyx needs MODE=PostgreSQL; remove the setting");
    }

    @Test
    void should_hide_passwords_when_redacting() {
        // when / then
        assertThat(JdbcUrls.redact("jdbc:postgresql://localhost/nyx?user=nyx&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://localhost/nyx?user=nyx&password=***&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:h2:file:/x;USER=sa;PASSWORD=secret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/x;USER=sa;PASSWORD=***;MODE=PostgreSQL");
        assertThat(JdbcUrls.redact("postgres://nyx:secret@localhost/nyx")).isEqualTo("postgres://nyx:***@localhost/nyx");
    }
}
