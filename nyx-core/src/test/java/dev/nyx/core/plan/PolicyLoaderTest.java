package dev.nyx.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.problem.Problem;
import dev.nyx.core.problem.ValidationException;
import dev.nyx.model.Budget;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
    @TempDir
    Path temp;

    private final PolicyLoader loader = new PolicyLoader();

    @Test
    void should_use_the_built_in_defaults_when_no_file_is_given() {
        // when
        EffortPolicy policy = loader.load(Optional.empty());

        // then
        assertThat(policy.bandOf(0).decision()).isEqualTo(Decision.SKIP);
        assertThat(policy.bandOf(19).decision()).isEqualTo(Decision.SKIP);
        assertThat(policy.bandOf(20).decision()).isEqualTo(Decision.AWAIT_APPROVAL);
        assertThat(policy.bandOf(49).decision()).isEqualTo(Decision.AWAIT_APPROVAL);
        assertThat(policy.bandOf(50).effort()).contains(Effort.LOW);
        assertThat(policy.bandOf(65).effort()).contains(Effort.MEDIUM);
        assertThat(policy.bandOf(100).effort()).contains(Effort.HIGH);
        assertThat(policy.tiers().get(CompanyTier.TOP)).isEqualTo(new TierRule(15, false));
        assertThat(policy.tiers().get(CompanyTier.AVOID).skip()).isTrue();
        assertThat(policy.budgets().get(Effort.LOW)).isEqualTo(Budget.none());
        assertThat(policy.budgets().get(Effort.HIGH).coverLetter()).isTrue();
        assertThat(policy.budgets().get(Effort.HIGH).llmReview()).isTrue();
    }

    @Test
    void should_read_a_file_and_fill_in_tiers_and_budgets_from_the_defaults_when_it_leaves_them_out() throws IOException {
        // given
        Path file = write("""
                bands:
                  - {from: 0, to: 40, decision: skip}
                  - {from: 40, to: 70, decision: approval}
                  - {from: 70, to: 100, decision: apply, effort: medium}
                budgets:
                  medium: {maxTokens: 1234, maxCostUsd: 0.5, coverLetter: true, llmReview: false}
                """);

        // when
        EffortPolicy policy = loader.load(file);

        // then
        assertThat(policy.bandOf(39).decision()).isEqualTo(Decision.SKIP);
        assertThat(policy.bandOf(69).decision()).isEqualTo(Decision.AWAIT_APPROVAL);
        assertThat(policy.bandOf(70).effort()).contains(Effort.MEDIUM);
        assertThat(policy.budgets().get(Effort.MEDIUM))
                .isEqualTo(new Budget(1234, new BigDecimal("0.5"), true, false));
        assertThat(policy.budgets().get(Effort.HIGH)).isEqualTo(loader.defaults().budgets().get(Effort.HIGH));
        assertThat(policy.tiers()).isEqualTo(loader.defaults().tiers());
    }

    @Test
    void should_name_path_and_line_when_a_key_is_unknown() throws IOException {
        // given
        Path file = write("""
                bands:
                  - from: 0
                    to: 100
                    decision: apply
                    efort: low
                tier: {}
                """);

        // when / then
        assertProblems(file, "bands[0].effort (line 2): missing: an apply band needs an effort (low, medium or high)",
                "bands[0].efort (line 5): unknown key \"efort\"; did you mean effort?",
                "tier (line 6): unknown key \"tier\"; did you mean tiers?");
    }

    @Test
    void should_report_the_gap_when_bands_miss_scores() throws IOException {
        // given
        Path file = write("""
                bands:
                  - {from: 0, to: 20, decision: skip}
                  - {from: 30, to: 90, decision: apply, effort: low}
                """);

        // when / then
        assertProblems(file, "bands (line 1): scores 90–100 are in no band: the last band must end at 100",
                "bands[1].from (line 3): scores 20–30 are in no band: add a band for them or start this band at 20");
    }

    @Test
    void should_report_the_overlap_when_bands_overlap() throws IOException {
        // given
        Path file = write("""
                bands:
                  - {from: 0, to: 50, decision: skip}
                  - {from: 40, to: 100, decision: apply, effort: high}
                """);

        // when / then
        assertProblems(file, "bands[1].from (line 3): band 40–100 overlaps band 0–50: bands must not overlap"
                + " (\"to\" is exclusive)");
    }

    @Test
    void should_report_bad_decisions_efforts_and_scores_when_a_band_is_malformed() throws IOException {
        // given
        Path file = write("""
                bands:
                  - {from: 0, to: 20, decision: maybe}
                  - {from: 20, to: 60, decision: apply, effort: extreme}
                  - {from: 60, to: 150, decision: apply}
                  - {from: 70, to: 80, decision: skip, effort: low}
                """);

        // when / then
        assertProblems(file,
                "bands[0].decision (line 2): unknown decision \"maybe\"; expected one of skip, approval, apply",
                "bands[1].effort (line 3): unknown effort \"extreme\"; expected one of low, medium, high",
                "bands[2].to (line 4): 150 is not a score; expected 0..100",
                "bands[2].effort (line 4): missing: an apply band needs an effort (low, medium or high)",
                "bands[3].effort (line 5): only apply bands have an effort; remove it or make the decision apply");
    }

    @Test
    void should_report_bad_budgets_and_tiers_when_they_are_malformed() throws IOException {
        // given
        Path file = write("""
                bands:
                  - {from: 0, to: 100, decision: apply, effort: low}
                tiers:
                  top: {shift: 200}
                  vip: {shift: 5}
                budgets:
                  low: {maxTokens: -1, maxCostUsd: 0}
                  high: {maxCostUsd: 1}
                """);

        // when / then
        assertProblems(file,
                "tiers.top.shift (line 4): 200 is out of range; expected -100..100",
                "tiers.vip (line 5): unknown key \"vip\"; did you mean top?",
                "budgets.low.maxTokens (line 7): -1 is negative; expected 0 or more",
                "budgets.high.maxTokens (line 8): missing: give the high budget's maxTokens");
    }

    @Test
    void should_report_the_line_when_the_yaml_is_broken() throws IOException {
        // given
        Path file = write("bands:\n  - {from: 0, to: 100\n");

        // when / then
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY);
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.line()).isPresent();
                        assertThat(problem.message()).startsWith("syntax error");
                    });
                });
    }

    @Test
    void should_say_what_to_do_when_the_file_is_missing() {
        assertThatThrownBy(() -> loader.load(temp.resolve("nope.yaml")))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("nope.yaml does not exist")
                .hasMessageContaining("check the path")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_POLICY));
    }

    @Test
    void should_ask_for_bands_when_the_file_is_empty() throws IOException {
        assertProblems(write(""), "bands: missing: list the score bands (from, to, decision, effort) covering 0..100");
    }

    private void assertProblems(Path file, String... expected) {
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY);
                    assertThat(e.source()).isEqualTo("policy.yaml");
                    assertThat(e.problems()).extracting(Problem::describe).containsExactly(expected);
                });
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(temp.resolve("policy.yaml"), yaml);
    }
}
