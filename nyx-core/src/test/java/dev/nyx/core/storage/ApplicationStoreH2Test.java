package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import java.nio.file.Path;

/** The application store contract on H2 (file database in a temporary folder). */
class ApplicationStoreH2Test extends AbstractApplicationStoreContractTest {

    @Override
    protected NyxConfig.Database newDatabase(Path directory) {
        return h2Database(directory, 8);
    }
}
