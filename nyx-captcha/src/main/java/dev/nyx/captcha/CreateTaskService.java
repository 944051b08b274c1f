package dev.nyx.captcha;

import dev.nyx.model.CaptchaKind;

/**
 * The services speaking the createTask / getTaskResult protocol, with their names, default base
 * URLs, environment variables and task type names (ATS-NOTES 5.4).
 */
public enum CreateTaskService {
    TWO_CAPTCHA("2captcha", "https://api.2captcha.com", "Proxyless"),
    CAPSOLVER("capsolver", "https://api.capsolver.com", "ProxyLess"),
    ANTI_CAPTCHA("anticaptcha", "https://api.anti-captcha.com", "Proxyless");

    private final String serviceName;
    private final String defaultUrl;
    private final String proxylessSuffix;

    CreateTaskService(String serviceName, String defaultUrl, String proxylessSuffix) {
        this.serviceName = serviceName;
        this.defaultUrl = defaultUrl;
        this.proxylessSuffix = proxylessSuffix;
    }

    /** The solver name and settings prefix: {@code 2captcha}, {@code capsolver}, {@code anticaptcha}. */
    public String serviceName() {
        return serviceName;
    }

    public String defaultUrl() {
        return defaultUrl;
    }

    /** The task type for a widget, e.g. {@code ReCaptchaV2TaskProxyLess} at CapSolver. */
    public String taskType(CaptchaKind kind, boolean enterprise) {
        String recaptcha = this == CAPSOLVER ? "ReCaptcha" : "Recaptcha";
        return switch (kind) {
            case RECAPTCHA_V2 -> recaptcha + "V2" + (enterprise ? "Enterprise" : "") + "Task" + proxylessSuffix;
            case RECAPTCHA_V3 -> recaptcha + "V3Task" + proxylessSuffix;
            case HCAPTCHA -> "HCaptchaTask" + proxylessSuffix;
            case TURNSTILE -> (this == CAPSOLVER ? "AntiTurnstileTask" : "TurnstileTask") + proxylessSuffix;
        };
    }
}
