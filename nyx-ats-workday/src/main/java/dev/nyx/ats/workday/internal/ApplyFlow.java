package dev.nyx.ats.workday.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One application's way through a tenant's apply pages up to Review (ATS-NOTES 3.3): opens {@code {posting}/apply},
 * chooses the apply mode in the "Start Your Application" dialog, lets {@link CandidateSignIn} sign in or register,
 * then for each step: recognises it by its page container ({@link WizardScreen}), has {@link WorkdayStepForm} fill
 * it and presses "Save and Continue" once ({@link StepSave}). It reacts to what each page shows rather than to an
 * expected order: "Something went wrong" is reloaded ({@link ApplySettings#loads()} loads in all, then
 * {@link ErrorCode#NETWORK}); the sign-in page showing again after the wizard began (a session time-out), or a save
 * refused as expired, signs in again once with the stored account and goes on from the step then shown (a second
 * time is {@link ErrorCode#TIMEOUT}); a step it does not know fails with its title and a screenshot, never a blind
 * "Next". Stops at Review: {@link ReviewSubmit} submits.
 *
 * <p>Not thread-safe: one instance per {@code fill} call.
 */
public final class ApplyFlow {
    private static final int MAX_SCREENS = 40;
    private static final Pattern AUTOFILL_STEP = Pattern.compile("(?i)autofill");

    private final Page page;
    private final ApplyContext context;
    private final ApplySettings settings;
    private final WorkdayUrl posting;
    private final CandidateSignIn account;
    private final Map<String, Integer> visits = new HashMap<>();
    private boolean wizardStarted;
    private boolean renewedSession;
    private int failedLoads;

    public ApplyFlow(ApplyContext context, ApplySettings settings, WorkdayUrl posting) {
        this.context = requireNonNull(context, "context is null");
        this.page = context.page();
        this.settings = requireNonNull(settings, "settings is null");
        this.posting = requireNonNull(posting, "posting is null");
        this.account = new CandidateSignIn(page, context, settings, posting.host());
    }

    /** The posting's apply page: {@code {posting}/apply}. */
    public URI applyUrl() {
        return URI.create(posting.pageUrl() + "/apply");
    }

    /** Goes through the wizard up to Review; returns at once when this posting's Review already shows. */
    public void fill() {
        if (onReview()) {
            return; // filled already (QA's corrections have nothing to type on Review)
        }
        navigate(applyUrl());
        for (int screens = 0; screens < MAX_SCREENS; screens++) {
            WizardScreen screen = WizardScreen.await(page, context.clock(), context.stepTimeout());
            if (screen.kind() != WizardScreen.Kind.WENT_WRONG) {
                failedLoads = 0;
            }
            switch (screen.kind()) {
                case WENT_WRONG -> reload();
                case POSTING -> WorkdayClicks.press(page, page.locator("[data-automation-id=adventureButton]:visible")
                        .first(), "Apply", context.stepTimeout());
                case DIALOG -> chooseMode();
                case ACCOUNT -> signIn();
                case UNKNOWN_STEP -> unknownStep(screen);
                case STEP -> {
                    if (screen.step().orElseThrow() == WizardStep.REVIEW) {
                        return;
                    }
                    fillAndSave(screen);
                }
                case SUBMITTED -> throw new NyxException(ErrorCode.ALREADY_SUBMITTED, "Workday shows the application"
                        + " to " + posting.pageUrl() + " as submitted already ('" + screen.title() + "'); nothing new"
                        + " was filled or submitted.");
                case LOADING -> throw new IllegalStateException("await never returns LOADING");
            }
        }
        throw new NyxException(ErrorCode.TIMEOUT, "The Workday wizard for " + posting.pageUrl() + " did not reach"
                + " Review within " + MAX_SCREENS + " pages; nothing was submitted.");
    }

    private boolean onReview() {
        WizardScreen screen = WizardScreen.read(page);
        return screen.kind() == WizardScreen.Kind.STEP && screen.step().orElseThrow() == WizardStep.REVIEW
                && page.url().contains(posting.jobId().orElseThrow());
    }

    private void chooseMode() {
        ApplyMode mode = settings.mode();
        Locator wanted = page.locator("[data-automation-id=" + mode.automationId() + "]:visible");
        if (mode != ApplyMode.MANUAL && wanted.count() == 0) {
            context.note("Workday's dialog does not offer '" + mode.setting() + "' on " + posting.host()
                    + "; applying manually.");
            mode = ApplyMode.MANUAL;
            wanted = page.locator("[data-automation-id=" + mode.automationId() + "]:visible");
        }
        WorkdayClicks.press(page, wanted.first(), mode == ApplyMode.MANUAL ? "Apply Manually" : mode.setting(),
                context.stepTimeout());
    }

    private void signIn() {
        if (wizardStarted) {
            if (renewedSession) {
                throw new NyxException(ErrorCode.TIMEOUT, "Workday's session on " + posting.host() + " expired again"
                        + " after Nyx signed in anew; nothing was submitted. Try again later.");
            }
            renewedSession = true;
            context.note("Workday's session expired mid-wizard; signing in again.");
        }
        account.enter();
    }

    private void fillAndSave(WizardScreen screen) {
        wizardStarted = true;
        WizardStep step = screen.step().orElseThrow();
        String key = stepKey(step, screen.title());
        Locator container = page.locator("[data-automation-id=\"" + screen.container() + "\"]").first();
        WorkdayStepForm.fill(page, container, key, context);
        save(screen);
    }

    /** The step's key; a second, differently titled step of the same kind (a second questionnaire) gets a suffix. */
    private String stepKey(WizardStep step, String title) {
        String name = step.key() + "|" + title;
        Integer index = visits.get(name);
        if (index == null) {
            index = (int) visits.keySet().stream().filter(seen -> seen.startsWith(step.key() + "|")).count() + 1;
            visits.put(name, index);
        }
        return index == 1 ? step.key() : step.key() + index;
    }

    private void save(WizardScreen screen) {
        StepSave.Result result = StepSave.press(page, screen, "Save and Continue", context.clock(),
                context.stepTimeout());
        if (result == StepSave.Result.SESSION_EXPIRED) {
            navigate(account.accountPage().orElse(applyUrl()));
        }
    }

    private void unknownStep(WizardScreen screen) {
        if (settings.mode() == ApplyMode.AUTOFILL && AUTOFILL_STEP.matcher(screen.title()).find()) {
            // "Autofill with Resume" comes first when chosen: the resume upload, then on
            page.locator("input[type=file]").first().setInputFiles(context.resume().path());
            save(new WizardScreen(WizardScreen.Kind.STEP, java.util.Optional.empty(), "progressBar",
                    screen.title(), screen.position()));
            return;
        }
        String shot = screenshot("workday-unknown-step");
        throw new NyxException(ErrorCode.UNSUPPORTED_SITE, "The Workday wizard on " + posting.host() + " shows a step"
                + " Nyx does not know: '" + (screen.title().isBlank() ? "(untitled)" : screen.title()) + "'"
                + (screen.position().isBlank() ? "" : " (" + screen.position() + ")") + "; nothing was filled on it"
                + " and nothing was submitted. " + shot + " Apply to this posting yourself.");
    }

    private String screenshot(String name) {
        try {
            Path folder = Files.createDirectories(context.evidenceDirectory());
            Path file = folder.resolve(name + "-" + context.clock().millis() + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return "Screenshot: " + file + ".";
        } catch (IOException | PlaywrightException e) {
            return "(No screenshot: " + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    private void reload() {
        failedLoads++;
        if (failedLoads >= settings.loads()) {
            throw new NyxException(ErrorCode.NETWORK, "The Workday page " + page.url() + " said \"Something went"
                    + " wrong\" " + failedLoads + " times; nothing was submitted. Try again later.");
        }
        page.waitForTimeout(settings.reloadPause().toMillis());
        try {
            page.reload(new Page.ReloadOptions().setTimeout(context.stepTimeout().toMillis()));
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "The Workday page " + page.url() + " could not be reloaded;"
                    + " try again later.", e);
        }
    }

    private void navigate(URI url) {
        Response response;
        try {
            response = page.navigate(url.toString(), new Page.NavigateOptions()
                    .setTimeout(context.stepTimeout().toMillis()));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new NyxException(ErrorCode.TIMEOUT, "The Workday page " + url + " did not load within "
                    + context.stepTimeout() + ".", e);
        } catch (PlaywrightException e) {
            throw new NyxException(ErrorCode.NETWORK, "The Workday page " + url + " could not be loaded; try again"
                    + " later.", e);
        }
        if (response != null && (response.status() == 404 || response.status() == 410)) {
            throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "Workday has no apply page at " + url + " (HTTP "
                    + response.status() + "); the posting was taken down.");
        }
    }
}
