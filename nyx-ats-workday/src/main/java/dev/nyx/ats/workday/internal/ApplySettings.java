package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The adapter's settings for applying (see the adapter's class comment).
 *
 * @param mode                how to start in the "Start Your Application" dialog
 * @param verificationSender  the domain Workday's verification emails come from ({@code myworkday.com})
 * @param verificationTimeout how long to wait for that email
 * @param reloadPause         the pause before reloading a page that said "Something went wrong"
 * @param loads               how many times such a page is loaded in all before giving up
 */
public record ApplySettings(ApplyMode mode, String verificationSender, Duration verificationTimeout,
                            Duration reloadPause, int loads) {
    public ApplySettings {
        requireNonNull(mode, "mode is null");
        requireNonNull(verificationSender, "verificationSender is null");
        requireNonNull(verificationTimeout, "verificationTimeout is null");
        requireNonNull(reloadPause, "reloadPause is null");
        if (loads < 1) {
            throw new IllegalArgumentException("loads must be at least 1");
        }
    }
}
