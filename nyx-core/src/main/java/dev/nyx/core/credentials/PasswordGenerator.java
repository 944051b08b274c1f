package dev.nyx.core.credentials;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import jakarta.inject.Inject;
import java.security.SecureRandom;

/**
 * Makes passwords for new site accounts from a {@link SecureRandom}: {@value #DEFAULT_LENGTH} characters
 * by default, at least one upper-case letter, one lower-case letter, one digit and one of
 * {@value #SYMBOLS}, no character twice in a row, and none of the look-alikes {@code I l O 0 1}. That meets
 * the usual ATS rules (Workday: 8+ characters with upper, lower, digit and special character) with room.
 *
 * <p>Called by {@link CandidateAccounts} when an adapter creates an account. Thread-safe ({@code SecureRandom} is).
 */
public final class PasswordGenerator {
    /** The length of a password unless asked otherwise. */
    public static final int DEFAULT_LENGTH = 20;
    /** The shortest password this makes. */
    public static final int MINIMUM_LENGTH = 16;
    /** The symbols used: the ones ATS password rules accept as "special characters". */
    public static final String SYMBOLS = "!@#$%^&*?";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final int MAXIMUM_LENGTH = 128;

    private final SecureRandom random;

    /** A generator on a fresh {@link SecureRandom}. */
    @Inject
    public PasswordGenerator() {
        this(new SecureRandom());
    }

    /** A generator drawing from {@code random}. */
    public PasswordGenerator(SecureRandom random) {
        this.random = requireNonNull(random, "random is null");
    }

    /** A password of {@value #DEFAULT_LENGTH} characters. */
    public Secret generate() {
        return generate(DEFAULT_LENGTH);
    }

    /**
     * A password of {@code length} characters.
     *
     * @throws NyxException {@link ErrorCode#INVALID_INPUT} when {@code length} is below
     *                      {@value #MINIMUM_LENGTH} or above 128
     */
    public Secret generate(int length) {
        if (length < MINIMUM_LENGTH || length > MAXIMUM_LENGTH) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "A generated password has " + MINIMUM_LENGTH + " to "
                    + MAXIMUM_LENGTH + " characters, not " + length + ".");
        }
        while (true) {
            char[] password = new char[length];
            password[0] = pick(UPPER);
            password[1] = pick(LOWER);
            password[2] = pick(DIGITS);
            password[3] = pick(SYMBOLS);
            for (int index = 4; index < length; index++) {
                password[index] = pick(ALL);
            }
            shuffle(password);
            if (!repeatsAdjacent(password)) {
                return Secret.of(new String(password));
            }
        }
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private void shuffle(char[] password) {
        for (int index = password.length - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            char kept = password[index];
            password[index] = password[other];
            password[other] = kept;
        }
    }

    private static boolean repeatsAdjacent(char[] password) {
        for (int index = 1; index < password.length; index++) {
            if (password[index] == password[index - 1]) {
                return true;
            }
        }
        return false;
    }
}
