package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The submission claim race on a real PostgreSQL server. */
class SubmissionClaimRacePostgresIT extends AbstractSubmissionClaimRaceTest {

    @RegisterExtension
    static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

    @Override
    protected NyxConfig.Database newDatabase(Path directory) {
        return POSTGRES.newDatabase(POOL_SIZE);
    }
}
