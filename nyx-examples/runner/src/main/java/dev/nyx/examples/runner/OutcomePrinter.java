package dev.nyx.examples.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.model.Answer;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints apply outcomes: one human line per URL (then the match's reasons, indented), or one JSON
 * object per line (with {@code score}, {@code reasons}, {@code tier}, {@code effort}, {@code decision}). The candidate's own
 * answers are shown, but values drawn from sensitive profile paths are masked. Not thread-safe.
 */
final class OutcomePrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final SensitiveValues sensitive;
    private final boolean json;

    OutcomePrinter(PrintWriter out, Profile profile, boolean json) {
        this.out = out;
        this.sensitive = SensitiveValues.of(profile);
        this.json = json;
    }

    void print(ApplyOutcome outcome) {
        out.println(json ? toJson(outcome) : toLine(outcome));
        out.flush();
    }

    String toLine(ApplyOutcome outcome) {
        StringBuilder line = new StringBuilder(outcome.url()).append(": ")
                .append(outcome.status().map(Enum::name).orElse("NOT APPLIED"));
        outcome.applicationId().ifPresent(id -> line.append(" (application ").append(id).append(')'));
        outcome.match().ifPresent(match -> line.append(", score ").append(match.score()).append(", ")
                .append(lower(match.effort())).append(" effort").append(match.tier() == CompanyTier.NORMAL ? ""
                        : ", tier " + lower(match.tier())));
        outcome.duplicateOf().ifPresent(id -> line.append(", duplicate of application ").append(id));
        outcome.failure().ifPresent(failure -> line.append(", ").append(failure.code()).append(": ")
                .append(failure.message()));
        if (outcome.failure().isEmpty()) {
            outcome.reason().ifPresent(reason -> line.append(": ").append(reason));
        }
        if (!outcome.unanswered().isEmpty()) {
            line.append("; unanswered: ").append(String.join(" | ", outcome.unanswered()));
        }
        outcome.match().ifPresent(match -> match.reasons().forEach(reason -> line.append('\n')
                .append("    ").append(reason)));
        return line.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    String toJson(ApplyOutcome outcome) {
        ObjectNode node = JSON.createObjectNode();
        node.put("url", outcome.url());
        node.put("ats", outcome.ats().orElse(null));
        node.put("status", outcome.status().map(Enum::name).orElse(null));
        if (outcome.applicationId().isPresent()) {
            node.put("applicationId", outcome.applicationId().get());
        } else {
            node.putNull("applicationId");
        }
        if (outcome.match().isPresent()) {
            ApplyOutcome.MatchSummary match = outcome.match().get();
            node.put("score", match.score());
            match.reasons().forEach(node.putArray("reasons")::add);
            node.put("tier", lower(match.tier()));
            node.put("effort", lower(match.effort()));
            node.put("decision", match.decision().name());
        } else {
            node.putNull("score");
            node.putArray("reasons");
            node.putNull("tier");
            node.putNull("effort");
            node.putNull("decision");
        }
        ArrayNode answers = node.putArray("answers");
        for (Answer answer : outcome.answers()) {
            answers.addObject().put("question", answer.question()).put("value", shown(answer))
                    .put("source", answer.source().name());
        }
        ArrayNode unanswered = node.putArray("unanswered");
        outcome.unanswered().forEach(unanswered::add);
        node.put("tokensIn", outcome.tokens().input());
        node.put("tokensOut", outcome.tokens().output());
        node.put("costUsd", outcome.costUsd());
        node.put("captchaCostUsd", outcome.captchaCostUsd());
        if (outcome.failure().isPresent()) {
            ApplyOutcome.Failure failure = outcome.failure().get();
            node.putObject("error").put("code", failure.code().name()).put("kind", failure.kind().name())
                    .put("message", failure.message());
        } else {
            node.putNull("error");
        }
        node.put("reason", outcome.reason().orElse(null));
        if (outcome.duplicateOf().isPresent()) {
            node.put("duplicateOf", outcome.duplicateOf().get());
        } else {
            node.putNull("duplicateOf");
        }
        node.put("confirmation", outcome.confirmation().map(confirmation -> confirmation.message()).orElse(null));
        node.put("screenshot", outcome.screenshot().map(Object::toString).orElse(null));
        node.put("durationMs", outcome.duration().toMillis());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new NyxException(ErrorCode.INTERNAL, "Could not print the outcome of " + outcome.url() + " as JSON", e);
        }
    }

    private String shown(Answer answer) {
        boolean fromSensitivePath = answer.factsUsed().stream().anyMatch(sensitive::isSensitivePath);
        return fromSensitivePath ? SensitiveValues.REDACTED : sensitive.redact(answer.value());
    }
}
