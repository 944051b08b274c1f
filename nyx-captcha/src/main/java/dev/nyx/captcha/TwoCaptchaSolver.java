package dev.nyx.captcha;

import dev.nyx.spi.ExtensionContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The {@link CreateTaskSolver} for 2Captcha (API v2). Enabled by its key
 * ({@code plugins.settings.captcha.<name>.key} or the environment); see {@link CreateTaskSolver}.
 * Constructed once by the host's injector; thread-safe.
 */
@Extension
public class TwoCaptchaSolver extends CreateTaskSolver {
    @Inject
    public TwoCaptchaSolver(ExtensionContext context) {
        this(context, System.getenv());
    }

    /** With explicit environment variables (tests). */
    public TwoCaptchaSolver(ExtensionContext context, Map<String, String> environment) {
        super(CreateTaskService.TWO_CAPTCHA, context, environment);
    }
}
