package dev.nyx.core.storage.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the configured database URL into the JDBC URL Nyx connects with. Any URL a user gives
 * works as given: a bare H2 URL gets the settings Nyx's SQL needs (keeping the user's own), a
 * PostgreSQL URL is used as is, and no URL means the embedded H2 file database
 * {@code <dataDirectory>/db/nyx} in H2's mixed mode ({@code AUTO_SERVER=TRUE}), so several processes on one data
 * folder share it. Anything else fails with
 * {@link ErrorCode#INVALID_CONFIGURATION}, naming the URL without its password.
 *
 * <p>Stateless; thread-safe.
 */
public final class JdbcUrls {

    static final String SUPPORTED = "supported are jdbc:h2:file:<path>, jdbc:h2:<path>, jdbc:h2:mem:<name>, "
            + "jdbc:h2:~/<path>, jdbc:h2:tcp://<host>/<path> and jdbc:postgresql://<host>[:<port>]/<database>, "
            + "or no URL for the embedded database in <dataDirectory>/db/nyx";

    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

    /** Settings Nyx's SQL relies on: PostgreSQL syntax, lower-case names, nulls last like PostgreSQL. */
    private static final List<Map.Entry<String, String>> H2_REQUIRED = List.of(
            Map.entry("MODE", "PostgreSQL"),
            Map.entry("DATABASE_TO_LOWER", "TRUE"),
            Map.entry("DEFAULT_NULL_ORDERING", "HIGH"));

    private JdbcUrls() {
    }

    /**
     * The JDBC URL to connect with. For no (or a blank) URL, creates {@code <dataDirectory>/db}.
     *
     * @throws NyxException {@code INVALID_CONFIGURATION} for an unsupported or malformed URL;
     *                      {@code STORAGE_UNAVAILABLE} if the database folder cannot be created
     */
    public static String resolve(Optional<String> configuredUrl, Path dataDirectory) {
        requireNonNull(configuredUrl, "configuredUrl is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        Optional<String> url = configuredUrl.map(String::strip).filter(value -> !value.isEmpty());
        if (url.isEmpty()) {
            return embeddedUrl(dataDirectory);
        }
        String given = url.get();
        String lowerCase = given.toLowerCase(Locale.ROOT);
        if (lowerCase.startsWith(H2_PREFIX)) {
            return withNyxSettings(given);
        }
        if (lowerCase.startsWith(POSTGRES_PREFIX)) {
            if (given.length() == POSTGRES_PREFIX.length()) {
                throw invalid(given, "names no database");
            }
            return given;
        }
        throw invalid(given, lowerCase.startsWith("jdbc:") ? "uses an unsupported database" : "is not a JDBC URL");
    }

    /** The URL with any password replaced by {@code ***}, safe for messages and logs. */
    public static String redact(String url) {
        requireNonNull(url, "url is null");
        return url
                .replaceAll("(?i)(password=)[^;&]*", "$1***")
                .replaceAll("(//[^/:@;?]*:)[^/@;?]*@", "$1***@");
    }

    private static String embeddedUrl(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath().resolve("db");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.STORAGE_UNAVAILABLE, "cannot create the database folder " + folder
                    + ": " + e.getMessage() + "; make sure dataDirectory is writable or configure database.url", e);
        }
        // mixed mode: the first process opens the file, later ones (nyx queue while nyx apply runs) reach it over
        // a local TCP server H2 starts on demand, instead of failing on the file lock
        return withNyxSettings(H2_PREFIX + "file:" + folder.resolve("nyx") + ";AUTO_SERVER=TRUE");
    }

    private static String withNyxSettings(String url) {
        String[] parts = url.substring(H2_PREFIX.length()).split("(?<!\\\\);", -1); // H2 escapes a ";" inside a value as "\;"
        String database = parts[0].strip();
        if (database.isEmpty()) {
            throw invalid(url, "names no database");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String setting = parts[i].strip();
            if (setting.isEmpty()) {
                continue; // a trailing ';' is harmless
            }
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw invalid(url, "has a setting without a value (\"" + setting + "\"); write KEY=VALUE");
            }
            String key = setting.substring(0, equals).strip().toUpperCase(Locale.ROOT);
            if (settings.containsKey(key)) {
                throw invalid(url, "sets " + key + " twice");
            }
            settings.put(key, setting.substring(equals + 1).strip());
        }
        H2_REQUIRED.forEach(required -> requireSetting(url, settings, required.getKey(), required.getValue()));
        if (database.toLowerCase(Locale.ROOT).startsWith("mem:")) {
            // without it the in-memory database vanishes whenever the pool's last connection closes
            requireSetting(url, settings, "DB_CLOSE_DELAY", "-1");
        }
        StringBuilder result = new StringBuilder(url.length() + 80).append(H2_PREFIX).append(database);
        settings.forEach((key, value) -> result.append(';').append(key).append('=').append(value));
        return result.toString();
    }

    private static void requireSetting(String url, Map<String, String> settings, String key, String value) {
        String given = settings.get(key);
        if (given == null) {
            settings.put(key, value);
        } else if (!given.equalsIgnoreCase(value)) {
            throw invalid(url, "sets " + key + "=" + given + ", but Nyx needs " + key + "=" + value
                    + "; remove the setting and Nyx adds it");
        }
    }

    private static NyxException invalid(String url, String problem) {
        return new NyxException(ErrorCode.INVALID_CONFIGURATION,
                "database.url " + redact(url) + " " + problem + "; " + SUPPORTED);
    }
}
