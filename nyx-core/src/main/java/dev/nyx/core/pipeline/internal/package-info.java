/**
 * The apply pipeline's steps and its {@code ApplyContext}/{@code WebClient} implementations. The
 * steps ({@code ApplicationRun}, {@code FormSteps}, {@code PlanStep}, {@code QaStep},
 * {@code CaptchaStep}, {@code Dedupe}) are shared singletons that Guice builds with the
 * collaborators each one uses; what one application carries travels from step to step in an
 * {@code Attempt} and, once the application is stored, a {@code RecordedAttempt}.
 * Public only for wiring; not API: use {@link dev.nyx.core.pipeline.ApplyPipeline}.
 */
package dev.nyx.core.pipeline.internal;
