package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.WebClient;
import java.net.URI;
import java.util.Map;

/**
 * The host's {@link WebClient} as one application's adapter sees it: a call that times out is noted in
 * the application's {@link OutcomeBuilder} under the current step before the {@link ErrorCode#TIMEOUT}
 * goes on to the adapter. An adapter that falls back (the page instead of the API) then still leaves a
 * reason naming the step that timed out, so a slow application says why.
 *
 * <p>One per application run; called from the plugin call threads of that run (the builder's time-out
 * list is safe for that). Throws what the wrapped client throws.
 */
final class StepTimeoutWebClient implements WebClient {
    private final WebClient web;
    private final OutcomeBuilder outcome;

    StepTimeoutWebClient(WebClient web, OutcomeBuilder outcome) {
        this.web = requireNonNull(web, "web is null");
        this.outcome = requireNonNull(outcome, "outcome is null");
    }

    @Override
    public Response get(URI url, Map<String, String> headers) {
        try {
            return web.get(url, headers);
        } catch (NyxException failure) {
            throw noted(failure);
        }
    }

    @Override
    public Response postJson(URI url, String json, Map<String, String> headers) {
        try {
            return web.postJson(url, json, headers);
        } catch (NyxException failure) {
            throw noted(failure);
        }
    }

    private NyxException noted(NyxException failure) {
        if (failure.code() == ErrorCode.TIMEOUT) {
            outcome.timedOut(failure.getMessage());
        }
        return failure;
    }
}
