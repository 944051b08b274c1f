package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The faults a {@link ReplicaServer} currently applies. Tests add and clear faults while the
 * server serves requests on other threads: all methods are thread-safe, and a one-shot fault
 * fires for exactly one request even under concurrency.
 */
public final class FaultInjector {
    private final List<Fault> active = new ArrayList<>();
    private final List<Fault> fired = new ArrayList<>();

    /** Adds a fault; faults apply in the order they were added. */
    public synchronized void inject(Fault fault) {
        active.add(requireNonNull(fault, "fault is null"));
    }

    /** Removes all faults (the record of fired faults stays). */
    public synchronized void clear() {
        active.clear();
    }

    /** The faults still active. */
    public synchronized List<Fault> active() {
        return List.copyOf(active);
    }

    /** Every fault application so far, in order, so tests can observe that a fault was hit. */
    public synchronized List<Fault> fired() {
        return List.copyOf(fired);
    }

    /**
     * Returns the faults that apply to a request, in order, up to and including the first one that
     * answers in place of the site (a status or redirect); later faults wait for the next request.
     * One-shot faults among those returned are retired. Called by the server once per request.
     */
    public synchronized List<Fault> take(String method, String path) {
        List<Fault> matching = new ArrayList<>();
        for (Fault fault : List.copyOf(active)) {
            if (!fault.matches(method, path)) {
                continue;
            }
            matching.add(fault);
            if (fault.oneShot()) {
                active.remove(fault);
            }
            if (fault.kind() == FaultKind.STATUS || fault.kind() == FaultKind.REDIRECT) {
                break;
            }
        }
        fired.addAll(matching);
        return matching;
    }
}
