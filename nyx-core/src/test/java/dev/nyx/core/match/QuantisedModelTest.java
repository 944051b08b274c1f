package dev.nyx.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the quantised MiniLM is the default: on the ranking fixture it orders postings like the full
 * model, with similarities within a few hundredths, at a third of the load time and size.
 */
class QuantisedModelTest {
    private static EmbeddingModel quantised;
    private static EmbeddingModel full;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadModels() {
        quantised = new AllMiniLmL6V2QuantizedEmbeddingModel();
        full = new AllMiniLmL6V2EmbeddingModel();
    }

    @Test
    void should_rank_like_the_full_model_when_scoring_the_fixture_postings() {
        // given
        Profile profile = MatchFixtures.profile(temp);
        List<JobPosting> postings = new ArrayList<>(RankingPostings.RELEVANT);
        postings.addAll(RankingPostings.IRRELEVANT);
        EmbeddingMatchScorer quantisedScorer = scorer("all-minilm-l6-v2-q", quantised);
        EmbeddingMatchScorer fullScorer = scorer("all-minilm-l6-v2", full);

        // when
        List<MatchResult> quantisedResults = postings.stream().map(posting -> quantisedScorer.analyse(posting, profile))
                .toList();
        List<MatchResult> fullResults = postings.stream().map(posting -> fullScorer.analyse(posting, profile)).toList();

        // then: same split of relevant and irrelevant, similarities close
        int relevant = RankingPostings.RELEVANT.size();
        for (int i = 0; i < postings.size(); i++) {
            assertThat(quantisedResults.get(i).similarity()).as(postings.get(i).title())
                    .isCloseTo(fullResults.get(i).similarity(), within(0.05));
        }
        int worstRelevantQuantised = quantisedResults.subList(0, relevant).stream().mapToInt(MatchResult::score).min()
                .orElseThrow();
        int bestIrrelevantQuantised = quantisedResults.subList(relevant, postings.size()).stream()
                .mapToInt(MatchResult::score).max().orElseThrow();
        int worstRelevantFull = fullResults.subList(0, relevant).stream().mapToInt(MatchResult::score).min()
                .orElseThrow();
        int bestIrrelevantFull = fullResults.subList(relevant, postings.size()).stream().mapToInt(MatchResult::score)
                .max().orElseThrow();
        assertThat(worstRelevantQuantised).isGreaterThan(bestIrrelevantQuantised);
        assertThat(worstRelevantFull).isGreaterThan(bestIrrelevantFull);
        // the margin between the sets is about as wide with either model
        assertThat(worstRelevantQuantised - bestIrrelevantQuantised)
                .isCloseTo(worstRelevantFull - bestIrrelevantFull, within(10));
    }

    private static EmbeddingMatchScorer scorer(String modelId, EmbeddingModel model) {
        return new EmbeddingMatchScorer(new TextEmbedder(new InMemoryEmbeddingCache(), modelId, () -> model),
                new InMemoryCompanyStore(), MatchFixtures.CLOCK);
    }
}
