package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.storage.internal.JdbcUrls;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of every storage contract test: a fresh database per test (from the subclass: H2 or
 * PostgreSQL), storages opened on it and closed after the test, and a hand-moved clock.
 */
abstract class StorageTestSupport {

    @TempDir
    Path dataDirectory;

    protected final TestClock clock = new TestClock();
    private final List<Storage> opened = new ArrayList<>();
    private NyxConfig.Database database;

    /** A new, empty database for one test. */
    protected abstract NyxConfig.Database newDatabase(Path directory);

    @BeforeEach
    final void createDatabase() {
        database = newDatabase(dataDirectory);
    }

    @AfterEach
    final void closeStorages() {
        opened.forEach(Storage::close);
    }

    /** Opens a storage (its own pool and Jdbi) on this test's database; closed after the test. */
    protected Storage openStorage() {
        Storage storage = Storage.open(database, dataDirectory, clock);
        opened.add(storage);
        return storage;
    }

    /** Runs SQL on this test's database outside Nyx, e.g. to make a statement fail on purpose. */
    protected void executeSql(String sql) throws SQLException {
        String url = JdbcUrls.resolve(database.url(), dataDirectory);
        try (Connection connection = DriverManager.getConnection(url, database.username().orElse(null),
                database.password().orElse(null));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** An H2 file database in the test's temporary folder, given as a bare URL. */
    static NyxConfig.Database h2Database(Path directory, int poolSize) {
        return new NyxConfig.Database(java.util.Optional.of("jdbc:h2:file:" + directory.resolve("nyx")),
                java.util.Optional.empty(), java.util.Optional.empty(), poolSize);
    }
}
