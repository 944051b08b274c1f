package dev.nyx.captcha;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.captcha.internal.Http;
import dev.nyx.captcha.internal.ServiceErrors;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.model.CaptchaSolution;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.ExtensionSettings;
import dev.nyx.spi.Secret;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves CAPTCHAs through 2Captcha's classic API: {@code POST in.php} then {@code GET res.php}
 * ({@code json=1}) until the answer is no longer {@code CAPCHA_NOT_READY}.
 *
 * <p>Settings under {@code plugins.settings.captcha.2captcha-classic}: {@code key} (env
 * {@code NYX_PLUGINS_CAPTCHA_2CAPTCHA_CLASSIC_KEY}, else the {@code 2captcha.key}: the same account as
 * the v2 API), {@code url} (env {@code NYX_PLUGINS_CAPTCHA_2CAPTCHA_CLASSIC_URL}; default
 * {@code https://2captcha.com}),
 * {@code pollInterval} (default PT10S, as 2Captcha's own client), {@code timeout} (default PT120S) and
 * {@code price} (USD per solve, recorded as cost; the classic API reports none; default 0).
 *
 * <p>Called by the CAPTCHA gate behind the plugin guard; thread-safe. Errors as in
 * {@link CreateTaskSolver}; the key never appears in logs, messages or {@link #toString()}.
 */
@Extension
public class TwoCaptchaClassicSolver implements CaptchaSolver {
    private static final Logger LOG = LoggerFactory.getLogger(TwoCaptchaClassicSolver.class);
    private static final String NAME = "2captcha-classic";

    private final Optional<Secret> key;
    private final String keySetting;
    private final URI baseUrl;
    private final Duration pollInterval;
    private final Duration timeout;
    private final BigDecimal price;
    private final Clock clock;
    private final Http http = new Http(NAME);
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    public TwoCaptchaClassicSolver(ExtensionContext context) {
        requireNonNull(context, "context is null");
        ExtensionSettings settings = context.settings().section(NAME);
        // the same 2Captcha account serves both APIs: its own key, else the 2captcha solver's
        ExtensionSettings shared = context.settings().section(CreateTaskService.TWO_CAPTCHA.serviceName());
        this.key = settings.getSecret("key").or(() -> shared.getSecret("key"));
        this.keySetting = settings.describe("key") + " or " + shared.describe("key");
        this.baseUrl = settings.getUri("url", URI.create("https://2captcha.com"));
        this.pollInterval = settings.getDuration("pollInterval", Duration.ofSeconds(10));
        this.timeout = settings.getDuration("timeout", Duration.ofSeconds(120));
        String priceText = settings.get("price").orElse("0");
        try {
            this.price = new BigDecimal(priceText);
        } catch (NumberFormatException malformed) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, settings.describe("price")
                    + " is '" + priceText + "': give the USD price per solve, e.g. 0.00299");
        }
        this.clock = context.clock();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<CaptchaKind> kinds() {
        return EnumSet.allOf(CaptchaKind.class);
    }

    @Override
    public boolean isEnabled() {
        return key.isPresent();
    }

    @Override
    public CaptchaSolution solve(CaptchaChallenge challenge) {
        requireNonNull(challenge, "challenge is null");
        String apiKey = key.orElseThrow(() -> new NyxException(ErrorCode.INVALID_CONFIGURATION, NAME
                + " has no API key: set " + keySetting)).reveal();
        Instant deadline = clock.instant().plus(timeout);
        String taskId = answer(http.postForm(URI.create(baseUrl + "/in.php"), submitFields(apiKey, challenge)), apiKey);
        LOG.debug("{} task {} created for {} on {}", NAME, taskId, challenge.kind(), challenge.pageUrl().getHost());
        URI poll = URI.create(baseUrl + "/res.php?" + Http.encode(Map.of("key", apiKey, "action", "get", "id", taskId,
                "json", "1")));
        while (true) {
            Http.pause(pollInterval, NAME);
            try {
                String token = answer(http.get(poll, Duration.ZERO), apiKey);
                LOG.debug("{} solved task {}", NAME, taskId);
                return new CaptchaSolution(token, NAME, price);
            } catch (NyxException notReady) {
                if (!notReady.getMessage().contains("CAPCHA_NOT_READY")) {
                    throw notReady;
                }
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new NyxException(ErrorCode.TIMEOUT, NAME + " did not solve task " + taskId + " within " + timeout
                        + " (still CAPCHA_NOT_READY): raise plugins.settings.captcha." + NAME
                        + ".timeout or let the next solver try");
            }
        }
    }

    private static Map<String, String> submitFields(String apiKey, CaptchaChallenge challenge) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", apiKey);
        fields.put("json", "1");
        String page = challenge.pageUrl().toString();
        switch (challenge.kind()) {
            case RECAPTCHA_V2, RECAPTCHA_V3 -> {
                fields.put("method", "userrecaptcha");
                fields.put("googlekey", challenge.siteKey());
                fields.put("pageurl", page);
                if (challenge.kind() == CaptchaKind.RECAPTCHA_V3) {
                    fields.put("version", "v3");
                    fields.put("min_score", "0.3");
                    challenge.action().ifPresent(action -> fields.put("action", action));
                } else if (challenge.invisible()) {
                    fields.put("invisible", "1");
                }
                if (challenge.enterprise()) {
                    fields.put("enterprise", "1");
                }
            }
            case HCAPTCHA -> {
                fields.put("method", "hcaptcha");
                fields.put("sitekey", challenge.siteKey());
                fields.put("pageurl", page);
            }
            case TURNSTILE -> {
                fields.put("method", "turnstile");
                fields.put("sitekey", challenge.siteKey());
                fields.put("pageurl", page);
                challenge.action().ifPresent(action -> fields.put("action", action));
            }
        }
        return fields;
    }

    /** The {@code request} of a {@code status: 1} answer; otherwise the mapped error. */
    private String answer(String body, String apiKey) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException notJson) {
            // json=1 was asked for, but the plain-text form (OK|value or a bare code) is understood too
            String text = body.trim();
            if (text.startsWith("OK|")) {
                return text.substring(3);
            }
            throw ServiceErrors.toException(NAME, ServiceErrors.redact(text, apiKey), "", keySetting);
        }
        String request = node.path("request").asText("");
        if (node.path("status").asInt(0) == 1 && !request.isEmpty()) {
            return request;
        }
        throw ServiceErrors.toException(NAME, ServiceErrors.redact(request.isEmpty() ? "ERROR_UNKNOWN" : request,
                apiKey), "", keySetting);
    }

    @Override
    public String toString() {
        return "TwoCaptchaClassicSolver[url=" + baseUrl + ", enabled=" + isEnabled() + "]";
    }
}
