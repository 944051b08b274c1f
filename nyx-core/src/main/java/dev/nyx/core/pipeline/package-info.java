/**
 * The apply pipeline: {@link dev.nyx.core.pipeline.ApplyPipeline} takes an
 * {@link dev.nyx.core.pipeline.ApplyRequest} to an {@link dev.nyx.core.pipeline.ApplyOutcome};
 * {@link dev.nyx.core.pipeline.Recovery} repairs what a crashed process left behind. Steps live in
 * {@code dev.nyx.core.pipeline.internal}.
 */
package dev.nyx.core.pipeline;
