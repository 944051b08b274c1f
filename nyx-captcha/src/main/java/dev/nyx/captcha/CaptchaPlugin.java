package dev.nyx.captcha;

import org.pf4j.Plugin;

/**
 * The nyx-captcha plugin: {@link TwoCaptchaSolver}, {@link CapSolverSolver}, {@link AntiCaptchaSolver},
 * {@link TwoCaptchaClassicSolver} and {@link TelegramHandoffSolver}. The solvers need no start or
 * stop work, so this class only marks the plugin for PF4J; thread-safe (stateless).
 */
public class CaptchaPlugin extends Plugin {
    /** The plugin's id: its settings live under {@code plugins.settings.captcha} (and {@code NYX_PLUGINS_CAPTCHA_*}). */
    public static final String ID = "captcha";
}
