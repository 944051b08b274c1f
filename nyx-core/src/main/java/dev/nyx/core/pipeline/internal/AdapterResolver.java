package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the adapter for a URL: by name when forced, else by {@link AtsAdapter#supports}, else by
 * {@link AtsAdapter#recognises} on the loaded page. Every call into an adapter is guarded; an
 * adapter that fails to answer is skipped (and logged), never trusted. Thread-safe; the page
 * method must run on the page's browser thread. Public only for wiring.
 */
public final class AdapterResolver {
    private static final Logger LOG = LoggerFactory.getLogger(AdapterResolver.class);

    private final List<AtsAdapter> adapters;
    private final PluginGuard guard;

    @Inject
    public AdapterResolver(Set<AtsAdapter> adapters, PluginGuard guard) {
        this.guard = requireNonNull(guard, "guard is null");
        List<AtsAdapter> sorted = new ArrayList<>(requireNonNull(adapters, "adapters is null"));
        // a stable order, so the same URL always resolves the same way
        sorted.sort(Comparator.comparing(adapter -> adapter.getClass().getName()));
        this.adapters = List.copyOf(sorted);
    }

    /** The installed adapters' names. */
    public List<String> names() {
        return adapters.stream().map(this::nameOf).sorted().toList();
    }

    /**
     * The adapter called {@code name} (case-insensitive).
     *
     * @throws NyxException {@link ErrorCode#INVALID_INPUT} naming the installed adapters
     */
    public AtsAdapter byName(String name) {
        requireNonNull(name, "name is null");
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return adapters.stream().filter(adapter -> nameOf(adapter).equals(wanted)).findFirst()
                .orElseThrow(() -> new NyxException(ErrorCode.INVALID_INPUT, "--ats '" + name
                        + "' names no installed adapter; installed: " + installed()
                        + ". Check the spelling, or install the plugin into the plugins folder."));
    }

    /** The first adapter whose {@link AtsAdapter#supports} accepts the URL. */
    public Optional<AtsAdapter> byUrl(URI url) {
        requireNonNull(url, "url is null");
        for (AtsAdapter adapter : adapters) {
            if (ask(adapter, "supports", () -> adapter.supports(url))) {
                return Optional.of(adapter);
            }
        }
        return Optional.empty();
    }

    /**
     * The first adapter that recognises the loaded page.
     *
     * @throws NyxException {@link ErrorCode#UNSUPPORTED_SITE} naming the URL, the supported sites and {@code --ats}
     */
    public AtsAdapter byPage(Page page, URI url) {
        requireNonNull(page, "page is null");
        for (AtsAdapter adapter : adapters) {
            if (ask(adapter, "recognises", () -> adapter.recognises(page))) {
                return adapter;
            }
        }
        throw new NyxException(ErrorCode.UNSUPPORTED_SITE, "No installed adapter handles '" + url
                + "': neither its address nor its page matches a supported site (installed: " + installed()
                + "). If the page embeds a supported form, force the adapter with --ats NAME.");
    }

    /** The adapter's name, lower case; its class name when {@code name()} fails. */
    public String nameOf(AtsAdapter adapter) {
        try {
            return guard.call(adapter, adapter.getClass().getSimpleName(), adapter::name).toLowerCase(Locale.ROOT);
        } catch (NyxException e) {
            LOG.warn("Adapter {} has no usable name: {}", adapter.getClass().getName(), e.getMessage());
            return adapter.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        }
    }

    private String installed() {
        List<String> names = names();
        return names.isEmpty() ? "none (put plugin archives into the plugins folder)" : String.join(", ", names);
    }

    private boolean ask(AtsAdapter adapter, String question, java.util.concurrent.Callable<Boolean> call) {
        try {
            return Boolean.TRUE.equals(guard.call(adapter, nameOf(adapter), call));
        } catch (NyxException e) {
            LOG.warn("Adapter '{}' could not answer {}: {}", nameOf(adapter), question, e.getMessage());
            return false;
        }
    }
}
