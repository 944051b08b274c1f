package dev.nyx.spi;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Host services for extensions. The host owns threads, browser, database and models; an
 * extension asks for what it needs here and never creates or reaches into them.
 *
 * <p>Extensions receive it through their constructor ({@code @jakarta.inject.Inject}).
 * Implementations are thread-safe.
 */
public interface ExtensionContext {

    /** The settings under {@code plugins.settings.<name>} (empty when none are given). */
    ExtensionSettings settings(String name);

    /** The clock every time reading should use. */
    Clock clock();

    /** A folder the extension may write to (created on demand): {@code <dataDirectory>/extensions/<name>}. */
    Path dataDirectory(String name);
}
