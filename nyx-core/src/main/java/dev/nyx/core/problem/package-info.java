/**
 * What is wrong with an input: {@link dev.nyx.core.problem.Problem} (path, line, column, message) and
 * {@link dev.nyx.core.problem.ValidationException}, which reports every problem of one file at once.
 * Thrown by the profile, configuration and policy loaders; hosts catch it to show the problems.
 * A leaf: depends only on the SPI's {@code NyxException}, so every area may use it without a cycle.
 */
package dev.nyx.core.problem;
