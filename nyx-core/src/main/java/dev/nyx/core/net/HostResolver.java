package dev.nyx.core.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses it stands for. Injected into {@link UrlPolicy} so tests
 * can map made-up names to addresses without touching DNS.
 *
 * <p>Implementations must be thread-safe: the policy calls them from every worker and from
 * browser threads.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * Resolves a host name (never an IP literal: the policy parses those itself).
     *
     * @return every address of the host; never empty
     * @throws UnknownHostException when the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The operating system's resolver ({@link InetAddress#getAllByName}). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
