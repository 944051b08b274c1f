package dev.nyx.testkit.greenhouse.internal;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads page templates and assets from {@code dev/nyx/testkit/greenhouse/} and fills their
 * {@code {{slot}}}s in one pass (values must already be escaped). Stateless.
 */
public final class Templates {
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private Templates() {
    }

    public static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String name) {
        String path = "/dev/nyx/testkit/greenhouse/" + name;
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new NyxException(ErrorCode.NOT_FOUND, "replica resource " + path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new NyxException(ErrorCode.INTERNAL, "cannot read replica resource " + path, unreadable);
        }
    }

    public static String fill(String template, Map<String, String> slots) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder(template.length() * 2);
        while (slot.find()) {
            String value = slots.get(slot.group(1));
            if (value == null) {
                throw new NyxException(ErrorCode.INTERNAL, "template slot {{" + slot.group(1) + "}} has no value");
            }
            slot.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        slot.appendTail(filled);
        return filled.toString();
    }
}
