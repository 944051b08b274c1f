package dev.nyx.testkit.llm;

import dev.nyx.core.answer.AnswerEngine;
import dev.nyx.core.answer.AnswerResult;
import dev.nyx.core.answer.FormAnswerer;
import dev.nyx.core.answer.LanguageDetector;
import dev.nyx.core.answer.LlmAnswerer;
import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.llm.LlmClients;
import dev.nyx.core.llm.LlmSettings;
import dev.nyx.model.Budget;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Plan;
import dev.nyx.model.profile.Profile;
import dev.nyx.testkit.greenhouse.GreenhouseFixtures;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints LLM tokens per application on the Greenhouse fixture forms: Nyx (bank → rules → defaults
 * → LLM for free text only, at each effort) against a baseline that sends every question to the
 * model, both against the same testkit server. A benchmark, not a test: it prints, it never fails
 * on the figures. Run with
 * {@code ./mvnw -B -pl nyx-core,nyx-testkit -am test-compile exec:java} or from an IDE.
 */
public final class LlmTokenBenchmark {
    private LlmTokenBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("nyx-llm-benchmark");
        try (OpenAiCompatibleServer server = OpenAiCompatibleServer.start()) {
            Profile profile = LlmFixtures.profile(folder);
            LanguageDetector languages = new LanguageDetector();
            LlmAnswerer llm = new LlmAnswerer(LlmClients.create(LlmFixtures.llmConfig(server.baseUrl()),
                    new LlmSettings(Duration.ofSeconds(10), 1, 0.3)), languages);
            FormAnswerer nyx = new FormAnswerer(new AnswerEngine(Clock.systemUTC()), llm, languages);
            List<Plan> plans = List.of(
                    plan(Effort.LOW, new Budget(0, BigDecimal.ZERO, false, false)),
                    plan(Effort.MEDIUM, new Budget(6000, new BigDecimal("0.02"), false, false)),
                    plan(Effort.HIGH, new Budget(20000, new BigDecimal("0.10"), true, true)));
            System.out.printf("%-34s %-8s %6s %8s %8s %8s %12s %9s%n", "posting", "mode", "calls", "input",
                    "output", "total", "cost USD", "of base");
            for (GreenhousePosting posting : List.of(GreenhouseFixtures.backendEngineer(),
                    GreenhouseFixtures.dataAnalyst())) {
                FormSchema form = LlmFixtures.form(posting);
                PostingContext context = LlmFixtures.context(posting);
                AnswerResult baseline = llm.baseline(form, context, profile);
                print(posting, "baseline", baseline, baseline);
                for (Plan plan : plans) {
                    print(posting, plan.effort().name().toLowerCase(java.util.Locale.ROOT),
                            nyx.answer(form, context, profile, plan), baseline);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Plan plan(Effort effort, Budget budget) {
        return new Plan(Decision.APPLY, effort, budget, "benchmark");
    }

    private static void print(GreenhousePosting posting, String mode, AnswerResult result, AnswerResult baseline) {
        long total = result.llm().tokens().total();
        long base = baseline.llm().tokens().total();
        System.out.printf("%-34s %-8s %6d %8d %8d %8d %12s %8.1f%%%n", posting.id() + " " + shorten(posting.title()),
                mode, result.llm().calls(), result.llm().tokens().input(), result.llm().tokens().output(), total,
                result.llm().costUsd().toPlainString(), base == 0 ? 0.0 : 100.0 * total / base);
    }

    private static String shorten(String title) {
        return title.length() <= 26 ? title : title.substring(0, 25) + "…";
    }
}
