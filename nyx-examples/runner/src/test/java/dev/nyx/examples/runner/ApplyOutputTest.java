package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.TokenUsage;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code nyx apply} output: JSON shape, masking of sensitive answers, exit codes. */
class ApplyOutputTest {
    private static final Profile PROFILE = new ProfileLoader().load(Path.of("..", "sample", "profile.yaml"));
    private static final Answer EMAIL = new Answer("email", "Email", List.of("mara.lindqvist@example.com"),
            AnswerSource.RULE, 1.0, List.of("basics.email"), TokenUsage.NONE);
    private static final Answer PHONE = new Answer("phone", "Phone", List.of("+49 170 5550123"), AnswerSource.RULE,
            1.0, List.of("basics.phone"), TokenUsage.NONE);

    private static ApplyOutcome outcome(Optional<ApplicationStatus> status, Optional<ApplyOutcome.Failure> failure,
                                        Optional<Long> duplicateOf) {
        return new ApplyOutcome("https://boards.greenhouse.io/acme/jobs/1", Optional.of("greenhouse"), status,
                status.map(found -> 7L), List.of(EMAIL, PHONE), List.of("Why us?"), new TokenUsage(12, 3),
                new BigDecimal("0.0051"), new BigDecimal("0.003"), failure, Optional.empty(), duplicateOf, Optional.empty(), Optional.empty(),
                Duration.ofMillis(1500), Optional.empty());
    }

    private static JsonNode json(ApplyOutcome outcome) throws Exception {
        StringWriter text = new StringWriter();
        new OutcomePrinter(new PrintWriter(text), PROFILE, true).print(outcome);
        assertThat(text.toString().lines()).hasSize(1);
        return new ObjectMapper().readTree(text.toString());
    }

    @Test
    void should_print_every_required_field_when_json_is_asked() throws Exception {
        JsonNode node = json(outcome(Optional.of(ApplicationStatus.SUBMITTED), Optional.empty(), Optional.empty()));

        assertThat(node.get("url").asText()).isEqualTo("https://boards.greenhouse.io/acme/jobs/1");
        assertThat(node.get("ats").asText()).isEqualTo("greenhouse");
        assertThat(node.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(node.get("applicationId").asLong()).isEqualTo(7);
        assertThat(node.get("answers").get(0).get("question").asText()).isEqualTo("Email");
        assertThat(node.get("answers").get(0).get("value").asText()).isEqualTo("mara.lindqvist@example.com");
        assertThat(node.get("answers").get(0).get("source").asText()).isEqualTo("RULE");
        assertThat(node.get("tokensIn").asLong()).isEqualTo(12);
        assertThat(node.get("tokensOut").asLong()).isEqualTo(3);
        assertThat(node.get("costUsd").decimalValue()).isEqualByComparingTo("0.0051");
        assertThat(node.get("captchaCostUsd").decimalValue()).isEqualByComparingTo("0.003");
        assertThat(node.get("error").isNull()).isTrue();
    }

    @Test
    void should_mask_the_value_when_an_answer_comes_from_a_sensitive_profile_path() throws Exception {
        JsonNode node = json(outcome(Optional.of(ApplicationStatus.SUBMITTED), Optional.empty(), Optional.empty()));

        assertThat(node.get("answers").get(1).get("value").asText()).isEqualTo("[redacted]");
        assertThat(node.toString()).doesNotContain("5550123");
    }

    @Test
    void should_print_code_kind_and_message_when_the_application_failed() throws Exception {
        JsonNode node = json(outcome(Optional.empty(), Optional.of(ApplyOutcome.Failure.of(ErrorCode.INVALID_URL,
                "Invalid URL 'file:///x'")), Optional.empty()));

        assertThat(node.get("status").isNull()).isTrue();
        assertThat(node.get("applicationId").isNull()).isTrue();
        assertThat(node.get("error").get("code").asText()).isEqualTo("INVALID_URL");
        assertThat(node.get("error").get("kind").asText()).isEqualTo("BAD_INPUT");
        assertThat(node.get("error").get("message").asText()).contains("file:///x");
    }

    @Test
    void should_exit_0_when_every_url_was_submitted() {
        assertThat(ApplyCommand.exitCode(List.of(outcome(Optional.of(ApplicationStatus.SUBMITTED), Optional.empty(),
                Optional.empty())), false)).isEqualTo(0);
    }

    @Test
    void should_exit_0_when_every_url_was_filled_in_a_dry_run() {
        assertThat(ApplyCommand.exitCode(List.of(outcome(Optional.of(ApplicationStatus.FILLING), Optional.empty(),
                Optional.empty())), true)).isEqualTo(0);
    }

    @Test
    void should_exit_0_when_a_url_was_submitted_by_an_earlier_run() {
        assertThat(ApplyCommand.exitCode(List.of(
                outcome(Optional.of(ApplicationStatus.SUBMITTED), Optional.empty(), Optional.empty()),
                outcome(Optional.of(ApplicationStatus.SUBMITTED), Optional.empty(), Optional.of(3L)),
                outcome(Optional.of(ApplicationStatus.INTERVIEW), Optional.empty(), Optional.of(4L))), false))
                .isEqualTo(0);
    }

    @Test
    void should_exit_1_when_a_url_is_a_duplicate_of_unfinished_work_or_needs_input() {
        assertThat(ApplyCommand.exitCode(List.of(
                outcome(Optional.of(ApplicationStatus.SUBMITTED), Optional.empty(), Optional.empty()),
                outcome(Optional.of(ApplicationStatus.NEEDS_VERIFICATION), Optional.empty(), Optional.of(3L))), false))
                .isEqualTo(1);
        assertThat(ApplyCommand.exitCode(List.of(
                outcome(Optional.of(ApplicationStatus.SKIPPED), Optional.empty(), Optional.of(3L))), false))
                .isEqualTo(1);
        assertThat(ApplyCommand.exitCode(List.of(outcome(Optional.of(ApplicationStatus.NEEDS_INPUT),
                Optional.empty(), Optional.empty())), false)).isEqualTo(1);
    }

    @Test
    void should_exit_2_when_some_url_was_bad_input() {
        assertThat(ApplyCommand.exitCode(List.of(
                outcome(Optional.of(ApplicationStatus.SUBMITTED), Optional.empty(), Optional.empty()),
                outcome(Optional.empty(), Optional.of(ApplyOutcome.Failure.of(ErrorCode.UNSUPPORTED_SITE, "no")),
                        Optional.empty())), false)).isEqualTo(2);
    }

    @Test
    void should_print_status_reason_and_unanswered_questions_when_human_output() {
        StringWriter text = new StringWriter();
        new OutcomePrinter(new PrintWriter(text), PROFILE, false).print(new ApplyOutcome("https://x.example/1",
                Optional.of("greenhouse"), Optional.of(ApplicationStatus.NEEDS_INPUT), Optional.of(4L), List.of(),
                List.of("Why us?"), TokenUsage.NONE, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(),
                Optional.of("required questions without an answer: 'Why us?'"), Optional.empty(), Optional.empty(),
                Optional.empty(), Duration.ZERO, Optional.empty()));

        assertThat(text.toString()).contains("https://x.example/1: NEEDS_INPUT (application 4)")
                .contains("'Why us?'").contains("unanswered: Why us?");
    }
}
