package dev.nyx.testkit.greenhouse.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.greenhouse.GreenhousePosting;
import java.util.List;
import java.util.Optional;

/** The fixture postings the Greenhouse sites serve. Immutable. */
public final class Catalog {
    private final List<GreenhousePosting> postings;

    public Catalog(List<GreenhousePosting> postings) {
        this.postings = List.copyOf(requireNonNull(postings, "postings is null"));
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
        return !board(boardToken).isEmpty();
    }

    public List<GreenhousePosting> all() {
        return postings;
    }
}
