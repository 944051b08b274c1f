package dev.nyx.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.browser.Browsers;
import dev.nyx.core.browser.ContextRequest;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.core.pipeline.internal.AdapterResolver;
import dev.nyx.core.pipeline.internal.ApplicationRun;
import dev.nyx.core.pipeline.internal.Attempt;
import dev.nyx.core.pipeline.internal.OutcomeBuilder;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorKind;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies to one posting URL end to end (ARCHITECTURE.md steps 1–3 and 6–11): checks the URL,
 * resolves the adapter, fetches the posting in the application's own browser context, dedupes,
 * plans, answers, fills, checks the required fields, and (unless a dry run) claims the posting,
 * records {@code SUBMITTING} and submits exactly once, recording every step as an event.
 *
 * <p>Called by host applications and the runner through {@code Nyx.applications()}. Thread-safe:
 * any number of threads may apply at once (up to {@code limits.concurrency} run in browsers, the
 * rest wait). It does not throw for anything that can go wrong with an application: the
 * {@link ApplyOutcome} carries status and failure (bad input leaves nothing recorded). It throws
 * {@link NyxException} only when Nyx itself is unusable (closed, no browser installed, database down).
 */
@Singleton
public final class ApplyPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyPipeline.class);

    private final UrlPolicy policy;
    private final AdapterResolver resolver;
    private final Browsers browsers;
    private final ApplicationRun run;
    private final NyxConfig config;
    private final Clock clock;
    private final AtomicLong runs = new AtomicLong();

    @Inject
    public ApplyPipeline(UrlPolicy policy, AdapterResolver resolver, Browsers browsers, ApplicationRun run,
                         NyxConfig config, Clock clock) {
        this.policy = requireNonNull(policy, "policy is null");
        this.resolver = requireNonNull(resolver, "resolver is null");
        this.browsers = requireNonNull(browsers, "browsers is null");
        this.run = requireNonNull(run, "run is null");
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Applies to one URL; see the class comment. */
    public ApplyOutcome apply(ApplyRequest request) {
        requireNonNull(request, "request is null");
        SensitiveValues sensitive = sensitiveValues(request);
        OutcomeBuilder outcome = new OutcomeBuilder(request.url(), clock);
        URI url;
        try {
            url = policy.check(request.url());
        } catch (NyxException refused) {
            // a URL the network rule refuses is the caller's input to fix, whatever the rule's code
            return refusedInput(request, sensitive, outcome, refused, ErrorKind.BAD_INPUT);
        }
        try {
            Optional<AtsAdapter> adapter = request.forcedAts().isPresent()
                    ? Optional.of(resolver.byName(request.forcedAts().get()))
                    : resolver.byUrl(url);
            Attempt attempt = new Attempt(request, url, sensitive, outcome);
            // evidence is taken by the run itself, once it knows the application id
            ContextRequest context = new ContextRequest("apply-" + runs.incrementAndGet(), Optional.empty());
            return browsers.withContext(context, page -> run.run(page, adapter, attempt));
        } catch (NyxException refused) {
            if (outcome.application().isPresent()) {
                throw refused;
            }
            return refusedInput(request, sensitive, outcome, refused, refused.kind());
        }
    }

    private static ApplyOutcome refusedInput(ApplyRequest request, SensitiveValues sensitive, OutcomeBuilder outcome,
                                             NyxException refused, ErrorKind kind) {
        LOG.info("Not applying to {}: {}", sensitive.redact(request.url()), sensitive.redact(refused.getMessage()));
        return outcome.failure(new ApplyOutcome.Failure(refused.code(), kind, sensitive.redact(refused.getMessage())))
                .build();
    }

    /** Applies to several URLs one after the other, in order. */
    public List<ApplyOutcome> applyAll(List<ApplyRequest> requests) {
        List<ApplyOutcome> outcomes = new ArrayList<>();
        for (ApplyRequest request : List.copyOf(requests)) {
            outcomes.add(apply(request));
        }
        return List.copyOf(outcomes);
    }

    private SensitiveValues sensitiveValues(ApplyRequest request) {
        List<String> secrets = new ArrayList<>();
        config.database().password().ifPresent(secrets::add);
        config.llm().apiKey().ifPresent(secrets::add);
        return SensitiveValues.of(request.profile()).with(secrets);
    }
}
