package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A CAPTCHA found on a page, as a solver needs it.
 *
 * @param kind        the widget
 * @param siteKey     the widget's public site key
 * @param pageUrl     the page it guards
 * @param action      reCAPTCHA v3 / Turnstile action, if any
 * @param enterprise  reCAPTCHA Enterprise
 * @param invisible   invisible reCAPTCHA v2
 * @param screenshot  a screenshot of the page, for human hand-off
 */
public record CaptchaChallenge(CaptchaKind kind, String siteKey, URI pageUrl, Optional<String> action,
                               boolean enterprise, boolean invisible, Optional<Path> screenshot) {
    public CaptchaChallenge {
        requireNonNull(kind, "kind is null");
        requireNonNull(siteKey, "siteKey is null");
        requireNonNull(pageUrl, "pageUrl is null");
        requireNonNull(action, "action is null");
        requireNonNull(screenshot, "screenshot is null");
    }
}
