package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import java.nio.file.Path;

/** The submission claim race on H2 (file database; two pools in one JVM share it). */
class SubmissionClaimRaceH2Test extends AbstractSubmissionClaimRaceTest {

    @Override
    protected NyxConfig.Database newDatabase(Path directory) {
        return h2Database(directory, POOL_SIZE);
    }
}
