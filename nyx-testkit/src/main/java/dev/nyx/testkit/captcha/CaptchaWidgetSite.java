package dev.nyx.testkit.captcha;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.internal.Html;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Replica pages guarded by reCAPTCHA v2 (checkbox, invisible), v3, hCaptcha and Turnstile, with the
 * widget scripts served at their real paths under host-named folders
 * ({@code /www.google.com/recaptcha/api.js}, {@code /www.google.com/recaptcha/enterprise.js},
 * {@code /js.hcaptcha.com/1/api.js}, {@code /challenges.cloudflare.com/turnstile/v0/api.js}).
 *
 * <p>Pages: {@code /form/{slug}} (the form), {@code /embed/{slug}} (the same form inside an iframe).
 * {@code POST /submit/{slug}} is accepted and recorded (posting id = slug) only when the widget's
 * response field carries a token {@link IssuedTokens} issued for the widget's site key <b>and</b>
 * the page's callback ran (it copies the token into {@code callback_token}); otherwise it answers
 * 400. Thread-safe.
 */
public final class CaptchaWidgetSite implements Site {
    private final String mountPath;
    private final IssuedTokens tokens;

    public CaptchaWidgetSite(String mountPath, IssuedTokens tokens) {
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
    }

    @Override
    public String name() {
        return "captcha-widgets";
    }

    @Override
    public String mountPath() {
        return mountPath;
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        String path = request.sitePath();
        switch (path) {
            case "/www.google.com/recaptcha/api.js":
                return recaptchaScript(request, context, false);
            case "/www.google.com/recaptcha/enterprise.js":
                return recaptchaScript(request, context, true);
            case "/js.hcaptcha.com/1/api.js":
                return script(resource("hcaptcha-api.js"), context.url("/newassets.hcaptcha.com"));
            case "/challenges.cloudflare.com/turnstile/v0/api.js":
                return script(resource("turnstile-api.js"), context.url("/challenges.cloudflare.com"));
            default:
                break;
        }
        if (path.startsWith("/www.google.com/recaptcha/") || path.startsWith("/newassets.hcaptcha.com/")
                || path.startsWith("/challenges.cloudflare.com/")) {
            // the widget's inner frame: a person would solve the challenge here
            return ReplicaResponse.html(200, "<!doctype html><html><body><div class=\"replica-challenge\">"
                    + "Replica challenge: only a solver token passes</div></body></html>");
        }
        String[] parts = path.split("/");
        if (parts.length == 3) {
            Optional<WidgetKind> kind = WidgetKind.bySlug(parts[2]);
            if (kind.isPresent()) {
                switch (parts[1]) {
                    case "form":
                        return ReplicaResponse.html(200, WidgetPages.form(kind.get(), context));
                    case "embed":
                        return ReplicaResponse.html(200, WidgetPages.embed(kind.get(), context));
                    case "submit":
                        if ("POST".equals(request.method())) {
                            return submit(kind.get(), request, context);
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        return ReplicaResponse.notFound(request.path());
    }

    private ReplicaResponse submit(WidgetKind kind, ReplicaRequest request, SiteContext context) {
        if (request.validationError().isPresent()) {
            return refuse(request.validationError().get());
        }
        Optional<String> token = request.form().first(kind.responseField()).filter(value -> !value.isEmpty());
        if (token.isEmpty()) {
            return refuse("the field " + kind.responseField() + " is empty: solve the CAPTCHA first");
        }
        if (!tokens.isIssuedFor(token.get(), kind.siteKey())) {
            return refuse("the token in " + kind.responseField() + " was not issued for site key " + kind.siteKey());
        }
        if (!token.equals(request.form().first("callback_token"))) {
            return refuse("the widget's callback did not run with the token");
        }
        context.recorder().record(new Submission(name(), kind.slug(), request.path(), request.method(),
                request.receivedAt(), request.form(), request.headers(), Optional.empty()));
        return ReplicaResponse.html(200, "<!doctype html><html><head><title>Thank you</title></head><body>"
                + "<h1 id=\"confirmation\">Thank you for applying</h1></body></html>");
    }

    private static ReplicaResponse refuse(String reason) {
        return ReplicaResponse.html(400, "<!doctype html><html><head><title>Error</title></head><body>"
                + "<p id=\"error\">CAPTCHA verification failed: " + Html.escape(reason) + "</p></body></html>");
    }

    private static ReplicaResponse recaptchaScript(ReplicaRequest request, SiteContext context, boolean enterprise) {
        String render = request.query().first("render").orElse("");
        String onload = request.query().first("onload").orElse("");
        String header = "var NYX_ENTERPRISE = " + enterprise + ";\nvar NYX_RENDER = '" + jsString(render)
                + "';\nvar NYX_ONLOAD = '" + jsString(onload) + "';\n";
        return script(header + resource("recaptcha-api.js"), context.url("/www.google.com"));
    }

    private static ReplicaResponse script(String body, String base) {
        // each script runs in its own function scope, so these names stay private to it
        String wrapped = "(function () {\nvar NYX_BASE = '" + jsString(base) + "';\n" + body + "\n})();\n";
        return ReplicaResponse.text(200, "text/javascript; charset=utf-8", wrapped);
    }

    private static String jsString(String value) {
        return value.replaceAll("[^A-Za-z0-9_:/.\\-]", "");
    }

    private static String resource(String name) {
        try (InputStream in = CaptchaWidgetSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NyxException(ErrorCode.INTERNAL, "testkit resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new NyxException(ErrorCode.INTERNAL, "cannot read testkit resource " + name, failed);
        }
    }
}
