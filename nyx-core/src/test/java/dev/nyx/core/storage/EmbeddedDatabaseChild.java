package dev.nyx.core.storage;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.model.CompanyTier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A second process on the embedded default database, for {@link EmbeddedDatabaseTwoProcessesIT}: opens the
 * database of the data folder given as its argument, stores a company, says {@code READY}, and on each line
 * of standard input prints the companies it sees; ends at the end of its input.
 */
public final class EmbeddedDatabaseChild {
    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        NyxConfig.Database embedded = new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 2);
        try (Storage storage = Storage.open(embedded, Path.of(args[0]), Clock.systemUTC())) {
            storage.companies().setTier("Child Corp", CompanyTier.TOP);
            System.out.println("READY");
            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (input.readLine() != null) {
                System.out.println("SEES " + storage.companies().list().size());
            }
        }
    }
}
