package dev.nyx.ats.lever;

import org.pf4j.Plugin;

/**
 * The Lever plugin: one {@link LeverAdapter}. It needs no start or stop work of its own (the host owns the
 * browser and the HTTP client), so this class only marks the plugin for PF4J. PF4J creates it once per
 * plugin manager; thread-safe (stateless).
 */
public class LeverPlugin extends Plugin {
}
