package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** One entry of the JSON Resume {@code skills} section, e.g. "Java" at "Expert" with keywords. */
public record Skill(String name, Optional<String> level, List<String> keywords) {
    public Skill {
        requireNonNull(name, "name is null");
        requireNonNull(level, "level is null");
        keywords = List.copyOf(keywords);
    }
}
