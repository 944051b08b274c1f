package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import java.nio.file.Path;

/** The posting, company, session, embedding, answer-bank and event-log contracts on H2. */
class CatalogStoresH2Test extends AbstractCatalogStoresContractTest {

    @Override
    protected NyxConfig.Database newDatabase(Path directory) {
        return h2Database(directory, 4);
    }
}
