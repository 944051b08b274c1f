package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The candidate's answer to one equal-employment-opportunity question. Declining is the default
 * and is explicit: {@link #declined()} is true and forms get their "decline to answer" option.
 *
 * @param value the answer as the candidate wants it given, e.g. "Female"; empty means decline
 */
public record EeoAnswer(Optional<String> value) {
    private static final EeoAnswer DECLINE = new EeoAnswer(Optional.empty());

    public EeoAnswer {
        requireNonNull(value, "value is null");
        if (value.isPresent() && value.get().isBlank()) {
            throw new IllegalArgumentException("an EEO answer must not be blank; use decline() instead");
        }
    }

    /** Decline to answer. */
    public static EeoAnswer decline() {
        return DECLINE;
    }

    /** Answer with the given text. */
    public static EeoAnswer of(String value) {
        return new EeoAnswer(Optional.of(requireNonNull(value, "value is null")));
    }

    public boolean declined() {
        return value.isEmpty();
    }

    /** EEO answers are sensitive: only whether one was declined is printed. */
    @Override
    public String toString() {
        return declined() ? "decline" : "answered";
    }
}
