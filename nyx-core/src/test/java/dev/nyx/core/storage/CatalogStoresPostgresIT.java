package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The posting, company, session, embedding, answer-bank and event-log contracts on a real PostgreSQL server. */
class CatalogStoresPostgresIT extends AbstractCatalogStoresContractTest {

    @RegisterExtension
    static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

    @Override
    protected NyxConfig.Database newDatabase(Path directory) {
        return POSTGRES.newDatabase(4);
    }
}
