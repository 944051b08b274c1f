package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.FormAnswerer;
import dev.nyx.core.browser.Screenshots;
import dev.nyx.core.captcha.CaptchaGate;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.notify.EventPublisher;
import dev.nyx.core.pipeline.EffortPlanner;
import dev.nyx.core.pipeline.Recovery;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.qa.FormQa;
import dev.nyx.core.qa.LlmReviewer;
import dev.nyx.spi.WebClient;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.JobPostStore;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The services every pipeline step uses, injected once. Immutable and thread-safe (every part is).
 * Public only for wiring.
 */
public final class PipelineParts {
    final NyxConfig config;
    final Clock clock;
    final ApplicationStore applications;
    final JobPostStore postings;
    final EventPublisher events;
    final PluginGuard guard;
    final AdapterResolver resolver;
    final Dedupe dedupe;
    final EffortPlanner planner;
    final FormAnswerer answerer;
    final Recovery recovery;
    final Screenshots screenshots;
    final WebClient web;
    final InFlightPostings inFlight;
    final CaptchaGate captchaGate;
    final FormQa qa;
    final LlmReviewer reviewer;

    @Inject
    public PipelineParts(NyxConfig config, Clock clock, ApplicationStore applications, JobPostStore postings,
                         EventPublisher events, PluginGuard guard, AdapterResolver resolver, Dedupe dedupe,
                         EffortPlanner planner, FormAnswerer answerer, Recovery recovery, Screenshots screenshots,
                         WebClient web,
                         InFlightPostings inFlight, CaptchaGate captchaGate, FormQa qa,
                         LlmReviewer reviewer) {
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.applications = requireNonNull(applications, "applications is null");
        this.postings = requireNonNull(postings, "postings is null");
        this.events = requireNonNull(events, "events is null");
        this.guard = requireNonNull(guard, "guard is null");
        this.resolver = requireNonNull(resolver, "resolver is null");
        this.dedupe = requireNonNull(dedupe, "dedupe is null");
        this.planner = requireNonNull(planner, "planner is null");
        this.answerer = requireNonNull(answerer, "answerer is null");
        this.recovery = requireNonNull(recovery, "recovery is null");
        this.screenshots = requireNonNull(screenshots, "screenshots is null");
        this.web = requireNonNull(web, "web is null");
        this.inFlight = requireNonNull(inFlight, "inFlight is null");
        this.captchaGate = requireNonNull(captchaGate, "captchaGate is null");
        this.qa = requireNonNull(qa, "qa is null");
        this.reviewer = requireNonNull(reviewer, "reviewer is null");
    }

    /** The adapter resolver (also used before a browser is opened). */
    public AdapterResolver resolver() {
        return resolver;
    }

    public Clock clock() {
        return clock;
    }
}
