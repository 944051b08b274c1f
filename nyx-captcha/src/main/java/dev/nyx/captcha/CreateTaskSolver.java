package dev.nyx.captcha;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves CAPTCHAs through a createTask / getTaskResult service: 2Captcha (API v2), CapSolver or
 * Anti-Captcha, one {@link CreateTaskService} dialect per instance.
 *
 * <p>Settings under {@code plugins.settings.captcha.<service>} ({@code 2captcha}, {@code capsolver},
 * {@code anticaptcha}): {@code key} (enables the solver; env {@code NYX_PLUGINS_CAPTCHA_<SERVICE>_KEY} wins),
 * {@code url} (env {@code ..._URL}; default the real API), {@code pollInterval} (default PT5S: the
 * services ask for 3–5 s) and {@code timeout} (default PT120S). The service's {@code cost} goes into
 * {@link CaptchaSolution#costUsd()} (zero where the service reports none).
 *
 * <p>Called by the CAPTCHA gate behind the plugin guard; thread-safe (no mutable state). Throws
 * {@link NyxException} carrying the service's own error code: {@link ErrorCode#RATE_LIMITED} (no
 * slot) and {@link ErrorCode#TIMEOUT} (not ready in time) are retryable; a wrong key is
 * {@link ErrorCode#INVALID_CONFIGURATION}, zero balance {@link ErrorCode#CAPTCHA_SERVICE_FAILED},
 * unsolvable {@link ErrorCode#CAPTCHA_UNSOLVED}. The key never appears in logs, messages or
 * {@link #toString()}.
 */
public class CreateTaskSolver implements CaptchaSolver {
    private static final Logger LOG = LoggerFactory.getLogger(CreateTaskSolver.class);

    private final CreateTaskService service;
    private final Optional<Secret> key;
    private final String keySetting;
    private final URI baseUrl;
    private final Duration pollInterval;
    private final Duration timeout;
    private final Clock clock;
    private final Http http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param service the dialect
     * @param context the plugin's settings (this service's under its name) and the clock
     */
    protected CreateTaskSolver(CreateTaskService service, ExtensionContext context) {
        this.service = requireNonNull(service, "service is null");
        requireNonNull(context, "context is null");
        ExtensionSettings settings = context.settings().section(service.serviceName());
        this.key = settings.getSecret("key");
        this.keySetting = settings.describe("key");
        this.baseUrl = settings.getUri("url", URI.create(service.defaultUrl()));
        this.pollInterval = settings.getDuration("pollInterval", Duration.ofSeconds(5));
        this.timeout = settings.getDuration("timeout", Duration.ofSeconds(120));
        this.clock = context.clock();
        this.http = new Http(service.serviceName());
    }

    @Override
    public String name() {
        return service.serviceName();
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
        String apiKey = key.orElseThrow(() -> new NyxException(ErrorCode.INVALID_CONFIGURATION, name()
                + " has no API key: set " + keySetting)).reveal();
        Instant deadline = clock.instant().plus(timeout);
        JsonNode created = call("createTask", createTaskBody(apiKey, challenge), apiKey);
        String taskId = created.path("taskId").asText("");
        if (taskId.isEmpty()) {
            throw new NyxException(ErrorCode.CAPTCHA_SERVICE_FAILED, name() + " accepted the task but sent no taskId");
        }
        LOG.debug("{} task {} created for {} on {}", name(), taskId, challenge.kind(), challenge.pageUrl().getHost());
        ObjectNode poll = json.createObjectNode().put("clientKey", apiKey).put("taskId", taskId);
        if (service != CreateTaskService.CAPSOLVER) {
            // 2Captcha and Anti-Captcha use numeric ids
            poll.put("taskId", Long.parseLong(taskId));
        }
        while (true) {
            Http.pause(pollInterval, name());
            JsonNode result = call("getTaskResult", poll, apiKey);
            if ("ready".equals(result.path("status").asText())) {
                return solution(result, taskId);
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new NyxException(ErrorCode.TIMEOUT, name() + " did not solve task " + taskId + " within "
                        + timeout + " (status " + result.path("status").asText("?")
                        + "): raise plugins.settings.captcha." + name() + ".timeout or let the next solver try");
            }
        }
    }

    private ObjectNode createTaskBody(String apiKey, CaptchaChallenge challenge) {
        ObjectNode body = json.createObjectNode().put("clientKey", apiKey);
        ObjectNode task = body.putObject("task")
                .put("type", service.taskType(challenge.kind(), challenge.enterprise()))
                .put("websiteURL", challenge.pageUrl().toString())
                .put("websiteKey", challenge.siteKey());
        switch (challenge.kind()) {
            case RECAPTCHA_V2 -> {
                if (challenge.invisible()) {
                    task.put("isInvisible", true);
                }
            }
            case RECAPTCHA_V3 -> {
                challenge.action().ifPresent(action -> task.put("pageAction", action));
                if (service != CreateTaskService.CAPSOLVER) {
                    task.put("minScore", 0.3);
                }
                if (challenge.enterprise()) {
                    task.put("isEnterprise", true);
                }
            }
            case TURNSTILE -> challenge.action().ifPresent(action -> {
                if (service == CreateTaskService.CAPSOLVER) {
                    task.putObject("metadata").put("action", action);
                } else {
                    task.put("action", action);
                }
            });
            case HCAPTCHA -> {
                // site key and page URL are all it needs
            }
        }
        return body;
    }

    private CaptchaSolution solution(JsonNode result, String taskId) {
        JsonNode solution = result.path("solution");
        String token = solution.hasNonNull("gRecaptchaResponse") ? solution.path("gRecaptchaResponse").asText()
                : solution.path("token").asText("");
        if (token.isEmpty()) {
            throw new NyxException(ErrorCode.CAPTCHA_SERVICE_FAILED, name() + " reported task " + taskId
                    + " ready without a token");
        }
        BigDecimal cost = BigDecimal.ZERO;
        if (result.hasNonNull("cost")) {
            try {
                cost = new BigDecimal(result.path("cost").asText());
            } catch (NumberFormatException unreadable) {
                LOG.debug("{} sent an unreadable cost for task {}", name(), taskId);
            }
        }
        LOG.debug("{} solved task {} (cost {} USD)", name(), taskId, cost);
        return new CaptchaSolution(token, name(), cost);
    }

    private JsonNode call(String method, ObjectNode body, String apiKey) {
        String answer = http.postJson(URI.create(baseUrl + "/" + method), body.toString());
        JsonNode node;
        try {
            node = json.readTree(answer);
        } catch (JsonProcessingException unreadable) {
            throw new NyxException(ErrorCode.CAPTCHA_SERVICE_FAILED, name() + " answered " + method
                    + " with something that is not JSON: check plugins.settings.captcha." + name() + ".url");
        }
        if (node.path("errorId").asInt(0) != 0) {
            throw ServiceErrors.toException(name(), node.path("errorCode").asText("ERROR_UNKNOWN"),
                    ServiceErrors.redact(node.path("errorDescription").asText(""), apiKey), keySetting);
        }
        return node;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name() + ", url=" + baseUrl + ", enabled=" + isEnabled() + "]";
    }
}
