package dev.nyx.ats.workday.internal;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The browser-side functions the plugin keeps as resources next to its classes. Stateless. */
final class PageScripts {
    private PageScripts() {
    }

    /**
     * The function in resource {@code name} (in this package's folder), its leading comment lines dropped so that
     * Playwright sees a function expression.
     *
     * @throws NyxException {@link ErrorCode#INTERNAL} when the plugin was packaged without it
     */
    static String load(String name) {
        try (InputStream in = PageScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NyxException(ErrorCode.INTERNAL, "The Workday plugin's script " + name
                        + " is missing from its archive; reinstall the plugin.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().dropWhile(line -> line.startsWith("//")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new NyxException(ErrorCode.INTERNAL, "The Workday plugin's script " + name + " could not be read: "
                    + e.getMessage(), e);
        }
    }
}
