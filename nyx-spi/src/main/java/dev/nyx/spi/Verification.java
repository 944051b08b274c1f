package dev.nyx.spi;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * What a verification email asks the candidate to do: open a link, or type a code, or either. Both are
 * credentials for a moment: {@link #toString()} shows neither, and an adapter must not put them in notes,
 * logs or exception messages.
 *
 * @param link the link to open, on the host the {@link VerificationQuery} named: https (http only where the
 *             host's configuration allows private addresses, i.e. tests and demos on replicas)
 * @param code the code to type (4–8 letters or digits), as the message spelled it
 */
public record Verification(Optional<URI> link, Optional<String> code) {
    public Verification {
        requireNonNull(link, "link is null");
        requireNonNull(code, "code is null");
        if (link.isEmpty() && code.isEmpty()) {
            throw new IllegalArgumentException("a verification needs a link or a code");
        }
        link.ifPresent(uri -> {
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("a verification link must be http(s)");
            }
        });
    }

    /** Only a link. */
    public static Verification ofLink(URI link) {
        return new Verification(Optional.of(link), Optional.empty());
    }

    /** Only a code. */
    public static Verification ofCode(String code) {
        return new Verification(Optional.empty(), Optional.of(code));
    }

    @Override
    public String toString() {
        return "Verification[link=" + (link.isPresent() ? "******" : "none") + ", code="
                + (code.isPresent() ? "******" : "none") + "]";
    }
}
