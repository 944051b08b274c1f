package dev.nyx.captcha;

import dev.nyx.spi.ExtensionContext;
import jakarta.inject.Inject;
import org.pf4j.Extension;

/**
 * The {@link CreateTaskSolver} for 2Captcha (API v2). Enabled by its key
 * ({@code plugins.settings.captcha.<name>.key} or {@code NYX_PLUGINS_CAPTCHA_<NAME>_KEY}); see {@link CreateTaskSolver}.
 * Constructed once by the host's injector; thread-safe.
 */
@Extension
public class TwoCaptchaSolver extends CreateTaskSolver {
    @Inject
    public TwoCaptchaSolver(ExtensionContext context) {
        super(CreateTaskService.TWO_CAPTCHA, context);
    }
}
