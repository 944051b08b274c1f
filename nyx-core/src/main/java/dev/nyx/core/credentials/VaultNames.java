package dev.nyx.core.credentials;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The vault's keys: hosts in lower case without scheme or path, secret names of letters, digits and
 * {@code . _ -}. Stateless; used by every {@link CredentialVault} implementation and the runner.
 */
public final class VaultNames {
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
            + "(:[0-9]{1,5})?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private VaultNames() {
    }

    /**
     * {@code host} trimmed, in lower case, without a trailing dot.
     *
     * @throws NyxException {@link ErrorCode#INVALID_INPUT} when it is not a host name (a URL, a path, blank)
     */
    public static String host(String host) {
        requireNonNull(host, "host is null");
        String normal = host.strip().toLowerCase(Locale.ROOT);
        if (normal.endsWith(".")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        if (normal.length() > 253 || !HOST.matcher(normal).matches()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "'" + host + "' is not a host name: give the site's host"
                    + " alone, such as acme.wd5.myworkdayjobs.com, without https:// or a path.");
        }
        return normal;
    }

    /**
     * A secret's name, checked.
     *
     * @throws NyxException {@link ErrorCode#INVALID_INPUT} unless it is 1–100 letters, digits, dots,
     *                      underscores or hyphens
     */
    public static String secretName(String name) {
        requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "'" + name + "' is not a secret name: use 1-100 letters,"
                    + " digits, dots, underscores or hyphens.");
        }
        return name;
    }
}
