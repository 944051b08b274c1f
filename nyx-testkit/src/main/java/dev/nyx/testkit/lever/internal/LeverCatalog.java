package dev.nyx.testkit.lever.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.lever.LeverPosting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The postings the Lever replicas serve, by site and id. Postings may be replaced (closed, added) while
 * the server runs; thread-safe.
 */
public final class LeverCatalog {
    private final Map<String, LeverPosting> byId;

    public LeverCatalog(List<LeverPosting> postings) {
        requireNonNull(postings, "postings is null");
        this.byId = new ConcurrentHashMap<>(postings.stream().collect(Collectors.toMap(LeverPosting::id,
                Function.identity(), (first, second) -> first)));
    }

    /** The posting with this id on this site, open or closed. */
    public Optional<LeverPosting> find(String site, String id) {
        return Optional.ofNullable(byId.get(id)).filter(posting -> posting.site().equals(site));
    }

    /** Whether any posting (open or closed) belongs to this site. */
    public boolean hasSite(String site) {
        return byId.values().stream().anyMatch(posting -> posting.site().equals(site));
    }

    /** The site's open postings, in a stable order (by id). */
    public List<LeverPosting> open(String site) {
        return byId.values().stream().filter(posting -> posting.site().equals(site) && posting.open())
                .sorted(java.util.Comparator.comparing(LeverPosting::id)).toList();
    }

    /** Adds or replaces a posting. */
    public void put(LeverPosting posting) {
        byId.put(posting.id(), requireNonNull(posting, "posting is null"));
    }

    public List<LeverPosting> all() {
        return List.copyOf(byId.values());
    }
}
