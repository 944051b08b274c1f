package dev.nyx.captcha;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.captcha.internal.Http;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a CAPTCHA to the candidate over Telegram: sends the page's screenshot ({@code sendPhoto},
 * or {@code sendMessage} when there is none) with a short message and the page link, then waits via
 * {@code getUpdates} long polling for a reply in the configured chat: a pasted token, or
 * {@code done} after the person solved it in a headed browser
 * ({@link CaptchaSolution#solvedInBrowser}).
 *
 * <p>Settings under {@code plugins.settings.captcha.telegram}: {@code botToken} (enables it; env
 * {@code NYX_PLUGINS_CAPTCHA_TELEGRAM_BOT_TOKEN}), {@code chatId} (env {@code NYX_PLUGINS_CAPTCHA_TELEGRAM_CHAT_ID}),
 * {@code url} (env {@code NYX_PLUGINS_CAPTCHA_TELEGRAM_URL}; default {@code https://api.telegram.org}),
 * {@code timeout} (default PT10M) and {@code longPoll} (default PT25S).
 *
 * <p>Uses the JDK HTTP client, not a Telegram library: three Bot API methods are all it needs, and
 * the plugin stays on Jackson and the JDK. Called by the CAPTCHA gate behind the plugin guard (whose
 * time-out must exceed {@code timeout}); thread-safe. No reply in time throws
 * {@link ErrorCode#CAPTCHA_UNSOLVED} (blocked: the pipeline marks the application NEEDS_INPUT). The
 * bot token never appears in logs, messages or {@link #toString()}.
 */
@Extension
public class TelegramHandoffSolver implements CaptchaSolver {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramHandoffSolver.class);
    private static final String NAME = "telegram";
    // tokens are long and have no spaces; anything else is chat, not an answer
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-.:]{20,}");

    private final Optional<Secret> botToken;
    private final String tokenSetting;
    private final String chatSetting;
    private final Optional<String> chatId;
    private final URI baseUrl;
    private final Duration timeout;
    private final Duration longPoll;
    private final Clock clock;
    private final Http http = new Http(NAME);
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    public TelegramHandoffSolver(ExtensionContext context) {
        requireNonNull(context, "context is null");
        ExtensionSettings settings = context.settings().section(NAME);
        this.botToken = settings.getSecret("botToken");
        this.tokenSetting = settings.describe("botToken");
        this.chatSetting = settings.describe("chatId");
        this.chatId = settings.get("chatId");
        this.baseUrl = settings.getUri("url", URI.create("https://api.telegram.org"));
        this.timeout = settings.getDuration("timeout", Duration.ofMinutes(10));
        this.longPoll = settings.getDuration("longPoll", Duration.ofSeconds(25));
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
        return botToken.isPresent() && chatId.isPresent();
    }

    @Override
    public CaptchaSolution solve(CaptchaChallenge challenge) {
        requireNonNull(challenge, "challenge is null");
        if (!isEnabled()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "the Telegram hand-off needs a bot token and a chat"
                    + " id: set " + tokenSetting + " and " + chatSetting);
        }
        Instant deadline = clock.instant().plus(timeout);
        // skip what the chat said before this request
        long offset = nextOffset(call("getUpdates?timeout=0", Duration.ZERO), 0);
        announce(challenge);
        while (clock.instant().isBefore(deadline)) {
            long waitSeconds = Math.max(1, Math.min(longPoll.toSeconds(),
                    Duration.between(clock.instant(), deadline).toSeconds()));
            JsonNode updates = call("getUpdates?offset=" + offset + "&timeout=" + waitSeconds,
                    Duration.ofSeconds(waitSeconds));
            for (JsonNode update : updates.path("result")) {
                offset = Math.max(offset, update.path("update_id").asLong() + 1);
                JsonNode message = update.path("message");
                if (!chatId.get().equals(message.path("chat").path("id").asText())) {
                    continue;
                }
                String text = message.path("text").asText("").trim();
                if (text.equalsIgnoreCase("done")) {
                    LOG.info("the candidate solved the {} CAPTCHA in the browser", challenge.kind());
                    return CaptchaSolution.solvedInBrowser(NAME);
                }
                if (TOKEN.matcher(text).matches()) {
                    LOG.info("the candidate sent a {} CAPTCHA token over Telegram", challenge.kind());
                    return new CaptchaSolution(text, NAME, BigDecimal.ZERO);
                }
            }
        }
        throw new NyxException(ErrorCode.CAPTCHA_UNSOLVED, "nobody answered the Telegram hand-off for the "
                + challenge.kind() + " CAPTCHA on " + challenge.pageUrl() + " within " + timeout
                + ": the application needs the candidate's input");
    }

    private void announce(CaptchaChallenge challenge) {
        String text = "Nyx needs a hand with a " + challenge.kind() + " CAPTCHA on " + challenge.pageUrl()
                + ". Reply with the token, or solve it in the browser and reply \"done\".";
        Optional<Path> screenshot = challenge.screenshot().filter(Files::isReadable);
        if (screenshot.isPresent()) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(screenshot.get());
            } catch (IOException unreadable) {
                throw new NyxException(ErrorCode.STORAGE_FAILURE, "cannot read the CAPTCHA screenshot '"
                        + screenshot.get() + "' for the Telegram hand-off", unreadable);
            }
            check(http.postMultipart(method("sendPhoto"), Map.of("chat_id", chatId.get(), "caption", text), "photo",
                    screenshot.get().getFileName().toString(), "image/png", bytes), "sendPhoto");
        } else {
            check(http.postJson(method("sendMessage"), json.createObjectNode().put("chat_id", chatId.get())
                    .put("text", text).toString()), "sendMessage");
        }
        LOG.info("asked the candidate over Telegram to solve a {} CAPTCHA", challenge.kind());
    }

    private JsonNode call(String methodAndQuery, Duration extraWait) {
        return check(http.get(method(methodAndQuery), extraWait), methodAndQuery.split("\\?")[0]);
    }

    private JsonNode check(String body, String method) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw new NyxException(ErrorCode.NETWORK, "Telegram answered " + method + " with something that is not"
                    + " JSON: check plugins.settings.captcha.telegram.url");
        }
        if (!node.path("ok").asBoolean(false)) {
            int status = node.path("error_code").asInt(0);
            String description = node.path("description").asText("");
            ErrorCode code = status == 401 || status == 404 ? ErrorCode.INVALID_CONFIGURATION
                    : status == 429 ? ErrorCode.RATE_LIMITED : ErrorCode.CAPTCHA_SERVICE_FAILED;
            throw new NyxException(code, "Telegram refused " + method + ": " + status + " " + description
                    + (code == ErrorCode.INVALID_CONFIGURATION ? "; check " + tokenSetting + " and the chat id"
                    : ""));
        }
        return node;
    }

    private static long nextOffset(JsonNode updates, long offset) {
        long next = offset;
        for (JsonNode update : updates.path("result")) {
            next = Math.max(next, update.path("update_id").asLong() + 1);
        }
        return next;
    }

    private URI method(String methodAndQuery) {
        return URI.create(baseUrl + "/bot" + botToken.orElseThrow().reveal() + "/" + methodAndQuery);
    }

    @Override
    public String toString() {
        return "TelegramHandoffSolver[url=" + baseUrl + ", enabled=" + isEnabled() + "]";
    }
}
