package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** One entry of the JSON Resume {@code languages} section: a spoken language and how well. */
public record LanguageSkill(String language, Optional<String> fluency) {
    public LanguageSkill {
        requireNonNull(language, "language is null");
        requireNonNull(fluency, "fluency is null");
    }
}
