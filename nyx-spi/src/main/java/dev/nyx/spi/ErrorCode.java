package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

/**
 * Stable codes for every failure Nyx reports; each belongs to one {@link ErrorKind}. Plugins may add
 * codes of their own that refine one of these ({@link ErrorCodeSupplier}).
 */
public enum ErrorCode implements ErrorCodeSupplier {
    INVALID_URL(ErrorKind.BAD_INPUT),
    UNSUPPORTED_SITE(ErrorKind.BAD_INPUT),
    INVALID_PROFILE(ErrorKind.BAD_INPUT),
    INVALID_POLICY(ErrorKind.BAD_INPUT),
    /** An argument is blank, out of range or malformed; the message names it. */
    INVALID_INPUT(ErrorKind.BAD_INPUT),
    NOT_FOUND(ErrorKind.BAD_INPUT),
    INVALID_STATE(ErrorKind.BAD_INPUT),
    /** Someone else changed the state first (a lost compare-and-set): reload and decide again. */
    STATE_CONFLICT(ErrorKind.BAD_INPUT),
    /** An answer fits none of a question's offered options (or several equally): fix the answer. */
    OPTION_NOT_FOUND(ErrorKind.BAD_INPUT),
    /** An answer is longer than the field accepts: shorten the answer. */
    ANSWER_TOO_LONG(ErrorKind.BAD_INPUT),
    /** An answer is not in the form the field takes (free text for a date field): give it in that form. */
    ANSWER_WRONG_FORMAT(ErrorKind.BAD_INPUT),
    /** A posting context handed to the answer engine is malformed (e.g. a country that is not an ISO code). */
    INVALID_POSTING(ErrorKind.BAD_INPUT),

    INVALID_CONFIGURATION(ErrorKind.CONFIGURATION),
    PLUGIN_LOAD_FAILED(ErrorKind.CONFIGURATION),
    BROWSER_NOT_FOUND(ErrorKind.CONFIGURATION),
    BROWSER_LAUNCH_FAILED(ErrorKind.CONFIGURATION),
    ADDRESS_NOT_ALLOWED(ErrorKind.CONFIGURATION),
    STORAGE_UNAVAILABLE(ErrorKind.CONFIGURATION),
    /** The in-process embedding model could not be loaded or run (missing native library, broken model jar). */
    EMBEDDING_MODEL_FAILED(ErrorKind.CONFIGURATION),
    /**
     * The credential vault cannot be used: no key is set, the key is wrong, or the file is damaged. The
     * message says which and what to set (never a secret); an application that needed the vault waits
     * in {@code NEEDS_INPUT} with that reason.
     */
    CREDENTIALS_UNAVAILABLE(ErrorKind.CONFIGURATION),

    TIMEOUT(ErrorKind.TRANSIENT),
    NETWORK(ErrorKind.TRANSIENT),
    RATE_LIMITED(ErrorKind.TRANSIENT),
    STORAGE_FAILURE(ErrorKind.TRANSIENT),
    /** A form control did not take a value (read-back differs): the widget misbehaved. */
    FILL_FAILED(ErrorKind.TRANSIENT),

    CAPTCHA_UNSOLVED(ErrorKind.BLOCKED),
    ACCOUNT_REQUIRED(ErrorKind.BLOCKED),
    /**
     * The application cannot go on without something only the candidate can give: an answer to a required
     * question found mid-flow, a mailbox setting for an email verification. The pipeline records
     * {@code NEEDS_INPUT} with the message, which must say what to give and where.
     */
    INPUT_REQUIRED(ErrorKind.BLOCKED),
    DAILY_LIMIT(ErrorKind.BLOCKED),

    POSTING_NOT_FOUND(ErrorKind.PERMANENT),
    /** A CAPTCHA-solving service refused for good (zero balance, unsupported task); the message has its code. */
    CAPTCHA_SERVICE_FAILED(ErrorKind.PERMANENT),
    POSTING_CLOSED(ErrorKind.PERMANENT),
    FORM_REJECTED(ErrorKind.PERMANENT),
    ALREADY_SUBMITTED(ErrorKind.PERMANENT),
    PLUGIN_FAILED(ErrorKind.PERMANENT),
    /** A language-model prompt would have carried a secret or a sensitive profile value; it was not sent. */
    UNSAFE_PROMPT(ErrorKind.PERMANENT),
    /** The language model refused a request as malformed (HTTP 400/422): a bug or an unsupported model setting. */
    LLM_REQUEST_REJECTED(ErrorKind.PERMANENT),
    INTERNAL(ErrorKind.PERMANENT);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = requireNonNull(kind, "kind is null");
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    /** Itself: a host code refines nothing. */
    @Override
    public ErrorCode hostCode() {
        return this;
    }
}
