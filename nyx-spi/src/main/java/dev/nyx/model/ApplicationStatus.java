package dev.nyx.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. Transitions are checked: {@link #canMoveTo(ApplicationStatus)}.
 * {@link #NEEDS_VERIFICATION} means a crash happened while {@link #SUBMITTING}: the form may or
 * may not have been sent, so nothing re-submits it without a person.
 */
public enum ApplicationStatus {
    DISCOVERED,
    FETCHED,
    MATCHED,
    SKIPPED,
    AWAITING_APPROVAL,
    APPROVED,
    REJECTED,
    ANSWERING,
    NEEDS_INPUT,
    FILLING,
    AWAITING_CAPTCHA,
    SUBMITTING,
    SUBMITTED,
    FAILED,
    NEEDS_VERIFICATION,
    INTERVIEW,
    OFFER,
    DECLINED;

    /** Whether an application in this status has nothing left for the pipeline to do. */
    public boolean isTerminal() {
        return switch (this) {
            case SKIPPED, REJECTED, SUBMITTED, FAILED, INTERVIEW, OFFER, DECLINED -> true;
            default -> false;
        };
    }

    /** Whether the pipeline may move an application from this status to {@code next}. */
    public boolean canMoveTo(ApplicationStatus next) {
        return allowedNext().contains(next);
    }

    /** The statuses reachable in one step. */
    public Set<ApplicationStatus> allowedNext() {
        return switch (this) {
            case DISCOVERED -> EnumSet.of(FETCHED, FAILED);
            case FETCHED -> EnumSet.of(MATCHED, SKIPPED, FAILED);
            case MATCHED -> EnumSet.of(SKIPPED, AWAITING_APPROVAL, APPROVED, ANSWERING, FAILED);
            case AWAITING_APPROVAL -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(ANSWERING, FAILED);
            case ANSWERING -> EnumSet.of(NEEDS_INPUT, FILLING, FAILED);
            case NEEDS_INPUT -> EnumSet.of(ANSWERING, FAILED, REJECTED);
            case FILLING -> EnumSet.of(AWAITING_CAPTCHA, SUBMITTING, NEEDS_INPUT, FAILED);
            case AWAITING_CAPTCHA -> EnumSet.of(FILLING, SUBMITTING, NEEDS_INPUT, FAILED);
            case SUBMITTING -> EnumSet.of(SUBMITTED, FAILED, NEEDS_VERIFICATION);
            case NEEDS_VERIFICATION -> EnumSet.of(SUBMITTED, FAILED);
            case FAILED -> EnumSet.of(DISCOVERED);
            case SUBMITTED -> EnumSet.of(INTERVIEW, DECLINED);
            case INTERVIEW -> EnumSet.of(OFFER, DECLINED);
            case OFFER -> EnumSet.of(DECLINED);
            case SKIPPED, REJECTED, DECLINED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }
}
