/**
 * The browser: one browser context per application, created and disposed by
 * {@link dev.nyx.core.browser.Browsers}, and evidence screenshots ({@link dev.nyx.core.browser.Screenshots}).
 * Implementations live in {@code dev.nyx.core.browser.internal}.
 */
package dev.nyx.core.browser;
