package dev.nyx.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one data folder's embedded database (say {@code nyx queue} while {@code nyx apply} works):
 * both open it and see each other's writes, instead of the second failing on the file lock.
 */
class EmbeddedDatabaseTwoProcessesIT {
    private static final NyxConfig.Database EMBEDDED =
            new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2);

    @TempDir
    Path dataDirectory;

    @Test
    void should_let_a_second_process_use_the_embedded_database_while_the_first_holds_it() throws Exception {
        // given: a child process holds the embedded database open
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseChild.class.getName(),
                dataDirectory.toString()).redirectErrorStream(true).start();
        try (BufferedReader childOut = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter childIn = new PrintWriter(child.getOutputStream(), true,
                StandardCharsets.UTF_8)) {
            assertThat(readUntil(childOut, "READY")).as("the child opened the database").isTrue();

            // when: this process opens the same data folder's database and writes to it
            try (Storage storage = Storage.open(EMBEDDED, dataDirectory, Clock.systemUTC())) {
                storage.companies().setTier("Parent GmbH", CompanyTier.AVOID);

                // then: each sees both writes
                assertThat(storage.companies().list()).containsExactlyInAnyOrder(
                        new Company("Child Corp", CompanyTier.TOP), new Company("Parent GmbH", CompanyTier.AVOID));
                childIn.println("list");
                assertThat(readUntil(childOut, "SEES 2")).as("the child sees the parent's write").isTrue();
            }
            childIn.close();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
        } finally {
            child.destroyForcibly();
        }
    }

    private static boolean readUntil(BufferedReader output, String wanted) throws Exception {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.strip().equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
