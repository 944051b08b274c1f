/**
 * The service provider interface: what plugins implement ({@link dev.nyx.spi.AtsAdapter},
 * {@link dev.nyx.spi.CaptchaSolver}, {@link dev.nyx.spi.Notifier}, {@link dev.nyx.spi.MatchScorer}) and what
 * the host hands them ({@link dev.nyx.spi.ApplyContext}, {@link dev.nyx.spi.ExtensionContext}), plus the
 * one exception type, {@link dev.nyx.spi.NyxException}. It depends only on {@code dev.nyx.model},
 * the JDK, PF4J's {@code ExtensionPoint} and Playwright, and evolves by adding default methods.
 */
package dev.nyx.spi;
