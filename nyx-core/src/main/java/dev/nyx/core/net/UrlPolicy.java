package dev.nyx.core.net;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network rule every URL must pass before Nyx or its browser visits it: only {@code http}
 * and {@code https}, and only hosts whose every address is public. Loopback, private
 * (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), link-local (169.254/16,
 * fe80::/10), unique-local (fc00::/7), any-local, multicast and reserved addresses, and IPv6
 * forms embedding any of those, are refused unless {@code network.allowPrivateAddresses} is on.
 *
 * <p>Called by the pipeline for each input URL and by the browser's request guard for every
 * request a page makes. Thread-safe and stateless apart from the injected resolver; it does
 * not cache (the browser guard caches per host and context).
 *
 * <p>Throws {@link NyxException}: {@link ErrorCode#INVALID_URL} for a malformed URL or a
 * scheme other than http(s), {@link ErrorCode#ADDRESS_NOT_ALLOWED} for a refused address,
 * {@link ErrorCode#NETWORK} (transient) when the host does not resolve.
 */
public final class UrlPolicy {

    private static final String HOW_TO_ALLOW = "To allow private addresses (tests, demos), set "
            + "'network.allowPrivateAddresses: true' in nyx.yaml or pass --allow-private-addresses to the runner.";
    // Browsers read "0x7f.1" or "017700000001" as IP addresses; we refuse such forms outright
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");

    private final boolean allowPrivateAddresses;
    private final HostResolver resolver;

    @Inject
    public UrlPolicy(NyxConfig config, HostResolver resolver) {
        this(requireNonNull(config, "config is null").network().allowPrivateAddresses(), resolver);
    }

    public UrlPolicy(boolean allowPrivateAddresses, HostResolver resolver) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = requireNonNull(resolver, "resolver is null");
    }

    /** Whether loopback and private addresses are allowed (tests, demos). */
    public boolean allowsPrivateAddresses() {
        return allowPrivateAddresses;
    }

    /**
     * Parses and checks a URL given as text.
     *
     * @return the parsed URL, safe to visit
     * @throws NyxException as described on the class
     */
    public URI check(String url) {
        requireNonNull(url, "url is null");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid(url, "it is not a valid URL (" + e.getReason() + ")");
        }
        return check(uri);
    }

    /**
     * Checks a parsed URL: scheme, host, and the addresses the host resolves to.
     *
     * @return the same URL, safe to visit
     * @throws NyxException as described on the class
     */
    public URI check(URI url) {
        requireNonNull(url, "url is null");
        String host = checkSyntax(url);
        checkHost(host, url.toString());
        return url;
    }

    /**
     * Checks only scheme and host syntax, without resolving the host.
     *
     * @return the host, lower case, IPv6 literals without brackets
     * @throws NyxException with {@link ErrorCode#INVALID_URL}
     */
    public String checkSyntax(URI url) {
        requireNonNull(url, "url is null");
        String text = url.toString();
        if (!url.isAbsolute() || url.isOpaque()) {
            throw invalid(text, url.isAbsolute() ? "'" + url.getScheme() + ":' URLs are not web pages"
                    : "it is not an absolute URL");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(text, "its scheme is '" + scheme + "'");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw invalid(text, "it has no host name (or the host name has characters a URL may not hold)");
        }
        if (url.getUserInfo() != null) {
            // user:password@host hides the real host from people reading the URL
            // never echo the credentials themselves
            throw invalid(text.replace(url.getRawUserInfo(), "***"), "it carries user credentials before the host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host;
    }

    /**
     * Checks that a host may be visited: every address it resolves to must be public, unless
     * private addresses are allowed.
     *
     * @param host a host name or IP literal (IPv6 with or without brackets)
     * @param url  the URL the host came from, for the message
     * @throws NyxException with {@link ErrorCode#ADDRESS_NOT_ALLOWED}, {@link ErrorCode#NETWORK}
     *                      or {@link ErrorCode#INVALID_URL}
     */
    public void checkHost(String host, String url) {
        requireNonNull(host, "host is null");
        requireNonNull(url, "url is null");
        Optional<InetAddress> literal = AddressClass.parseLiteral(host);
        if (literal.isEmpty() && looksNumeric(host)) {
            throw invalid(url, "its host '" + host + "' is an IP address in an unusual notation; "
                    + "write IPv4 addresses as four decimal numbers");
        }
        if (allowPrivateAddresses) {
            return;
        }
        List<InetAddress> addresses = literal.map(List::of).orElseGet(() -> resolve(host, url));
        for (InetAddress address : addresses) {
            Optional<String> restriction = AddressClass.restriction(address);
            if (restriction.isPresent()) {
                String shown = literal.isPresent() ? "host " + address.getHostAddress()
                        : "host '" + host + "' resolves to " + address.getHostAddress() + ", which";
                throw new NyxException(ErrorCode.ADDRESS_NOT_ALLOWED, "Refused URL '" + url + "': the " + shown
                        + " is " + restriction.get() + "; Nyx visits only public addresses. " + HOW_TO_ALLOW);
            }
        }
    }

    private List<InetAddress> resolve(String host, String url) {
        try {
            List<InetAddress> addresses = resolver.resolve(host);
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw new NyxException(ErrorCode.NETWORK, "Could not resolve host '" + host + "' of URL '" + url
                    + "': check the URL for typos and that this machine can reach the internet (DNS); "
                    + "it will be retried later.", e);
        }
    }

    private static boolean looksNumeric(String host) {
        String[] labels = host.split("\\.");
        return labels.length > 0 && NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches();
    }

    private static NyxException invalid(String url, String problem) {
        return new NyxException(ErrorCode.INVALID_URL, "Invalid URL '" + url + "': " + problem
                + ". Only absolute http:// and https:// URLs with a host name are accepted, "
                + "e.g. https://boards.greenhouse.io/acme/jobs/123.");
    }
}
