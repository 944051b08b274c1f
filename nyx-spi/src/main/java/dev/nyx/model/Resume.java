package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One of the candidate's resume files.
 *
 * @param id         the profile's id for it
 * @param path       absolute path of the file
 * @param language   ISO 639-1 language it is written in, if given
 * @param isDefault  the one to use when nothing else decides
 */
public record Resume(String id, Path path, Optional<String> language, boolean isDefault) {
    public Resume {
        requireNonNull(id, "id is null");
        requireNonNull(path, "path is null");
        requireNonNull(language, "language is null");
    }
}
