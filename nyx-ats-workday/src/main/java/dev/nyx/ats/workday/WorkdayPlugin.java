package dev.nyx.ats.workday;

import org.pf4j.Plugin;

/**
 * The Workday plugin: one {@link WorkdayAdapter}. It needs no start or stop work of its own (the host owns the
 * browser and the HTTP client), so this class only marks the plugin for PF4J. PF4J creates it once per
 * plugin manager; thread-safe (stateless).
 */
public class WorkdayPlugin extends Plugin {
}
