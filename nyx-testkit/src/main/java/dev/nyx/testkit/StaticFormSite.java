package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.internal.Html;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A replica made of static HTML pages: what a plugin author needs to run the adapter contract suite
 * ({@link AbstractAtsAdapterContractTest}) against a copy of a one-page application form, without
 * writing a {@link Site} by hand.
 *
 * <p>Mounted on a {@link ReplicaServer} like any site. A {@code GET} of a page path answers its
 * HTML; any other path is 404 (a missing posting). A {@code POST} with a
 * {@code multipart/form-data} or {@code application/x-www-form-urlencoded} body is recorded as a
 * {@link Submission} (fields and files) and answered with the confirmation page; its posting id is
 * the page path the {@code POST} path starts with (a form without {@code action} posts to its own
 * page), without the leading slash, or else the {@code POST} path itself. When the test injected a
 * {@link Fault#validationError validation error}, nothing is recorded and the page is served again
 * with the message in a {@code <div role="alert" class="form-error">} right after {@code <body>},
 * as sites show their own errors.
 *
 * <pre>{@code
 * ReplicaServer server = ReplicaServer.start().mount(StaticFormSite.builder("acme", "/acme")
 *         .page("/jobs/1001", Path.of("src/test/resources/replica/job-1001.html"))
 *         .build());
 * URI posting = server.url("/acme/jobs/1001");       // submissions: server.submissions()
 * }</pre>
 *
 * <p>Immutable and thread-safe (the server calls it on several threads).
 */
public final class StaticFormSite implements Site {
    /** The confirmation page served after a recorded submission unless the builder sets another. */
    public static final String DEFAULT_CONFIRMATION = "<!DOCTYPE html><html><head><title>Application received</title>"
            + "</head><body><h1>Thank you for applying</h1><p>We have received your application.</p></body></html>";

    private static final Pattern BODY_TAG = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);

    private final String name;
    private final String mountPath;
    private final Map<String, String> pages;
    private final String confirmation;

    private StaticFormSite(Builder builder) {
        this.name = builder.name;
        this.mountPath = builder.mountPath;
        this.pages = Map.copyOf(builder.pages);
        this.confirmation = builder.confirmation;
    }

    /**
     * A builder for a site with this {@link Site#name()} and mount path ({@code /acme}: starts with
     * {@code /}, no trailing slash).
     */
    public static Builder builder(String name, String mountPath) {
        return new Builder(name, mountPath);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String mountPath() {
        return mountPath;
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        String path = request.sitePath();
        return switch (request.method()) {
            case "GET", "HEAD" -> Optional.ofNullable(pages.get(path)).map(html -> ReplicaResponse.html(200, html))
                    .orElseGet(() -> ReplicaResponse.html(404, "<!DOCTYPE html><html><body><h1>Page not found</h1>"
                            + "<p>No such job: " + Html.escape(path) + "</p></body></html>"));
            case "POST" -> submit(request, context);
            default -> ReplicaResponse.text(405, "text/plain; charset=utf-8", request.method() + " is not allowed");
        };
    }

    private ReplicaResponse submit(ReplicaRequest request, SiteContext context) {
        String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded")) {
            return ReplicaResponse.text(415, "text/plain; charset=utf-8",
                    "a form post must be multipart/form-data or application/x-www-form-urlencoded, not '" + type + "'");
        }
        Optional<String> page = pageOf(request.sitePath());
        if (request.validationError().isPresent()) {
            String html = page.map(pages::get).orElse("<!DOCTYPE html><html><body></body></html>");
            return ReplicaResponse.html(200, withAlert(html, request.validationError().get()));
        }
        String postingId = page.orElse(request.sitePath()).substring(1);
        context.recorder().record(new Submission(name, postingId, request.path(), request.method(),
                request.receivedAt(), request.form(), request.headers(), Optional.empty()));
        return ReplicaResponse.html(200, confirmation);
    }

    /** The longest page path that {@code sitePath} is or starts with. */
    private Optional<String> pageOf(String sitePath) {
        return pages.keySet().stream()
                .filter(page -> sitePath.equals(page) || sitePath.startsWith(page.endsWith("/") ? page : page + "/"))
                .max(Comparator.comparingInt(String::length));
    }

    private static String withAlert(String html, String message) {
        String alert = "<div role=\"alert\" class=\"form-error\">" + Html.escape(message) + "</div>";
        Matcher body = BODY_TAG.matcher(html);
        return body.find() ? html.substring(0, body.end()) + alert + html.substring(body.end()) : alert + html;
    }

    /** Collects the pages and the confirmation of a {@link StaticFormSite}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final String mountPath;
        private final Map<String, String> pages = new LinkedHashMap<>();
        private String confirmation = DEFAULT_CONFIRMATION;

        private Builder(String name, String mountPath) {
            this.name = requireNonNull(name, "name is null");
            this.mountPath = requireNonNull(mountPath, "mountPath is null");
        }

        /**
         * Serves {@code html} at {@code path} below the mount path ({@code /jobs/1001}).
         *
         * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when the path does not start with
         *                      {@code /} or is taken
         */
        public Builder page(String path, String html) {
            requireNonNull(path, "path is null");
            requireNonNull(html, "html is null");
            if (!path.startsWith("/")) {
                throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "page path '" + path
                        + "' must start with '/', e.g. /jobs/1001");
            }
            if (pages.putIfAbsent(path, html) != null) {
                throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "page path '" + path + "' is served twice");
            }
            return this;
        }

        /**
         * Serves the UTF-8 file at {@code path} below the mount path.
         *
         * @throws UncheckedIOException when the file cannot be read
         */
        public Builder page(String path, Path file) {
            requireNonNull(file, "file is null");
            try {
                return page(path, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the replica page " + file.toAbsolutePath(), e);
            }
        }

        /** The HTML answered to a recorded submission (default {@link #DEFAULT_CONFIRMATION}). */
        public Builder confirmation(String html) {
            this.confirmation = requireNonNull(html, "html is null");
            return this;
        }

        public StaticFormSite build() {
            return new StaticFormSite(this);
        }
    }
}
