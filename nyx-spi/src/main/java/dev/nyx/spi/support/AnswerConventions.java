package dev.nyx.spi.support;

import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.Resume;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answer conventions {@link SchemaFiller} applies (see its class comment): option labels, yes/no
 * words, checkbox words, which file a file question's answer stands for, which controls can answer which
 * question type. Pure functions: safe from any thread.
 */
final class AnswerConventions {
    static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "1", "checked", "on", "agree", "i agree");
    static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "0", "unchecked", "off");
    private static final Pattern RESUME_QUESTION = Pattern.compile("\\b(resume|cv|curriculum vitae|lebenslauf)\\b");
    private static final ControlKind[] FILE_KINDS = {ControlKind.FILE, ControlKind.UPLOAD_BUTTON};

    private AnswerConventions() {
    }

    /** The option label to pick: answers carry labels; an option's value or a yes/no word maps to its label. */
    static String optionText(Question question, String value) {
        String trimmed = value.strip();
        List<Option> options = question.options();
        if (options.stream().anyMatch(option -> option.label().equalsIgnoreCase(trimmed))) {
            return trimmed;
        }
        Optional<Option> byValue = options.stream().filter(option -> option.value().equals(trimmed)).findFirst();
        if (byValue.isPresent()) {
            return byValue.get().label();
        }
        if (question.type() == QuestionType.YES_NO) {
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(lower)) {
                return "Yes";
            }
            if (FALSE_WORDS.contains(lower)) {
                return "No";
            }
        }
        return trimmed;
    }

    /** The control kinds that can answer a question of this type. */
    static ControlKind[] kinds(Question question) {
        return switch (question.type()) {
            case SINGLE_SELECT, YES_NO, MULTI_SELECT -> new ControlKind[]{ControlKind.NATIVE_SELECT, ControlKind.SELECT2,
                    ControlKind.COMBOBOX, ControlKind.LISTBOX_BUTTON, ControlKind.RADIO_GROUP, ControlKind.CHECKBOX_GROUP};
            case CHECKBOX -> new ControlKind[]{ControlKind.CHECKBOX, ControlKind.CHECKBOX_GROUP};
            case LONG_TEXT -> new ControlKind[]{ControlKind.TEXT_AREA, ControlKind.RICH_TEXT, ControlKind.TEXT};
            case FILE -> FILE_KINDS.clone();
            case UNKNOWN -> ControlKind.values();
            default -> new ControlKind[]{ControlKind.TEXT, ControlKind.TEXT_AREA, ControlKind.COMBOBOX};
        };
    }

    /** The file an answer to a file question stands for; empty when it is text for a paste box. */
    static Optional<Path> fileFor(Question question, String value, Resume resume) {
        if (value.equals(resume.id())) {
            return Optional.of(resume.path());
        }
        Optional<Path> given = asFile(value);
        if (given.isPresent()) {
            return given;
        }
        String about = FuzzyText.normalize(question.id().replace('_', ' ') + " " + question.label());
        return RESUME_QUESTION.matcher(about).find() ? Optional.of(resume.path()) : Optional.empty();
    }

    private static Optional<Path> asFile(String value) {
        if (value.isEmpty() || value.length() > 4096 || value.contains("\n")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    static boolean truthy(String value) {
        return !FALSE_WORDS.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** What a read-back shows for a question: a checked single box as "true" or its option's label. */
    static List<String> displayed(Question question, FieldValue value) {
        if (value.checked().isPresent() && value.values().isEmpty()) {
            return value.checked().get() ? List.of(question.options().isEmpty() ? "true" : question.options().get(0).label())
                    : List.of();
        }
        return value.values().stream().filter(text -> !text.isBlank()).toList();
    }
}
