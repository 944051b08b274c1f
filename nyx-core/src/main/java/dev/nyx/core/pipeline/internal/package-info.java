/**
 * The apply pipeline's steps and its {@code ApplyContext}/{@code WebClient} implementations.
 * Public only for wiring; not API: use {@link dev.nyx.core.pipeline.ApplyPipeline}.
 */
package dev.nyx.core.pipeline.internal;
