package dev.nyx.testkit.greenhouse.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.greenhouse.GreenhousePosting;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The postings the Greenhouse sites serve, and the boards that exist (a board may have no posting).
 * Tests may publish and withdraw postings while the sites run. Thread-safe.
 */
public final class Catalog {
    private final List<GreenhousePosting> postings;
    private final Set<String> boards = ConcurrentHashMap.newKeySet();

    public Catalog(List<GreenhousePosting> postings) {
        this.postings = new CopyOnWriteArrayList<>(requireNonNull(postings, "postings is null"));
        postings.forEach(posting -> boards.add(posting.boardToken()));
    }

    public Optional<GreenhousePosting> find(String boardToken, String postId) {
        return postings.stream()
                .filter(posting -> posting.boardToken().equals(boardToken) && posting.postingId().equals(postId))
                .findFirst();
    }

    public List<GreenhousePosting> board(String boardToken) {
        return postings.stream().filter(posting -> posting.boardToken().equals(boardToken)).toList();
    }

    public boolean hasBoard(String boardToken) {
        return boards.contains(boardToken);
    }

    public List<GreenhousePosting> all() {
        return List.copyOf(postings);
    }

    /** Adds a posting (its board comes into being), or replaces the one with the same board and id. */
    public void publish(GreenhousePosting posting) {
        requireNonNull(posting, "posting is null");
        synchronized (postings) {
            postings.removeIf(old -> old.boardToken().equals(posting.boardToken()) && old.id() == posting.id());
            postings.add(posting);
            boards.add(posting.boardToken());
        }
    }

    /** Removes a posting from its board (the board stays, maybe empty); false when it was not there. */
    public boolean withdraw(String boardToken, long postId) {
        return postings.removeIf(posting -> posting.boardToken().equals(boardToken) && posting.id() == postId);
    }

    /** Makes an existing board with no postings. */
    public void openBoard(String boardToken) {
        boards.add(requireNonNull(boardToken, "boardToken is null"));
    }
}
