/**
 * Reading the YAML and JSON files people write (profile, {@code nyx.yaml}, the effort policy):
 * {@link dev.nyx.core.document.SourceDocument} keeps the line and column of every path,
 * {@link dev.nyx.core.document.Node} reads typed values and records a
 * {@link dev.nyx.core.problem.Problem} for each wrong one, {@link dev.nyx.core.document.Problems}
 * collects them into one {@link dev.nyx.core.problem.ValidationException}; plus the checks those
 * readers share ({@link dev.nyx.core.document.Formats}, {@link dev.nyx.core.document.Durations},
 * {@link dev.nyx.core.document.Suggestions} for "did you mean").
 *
 * <p>Shared by {@code dev.nyx.core.config}, {@code dev.nyx.core.profile} and {@code dev.nyx.core.plan},
 * so it is not any one area's {@code internal}; it is not API for hosts either and may change.
 * Depends only on Jackson and {@code dev.nyx.core.problem}.
 */
package dev.nyx.core.document;
