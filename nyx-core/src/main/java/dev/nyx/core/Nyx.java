package dev.nyx.core;

import static java.util.Objects.requireNonNull;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;
import dev.nyx.core.answer.Corrections;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.interview.Interviews;
import dev.nyx.core.notify.EventPublisher;
import dev.nyx.core.pipeline.ApplyPipeline;
import dev.nyx.core.pipeline.Recovery;
import dev.nyx.core.pipeline.SubmissionVerifications;
import dev.nyx.core.plan.ApprovalService;
import dev.nyx.core.plan.CompanyTiers;
import dev.nyx.core.plan.EffortPolicy;
import dev.nyx.core.plugin.PluginDescription;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.core.watch.BoardWatcher;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.MatchScorer;
import dev.nyx.spi.NyxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for host applications: one assembled Nyx (configuration, storage, plugins,
 * notifiers), built with Guice from {@link NyxModules} and closed when the host is done.
 *
 * <pre>{@code
 * NyxConfig config = new ConfigLoader(System.getenv()).load(Path.of("nyx.yaml"));
 * try (Nyx nyx = Nyx.builder()
 *         .config(config)
 *         .module(binder -> Multibinder.newSetBinder(binder, Notifier.class)
 *                 .addBinding().to(MyNotifier.class))          // a host extension
 *         .build()) {
 *     nyx.plugins().forEach(plugin -> log.info("{} {}", plugin.id(), plugin.status()));
 *     nyx.events().publish(event);
 * }
 * }</pre>
 *
 * <p>Host modules are applied with {@code Modules.override}: a binding there replaces Nyx's
 * binding for the same key (the clock, a storage port, ...); set bindings ({@code Set<Notifier>},
 * ...) add to the plugins' extensions. Thread-safe; {@link #close()} is idempotent.
 *
 * <p>Work that applies to nothing (the approval queue, company tiers, corrections) needs neither
 * plugins nor a browser: {@code Nyx.builder().config(config).withoutPlugins().build()} skips the
 * plugins folder, and the browser starts only on the first application in any case.
 *
 * <pre>{@code
 * try (Nyx nyx = Nyx.builder().config(config).withoutPlugins().build()) {
 *     nyx.approvals().approve(applicationId);
 * }
 * }</pre>
 */
