package dev.nyx.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Budget;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.model.MatchScore;
import dev.nyx.model.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default policy decides skip / approval / apply by band; tiers shift the bands. */
class EffortPolicyTest {
    private final EffortPolicy policy = new PolicyLoader().defaults();

    @Test
    void should_decide_by_band_when_the_company_is_normal() {
        assertThat(plan(10, CompanyTier.NORMAL).decision()).isEqualTo(Decision.SKIP);
        assertThat(plan(20, CompanyTier.NORMAL).decision()).isEqualTo(Decision.AWAIT_APPROVAL);
        assertThat(plan(49, CompanyTier.NORMAL).decision()).isEqualTo(Decision.AWAIT_APPROVAL);
        assertThat(plan(50, CompanyTier.NORMAL)).extracting(Plan::decision, Plan::effort)
                .containsExactly(Decision.APPLY, Effort.LOW);
        assertThat(plan(70, CompanyTier.NORMAL).effort()).isEqualTo(Effort.MEDIUM);
        assertThat(plan(95, CompanyTier.NORMAL).effort()).isEqualTo(Effort.HIGH);
    }

    @Test
    void should_attach_the_efforts_budget_and_say_why_when_applying() {
        // when
        Plan plan = plan(90, CompanyTier.NORMAL);

        // then
        assertThat(plan.budget()).isEqualTo(policy.budgets().get(Effort.HIGH));
        assertThat(plan.budget().coverLetter()).isTrue();
        assertThat(plan.reason()).isEqualTo("Score 90 is in band 80–100: apply at high effort.");
    }

    @Test
    void should_shift_the_bands_up_when_the_company_is_top() {
        // when: 40 + 15 = 55 (low), 70 + 15 = 85 (high), 10 + 15 = 25 (approval)
        Plan approvalBecomesApply = plan(40, CompanyTier.TOP);
        Plan mediumBecomesHigh = plan(70, CompanyTier.TOP);
        Plan skipBecomesApproval = plan(10, CompanyTier.TOP);

        // then
        assertThat(approvalBecomesApply).extracting(Plan::decision, Plan::effort)
                .containsExactly(Decision.APPLY, Effort.LOW);
        assertThat(approvalBecomesApply.reason()).startsWith("Score 40 (+15 for tier top = 55) is in band 50–65");
        assertThat(mediumBecomesHigh.effort()).isEqualTo(Effort.HIGH);
        assertThat(skipBecomesApproval.decision()).isEqualTo(Decision.AWAIT_APPROVAL);
    }

    @Test
    void should_skip_whatever_the_score_when_the_company_is_avoided() {
        // when
        Plan plan = plan(99, CompanyTier.AVOID);

        // then
        assertThat(plan.decision()).isEqualTo(Decision.SKIP);
        assertThat(plan.budget()).isEqualTo(Budget.none());
        assertThat(plan.reason()).contains("tier avoid");
    }

    @Test
    void should_skip_with_the_veto_as_reason_when_a_constraint_vetoes() {
        // given
        MatchScore vetoed = MatchScore.vetoed(List.of("Salary: the posted maximum is below your minimum."),
                List.of("Similarity of your profile and the posting: 0.70 (88 of 100 points)."));

        // when
        Plan plan = policy.plan(vetoed, CompanyTier.TOP, false);

        // then
        assertThat(plan.decision()).isEqualTo(Decision.SKIP);
        assertThat(plan.reason()).isEqualTo("Skipped: Salary: the posted maximum is below your minimum.");
    }

    @Test
    void should_apply_at_the_bands_effort_when_the_candidate_named_the_posting() {
        // when: 30 would wait for approval, 90 would be high; named postings count as approved
        Plan low = policy.plan(result(30), CompanyTier.NORMAL, true);
        Plan high = policy.plan(result(90), CompanyTier.NORMAL, true);

        // then
        assertThat(low).extracting(Plan::decision, Plan::effort).containsExactly(Decision.APPLY, Effort.LOW);
        assertThat(low.reason()).startsWith("You named this posting, so it counts as approved. Score 30");
        assertThat(high).extracting(Plan::decision, Plan::effort).containsExactly(Decision.APPLY, Effort.HIGH);
    }

    @Test
    void should_apply_but_mention_the_veto_when_the_candidate_named_a_vetoed_posting() {
        // given
        MatchScore vetoed = MatchScore.vetoed(List.of("Location: on-site in Paris."), List.of());

        // when
        Plan plan = policy.plan(vetoed, CompanyTier.NORMAL, true);

        // then
        assertThat(plan.decision()).isEqualTo(Decision.APPLY);
        assertThat(plan.reason()).endsWith("Note: Location: on-site in Paris.");
    }

    private Plan plan(int score, CompanyTier tier) {
        return policy.plan(result(score), tier, false);
    }

    private static MatchScore result(int score) {
        return MatchScore.of(score, List.of());
    }
}
