package dev.nyx.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    // A fake DNS: made-up names map to fixed addresses, anything else does not resolve
    private static final Map<String, String> DNS = Map.of(
            "jobs.example.com", "93.184.216.34",
            "intranet.example.com", "10.1.2.3",
            "dual.example.com", "2606:4700::1111",
            "sneaky.example.com", "::ffff:192.168.1.1");

    private final UrlPolicy strict = new UrlPolicy(false, UrlPolicyTest::fakeResolve);
    private final UrlPolicy permissive = new UrlPolicy(true, UrlPolicyTest::fakeResolve);

    private static List<InetAddress> fakeResolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://jobs.example.com/apply/1", "http://jobs.example.com:8080/x?y=1",
            "HTTPS://JOBS.EXAMPLE.COM/", "http://93.184.216.34/", "http://[2606:4700::1111]/", "https://dual.example.com"})
    void should_accept_url_when_http_scheme_and_public_address(String url) {
        // when
        URI checked = strict.check(url);

        // then
        assertThat(checked).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "data:text/html,<h1>x</h1>",
            "chrome://settings", "ftp://jobs.example.com/x", "about:blank", "ws://jobs.example.com/socket"})
    void should_refuse_url_when_scheme_is_not_http(String url) {
        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_URL))
                .hasMessageContaining(url)
                .hasMessageContaining("Only absolute http:// and https:// URLs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://exa mple.com/", "jobs.example.com/apply", "http://", "https:///path", "::::",
            "http://under_score.example.com/"})
    void should_refuse_url_when_malformed(String url) {
        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_URL))
                .hasMessageContaining("Invalid URL '" + url + "'");
    }

    @Test
    void should_refuse_url_without_echoing_password_when_it_carries_credentials() {
        assertThatThrownBy(() -> strict.check("https://bob:hunter2@jobs.example.com/"))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_URL))
                .hasMessageContaining("credentials")
                .hasMessageNotContaining("hunter2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.0.9", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.0.1",
            "100.64.0.1", "100.127.255.255", "169.254.169.254", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250",
            "255.255.255.255", "240.0.0.1",
            "[::1]", "[::]", "[fe80::1]", "[febf::1]", "[fc00::1]", "[fd12:3456::1]", "[ff02::1]", "[fec0::1]",
            "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "[64:ff9b::a9fe:a9fe]"})
    void should_refuse_address_when_it_is_not_public(String host) {
        String url = "http://" + host + "/jobs";

        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED))
                .hasMessageContaining(url)
                .hasMessageContaining("network.allowPrivateAddresses: true")
                .hasMessageContaining("--allow-private-addresses");
    }

    @ParameterizedTest
    @ValueSource(strings = {"172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "169.253.1.1",
            "11.0.0.1", "192.169.0.1", "223.255.255.255", "[fbff::1]", "[fe00::1]", "[2001:db8::1]", "[::ffff:8.8.8.8]"})
    void should_accept_address_when_just_outside_refused_ranges(String host) {
        assertThat(strict.check("https://" + host + "/")).hasHost(host);
    }

    @Test
    void should_name_resolved_address_and_its_class_when_host_resolves_to_private_address() {
        assertThatThrownBy(() -> strict.check("https://intranet.example.com/admin"))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED))
                .hasMessageContaining("'intranet.example.com' resolves to 10.1.2.3")
                .hasMessageContaining("a private address");
    }

    @Test
    void should_refuse_host_when_it_resolves_to_mapped_private_address() {
        assertThatThrownBy(() -> strict.check("https://sneaky.example.com/"))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED))
                .hasMessageContaining("192.168.1.1");
    }

    @Test
    void should_refuse_host_when_any_of_its_addresses_is_private() {
        UrlPolicy policy = new UrlPolicy(false, host -> List.of(InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("127.0.0.1")));

        assertThatThrownBy(() -> policy.check("https://mixed.example.com/"))
                .isInstanceOfSatisfying(NyxException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDRESS_NOT_ALLOWED))
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void should_fail_transiently_naming_host_when_host_does_not_resolve() {
        assertThatThrownBy(() -> strict.check("https://no-such-host.example.org/jobs/1"))
                .isInstanceOfSatisfying(NyxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NETWORK);
                    assertThat(e.isRetryable()).isTrue();
                })
                .hasMessageContaining("'no-such-host.example.org'")
                .hasMessageContaining("https://no-such-host.example.org/jobs/1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://0x7f.0.0.1/", "http://0x7f000001/", "http://0177.0.0.1.0x1/", "http://1.0x2/"})
    void should_refuse_url_when_host_is_unusual_numeric_address(String url) {
        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_URL))
                .hasMessageContaining(url);
    }

    @Test
    void should_refuse_decimal_integer_host_when_it_denotes_loopback() {
        // Chromium reads http://2130706433/ as http://127.0.0.1/
        assertThatThrownBy(() -> strict.check("http://2130706433/"))
                .isInstanceOf(NyxException.class)
                .satisfies(e -> assertThat(((NyxException) e).code())
                        .isIn(ErrorCode.ADDRESS_NOT_ALLOWED, ErrorCode.INVALID_URL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://[::1]/", "http://intranet.example.com/",
            "http://192.168.1.20/", "http://no-such-host.example.org/"})
    void should_accept_private_and_unresolvable_hosts_when_private_addresses_allowed(String url) {
        assertThat(permissive.check(url)).isEqualTo(URI.create(url));
        assertThat(permissive.allowsPrivateAddresses()).isTrue();
    }

    @Test
    void should_still_refuse_non_http_scheme_when_private_addresses_allowed() {
        assertThatThrownBy(() -> permissive.check("file:///etc/passwd"))
                .isInstanceOfSatisfying(NyxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_URL));
    }

    @Test
    void should_not_consult_resolver_when_host_is_ip_literal() {
        UrlPolicy policy = new UrlPolicy(false, host -> {
            throw new AssertionError("resolver called for " + host);
        });

        assertThat(policy.check("https://8.8.8.8/")).hasHost("8.8.8.8");
    }
}
