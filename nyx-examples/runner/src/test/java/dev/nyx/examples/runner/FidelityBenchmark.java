package dev.nyx.examples.runner;

import dev.nyx.testkit.greenhouse.variants.FormVariantGenerator;
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
 * Fill fidelity over generated forms ({@link FormVariantGenerator}): applies through the real
 * pipeline (one Nyx, one browser, the Greenhouse plugin archive) to N seeded forms and prints
 * fields right / fields total, applications submitted / attempted, failures grouped by cause (one
 * seed may have several) and apply time per page style. A benchmark, not a test: it never fails.
 *
 * <p>Run (after a {@code verify} of the runner, so {@code nyx-examples/runner/target/plugins} holds the
 * Greenhouse plugin archive):
 * <pre>
 * ./mvnw -B -q -o -pl nyx-examples/runner test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=dev.nyx.examples.runner.FidelityBenchmark -Dexec.args="1000 1"
 * </pre>
 * Arguments: number of seeds (default 1000), first seed (default 1).
 */
public final class FidelityBenchmark {
    private static final PrintStream OUT = System.out;

    private FidelityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long first = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path folder = Files.createTempDirectory("nyx-fidelity-");
        int right = 0;
        int total = 0;
        int submitted = 0;
        Map<String, Integer> causes = new TreeMap<>();
        Map<String, List<Long>> millisByStyle = new TreeMap<>();
        ApplyTimes applyTimes = new ApplyTimes();
        // the first applications of a JVM pay for class loading, the browser's start and the embedding model
        // (seconds): forms of far-away seeds go first, untimed, as in GeneratedFormsIT
        long warmUpFirst = GeneratedFormsIT.WARM_UP_FIRST_SEED;
        LongStream applied = LongStream.concat(LongStream.range(warmUpFirst, warmUpFirst + GeneratedFormsIT.WARM_UP_FORMS),
                LongStream.range(first, first + count));
        try (VariantRun run = VariantRun.start(folder, greenhouseArchive(), applied)) {
            for (var form : run.forms()) {
                VariantRun.SeedResult result = run.apply(form);
                if (form.seed() >= warmUpFirst && (form.seed() < first || form.seed() >= first + count)) {
                    continue; // warm-up
                }
                right += result.fieldsRight();
                total += result.fieldsTotal();
                submitted += result.submitted() ? 1 : 0;
                result.causes().forEach(cause -> causes.merge(cause, 1, Integer::sum));
                millisByStyle.computeIfAbsent(VariantRun.style(form), style -> new ArrayList<>())
                        .add(result.duration().toMillis());
                applyTimes.add(ApplyTimes.Timed.of(result));
                if (Boolean.getBoolean("nyx.bench.times")) {
                    OUT.printf("seed %d %s %d ms %s%n", form.seed(), VariantRun.style(form), result.duration().toMillis(),
                            result.submitted() ? "submitted" : result.problems());
                }
                if (!result.passed() && Boolean.getBoolean("nyx.bench.verbose")) {
                    OUT.printf("seed %d: %s %s%n", form.seed(), result.causes(), result.problems());
                }
            }
        }
        OUT.printf("generated forms: seeds %d..%d (%d)%n", first, first + count - 1, count);
        OUT.printf("fields right      %d / %d  (%.2f %%; fields of unsubmitted forms count as wrong)%n", right, total,
                100.0 * right / Math.max(1, total));
        OUT.printf("submitted         %d / %d  (%.2f %%)%n", submitted, count, 100.0 * submitted / count);
        OUT.println("failures by cause (seeds):");
        causes.forEach((cause, seeds) -> OUT.printf("  %4d  %s%n", seeds, cause));
        millisByStyle.forEach((style, times) -> OUT.printf("apply time %-10s n=%d median %d ms, p90 %d ms, max %d ms%n",
                style, times.size(), percentile(times, 50), percentile(times, 90), percentile(times, 100)));
        OUT.printf("apply time per style, all and submitted:%n%s%n", applyTimes.report());
        applyTimes.tooSlow().forEach(slow -> OUT.printf("  over the bound without a timed-out step: seed %d (%s) %d ms%n",
                slow.seed(), slow.style(), slow.duration().toMillis()));
    }

    /** The Greenhouse plugin archive the runner's build copied to {@code target/plugins}. */
    private static Path greenhouseArchive() throws Exception {
        Path folder = Path.of(System.getProperty("nyx.test.plugins", "target/plugins"));
        Path archives = Files.isDirectory(folder) ? folder : Path.of("nyx-examples/runner/target/plugins");
        try (Stream<Path> files = Files.list(archives)) {
            return files.filter(file -> file.getFileName().toString().startsWith("nyx-ats-greenhouse")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Greenhouse plugin archive in " + archives
                            + "; run ./mvnw -B -o -pl nyx-examples/runner -am verify -DskipTests first"));
        }
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(index);
    }
}
