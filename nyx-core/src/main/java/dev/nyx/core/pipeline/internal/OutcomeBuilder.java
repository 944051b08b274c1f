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

/** Collects what one application run learns, for its {@link ApplyOutcome}. One per run; not thread-safe. */
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
                Optional.ofNullable(reason), Optional.ofNullable(duplicateOf), Optional.ofNullable(confirmation),
                Optional.ofNullable(screenshot), Duration.between(started, clock.instant()), Optional.ofNullable(match));
    }
}
