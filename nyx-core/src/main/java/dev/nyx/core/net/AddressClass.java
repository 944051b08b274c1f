package dev.nyx.core.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Names the kind of non-public address an {@link InetAddress} is, if it is one. Pure functions
 * over the address bytes; IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64)
 * are judged by the embedded address, so {@code ::ffff:127.0.0.1} counts as loopback.
 */
final class AddressClass {

    private AddressClass() {
    }

    /** Why the address is not public, e.g. "a loopback address"; empty for a public address. */
    static Optional<String> restriction(InetAddress address) {
        if (address instanceof Inet4Address) {
            return ipv4Restriction(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return ipv6Restriction(address.getAddress());
        }
        return Optional.of("an address of unknown type");
    }

    private static Optional<String> ipv4Restriction(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0 && second == 0 && bytes[2] == 0 && bytes[3] == 0) {
            return Optional.of("the any-local address");
        }
        if (first == 0) {
            return Optional.of("a 'this network' address (0.0.0.0/8)");
        }
        if (first == 127) {
            return Optional.of("a loopback address");
        }
        if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
            return Optional.of("a private address");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
        }
        if (first == 169 && second == 254) {
            return Optional.of("a link-local address");
        }
        if (first >= 224 && first <= 239) {
            return Optional.of("a multicast address");
        }
        if (first >= 240) {
            // 240/4 is reserved and 255.255.255.255 is broadcast: neither is a web server
            return Optional.of("a reserved or broadcast address");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Restriction(byte[] bytes) {
        Optional<byte[]> embedded = embeddedIpv4(bytes);
        if (embedded.isPresent()) {
            return ipv4Restriction(embedded.get()).map(reason -> reason + " (embedded in an IPv6 address)");
        }
        boolean allZeroButLast = Arrays.equals(Arrays.copyOf(bytes, 15), new byte[15]);
        if (allZeroButLast && bytes[15] == 0) {
            return Optional.of("the any-local address");
        }
        if (allZeroButLast && bytes[15] == 1) {
            return Optional.of("a loopback address");
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("a link-local address");
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return Optional.of("a site-local address");
        }
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("a unique-local address (fc00::/7)");
        }
        if (first == 0xff) {
            return Optional.of("a multicast address");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible or NAT64 (64:ff9b::/96) IPv6 address. */
    private static Optional<byte[]> embeddedIpv4(byte[] bytes) {
        byte[] prefix = Arrays.copyOf(bytes, 12);
        byte[] mapped = new byte[12];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        byte[] nat64 = new byte[12];
        nat64[1] = 0x64;
        nat64[2] = (byte) 0xff;
        nat64[3] = (byte) 0x9b;
        byte[] tail = Arrays.copyOfRange(bytes, 12, 16);
        boolean compatible = Arrays.equals(prefix, new byte[12]) && ((tail[0] & 0xff) != 0 || (tail[1] & 0xff) != 0);
        if (Arrays.equals(prefix, mapped) || Arrays.equals(prefix, nat64) || compatible) {
            return Optional.of(tail);
        }
        return Optional.empty();
    }

    /** Parses an IP literal without any DNS lookup; empty when the text is not an IP literal. */
    static Optional<InetAddress> parseLiteral(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean ipv6 = bare.indexOf(':') >= 0;
        boolean ipv4 = !bare.isEmpty() && bare.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        if (!ipv6 && !ipv4) {
            return Optional.empty();
        }
        try {
            // getByName does no lookup for literals; for the forms above it only parses
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
