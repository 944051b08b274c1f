package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decoded fields and files of a form body. Field names keep the order they first appeared in;
 * a repeated name keeps all its values in order ({@code question_7[]=a&question_7[]=b}).
 *
 * @param fields field name to its values, in arrival order (unmodifiable)
 * @param files  uploaded files in arrival order
 */
public record FormData(Map<String, List<String>> fields, List<UploadedFile> files) {
    public FormData {
        requireNonNull(fields, "fields is null");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Collections.unmodifiableMap(copy);
        files = List.copyOf(files);
    }

    /** A form without fields or files. */
    public static FormData empty() {
        return new FormData(Map.of(), List.of());
    }

    /** All values sent under {@code name}, empty when the name was not sent. */
    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** The first value sent under {@code name}. */
    public Optional<String> first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first file sent under {@code fieldName}. */
    public Optional<UploadedFile> file(String fieldName) {
        return files.stream().filter(file -> file.fieldName().equals(fieldName)).findFirst();
    }

    /** Collects fields and files while a body is parsed. Not thread-safe. */
    public static final class Builder {
        private final Map<String, List<String>> fields = new LinkedHashMap<>();
        private final List<UploadedFile> files = new ArrayList<>();

        public Builder field(String name, String value) {
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder file(UploadedFile file) {
            files.add(file);
            return this;
        }

        public FormData build() {
            return new FormData(fields, files);
        }
    }
}
