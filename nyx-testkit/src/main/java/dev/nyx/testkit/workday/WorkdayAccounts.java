package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The candidate accounts of one replica tenant, with the rules a tenant enforces: a strong password (at least 8
 * characters with an upper-case and a lower-case letter, a digit and a special character), one account per
 * email, a wrong password refused, and the account locked after {@code lockAfter} wrong passwords in a row.
 * Emails compare without case. An account created on a tenant that verifies emails cannot sign in until its
 * email is verified ({@link #UNVERIFIED}). Thread-safe.
 */
public final class WorkdayAccounts {
    public static final String WEAK_PASSWORD = "Password must be at least 8 characters and contain an uppercase"
            + " letter, a lowercase letter, a number and a special character.";
    public static final String PASSWORDS_DIFFER = "The passwords you entered do not match.";
    public static final String DUPLICATE = "An account using this email address already exists. Sign in instead.";
    public static final String WRONG_PASSWORD = "Wrong email address or password.";
    public static final String LOCKED = "Your account has been locked. Reset your password or contact the employer.";
    public static final String TERMS = "You must agree to the terms and conditions to create an account.";
    public static final String INVALID_EMAIL = "Enter a valid email address.";
    public static final String UNVERIFIED = "Please verify your email address before you sign in. Open the link in"
            + " the email we sent you, or enter its verification code.";

    private final int lockAfter;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Set<String> unverified = ConcurrentHashMap.newKeySet();

    public WorkdayAccounts(int lockAfter) {
        if (lockAfter < 1) {
            throw new IllegalArgumentException("lockAfter must be at least 1");
        }
        this.lockAfter = lockAfter;
    }

    /** One account: its password, wrong passwords in a row, whether it is locked. */
    public record Account(String email, String password, int failures, boolean locked) {
        public Account {
            requireNonNull(email, "email is null");
            requireNonNull(password, "password is null");
        }

        @Override
        public String toString() {
            return "Account[" + email + ", failures=" + failures + ", locked=" + locked + "]";
        }
    }

    /** Creates an account, or says why not (one of the messages above). */
    public Optional<String> create(String email, String password, String verifyPassword, boolean agreed) {
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return Optional.of(INVALID_EMAIL);
        }
        if (!strong(password)) {
            return Optional.of(WEAK_PASSWORD);
        }
        if (!password.equals(verifyPassword)) {
            return Optional.of(PASSWORDS_DIFFER);
        }
        if (!agreed) {
            return Optional.of(TERMS);
        }
        Account created = new Account(key(email), password, 0, false);
        return accounts.putIfAbsent(key(email), created) == null ? Optional.empty() : Optional.of(DUPLICATE);
    }

    /** Signs in, or says why not; a wrong password counts towards the lock. */
    public Optional<String> signIn(String email, String password) {
        Account account = accounts.get(key(email));
        if (account == null) {
            return Optional.of(WRONG_PASSWORD);
        }
        if (account.locked()) {
            return Optional.of(LOCKED);
        }
        if (account.password().equals(password)) {
            if (unverified.contains(key(email))) {
                return Optional.of(UNVERIFIED);
            }
            accounts.computeIfPresent(key(email), (ignored, current) ->
                    new Account(current.email(), current.password(), 0, current.locked()));
            return Optional.empty();
        }
        Account after = accounts.computeIfPresent(key(email), (ignored, current) -> new Account(current.email(),
                current.password(), current.failures() + 1, current.failures() + 1 >= lockAfter));
        return Optional.of(after != null && after.locked() ? LOCKED : WRONG_PASSWORD);
    }

    /** Adds an account as if created earlier (a test's given). */
    public void put(String email, String password, boolean locked) {
        accounts.put(key(email), new Account(key(email), password, 0, locked));
    }

    /** Marks an account as waiting for its email to be verified: it cannot sign in until {@link #verify}. */
    public void requireVerification(String email) {
        unverified.add(key(email));
    }

    /** Verifies an account's email; true when it was waiting for it. */
    public boolean verify(String email) {
        return unverified.remove(key(email));
    }

    /** Whether the account exists and its email is verified. */
    public boolean verified(String email) {
        return accounts.containsKey(key(email)) && !unverified.contains(key(email));
    }

    public Optional<Account> find(String email) {
        return Optional.ofNullable(accounts.get(key(email)));
    }

    public int count() {
        return accounts.size();
    }

    public static boolean strong(String password) {
        return password.length() >= 8 && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isLowerCase) && password.chars().anyMatch(Character::isDigit)
                && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
