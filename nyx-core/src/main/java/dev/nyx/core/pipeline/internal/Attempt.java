package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.profile.SensitiveValues;
import java.net.URI;

/**
 * One application attempt as the caller started it: the request, its URL after the network rule,
 * the values to redact from everything stored or logged, and the outcome being built for the
 * caller. Once the application is recorded, {@link RecordedAttempt} carries it on through the
 * steps.
 *
 * <p>Made by {@code ApplyPipeline} per call; belongs to that call's worker thread. The record is
 * immutable; the {@link OutcomeBuilder} it holds is not thread-safe. Public only for wiring.
 *
 * @param request   what the caller asked for
 * @param url       the checked URL
 * @param sensitive the candidate's sensitive values and Nyx's secrets
 * @param outcome   what the caller will be told
 */
public record Attempt(ApplyRequest request, URI url, SensitiveValues sensitive, OutcomeBuilder outcome) {
    public Attempt {
        requireNonNull(request, "request is null");
        requireNonNull(url, "url is null");
        requireNonNull(sensitive, "sensitive is null");
        requireNonNull(outcome, "outcome is null");
    }
}
