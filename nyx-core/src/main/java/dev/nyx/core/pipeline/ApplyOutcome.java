package dev.nyx.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Answer;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.Confirmation;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.model.TokenUsage;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ErrorKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What became of one {@link ApplyRequest}. Texts in it never carry secrets or sensitive profile
 * values; {@link #answers} do hold the candidate's own answers (mask sensitive ones before showing).
 *
 * @param url           the URL as requested
 * @param ats           the adapter that handled it, once resolved
 * @param status        the application's status; empty when no application was recorded (bad input)
 * @param applicationId the recorded application, if any
 * @param answers       the answers given (or that would be given, in a dry run)
 * @param unanswered    labels of the questions left without an answer (required ones stop the application)
 * @param tokens        language-model tokens spent
 * @param costUsd       what it cost (language model and CAPTCHA solvers)
 * @param captchaCostUsd what the CAPTCHA solvers charged (part of {@code costUsd})
 * @param failure       why it did not go through, when it failed or was refused; a time-out's message
 *                      starts with the step that timed out ("step 'fill' timed out: ...")
 * @param reason        a sentence for the candidate when it stopped without failing (duplicate, skipped,
 *                      needs input, dry run); it also names each step in which something timed out and the
 *                      run went on (e.g. "step 'fetch posting' timed out (...)" when an API did not answer
 *                      and the page was read instead), whatever the status
 * @param duplicateOf   the earlier application for the same posting, when this one is a duplicate
 * @param confirmation  the site's confirmation evidence, once submitted
 * @param screenshot    the last evidence screenshot (confirmation, dry run or failure)
 * @param duration      wall time this call took
 * @param match         the match score, its reasons, the company tier and the planned effort, once planned
 */
public record ApplyOutcome(String url, Optional<String> ats, Optional<ApplicationStatus> status,
                           Optional<Long> applicationId, List<Answer> answers, List<String> unanswered,
                           TokenUsage tokens, BigDecimal costUsd, BigDecimal captchaCostUsd,
                           Optional<Failure> failure, Optional<String> reason,
                           Optional<Long> duplicateOf, Optional<Confirmation> confirmation, Optional<Path> screenshot,
                           Duration duration, Optional<MatchSummary> match) {
    public ApplyOutcome {
        requireNonNull(url, "url is null");
        requireNonNull(ats, "ats is null");
        requireNonNull(status, "status is null");
        requireNonNull(applicationId, "applicationId is null");
        answers = List.copyOf(answers);
        unanswered = List.copyOf(unanswered);
        requireNonNull(tokens, "tokens is null");
        requireNonNull(costUsd, "costUsd is null");
        requireNonNull(captchaCostUsd, "captchaCostUsd is null");
        requireNonNull(failure, "failure is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(duplicateOf, "duplicateOf is null");
        requireNonNull(confirmation, "confirmation is null");
        requireNonNull(screenshot, "screenshot is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(match, "match is null");
    }

    /**
     * An outcome without a match and without CAPTCHA cost (nothing was planned: bad input, a duplicate, a
     * failure before planning).
     */
    public ApplyOutcome(String url, Optional<String> ats, Optional<ApplicationStatus> status,
                        Optional<Long> applicationId, List<Answer> answers, List<String> unanswered,
                        TokenUsage tokens, BigDecimal costUsd, Optional<Failure> failure, Optional<String> reason,
                        Optional<Long> duplicateOf, Optional<Confirmation> confirmation, Optional<Path> screenshot,
                        Duration duration) {
        this(url, ats, status, applicationId, answers, unanswered, tokens, costUsd, BigDecimal.ZERO, failure, reason,
                duplicateOf, confirmation, screenshot, duration, Optional.empty());
    }

    private static final java.util.regex.Pattern TIMED_OUT_STEP =
            java.util.regex.Pattern.compile("step '([^']+)' timed out");

    /** How reasons and failure messages name a step that timed out: {@code step '<name>' timed out}. */
    public static String timedOutPhrase(String step) {
        return "step '" + requireNonNull(step, "step is null") + "' timed out";
    }

    /**
     * The first step that timed out during this call, as named in the failure or the reason ("fetch
     * posting", "match and plan", "answer", "fill", "QA", "CAPTCHA", "submit"): a failure by time-out, or a
     * time-out the run went on after (a slow application says why).
     */
    public Optional<String> timedOutStep() {
        for (Optional<String> text : List.of(failure.map(Failure::message), reason)) {
            java.util.regex.Matcher found = TIMED_OUT_STEP.matcher(text.orElse(""));
            if (found.find()) {
                return Optional.of(found.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether the application was submitted (and confirmed) by this call. */
    public boolean submitted() {
        return status.filter(ApplicationStatus.SUBMITTED::equals).isPresent() && duplicateOf.isEmpty();
    }

    /**
     * Whether this call found the posting submitted by an earlier application (a duplicate of one that is
     * {@code SUBMITTED} or has moved on to an interview, an offer or a decline): nothing was sent again, and
     * the candidate's goal for this posting is met.
     */
    public boolean submittedEarlier() {
        return duplicateOf.isPresent() && failure.isEmpty() && status.filter(SUBMITTED_OR_LATER::contains).isPresent();
    }

    private static final java.util.Set<ApplicationStatus> SUBMITTED_OR_LATER = java.util.EnumSet.of(
            ApplicationStatus.SUBMITTED, ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER,
            ApplicationStatus.DECLINED);

    /**
     * Whether the caller gave something invalid (bad URL, unknown adapter, unsupported site): refused
     * before any application was recorded. An answer the form refused is not this: that application is
     * recorded and waits for input.
     */
    public boolean badInput() {
        return applicationId.isEmpty() && failure.map(found -> found.kind() == ErrorKind.BAD_INPUT).orElse(false);
    }

    /**
     * How the posting matched and what the policy planned.
     *
     * @param score    0..100 (0 when a hard constraint vetoes it)
     * @param reasons  sentences for people: vetoes first, then the score's parts
     * @param tier     the company's tier
     * @param effort   the planned effort
     * @param decision what the policy decided (a named posting counts as approved: {@code APPLY})
     * @param plan     the policy's sentence for the decision
     */
    public record MatchSummary(int score, List<String> reasons, CompanyTier tier, Effort effort, Decision decision,
                               String plan) {
        public MatchSummary {
            reasons = List.copyOf(reasons);
            requireNonNull(tier, "tier is null");
            requireNonNull(effort, "effort is null");
            requireNonNull(decision, "decision is null");
            requireNonNull(plan, "plan is null");
        }
    }

    /**
     * Why an application failed or was refused.
     *
     * @param code    the stable error code
     * @param kind    its class (decides retries)
     * @param message what happened and what to do, redacted
     */
    public record Failure(ErrorCode code, ErrorKind kind, String message) {
        public Failure {
            requireNonNull(code, "code is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(message, "message is null");
        }

        public static Failure of(ErrorCode code, String message) {
            return new Failure(code, code.kind(), message);
        }
    }
}
