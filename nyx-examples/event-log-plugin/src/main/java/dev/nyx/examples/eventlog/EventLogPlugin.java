package dev.nyx.examples.eventlog;

import org.pf4j.Plugin;

/**
 * The event-log plugin: one {@link JsonLinesNotifier}. It needs no start or stop work of its own
 * (the notifier opens its file lazily and flushes every line), so this class only marks the
 * plugin for PF4J. PF4J creates it once per plugin manager; thread-safe (stateless).
 */
public class EventLogPlugin extends Plugin {
}
