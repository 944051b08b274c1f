package dev.nyx.testkit.captcha;

import dev.nyx.model.CaptchaKind;
import java.util.Arrays;
import java.util.Optional;

/** The replica widgets {@link CaptchaWidgetSite} serves, each with its form path slug, site key and response field. */
public enum WidgetKind {
    RECAPTCHA_V2_CHECKBOX("recaptcha-v2-checkbox", CaptchaKind.RECAPTCHA_V2, "6LcReplicaV2CheckboxKey000000000000000AA",
            "g-recaptcha-response"),
    RECAPTCHA_V2_INVISIBLE("recaptcha-v2-invisible", CaptchaKind.RECAPTCHA_V2,
            "6LcReplicaV2InvisibleKey00000000000000AA", "g-recaptcha-response"),
    RECAPTCHA_V3("recaptcha-v3", CaptchaKind.RECAPTCHA_V3, "6LcReplicaV3ScoreKey0000000000000000000AA",
            "g-recaptcha-response"),
    RECAPTCHA_V3_ENTERPRISE("recaptcha-v3-enterprise", CaptchaKind.RECAPTCHA_V3,
            "6LcReplicaV3EnterpriseKey00000000000000A", "g-recaptcha-response"),
    HCAPTCHA("hcaptcha", CaptchaKind.HCAPTCHA, "10000000-ffff-ffff-ffff-0000000replica", "h-captcha-response"),
    TURNSTILE("turnstile", CaptchaKind.TURNSTILE, "0x4AAAAAAAReplicaTurnstileKey", "cf-turnstile-response");

    private final String slug;
    private final CaptchaKind kind;
    private final String siteKey;
    private final String responseField;

    WidgetKind(String slug, CaptchaKind kind, String siteKey, String responseField) {
        this.slug = slug;
        this.kind = kind;
        this.siteKey = siteKey;
        this.responseField = responseField;
    }

    /** The path segment of its pages: {@code /form/{slug}}, {@code /embed/{slug}}, {@code /submit/{slug}}. */
    public String slug() {
        return slug;
    }

    public CaptchaKind kind() {
        return kind;
    }

    public String siteKey() {
        return siteKey;
    }

    /** The form field the server reads the token from. */
    public String responseField() {
        return responseField;
    }

    /** Whether the widget is the invisible reCAPTCHA v2. */
    public boolean invisible() {
        return this == RECAPTCHA_V2_INVISIBLE;
    }

    /** Whether the widget is reCAPTCHA Enterprise (served from {@code enterprise.js}). */
    public boolean enterprise() {
        return this == RECAPTCHA_V3_ENTERPRISE;
    }

    static Optional<WidgetKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
