package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * A setting that must not be shown: an API key, a token, a password. {@link #toString()} is masked,
 * so a secret logged, put in an event or an exception message by mistake shows as {@code ******};
 * {@link #reveal()} gives the value for the one place that sends it. Immutable.
 */
public final class Secret {
    private static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = requireNonNull(value, "value is null");
    }

    /** A secret holding {@code value}. */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The value, for the request that needs it; never log or store it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        // constant-time, so comparing secrets tells nothing by its timing
        return other instanceof Secret secret && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0; // equal secrets must hash alike; a value-derived hash would leak through hash maps' order
    }

    @Override
    public String toString() {
        return MASK;
    }
}
