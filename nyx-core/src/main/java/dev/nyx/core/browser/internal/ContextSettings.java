package dev.nyx.core.browser.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Turns {@link NyxConfig.Browser} into Playwright launch and context options, validating it
 * once so a bad setting fails at start with a message naming it. Immutable, thread-safe.
 */
public final class ContextSettings {

    /** Flags that keep Chromium quiet and working in containers and on closed networks. */
    static final List<String> LAUNCH_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private final NyxConfig.Browser browser;

    public ContextSettings(NyxConfig.Browser browser) {
        this.browser = requireNonNull(browser, "browser is null");
        if (browser.viewportWidth() <= 0 || browser.viewportHeight() <= 0) {
            throw invalid("browser.viewportWidth/viewportHeight must be positive, got "
                    + browser.viewportWidth() + "x" + browser.viewportHeight());
        }
        if (browser.stepTimeout().isNegative() || browser.stepTimeout().isZero()) {
            throw invalid("browser.stepTimeout must be positive, got " + browser.stepTimeout());
        }
        if (browser.slowMo().isNegative()) {
            throw invalid("browser.slowMo must not be negative, got " + browser.slowMo());
        }
        browser.timezone().ifPresent(zone -> {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw invalid("browser.timezone '" + zone + "' is not a time zone id; use one like Europe/Berlin");
            }
        });
        browser.locale().ifPresent(locale -> {
            if (Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
                throw invalid("browser.locale '" + locale + "' is not a language tag; use one like en-US");
            }
        });
    }

    public boolean headless() {
        return browser.headless();
    }

    /** How long one navigation or action may take, in milliseconds. */
    public double stepTimeoutMillis() {
        return browser.stepTimeout().toMillis();
    }

    BrowserType.LaunchOptions launchOptions(Path executable) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(browser.headless())
                .setArgs(LAUNCH_ARGS);
        if (!browser.slowMo().isZero()) {
            options.setSlowMo(browser.slowMo().toMillis());
        }
        return options;
    }

    Browser.NewContextOptions contextOptions() {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setViewportSize(browser.viewportWidth(), browser.viewportHeight())
                .setAcceptDownloads(true);
        browser.userAgent().ifPresent(options::setUserAgent);
        browser.locale().ifPresent(options::setLocale);
        browser.timezone().ifPresent(options::setTimezoneId);
        if (!browser.extraHeaders().isEmpty()) {
            options.setExtraHTTPHeaders(browser.extraHeaders());
        }
        return options;
    }

    private static NyxException invalid(String message) {
        return new NyxException(ErrorCode.INVALID_CONFIGURATION, "Invalid browser setting: " + message + ".");
    }
}
