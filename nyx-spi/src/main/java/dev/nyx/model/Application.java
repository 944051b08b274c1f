package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One application to one posting, as stored.
 *
 * @param id            database id
 * @param postingKey    the posting it applies to
 * @param url           the URL it started from
 * @param ats           the adapter's name, once resolved
 * @param status        where it stands
 * @param effort        the planned effort, once planned
 * @param matchScore    0..100, once matched
 * @param resumeId      the resume chosen
 * @param tokens        language-model tokens spent
 * @param costUsd       language-model and solver cost
 * @param captchaCostUsd the CAPTCHA solvers' part of {@code costUsd}
 * @param sessionId     the session that ran it, if any
 * @param failureReason why it failed or needs input
 * @param retryable     whether a {@link ApplicationStatus#FAILED} application may be retried
 * @param createdAt     first recorded
 * @param updatedAt     last changed
 * @param submittedAt   when the submission was confirmed
 * @param duration      time from start to its last step
 * @param matchReasons  the match's sentences for people (vetoes first), once matched; empty before
 * @param companyTier   the company's tier when the application was planned
 */
public record Application(long id, PostingKey postingKey, URI url, Optional<String> ats,
                          ApplicationStatus status, Optional<Effort> effort, Optional<Integer> matchScore,
                          Optional<String> resumeId, TokenUsage tokens, BigDecimal costUsd,
                          BigDecimal captchaCostUsd, Optional<String> sessionId, Optional<String> failureReason, boolean retryable,
                          Instant createdAt, Instant updatedAt, Optional<Instant> submittedAt,
                          Optional<Duration> duration, List<String> matchReasons,
                          Optional<CompanyTier> companyTier) {
    public Application {
        requireNonNull(postingKey, "postingKey is null");
        requireNonNull(url, "url is null");
        requireNonNull(ats, "ats is null");
        requireNonNull(status, "status is null");
        requireNonNull(effort, "effort is null");
        requireNonNull(matchScore, "matchScore is null");
        requireNonNull(resumeId, "resumeId is null");
        requireNonNull(tokens, "tokens is null");
        requireNonNull(costUsd, "costUsd is null");
        requireNonNull(captchaCostUsd, "captchaCostUsd is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(failureReason, "failureReason is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        requireNonNull(submittedAt, "submittedAt is null");
        requireNonNull(duration, "duration is null");
        matchReasons = List.copyOf(matchReasons);
        requireNonNull(companyTier, "companyTier is null");
        matchScore.ifPresent(score -> {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("match score must be within 0..100: " + score);
            }
        });
    }
}
