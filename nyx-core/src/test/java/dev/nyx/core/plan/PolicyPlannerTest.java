package dev.nyx.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.nyx.core.match.EmbeddingMatchScorer;
import dev.nyx.core.match.InMemoryCompanyStore;
import dev.nyx.core.match.InMemoryEmbeddingCache;
import dev.nyx.core.match.MatchFixtures;
import dev.nyx.core.match.TextEmbedder;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.Decision;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Match, tier and policy together; postings the candidate names count as approved. */
class PolicyPlannerTest {
    @TempDir
    Path temp;

    private final InMemoryCompanyStore companies = new InMemoryCompanyStore();
    /** Profile and posting vectors 60° apart: similarity 0.5, about 78 similarity points. */
    private final EmbeddingModel halfSimilar = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream()
                    .map(segment -> Embedding.from(segment.text().startsWith("Senior Java Engineer.")
                            ? new float[] {1f, 0f} : new float[] {0.5f, 0.8660254f}))
                    .toList());
        }
    };
    private final PolicyPlanner planner = new PolicyPlanner(new EmbeddingMatchScorer(
            new TextEmbedder(new InMemoryEmbeddingCache(), "half", () -> halfSimilar), companies, MatchFixtures.CLOCK),
            companies, new PolicyLoader().defaults());

    @Test
    void should_wait_for_approval_when_a_discovered_posting_scores_in_the_approval_band() {
        // given: similarity 0.5 gives 100 * (0.5 - 0.15) / 0.45 = 78 points; React, CSS, Figma are not her skills
        Profile profile = MatchFixtures.profile(temp);
        JobPosting posting = MatchFixtures.posting("p", "Engineer", "Acme", "Berlin",
                "Frontend work with React, CSS and Figma.");

        // when: similarity 78 * 0.6 + skills 0 of 3 * 0.4 = 47
        PlannedPosting planned = planner.planPosting(posting, profile, false, false);

        // then
        assertThat(planned.match().score()).isEqualTo(47);
        assertThat(planned.plan().decision()).isEqualTo(Decision.AWAIT_APPROVAL);
        assertThat(planner.plan(posting, profile)).isEqualTo(planned.plan());
    }

    @Test
    void should_apply_with_the_computed_score_when_the_candidate_named_the_posting() {
        // given
        Profile profile = MatchFixtures.profile(temp);
        JobPosting posting = MatchFixtures.posting("p", "Engineer", "Acme", "Berlin",
                "Frontend work with React, CSS and Figma.");

        // when
        PlannedPosting named = planner.planPosting(posting, profile, true, false);
        PlannedPosting respecting = planner.planPosting(posting, profile, true, true);

        // then
        assertThat(named.match().score()).isEqualTo(47);
        assertThat(named.plan().decision()).isEqualTo(Decision.APPLY);
        assertThat(respecting.plan().decision()).isEqualTo(Decision.AWAIT_APPROVAL);
    }

    @Test
    void should_use_the_stored_tier_when_planning() {
        // given
        Profile profile = MatchFixtures.profile(temp);
        companies.setTier("Acme", CompanyTier.TOP);
        JobPosting posting = MatchFixtures.posting("p", "Engineer", "ACME", "Berlin",
                "Frontend work with React, CSS and Figma.");

        // when: 47 + 15 = 62 -> apply at low effort
        PlannedPosting planned = planner.planPosting(posting, profile, false, false);

        // then
        assertThat(planned.tier()).isEqualTo(CompanyTier.TOP);
        assertThat(planned.plan().decision()).isEqualTo(Decision.APPLY);
        assertThat(planned.plan().reason()).contains("+15 for tier top = 62");
    }
}
