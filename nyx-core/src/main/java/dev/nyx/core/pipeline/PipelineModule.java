package dev.nyx.core.pipeline;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.browser.Browsers;
import dev.nyx.core.browser.Screenshots;
import dev.nyx.core.captcha.CaptchaGate;
import dev.nyx.core.captcha.CaptchaGateSettings;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.net.HostResolver;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.core.pipeline.internal.JdkWebClient;
import dev.nyx.core.pipeline.internal.LazyBrowsers;
import dev.nyx.spi.WebClient;

/**
 * Binds the apply pipeline: {@link ApplyPipeline}, {@link Recovery}, {@link PipelineSettings}
 * (defaults), the {@link CaptchaGate} with {@link CaptchaGateSettings} from
 * {@code NyxConfig.captcha()}, the {@link WebClient} for adapters, the {@link UrlPolicy} on the
 * system resolver, and {@link Browsers} as a lazily started singleton that {@code Nyx.close()}
 * closes. Needs the core, storage, plugin and plan modules (the plan module binds the
 * {@code EffortPlanner}). Hosts override single bindings ({@code PipelineSettings},
 * {@code CaptchaGateSettings}, {@code HostResolver}, {@code Browsers}, {@code EffortPlanner}) with
 * {@code Nyx.builder().module(...)}.
 */
public final class PipelineModule extends AbstractModule {

    /** The gate's settings come from the configuration's {@code captcha:} section. */
    @Provides
    @Singleton
    CaptchaGateSettings captchaGateSettings(NyxConfig config) {
        return CaptchaGateSettings.of(config.captcha());
    }

    /** The same-job window comes from {@code matching.sameJobWindow}. */
    @Provides
    @Singleton
    PipelineSettings pipelineSettings(NyxConfig config) {
        return new PipelineSettings(config.matching().sameJobWindow(), PipelineSettings.defaults().recoveryMargin());
    }

    @Override
    protected void configure() {
        bind(HostResolver.class).toInstance(HostResolver.system());
        bind(UrlPolicy.class).in(Scopes.SINGLETON);
        bind(Screenshots.class).in(Scopes.SINGLETON);
        bind(WebClient.class).to(JdkWebClient.class).in(Scopes.SINGLETON);
        bind(LazyBrowsers.class).in(Scopes.SINGLETON);
        bind(Browsers.class).to(LazyBrowsers.class);
        bind(Recovery.class).in(Scopes.SINGLETON);
        bind(ApplyPipeline.class).in(Scopes.SINGLETON);
        bind(CaptchaGate.class).in(Scopes.SINGLETON);
        Multibinder.newSetBinder(binder(), AutoCloseable.class).addBinding().to(Browsers.class);
    }
}
