package dev.nyx.ats.workday.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.nyx.spi.ApplyContext;

/**
 * STUB of helper A2's step filler (contract 5), only so that the wizard flow compiles on branch wd-flow: it fills
 * nothing. The real class (branch wd-steps) replaces this file when merged; drop this one then.
 */
public final class WorkdayStepForm {
    private WorkdayStepForm() {
    }

    /** STUB: fills nothing. */
    public static Object fill(Page page, Locator container, String stepKey, ApplyContext context) {
        return null;
    }
}
