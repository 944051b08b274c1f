package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.storage.internal.JdbcUrls;
import dev.nyx.core.storage.internal.JdbiAnswerBank;
import dev.nyx.core.storage.internal.JdbiApplicationStore;
import dev.nyx.core.storage.internal.JdbiCompanyStore;
import dev.nyx.core.storage.internal.JdbiEmbeddingCache;
import dev.nyx.core.storage.internal.JdbiEventLog;
import dev.nyx.core.storage.internal.JdbiFactory;
import dev.nyx.core.storage.internal.JdbiInterviewPrepStore;
import dev.nyx.core.storage.internal.JdbiJobPostStore;
import dev.nyx.core.storage.internal.JdbiSessionStore;
import dev.nyx.core.storage.internal.JdbiWatchStore;
import dev.nyx.core.storage.internal.Json;
import dev.nyx.core.storage.internal.RoleKeysMigration;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.AnswerBank;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.CompanyStore;
import dev.nyx.core.storage.EmbeddingCache;
import dev.nyx.core.storage.EventLog;
import dev.nyx.core.storage.InterviewPrepStore;
import dev.nyx.core.storage.JobPostStore;
import dev.nyx.core.storage.SessionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open database: a connection pool, the schema migrated to the latest version, and every
 * storage port on top. Open one per process with {@link #open(NyxConfig, Clock)} (or through
 * {@link StorageModule}) and {@link #close()} it when the host shuts Nyx down.
 *
 * <p>Thread-safe: the stores may be used from any thread. Several storages (in one JVM or in
 * several) may share one database; consistency is enforced by the database.
 */
public final class Storage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    private final HikariDataSource pool;
    private final String redactedUrl;
    private final ApplicationStore applications;
    private final EventLog events;
    private final JobPostStore postings;
    private final SessionStore sessions;
    private final CompanyStore companies;
    private final EmbeddingCache embeddings;
    private final AnswerBank answerBank;
    private final InterviewPrepStore interviewPreps;
    private final WatchStore watches;

    private Storage(HikariDataSource pool, String redactedUrl, Clock clock) {
        this.pool = pool;
        this.redactedUrl = redactedUrl;
        Json json = new Json();
        Jdbi jdbi = JdbiFactory.create(pool, json);
        this.applications = new JdbiApplicationStore(jdbi, clock, json);
        this.events = new JdbiEventLog(jdbi, json);
        this.postings = new JdbiJobPostStore(jdbi, clock, json);
        this.sessions = new JdbiSessionStore(jdbi);
        this.companies = new JdbiCompanyStore(jdbi, clock);
        this.embeddings = new JdbiEmbeddingCache(jdbi, clock);
        this.answerBank = new JdbiAnswerBank(jdbi);
        this.interviewPreps = new JdbiInterviewPrepStore(jdbi, json);
        this.watches = new JdbiWatchStore(jdbi, clock);
    }

    /** Opens the database {@code config} names; see {@link #open(NyxConfig.Database, Path, Clock)}. */
    public static Storage open(NyxConfig config, Clock clock) {
        requireNonNull(config, "config is null");
        return open(config.database(), config.dataDirectory(), clock);
    }

    /**
     * Connects to the database, migrates its schema and returns the open storage.
     *
     * @param database      URL (empty for the embedded H2 database in {@code dataDirectory}), credentials, pool size
     * @param dataDirectory where the embedded database lives
     * @param clock         the time every stored timestamp is taken from
     * @throws NyxException {@code INVALID_CONFIGURATION} for an unsupported or malformed URL or pool size;
     *                      {@code STORAGE_UNAVAILABLE} when the database cannot be reached or migrated
     */
    public static Storage open(NyxConfig.Database database, Path dataDirectory, Clock clock) {
        requireNonNull(database, "database is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(clock, "clock is null");
        if (database.maximumPoolSize() < 1) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "database.maximumPoolSize must be at least 1, was "
                    + database.maximumPoolSize() + "; 10 suits most hosts");
        }
        String url = JdbcUrls.resolve(database.url(), dataDirectory);
        String redactedUrl = JdbcUrls.redact(url);
        HikariDataSource pool = connect(url, redactedUrl, database);
        try {
            migrate(url, redactedUrl, database);
            LOG.info("storage open on {}", redactedUrl);
            return new Storage(pool, redactedUrl, clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public ApplicationStore applications() {
        return applications;
    }

    public EventLog events() {
        return events;
    }

    public JobPostStore postings() {
        return postings;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public CompanyStore companies() {
        return companies;
    }

    public EmbeddingCache embeddings() {
        return embeddings;
    }

    public AnswerBank answerBank() {
        return answerBank;
    }

    public InterviewPrepStore interviewPreps() {
        return interviewPreps;
    }

    public WatchStore watches() {
        return watches;
    }

    /** The JDBC URL in use, without its password. */
    public String url() {
        return redactedUrl;
    }

    /** Closes the connection pool; the stores fail with {@code STORAGE_FAILURE} afterwards. Idempotent. */
    @Override
    public void close() {
        if (!pool.isClosed()) {
            pool.close();
            LOG.info("storage closed on {}", redactedUrl);
        }
    }

    private static HikariDataSource connect(String url, String redactedUrl, NyxConfig.Database database) {
        HikariConfig settings = new HikariConfig();
        settings.setJdbcUrl(url);
        database.username().ifPresent(settings::setUsername);
        database.password().ifPresent(settings::setPassword);
        settings.setMaximumPoolSize(database.maximumPoolSize());
        settings.setPoolName("nyx-storage");
        settings.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        try {
            return new HikariDataSource(settings);
        } catch (RuntimeException e) {
            // Hikari reports an unreachable database as a pool initialisation failure
            throw new NyxException(ErrorCode.STORAGE_UNAVAILABLE, "cannot connect to database " + redactedUrl + ": "
                    + rootMessage(e) + "; check that the database runs, that database.url, username and password"
                    + " are right, and that no other process holds an embedded database file", e);
        }
    }

    private static void migrate(String url, String redactedUrl, NyxConfig.Database database) {
        try {
            // Flyway holds two connections at once (lock and migration): give it its own, so that
            // a pool of one connection works; the open pool keeps an in-memory database alive meanwhile
            Flyway.configure()
                    .dataSource(url, database.username().orElse(null), database.password().orElse(null))
                    .locations("classpath:db/migration")
                    .javaMigrations(new RoleKeysMigration())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new NyxException(ErrorCode.STORAGE_UNAVAILABLE, "cannot migrate the schema of database " + redactedUrl
                    + ": " + e.getMessage() + "; the database may belong to a newer Nyx or have been changed by hand", e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return JdbcUrls.redact(String.valueOf(root.getMessage()));
    }
}
