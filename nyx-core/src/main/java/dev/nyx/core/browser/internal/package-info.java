/**
 * Wiring behind {@link dev.nyx.core.browser.Browsers}: Playwright workers, browser discovery,
 * context settings and the request guard. Public only for assembly; not API.
 */
package dev.nyx.core.browser.internal;
