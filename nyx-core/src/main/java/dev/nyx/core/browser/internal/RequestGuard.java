package dev.nyx.core.browser.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.spi.NyxException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link UrlPolicy} to every request of one browser context, as its
 * {@code BrowserContext.route("**", guard)} handler. Verdicts are cached per host for the
 * context's life, so each host is resolved once per application.
 *
 * <p>Playwright does not call route handlers for redirects (the browser's network stack follows
 * them). So for <em>navigations</em>, when private addresses are refused, the guard fetches the
 * response itself without following redirects, checks a redirect's {@code Location}, and hands the
 * response to the browser only when the target may be visited. Because the browser follows
 * further hops without asking, the guard walks the rest of the chain itself (GET, with the
 * context's cookies) and sends the browser straight to the chain's end; so the end URL is
 * requested twice, and a server that answers differently the second time is not caught. Redirects of sub-resources (images, scripts, XHR) are not
 * checked: a known gap. Neither are WebSockets, nor a host whose DNS answer changes between our
 * check and the browser's own lookup.
 *
 * <p>Installed only while private addresses are refused (the default): when they are allowed, every
 * http(s) request passes the rule, and the browser itself does not load {@code file:} URLs into web pages.
 *
 * <p>Confined to the worker thread that owns the context (Playwright runs route handlers on the
 * thread that waits for it), so its state needs no locks.
 */
final class RequestGuard implements Consumer<Route> {

    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);

    private static final int MAX_REDIRECTS = 20;

    private final UrlPolicy policy;
    private final APIRequestContext requests;
    private final String applicationId;
    private final Map<String, Optional<NyxException>> verdictByHost = new HashMap<>();
    private final List<NyxException> refusals = new ArrayList<>();

    RequestGuard(UrlPolicy policy, APIRequestContext requests, String applicationId) {
        this.policy = requireNonNull(policy, "policy is null");
        this.requests = requireNonNull(requests, "requests is null");
        this.applicationId = requireNonNull(applicationId, "applicationId is null");
    }

    @Override
    public void accept(Route route) {
        Request request = route.request();
        Optional<NyxException> refusal = verdict(request.url());
        if (refusal.isPresent()) {
            refuse(route, refusal.get());
            return;
        }
        if (request.isNavigationRequest() && !policy.allowsPrivateAddresses()) {
            guardRedirect(route, request);
            return;
        }
        route.resume();
    }

    /** The first refusal, if any request was blocked; used to explain a failed navigation. */
    Optional<NyxException> firstRefusal() {
        return refusals.stream().findFirst();
    }

    private void guardRedirect(Route route, Request request) {
        APIResponse response;
        try {
            response = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
        } catch (PlaywrightException e) {
            // unreachable server: fail the navigation as the browser would (net::ERR_FAILED)
            log.debug("Application {}: could not fetch {}: {}", applicationId, request.url(), e.getMessage());
            route.abort("failed");
            return;
        }
        try {
            Optional<String> target = redirectTarget(response, request.url());
            if (target.isEmpty()) {
                route.fulfill(new Route.FulfillOptions().setResponse(response));
                return;
            }
            Optional<String> end = walkChain(route, request.url(), target.get());
            if (end.isPresent() && end.get().equals(target.get())) {
                route.fulfill(new Route.FulfillOptions().setResponse(response));
            } else if (end.isPresent()) {
                route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(Map.of("Location", end.get())));
            }
        } finally {
            response.dispose();
        }
    }

    /**
     * Follows a redirect chain from its first target, checking every hop, because the browser
     * would follow hops after the first without asking us.
     *
     * @return the chain's last URL; empty when a hop was refused (the route is then aborted)
     */
    private Optional<String> walkChain(Route route, String origin, String firstTarget) {
        String current = firstTarget;
        for (int hop = 1; hop <= MAX_REDIRECTS; hop++) {
            Optional<NyxException> refusal = verdict(current);
            if (refusal.isPresent()) {
                refuse(route, refusal.get());
                return Optional.empty();
            }
            Optional<String> next = nextHop(current);
            if (next.isEmpty()) {
                return Optional.of(current);
            }
            current = next.get();
        }
        log.warn("Application {}: more than {} redirects from {}", applicationId, MAX_REDIRECTS, origin);
        route.abort("failed");
        return Optional.empty();
    }

    /** Where {@code url} redirects to; empty when it does not, or cannot be reached (the browser will say so). */
    private Optional<String> nextHop(String url) {
        APIResponse response;
        try {
            response = requests.get(url, RequestOptions.create().setMaxRedirects(0));
        } catch (PlaywrightException e) {
            return Optional.empty();
        }
        try {
            return redirectTarget(response, url);
        } finally {
            response.dispose();
        }
    }

    private static Optional<String> redirectTarget(APIResponse response, String url) {
        String location = response.headers().get("location");
        if (response.status() >= 300 && response.status() < 400 && location != null) {
            return Optional.of(resolve(url, location));
        }
        return Optional.empty();
    }

    private void refuse(Route route, NyxException refusal) {
        refusals.add(refusal);
        log.warn("Application {}: blocked a browser request: {}", applicationId, refusal.getMessage());
        route.abort("blockedbyclient");
    }

    private Optional<NyxException> verdict(String url) {
        URL parsed;
        try {
            parsed = new URL(url);
        } catch (MalformedURLException e) {
            return Optional.of(checkFailure(url));
        }
        String scheme = parsed.getProtocol().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(checkFailure(url));
        }
        String host = parsed.getHost().toLowerCase(Locale.ROOT);
        return verdictByHost.computeIfAbsent(host, key -> {
            try {
                policy.checkHost(key, url);
                return Optional.empty();
            } catch (NyxException e) {
                return Optional.of(e);
            }
        });
    }

    private NyxException checkFailure(String url) {
        try {
            policy.check(url);
        } catch (NyxException e) {
            return e;
        }
        // the policy accepted what java.net.URL could not parse: refuse anyway, never guess
        return new NyxException(dev.nyx.spi.ErrorCode.INVALID_URL, "Invalid URL '" + url
                + "': the browser asked for it, but it cannot be parsed; only http(s) URLs are loaded.");
    }

    private static String resolve(String base, String location) {
        try {
            return new URL(new URL(base), location.strip()).toString();
        } catch (MalformedURLException e) {
            // an unparseable Location is checked as it stands and refused by the policy
            return location;
        }
    }
}
