package dev.nyx.spi;

import dev.nyx.model.Event;
import org.pf4j.ExtensionPoint;

/**
 * Receives every event once it is stored (application steps, session progress).
 *
 * <p>Called by the core's event publisher, one event at a time per notifier, from a Nyx
 * worker thread, behind a guard with a time-out: a notifier that throws or hangs is logged
 * and skipped, and never stops an application. Implementations must be thread-safe.
 */
public interface Notifier extends ExtensionPoint {

    /** A short name for logs and errors. */
    String name();

    /** Handles one stored event. Events carry no secrets; do not add any. */
    void onEvent(Event event);
}
