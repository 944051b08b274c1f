package dev.nyx.testkit.lever;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One question of a Lever custom question card. Immutable; thread-safe.
 *
 * @param text     the question as shown
 * @param kind     its control
 * @param required whether the form refuses to submit without it
 * @param options  the choices of a multiple-choice, multiple-select or dropdown question (posted as their
 *                 text, as Lever does); empty for text questions
 */
public record LeverCardField(String text, LeverCardKind kind, boolean required, List<String> options) {
    public LeverCardField {
        requireNonNull(text, "text is null");
        requireNonNull(kind, "kind is null");
        options = List.copyOf(options);
    }

    public static LeverCardField text(String text, boolean required) {
        return new LeverCardField(text, LeverCardKind.TEXT, required, List.of());
    }

    public static LeverCardField textarea(String text, boolean required) {
        return new LeverCardField(text, LeverCardKind.TEXTAREA, required, List.of());
    }

    public static LeverCardField choice(String text, boolean required, String... options) {
        return new LeverCardField(text, LeverCardKind.MULTIPLE_CHOICE, required, List.of(options));
    }

    public static LeverCardField checkboxes(String text, boolean required, String... options) {
        return new LeverCardField(text, LeverCardKind.MULTIPLE_SELECT, required, List.of(options));
    }

    public static LeverCardField dropdown(String text, boolean required, String... options) {
        return new LeverCardField(text, LeverCardKind.DROPDOWN, required, List.of(options));
    }
}
