/**
 * Form-filling helpers for adapter authors: {@link dev.nyx.spi.support.FormFiller} (find by label,
 * fill text, choose options in native selects, select2, react-select, ARIA listboxes and groups,
 * type-aheads, checkboxes, uploads, waits, read-back) and {@link dev.nyx.spi.support.FuzzyText} (the
 * fuzzy matching behind them). Depends only on {@code dev.nyx.spi}, {@code dev.nyx.model}, Playwright,
 * SLF4J and the JDK, so plugins may use it.
 */
package dev.nyx.spi.support;
