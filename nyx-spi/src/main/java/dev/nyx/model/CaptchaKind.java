package dev.nyx.model;

/** The CAPTCHA widgets Nyx recognises. */
public enum CaptchaKind {
    RECAPTCHA_V2, RECAPTCHA_V3, HCAPTCHA, TURNSTILE
}
