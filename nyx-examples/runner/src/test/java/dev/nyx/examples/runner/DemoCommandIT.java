package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nyx demo} on a fresh machine: its own replica, the sample profile, a temporary database. */
class DemoCommandIT {
    @TempDir
    Path temp;

    @Test
    void should_submit_to_both_replica_styles_and_print_what_was_received_when_run_with_defaults()
            throws Exception {
        PluginArchives.installGreenhousePlugin(temp.resolve("plugins"));

        CommandResult result = CommandResult.run("--plugins", temp.resolve("plugins").toString(), "demo");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(0);
        assertThat(result.out()).containsPattern("boards\\.greenhouse\\.io/acme/jobs/4012345: SUBMITTED")
                .containsPattern("job-boards\\.greenhouse\\.io/acme/jobs/4012346: SUBMITTED")
                .contains("The replica recorded 2 submission(s)")
                .contains("job_application[first_name] = [Mara]");
    }
}
