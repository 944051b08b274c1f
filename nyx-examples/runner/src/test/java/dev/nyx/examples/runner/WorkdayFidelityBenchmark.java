package dev.nyx.examples.runner;

import dev.nyx.testkit.workday.WorkdayVariants;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Fill fidelity over generated Workday tenants ({@link WorkdayVariants}): applies through the real pipeline (one
 * Nyx, one browser, the Workday plugin archive, vault and mailbox) to N seeded tenants and prints values right /
 * values total, applications submitted / attempted, failures grouped by cause (one seed may have several) and the
 * apply time per application (median, p90, max; the whole wizard: posting, account creation, email verification
 * where the tenant asks, every step, Review, Submit). A benchmark, not a test: it never fails.
 *
 * <p>Run (after a {@code verify} of the runner, so {@code nyx-examples/runner/target/plugins} holds the Workday
 * plugin archive):
 * <pre>
 * ./mvnw -B -q -o -pl nyx-examples/runner test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=dev.nyx.examples.runner.WorkdayFidelityBenchmark -Dexec.args="100 1"
 * </pre>
 * Arguments: number of seeds (default 100), first seed (default 1). {@code -Dnyx.bench.verbose=true} prints every
 * failing seed's problems.
 */
public final class WorkdayFidelityBenchmark {
    private static final PrintStream OUT = System.out;

    private WorkdayFidelityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long first = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path folder = Files.createTempDirectory("nyx-workday-fidelity-");
        int right = 0;
        int total = 0;
        int submitted = 0;
        Map<String, Integer> causes = new TreeMap<>();
        List<Long> all = new ArrayList<>();
        List<Long> submittedMillis = new ArrayList<>();
        try (WorkdayVariantRun run = WorkdayVariantRun.start(folder, workdayArchive(),
                LongStream.range(first, first + count))) {
            for (var variant : run.variants()) {
                WorkdayVariantRun.SeedResult result = run.apply(variant);
                right += result.valuesRight();
                total += result.valuesTotal();
                all.add(result.duration().toMillis());
                if (result.submitted()) {
                    submitted++;
                    submittedMillis.add(result.duration().toMillis());
                }
                result.causes().forEach(cause -> causes.merge(cause, 1, Integer::sum));
                if (!result.passed() && Boolean.getBoolean("nyx.bench.verbose")) {
                    OUT.printf("seed %d (%s): %s %s%n", variant.seed(), WorkdayVariantRun.describe(variant),
                            result.causes(), result.problems());
                }
            }
        }
        OUT.printf("generated Workday tenants: seeds %d..%d (%d)%n", first, first + count - 1, count);
        OUT.printf("values right      %d / %d  (%.2f %%; values of unsubmitted applications count as wrong)%n", right,
                total, 100.0 * right / Math.max(1, total));
        OUT.printf("submitted         %d / %d  (%.2f %%)%n", submitted, count, 100.0 * submitted / count);
        OUT.println("failures by cause (seeds):");
        causes.forEach((cause, seeds) -> OUT.printf("  %4d  %s%n", seeds, cause));
        OUT.printf("apply time all       n=%d median %d ms, p90 %d ms, max %d ms%n", all.size(),
                ApplyMillis.percentile(all, 50), ApplyMillis.percentile(all, 90), ApplyMillis.percentile(all, 100));
        OUT.printf("apply time submitted n=%d median %d ms, p90 %d ms, max %d ms%n", submittedMillis.size(),
                ApplyMillis.percentile(submittedMillis, 50), ApplyMillis.percentile(submittedMillis, 90),
                ApplyMillis.percentile(submittedMillis, 100));
    }

    /** The Workday plugin archive the runner's build copied to {@code target/plugins}. */
    private static Path workdayArchive() throws Exception {
        Path folder = Path.of(System.getProperty("nyx.test.plugins", "target/plugins"));
        Path archives = Files.isDirectory(folder) ? folder : Path.of("nyx-examples/runner/target/plugins");
        try (Stream<Path> files = Files.list(archives)) {
            return files.filter(file -> file.getFileName().toString().startsWith("nyx-ats-workday")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Workday plugin archive in " + archives
                            + "; run ./mvnw -B -o -pl nyx-examples/runner -am verify -DskipTests first"));
        }
    }
}
