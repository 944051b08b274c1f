package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds reCAPTCHA v2 (checkbox, invisible), reCAPTCHA v3 / Enterprise, hCaptcha and Turnstile on a
 * page and in all its frames, in the order of ATS-NOTES 5.1 (hCaptcha, Turnstile, v3, v2).
 *
 * <p>Called by the CAPTCHA gate (before submit, and again when a challenge appears after the
 * click) and by adapters. Stateless and thread-safe, but a Playwright {@link Page} must only be
 * used from one thread at a time. Each challenge's {@code pageUrl} is the URL of the frame holding
 * the widget (the origin the site key is bound to). A frame that goes away while it is read is
 * skipped. The v3 action is read from page code ({@code execute(key, {action: '...'})}) when present.
 */
public final class CaptchaDetector {
    private static final Logger LOG = LoggerFactory.getLogger(CaptchaDetector.class);

    /** Finds every CAPTCHA on the page and in its frames; empty when there is none. */
    public List<CaptchaChallenge> detect(Page page) {
        requireNonNull(page, "page is null");
        List<CaptchaChallenge> challenges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Frame frame : page.frames()) {
            for (Map<String, Object> widget : widgetsIn(frame)) {
                CaptchaKind kind = CaptchaKind.valueOf((String) widget.get("kind"));
                String siteKey = (String) widget.get("siteKey");
                if (!seen.add(kind + "|" + siteKey)) {
                    continue;
                }
                String action = (String) widget.get("action");
                challenges.add(new CaptchaChallenge(kind, siteKey, URI.create(frame.url()),
                        action == null || action.isEmpty() ? Optional.empty() : Optional.of(action),
                        Boolean.TRUE.equals(widget.get("enterprise")), Boolean.TRUE.equals(widget.get("invisible")),
                        Optional.empty()));
            }
        }
        LOG.debug("found {} CAPTCHA widget(s) on {}", challenges.size(), page.url());
        return List.copyOf(challenges);
    }

    /**
     * Like {@link #detect(Page)}, and when anything is found, saves a full-page screenshot to
     * {@code screenshotFile} and attaches it to every challenge (for human hand-off).
     *
     * @throws NyxException {@link ErrorCode#STORAGE_FAILURE} when the screenshot cannot be written
     */
    public List<CaptchaChallenge> detect(Page page, Path screenshotFile) {
        requireNonNull(screenshotFile, "screenshotFile is null");
        List<CaptchaChallenge> challenges = detect(page);
        if (challenges.isEmpty()) {
            return challenges;
        }
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshotFile).setFullPage(true));
        } catch (PlaywrightException failed) {
            throw new NyxException(ErrorCode.STORAGE_FAILURE, "cannot save the CAPTCHA screenshot to '"
                    + screenshotFile + "': check that the folder exists and is writable", failed);
        }
        return challenges.stream()
                .map(challenge -> new CaptchaChallenge(challenge.kind(), challenge.siteKey(), challenge.pageUrl(),
                        challenge.action(), challenge.enterprise(), challenge.invisible(), Optional.of(screenshotFile)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> widgetsIn(Frame frame) {
        if (frame.isDetached() || !frame.url().startsWith("http")) {
            return List.of();
        }
        try {
            Object result = frame.evaluate(CaptchaScripts.DETECT);
            return result instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        } catch (PlaywrightException frameGone) {
            // frames come and go (widgets reload their iframes): what is gone holds no widget
            LOG.debug("skipped frame {} while looking for CAPTCHAs: {}", frame.url(), frameGone.getMessage());
            return List.of();
        }
    }
}
