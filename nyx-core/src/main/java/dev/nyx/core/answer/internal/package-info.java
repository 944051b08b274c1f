/**
 * The answer engine's rule table, option matcher and shaping helpers. Public only for wiring and
 * tests; not API.
 */
package dev.nyx.core.answer.internal;
