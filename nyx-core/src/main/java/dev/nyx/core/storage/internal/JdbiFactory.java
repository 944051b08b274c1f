package dev.nyx.core.storage.internal;

import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Creates the one {@link Jdbi} a storage uses: SqlObject, our row mappers, UTC timestamps. */
public final class JdbiFactory {

    private JdbiFactory() {
    }

    public static Jdbi create(DataSource dataSource, Json json) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new InstantArgumentFactory());
        RowMappers.registerAll(jdbi, json);
        return jdbi;
    }

    /**
     * Binds instants as UTC {@code OffsetDateTime}s; Jdbi's default {@code java.sql.Timestamp}
     * goes through the JVM's time zone, which JVMs sharing one database need not agree on.
     */
    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, Rows.timestamp(value));
        }
    }
}
