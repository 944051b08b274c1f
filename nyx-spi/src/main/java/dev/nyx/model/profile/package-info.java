/**
 * The candidate profile: a JSON Resume document plus Nyx's own {@code nyx} section. Immutable,
 * self-validating records that depend only on the JDK and {@link dev.nyx.model}; load one with
 * {@code dev.nyx.core.profile.ProfileLoader}.
 */
package dev.nyx.model.profile;
