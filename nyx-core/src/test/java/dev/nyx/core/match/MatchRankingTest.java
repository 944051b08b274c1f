package dev.nyx.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking with the real (quantised) embedding model: relevant postings above irrelevant ones, cache hits. */
class MatchRankingTest {
    /** Loading the model takes seconds: one instance for the class. */
    private static EmbeddingModel model;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadModel() {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Test
    void should_rank_every_relevant_posting_above_every_irrelevant_one_when_scored_with_the_real_model() {
        // given
        Profile profile = MatchFixtures.profile(temp);
        EmbeddingMatchScorer scorer = scorer(new InMemoryEmbeddingCache());

        // when
        Map<String, MatchResult> relevant = scoreAll(scorer, RankingPostings.RELEVANT, profile);
        Map<String, MatchResult> irrelevant = scoreAll(scorer, RankingPostings.IRRELEVANT, profile);

        // then
        List<String> misordered = new ArrayList<>();
        relevant.forEach((good, goodResult) -> irrelevant.forEach((bad, badResult) -> {
            if (goodResult.score() <= badResult.score()) {
                misordered.add(good + " " + goodResult.score() + " <= " + bad + " " + badResult.score());
            }
        }));
        assertThat(misordered).as("relevant %s, irrelevant %s", scores(relevant), scores(irrelevant)).isEmpty();
        assertThat(relevant.values()).allSatisfy(result -> assertThat(result.isVetoed()).isFalse());
        assertThat(relevant.values()).allSatisfy(result -> assertThat(result.score()).isGreaterThanOrEqualTo(50));
        assertThat(irrelevant.values()).allSatisfy(result -> assertThat(result.score()).isLessThan(30));
    }

    @Test
    void should_explain_the_score_with_similarity_and_matched_skills_when_a_posting_fits() {
        // given
        Profile profile = MatchFixtures.profile(temp);
        JobPosting posting = RankingPostings.RELEVANT.get(1);

        // when
        MatchResult result = scorer(new InMemoryEmbeddingCache()).analyse(posting, profile);

        // then: "k8s", "Postgres" and "Spring" in the posting match "Kubernetes", "PostgreSQL", "Spring Boot"
        assertThat(result.matchedSkills()).contains("Java", "Spring", "PostgreSQL", "Kafka", "Kubernetes", "Docker");
        assertThat(result.reasons()).anyMatch(reason -> reason.startsWith("Similarity of your profile"))
                .anyMatch(reason -> reason.startsWith("Skills: ") && reason.contains("Kubernetes"));
    }

    @Test
    void should_embed_nothing_again_when_a_restarted_scorer_uses_the_same_cache() {
        // given: a first run fills the cache
        Profile profile = MatchFixtures.profile(temp);
        InMemoryEmbeddingCache cache = new InMemoryEmbeddingCache();
        TextEmbedder first = new TextEmbedder(cache, TextEmbedder.DEFAULT_MODEL_ID, () -> model);
        List<JobPosting> postings = new ArrayList<>(RankingPostings.RELEVANT);
        postings.addAll(RankingPostings.IRRELEVANT);
        Map<String, Integer> firstScores = new LinkedHashMap<>();
        EmbeddingMatchScorer firstScorer = new EmbeddingMatchScorer(first, new InMemoryCompanyStore(), MatchFixtures.CLOCK);
        postings.forEach(posting -> firstScores.put(posting.title(), firstScorer.analyse(posting, profile).score()));

        // when: a new embedder ("after a restart") whose model must never be loaded
        TextEmbedder restarted = new TextEmbedder(cache, TextEmbedder.DEFAULT_MODEL_ID, () -> {
            throw new AssertionError("the model was loaded although every text was cached");
        });
        EmbeddingMatchScorer secondScorer = new EmbeddingMatchScorer(restarted, new InMemoryCompanyStore(), MatchFixtures.CLOCK);
        Map<String, Integer> secondScores = new LinkedHashMap<>();
        postings.forEach(posting -> secondScores.put(posting.title(), secondScorer.analyse(posting, profile).score()));

        // then: one model call per distinct text the first time (profile once + each posting), none the second
        assertThat(first.modelCalls()).isEqualTo(postings.size() + 1);
        assertThat(cache.size()).isEqualTo(postings.size() + 1);
        assertThat(restarted.modelCalls()).isZero();
        assertThat(secondScores).isEqualTo(firstScores);
    }

    private static EmbeddingMatchScorer scorer(InMemoryEmbeddingCache cache) {
        return new EmbeddingMatchScorer(new TextEmbedder(cache, TextEmbedder.DEFAULT_MODEL_ID, () -> model),
                new InMemoryCompanyStore(), MatchFixtures.CLOCK);
    }

    private static Map<String, MatchResult> scoreAll(EmbeddingMatchScorer scorer, List<JobPosting> postings, Profile profile) {
        Map<String, MatchResult> results = new LinkedHashMap<>();
        postings.forEach(posting -> results.put(posting.title(), scorer.analyse(posting, profile)));
        return results;
    }

    private static Map<String, String> scores(Map<String, MatchResult> results) {
        Map<String, String> scores = new LinkedHashMap<>();
        results.forEach((title, result) -> scores.put(title, result.score() + String.format(" (sim %.3f%s)",
                result.similarity(), result.isVetoed() ? ", vetoed: " + result.vetoes() : "")));
        return scores;
    }
}