public final class Nyx implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Nyx.class);

    private final Injector injector;
    private final PluginHost pluginHost;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Nyx(Injector injector, PluginHost pluginHost) {
        this.injector = injector;
        this.pluginHost = pluginHost;
    }

    /** Starts describing a Nyx to build. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every plugin found in the plugins folder, with its state and extensions. */
    public List<PluginDescription> plugins() {
        return pluginHost.describe();
    }

    /**
     * The apply pipeline: {@code nyx.applications().apply(ApplyRequest.of(url, profile))}. The
     * browser starts on the first application, not before.
     */
    public ApplyPipeline applications() {
        return injector.getInstance(ApplyPipeline.class);
    }

    /**
     * The approval queue: applications the effort policy holds for the candidate
     * ({@code AWAITING_APPROVAL}), approving and rejecting them, and those approved but not yet applied to.
     */
    public ApprovalService approvals() {
        return injector.getInstance(ApprovalService.class);
    }

    /**
     * Applications whose submission is unknown ({@code NEEDS_VERIFICATION}, after a crash during the submit
     * click), and settling each as submitted or not submitted.
     */
    public SubmissionVerifications verifications() {
        return injector.getInstance(SubmissionVerifications.class);
    }

    /** The candidate's company tiers ({@code top}, {@code normal}, {@code avoid}), which shift the policy's bands. */
    public CompanyTiers companies() {
        return injector.getInstance(CompanyTiers.class);
    }

    /**
     * The candidate's corrections to answers: {@code nyx.answers().correct(applicationId, question, answer)}
     * stores one (history kept, newest wins); the answer bank uses it from the next application on.
     */
    public Corrections answers() {
        return injector.getInstance(Corrections.class);
    }

    /**
     * After the submission: {@code nyx.interviews().moveTo(id, INTERVIEW, profile)} records the
     * candidate's news and, for an interview, stores a preparation package ({@code prep(id)} shows it).
     */
    public Interviews interviews() {
        return injector.getInstance(Interviews.class);
    }

    /**
     * Board discovery: {@code nyx.watches().add("https://boards.greenhouse.io/acme")}, then
     * {@code runAll(profile)} queues every posting not seen before for approval (or the policy skips it).
     */
    public BoardWatcher watches() {
        return injector.getInstance(BoardWatcher.class);
    }

    /** Stores events and hands them to the notifiers. */
    public EventPublisher events() {
        return injector.getInstance(EventPublisher.class);
    }

    /** The configuration Nyx was built with. */
    public NyxConfig config() {
        return injector.getInstance(NyxConfig.class);
    }

    /** The Guice injector, for services without a typed accessor yet. */
    public Injector injector() {
        return injector;
    }

    /**
     * Drains the notifiers, stops the plugins and closes storage; later calls do nothing. Failures
     * while closing are logged, never thrown, so every part gets its chance to close.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // notifiers are plugin code: drain them while their plugins still run
        closeQuietly("event publisher", () -> injector.getInstance(EventPublisher.class).close());
        closeQuietly("plugin guard", () -> injector.getInstance(PluginGuard.class).close());
        closeQuietly("plugins", pluginHost::stop);
        closeQuietly("storage and other resources", () -> closeAll(injector));
    }

    /** Closes the {@code Set<AutoCloseable>} the modules contributed to (storage's pool, host resources). */
    private static void closeAll(Injector injector) {
        Set<AutoCloseable> closeables = injector.getInstance(Key.get(new TypeLiteral<Set<AutoCloseable>>() { }));
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", closeable.getClass().getName(), e.getMessage(), e);
            }
        }
    }

    private static void closeQuietly(String part, Runnable closer) {
        try {
            closer.run();
        } catch (RuntimeException e) {
            LOG.warn("Closing the {} failed: {}", part, e.getMessage(), e);
        }
    }

    /**
     * Collects the configuration and host modules for one {@link Nyx}. Not thread-safe; use it on
     * one thread and discard it after {@link #build()}.
     */
    public static final class Builder {
        private NyxConfig config;
        private final List<Module> hostModules = new ArrayList<>();
        private boolean plugins = true;

        private Builder() {
        }

        /** The configuration (required). */
        public Builder config(NyxConfig config) {
            this.config = requireNonNull(config, "config is null");
            return this;
        }

        /** Host modules; their bindings override Nyx's binding by binding. May be called repeatedly. */
        public Builder module(Module... modules) {
            requireNonNull(modules, "modules is null");
            for (Module module : modules) {
                hostModules.add(requireNonNull(module, "module is null"));
            }
            return this;
        }

        /**
         * Assembles Nyx without loading the plugins folder: no plugin's adapters, CAPTCHA solvers or
         * notifiers (extensions on the host's own class path and host modules still count), so
         * applications fail for want of an adapter. For work that applies to nothing: approvals,
         * company tiers, corrections. The browser is never started unless an application runs.
         */
        public Builder withoutPlugins() {
            this.plugins = false;
            return this;
        }

        /**
         * Loads and starts the plugins (unless {@link #withoutPlugins()}) and assembles Nyx.
         *
         * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when no configuration was given or
         *                      the modules cannot be assembled (the message says which binding failed);
         *                      errors of the parts (storage, plugins folder) with their own codes
         */
        public Nyx build() {
            if (config == null) {
                throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                        "Nyx.builder() needs a configuration: call config(...) before build()");
            }
            PluginHost pluginHost = plugins ? PluginHost.start(config.plugins()) : PluginHost.none(config.plugins());
            Injector injector = null;
            try {
                Module assembly = Modules.override(NyxModules.defaults(config, pluginHost)).with(hostModules);
                injector = Guice.createInjector(assembly);
                // create the publisher now: its notifiers fail here, not on the first event
                injector.getInstance(EventPublisher.class);
                // read the effort policy now: a broken policy file fails here, naming file and line
                injector.getInstance(EffortPolicy.class);
                // choose the scorer now: an unknown matching.scorer fails here, listing the known ones
                // (without plugins a plugin's scorer cannot be found, and nothing is scored anyway)
                if (plugins) {
                    injector.getInstance(MatchScorer.class);
                }
                // a process that died while submitting left work behind: mark it before anyone applies
                injector.getInstance(Recovery.class).recoverAbandonedSubmissions();
                return new Nyx(injector, pluginHost);
            } catch (CreationException | ProvisionException e) {
                pluginHost.stop();
                closeAfterFailure(injector);
                NyxException cause = findNyxException(e);
                if (cause != null) {
                    throw cause;
                }
                throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                        "Nyx cannot be assembled: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                pluginHost.stop();
                closeAfterFailure(injector);
                throw e;
            }
        }

        private static void closeAfterFailure(Injector injector) {
            if (injector == null) {
                return;
            }
            try {
                closeAll(injector);
            } catch (ProvisionException stillFailing) {
                // the part that failed the start fails again here: it holds nothing, and its reason is thrown
                LOG.debug("Nothing more to close after the failed start: {}", stillFailing.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Closing the storage and other resources failed: {}", e.getMessage(), e);
            }
        }

        private static NyxException findNyxException(Throwable failure) {
            for (Throwable current = failure; current != null; current = current.getCause()) {
                if (current instanceof NyxException nyxException) {
                    return nyxException;
                }
            }
            return null;
        }
    }
}
