package dev.nyx.core.match;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.storage.Storage;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints how many postings {@link EmbeddingMatchScorer} scores per second on this machine (not a test: never
 * fails on timing): cold (model loaded, no embedding cached) and cached (every embedding in the H2
 * database, as after a restart), for the quantised and the full MiniLM model, plus the fixture
 * ranking for both. Run (from the repository root):
 * <pre>
 * ./mvnw -B -o -pl nyx-core test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=dev.nyx.core.match.MatchBenchmark
 * </pre>
 */
public final class MatchBenchmark {
    private static final Logger log = LoggerFactory.getLogger(MatchBenchmark.class);
    private static final int POSTINGS = 300;

    private MatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("nyx-match-benchmark");
        Profile profile = MatchFixtures.profile(folder);
        List<JobPosting> postings = syntheticPostings();
        log.info("{} synthetic postings, {} words each on average", postings.size(), postings.stream()
                .mapToInt(posting -> posting.description().split("\\s+").length).sum() / postings.size());
        run("all-minilm-l6-v2-q (quantised)", "all-minilm-l6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel::new,
                folder.resolve("q"), profile, postings);
        run("all-minilm-l6-v2 (full)", "all-minilm-l6-v2", AllMiniLmL6V2EmbeddingModel::new,
                folder.resolve("full"), profile, postings);
    }

    private static void run(String label, String modelId, Supplier<EmbeddingModel> loader, Path dataDirectory,
                            Profile profile, List<JobPosting> postings) {
        long loadStart = System.nanoTime();
        EmbeddingModel model = loader.get();
        log.info("[{}] model load: {} ms", label, (System.nanoTime() - loadStart) / 1_000_000);
        NyxConfig.Database database = new NyxConfig.Database(Optional.empty(), Optional.empty(), Optional.empty(), 4);
        try (Storage storage = Storage.open(database, dataDirectory, Clock.systemUTC())) {
            // warm-up on other texts so the JIT and ONNX runtime are warm without caching the measured postings
            TextEmbedder warm = new TextEmbedder(new InMemoryEmbeddingCache(), modelId, () -> model);
            EmbeddingMatchScorer warmScorer = new EmbeddingMatchScorer(warm, storage.companies(), Clock.systemUTC());
            RankingPostings.IRRELEVANT.forEach(posting -> warmScorer.analyse(posting, profile));

            TextEmbedder cold = new TextEmbedder(storage.embeddings(), modelId, () -> model);
            EmbeddingMatchScorer coldScorer = new EmbeddingMatchScorer(cold, storage.companies(), Clock.systemUTC());
            double coldRate = rate(coldScorer, profile, postings);
            log.info("[{}] cold (model calls {}): {} postings/s", label, cold.modelCalls(), format(coldRate));
            for (int round = 1; round <= 3; round++) {
                TextEmbedder restarted = new TextEmbedder(storage.embeddings(), modelId, () -> {
                    throw new IllegalStateException("cached run must not load the model");
                });
                EmbeddingMatchScorer cachedScorer = new EmbeddingMatchScorer(restarted, storage.companies(), Clock.systemUTC());
                double cachedRate = rate(cachedScorer, profile, postings);
                log.info("[{}] cached round {} (model calls {}): {} postings/s", label, round,
                        restarted.modelCalls(), format(cachedRate));
            }
            // the same without the database: what scoring itself costs
            InMemoryEmbeddingCache memory = new InMemoryEmbeddingCache();
            EmbeddingMatchScorer filling = new EmbeddingMatchScorer(new TextEmbedder(memory, modelId, () -> model), storage.companies(),
                    Clock.systemUTC());
            postings.forEach(posting -> filling.analyse(posting, profile));
            for (int round = 1; round <= 3; round++) {
                EmbeddingMatchScorer inMemory = new EmbeddingMatchScorer(new TextEmbedder(memory, modelId, () -> model),
                        storage.companies(), Clock.systemUTC());
                log.info("[{}] cached in memory, round {}: {} postings/s", label, round,
                        format(rate(inMemory, profile, postings)));
            }
            EmbeddingMatchScorer ranking = new EmbeddingMatchScorer(new TextEmbedder(new InMemoryEmbeddingCache(), modelId, () -> model),
                    storage.companies(), Clock.systemUTC());
            List<String> lines = new ArrayList<>();
            RankingPostings.RELEVANT.forEach(posting -> lines.add(line("relevant  ", ranking.analyse(posting, profile),
                    posting)));
            RankingPostings.IRRELEVANT.forEach(posting -> lines.add(line("irrelevant", ranking.analyse(posting, profile),
                    posting)));
            lines.forEach(text -> log.info("[{}] {}", label, text));
        }
    }

    private static double rate(EmbeddingMatchScorer scorer, Profile profile, List<JobPosting> postings) {
        long start = System.nanoTime();
        for (JobPosting posting : postings) {
            scorer.analyse(posting, profile);
        }
        return postings.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static String line(String label, MatchResult result, JobPosting posting) {
        return String.format("%s score %3d  similarity %.3f  %s", label, result.score(), result.similarity(),
                posting.title());
    }

    private static String format(double rate) {
        return String.format("%.1f", rate);
    }

    /** Distinct postings of realistic length, mixing roles, stacks and domains. */
    static List<JobPosting> syntheticPostings() {
        String[] roles = {"Senior Backend Engineer", "Java Developer", "Frontend Developer", "Data Engineer",
                "Registered Nurse", "Sales Manager", "Platform Engineer", "Mobile Developer", "Accountant",
                "Site Reliability Engineer"};
        String[] stacks = {"Java, Spring Boot and PostgreSQL", "React, TypeScript and CSS", "Python, Spark and Airflow",
                "Kotlin, Kafka and Kubernetes", "Swift and iOS", "Go, gRPC and Redis", "Excel and SAP",
                "Salesforce and HubSpot", "Terraform, AWS and Docker", "C#, .NET and Azure"};
        String[] domains = {"payments", "logistics", "healthcare", "e-commerce", "insurance", "media", "mobility",
                "energy", "education", "travel"};
        List<JobPosting> postings = new ArrayList<>();
        for (int i = 0; i < POSTINGS; i++) {
            String role = roles[i % roles.length];
            String stack = stacks[(i / 3) % stacks.length];
            String domain = domains[(i / 7) % domains.length];
            String description = "We are a " + domain + " company with " + (50 + i) + " people and we are hiring a "
                    + role + ". You will work with " + stack + " to build products our customers love. You will"
                    + " plan work with your team, review code or work of your colleagues, and take ownership of"
                    + " what you ship. We value clear communication, curiosity and kindness. You bring a few years"
                    + " of experience in a similar role, you like to learn, and you want to grow with us. We offer"
                    + " flexible hours, a learning budget, " + (25 + i % 6) + " days of holiday and a modern office"
                    + " close to the main station. Posting number " + i + ".";
            postings.add(MatchFixtures.posting("b" + i, role + " (" + domain + ")", "Company " + i, "Berlin",
                    description));
        }
        return postings;
    }
}
