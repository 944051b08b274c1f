package dev.nyx.testkit.workday.internal;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One candidate's application in progress for one posting, as Workday keeps it between sign-ins: the step the
 * candidate is on, the latest saved values of each step, the work and education entries, and the uploaded files.
 * Thread-safe (synchronised).
 */
final class WizardDraft {
    /** An uploaded file. */
    record Upload(String name, byte[] bytes) {
        Upload {
            requireNonNull(name, "name is null");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    private final boolean autofill;
    private int step;
    private final Map<String, Map<String, List<String>>> values = new LinkedHashMap<>();
    private List<Map<String, String>> work = List.of();
    private List<Map<String, String>> education = List.of();
    private final Map<String, Upload> uploads = new HashMap<>();

    WizardDraft(boolean autofill) {
        this.autofill = autofill;
    }

    /** Whether the application was started through "Autofill with Resume" (its wizard has that step first). */
    boolean autofill() {
        return autofill;
    }

    synchronized int step() {
        return step;
    }

    synchronized void step(int value) {
        step = value;
    }

    /** The latest saved values of a step by field key, empty before its first save. */
    synchronized Map<String, List<String>> values(String stepKey) {
        return Map.copyOf(values.getOrDefault(stepKey, Map.of()));
    }

    synchronized void save(String stepKey, Map<String, List<String>> stepValues) {
        values.put(stepKey, new LinkedHashMap<>(stepValues));
    }

    synchronized List<Map<String, String>> work() {
        return work;
    }

    synchronized void work(List<Map<String, String>> entries) {
        work = entries.stream().map(Map::copyOf).toList();
    }

    synchronized List<Map<String, String>> education() {
        return education;
    }

    synchronized void education(List<Map<String, String>> entries) {
        education = entries.stream().map(Map::copyOf).toList();
    }

    /** The file uploaded for {@code "{stepKey}.{fieldKey}"}. */
    synchronized Optional<Upload> upload(String path) {
        return Optional.ofNullable(uploads.get(path));
    }

    synchronized void upload(String path, Optional<Upload> upload) {
        upload.ifPresentOrElse(value -> uploads.put(path, value), () -> uploads.remove(path));
    }

    /** Every step's values as {@code "{stepKey}.{fieldKey}"}. */
    synchronized Map<String, List<String>> allValues() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        values.forEach((stepKey, stepValues) -> stepValues.forEach((key, list) -> all.put(stepKey + "." + key, list)));
        return all;
    }
}
