package dev.nyx.testkit.captcha;

import dev.nyx.model.CaptchaKind;

/**
 * The three services speaking the createTask / getTaskResult protocol, with the task type names
 * each accepts (ATS-NOTES 5.4).
 */
public enum ServiceDialect {
    /** 2Captcha API v2 ({@code api.2captcha.com}): numeric task ids, cost in the result. */
    TWO_CAPTCHA("RecaptchaV2TaskProxyless", "RecaptchaV2EnterpriseTaskProxyless", "RecaptchaV3TaskProxyless",
            "HCaptchaTaskProxyless", "TurnstileTaskProxyless"),
    /** CapSolver: uuid task ids, status {@code idle} on create, capital L in the type names, no cost. */
    CAPSOLVER("ReCaptchaV2TaskProxyLess", "ReCaptchaV2EnterpriseTaskProxyLess", "ReCaptchaV3TaskProxyLess",
            "HCaptchaTaskProxyLess", "AntiTurnstileTaskProxyLess"),
    /** Anti-Captcha: numeric task ids, cost and timing fields in the result. */
    ANTI_CAPTCHA("RecaptchaV2TaskProxyless", "RecaptchaV2EnterpriseTaskProxyless", "RecaptchaV3TaskProxyless",
            "HCaptchaTaskProxyless", "TurnstileTaskProxyless");

    private final String recaptchaV2;
    private final String recaptchaV2Enterprise;
    private final String recaptchaV3;
    private final String hcaptcha;
    private final String turnstile;

    ServiceDialect(String recaptchaV2, String recaptchaV2Enterprise, String recaptchaV3, String hcaptcha,
                   String turnstile) {
        this.recaptchaV2 = recaptchaV2;
        this.recaptchaV2Enterprise = recaptchaV2Enterprise;
        this.recaptchaV3 = recaptchaV3;
        this.hcaptcha = hcaptcha;
        this.turnstile = turnstile;
    }

    /** The task type this service expects for a widget. */
    public String taskType(CaptchaKind kind, boolean enterprise) {
        return switch (kind) {
            case RECAPTCHA_V2 -> enterprise ? recaptchaV2Enterprise : recaptchaV2;
            case RECAPTCHA_V3 -> recaptchaV3;
            case HCAPTCHA -> hcaptcha;
            case TURNSTILE -> turnstile;
        };
    }

    /** The widget a task type names, or null when this service does not know the type. */
    CaptchaKind kindOf(String taskType) {
        for (CaptchaKind kind : CaptchaKind.values()) {
            if (taskType(kind, false).equals(taskType) || taskType(kind, true).equals(taskType)) {
                return kind;
            }
        }
        // Anti-Captcha still accepts the old name
        return this == ANTI_CAPTCHA && "NoCaptchaTaskProxyless".equals(taskType) ? CaptchaKind.RECAPTCHA_V2 : null;
    }
}
