package dev.nyx.testkit.greenhouse.internal;

import dev.nyx.testkit.ReplicaResponse;
import java.util.Map;
import java.util.Set;

/** Serves the replicas' scripts and style sheets. Stateless. */
public final class Assets {
    private static final Set<String> SERVED = Set.of("classic.js", "classic.css", "job-boards.js", "job-boards.css");

    private Assets() {
    }

    public static ReplicaResponse serve(String name) {
        if (!SERVED.contains(name)) {
            return BoardPages.notFound("No asset " + name + ".");
        }
        String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        return new ReplicaResponse(200, Map.of("Content-Type", type, "Cache-Control", "no-store"),
                Templates.bytes(name));
    }
}
