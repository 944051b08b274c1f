package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.profile.SensitiveValues;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a language-model answer before it is used: it must not be empty, must not contain a
 * sensitive profile value or secret, and must not show signs of having followed instructions from
 * the posting (talk of ignoring instructions or of the system prompt, a date of birth or any full
 * date, an e-mail address, passwords or keys, our own tags) and must fit the field. Stateless.
 */
public final class ReplyCheck {
    private static final Pattern ARTEFACTS = Pattern.compile("ignore (all |any |the )?(previous|prior|above|earlier)"
            + "|previous instructions|system prompt|these instructions|my instructions|as an ai\\b"
            + "|date of birth|birth ?date|born on|geburtsdatum|geboren am|date de naissance|ne le |nee le "
            + "|password|passwort|mot de passe|api[ -]?key|</?\\s*(posting|question|candidate|letter)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FULL_DATE = Pattern.compile("\\b(19|20)\\d\\d-\\d{1,2}-\\d{1,2}\\b"
            + "|\\b\\d{1,2}[./]\\d{1,2}[./](19|20)?\\d\\d\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private ReplyCheck() {
    }

    /** Why the answer must not be used, or empty when it may. */
    public static Optional<String> problem(String reply, SensitiveValues sensitive, Optional<Integer> maxLength) {
        requireNonNull(reply, "reply is null");
        requireNonNull(sensitive, "sensitive is null");
        requireNonNull(maxLength, "maxLength is null");
        if (reply.isBlank()) {
            return Optional.of("the language model gave an empty answer");
        }
        if (sensitive.appearsIn(reply)) {
            return Optional.of("the language model's answer contained a sensitive profile value or secret; it was dropped");
        }
        if (reply.contains(Prompts.SYSTEM_MARKER) || ARTEFACTS.matcher(reply).find()) {
            return Optional.of("the language model's answer looks like it followed instructions from the posting;"
                    + " it was dropped");
        }
        if (FULL_DATE.matcher(reply).find()) {
            return Optional.of("the language model's answer contained a date (possibly personal data); it was dropped");
        }
        if (EMAIL.matcher(reply).find()) {
            return Optional.of("the language model's answer contained an e-mail address; it was dropped");
        }
        if (maxLength.isPresent() && reply.length() > maxLength.get()) {
            return Optional.of("the language model's answer has " + reply.length() + " characters; the field allows "
                    + maxLength.get());
        }
        return Optional.empty();
    }
}
