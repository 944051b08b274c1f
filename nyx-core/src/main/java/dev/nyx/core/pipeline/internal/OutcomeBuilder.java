package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.model.Answer;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Confirmation;
import dev.nyx.model.TokenUsage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects what one application run learns, for its {@link ApplyOutcome}. One per run; not thread-safe,
 * except {@link #timedOut}, which the run's plugin calls may use from their threads.
 */
public final class OutcomeBuilder {
    private final String url;
    private final Clock clock;
    private final Instant started;
    private String ats;
    private Application application;
    private final List<Answer> answers = new ArrayList<>();
    private final List<String> unanswered = new ArrayList<>();
    private ApplyOutcome.Failure failure;
    private String reason;
    private Long duplicateOf;
    private Confirmation confirmation;
    private Path screenshot;
    private ApplyOutcome.MatchSummary match;
    // set by the worker, read by plugin call threads of the same run (the web client's time-outs)
    private volatile String step = "start";
    private final List<String> timeouts = new CopyOnWriteArrayList<>();

    public OutcomeBuilder(String url, Clock clock) {
        this.url = requireNonNull(url, "url is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.started = clock.instant();
    }

    public OutcomeBuilder ats(String name) {
        this.ats = name;
        return this;
    }

    public OutcomeBuilder application(Application current) {
        this.application = current;
        return this;
    }

    /** The labels of the questions left unanswered so far (the form's, then later steps'). */
    public List<String> unanswered() {
        return List.copyOf(unanswered);
    }

    public OutcomeBuilder answers(List<Answer> given, List<String> unansweredLabels) {
        answers.clear();
        answers.addAll(given);
        unanswered.clear();
        unanswered.addAll(unansweredLabels);
        return this;
    }

    public OutcomeBuilder failure(ApplyOutcome.Failure found) {
        this.failure = found;
        return this;
    }

    public OutcomeBuilder reason(String text) {
        this.reason = text;
        return this;
    }

    public OutcomeBuilder duplicateOf(long earlierId) {
        this.duplicateOf = earlierId;
        return this;
    }

    public OutcomeBuilder confirmation(Confirmation evidence) {
        this.confirmation = evidence;
        evidence.screenshot().ifPresent(this::screenshot);
        return this;
    }

    public OutcomeBuilder match(ApplyOutcome.MatchSummary planned) {
        this.match = planned;
        return this;
    }

    public OutcomeBuilder screenshot(Path file) {
        this.screenshot = file;
        return this;
    }

    /** The step the run is in now (named in the reason when something in it times out). */
    public OutcomeBuilder step(String name) {
        this.step = requireNonNull(name, "name is null");
        return this;
    }

    /** The step the run is in now. */
    public String step() {
        return step;
    }

    /**
     * Notes that something in the current step timed out and the step went on without it (an API that
     * did not answer, with the page read instead): the outcome's reason names the step, so a slow
     * application says why.
     */
    public OutcomeBuilder timedOut(String what) {
        timeouts.add(ApplyOutcome.timedOutPhrase(step) + " (" + requireNonNull(what, "what is null") + ")");
        return this;
    }

    public Optional<Application> application() {
        return Optional.ofNullable(application);
    }

    public ApplyOutcome build() {
        Optional<Application> recorded = Optional.ofNullable(application);
        Optional<ApplicationStatus> status = recorded.map(Application::status);
        return new ApplyOutcome(url, Optional.ofNullable(ats).or(() -> recorded.flatMap(Application::ats)), status,
                recorded.map(Application::id), answers, unanswered,
                recorded.map(Application::tokens).orElse(TokenUsage.NONE),
                recorded.map(Application::costUsd).orElse(BigDecimal.ZERO),
                recorded.map(Application::captchaCostUsd).orElse(BigDecimal.ZERO), Optional.ofNullable(failure),
                reason(), Optional.ofNullable(duplicateOf), Optional.ofNullable(confirmation),
                Optional.ofNullable(screenshot), Duration.between(started, clock.instant()), Optional.ofNullable(match));
    }

    /** The reason, followed by the steps that timed out and went on. */
    private Optional<String> reason() {
        if (timeouts.isEmpty()) {
            return Optional.ofNullable(reason);
        }
        String slow = String.join("; ", timeouts);
        return Optional.of(reason == null ? slow : reason + "; " + slow);
    }
}
