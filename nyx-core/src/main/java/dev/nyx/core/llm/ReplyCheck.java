package dev.nyx.core.llm;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.profile.SensitiveValues;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a language-model reply before it is used as an answer: it must not be empty, must not
 * contain a sensitive profile value or secret, must not show signs of having followed instructions
 * from the posting (quoting the caller's system prompt, talk of ignoring instructions or of the
 * system prompt, a date of birth or any full date, an e-mail address, passwords or keys, prompt
 * tags) and must fit the field. Used by the answerer and the QA reviewer.
 *
 * <p>Stateless and thread-safe; throws {@link NullPointerException} for {@code null} arguments only.
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

    /**
     * Why the reply must not be used, or empty when it may.
     *
     * @param reply        the model's text
     * @param systemMarker the opening sentence of the caller's system prompt: a reply quoting it leaked the prompt
     * @param sensitive    the values that must never appear
     * @param maxLength    the field's limit, when it has one
     */
    public static Optional<String> problem(String reply, String systemMarker, SensitiveValues sensitive,
                                           Optional<Integer> maxLength) {
        requireNonNull(reply, "reply is null");
        requireNonNull(systemMarker, "systemMarker is null");
        requireNonNull(sensitive, "sensitive is null");
        requireNonNull(maxLength, "maxLength is null");
        if (reply.isBlank()) {
            return Optional.of("the language model gave an empty answer");
        }
        if (sensitive.appearsIn(reply)) {
            return Optional.of("the language model's answer contained a sensitive profile value or secret; it was dropped");
        }
        if ((!systemMarker.isBlank() && reply.contains(systemMarker)) || ARTEFACTS.matcher(reply).find()) {
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
