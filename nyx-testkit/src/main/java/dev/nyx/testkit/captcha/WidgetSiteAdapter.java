package dev.nyx.testkit.captcha;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Confirmation;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.CaptchaDetector;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small {@link AtsAdapter} for the {@link CaptchaWidgetSite}'s forms ({@code <mount>/form/{slug}}),
 * so pipeline tests can apply through each CAPTCHA widget. The form has one question ("Full name").
 * {@link #submit} clicks once; when the page neither confirms nor errs but still shows the form with a
 * CAPTCHA (the invisible reCAPTCHA holds the click back), it asks {@link ApplyContext#passCaptchas()}
 * and waits for the widget's callback to submit. It never clicks twice. Counts its clicks.
 *
 * <p>Thread-safe: stateless apart from the click counter.
 */
public final class WidgetSiteAdapter implements AtsAdapter {
    /** The adapter's name, and the ATS part of its posting keys. */
    public static final String NAME = "captcha-widgets";
    // how long the page may stay on the form after the click before it counts as held back
    private static final long SETTLE_MILLIS = 1500;

    private final String mountPath;
    private final AtomicInteger clicks = new AtomicInteger();

    /** @param mountPath where the {@link CaptchaWidgetSite} is mounted, e.g. {@code /captcha} */
    public WidgetSiteAdapter(String mountPath) {
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
    }

    /** How often submit was clicked, over all applications. */
    public int clicks() {
        return clicks.get();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(URI url) {
        return url.getPath() != null && url.getPath().startsWith(mountPath + "/form/");
    }

    @Override
    public JobPosting fetchPosting(URI url, PageContext context) {
        Page page = context.page();
        page.navigate(url.toString(), new Page.NavigateOptions().setTimeout(context.stepTimeout().toMillis()));
        if (page.locator("form#application").count() == 0) {
            throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "No widget form at '" + url + "': check the slug");
        }
        String slug = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        return new JobPosting(PostingKey.of(NAME, slug), url, NAME, "Widget tester (" + slug + ")", "Replica Widgets",
                Optional.empty(), "", Optional.empty(), Optional.of("en"),
                new FormSchema(List.of(Question.of("full_name", "Full name", QuestionType.SHORT_TEXT, true))));
    }

    @Override
    public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
        answers.forQuestion("full_name").ifPresent(answer -> context.page().fill("#full_name", answer.value()));
    }

    @Override
    public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
        return Map.of("full_name", List.of(context.page().inputValue("#full_name")));
    }

    @Override
    public Confirmation submit(JobPosting posting, ApplyContext context) {
        Page page = context.page();
        clicks.incrementAndGet();
        page.click("#submit_button", new Page.ClickOptions().setTimeout(context.stepTimeout().toMillis()));
        Optional<Confirmation> done = awaitOutcome(page, Math.min(SETTLE_MILLIS, context.stepTimeout().toMillis()));
        if (done.isPresent()) {
            return done.get();
        }
        if (page.locator("form#application").count() == 0 || new CaptchaDetector().detect(page).isEmpty()) {
            return awaitOutcome(page, context.stepTimeout().toMillis()).orElseThrow(() -> unknown(page));
        }
        // still the form, with a CAPTCHA: the click was held back for it; the callback submits
        context.note("The submit click brought up a CAPTCHA");
        context.passCaptchas().orThrow();
        return awaitOutcome(page, context.stepTimeout().toMillis()).orElseThrow(() -> unknown(page));
    }

    private static Optional<Confirmation> awaitOutcome(Page page, long timeoutMillis) {
        try {
            page.waitForCondition(() -> settled(page), new Page.WaitForConditionOptions().setTimeout(timeoutMillis));
        } catch (TimeoutError stillOnTheForm) {
            return Optional.empty();
        }
        if (page.locator("#error").count() > 0) {
            throw new NyxException(ErrorCode.FORM_REJECTED, "The site refused the form: "
                    + page.locator("#error").innerText());
        }
        return Optional.of(new Confirmation(URI.create(page.url()), page.locator("#confirmation").innerText(),
                Optional.empty()));
    }

    private static boolean settled(Page page) {
        try {
            return page.locator("#confirmation").count() > 0 || page.locator("#error").count() > 0;
        } catch (PlaywrightException navigating) {
            return false;
        }
    }

    private static NyxException unknown(Page page) {
        return new NyxException(ErrorCode.TIMEOUT, "After submitting on " + page.url() + " neither a confirmation"
                + " nor an error appeared: whether the application arrived is unknown");
    }
}
