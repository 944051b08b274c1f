package dev.nyx.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code ; name=value} parameters of headers such as Content-Type and Content-Disposition,
 * with quoted strings and backslash escapes. Parameter names are lower-cased. Stateless.
 */
public final class HeaderParameters {
    private HeaderParameters() {
    }

    public static Map<String, String> parse(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (header == null) {
            return parameters;
        }
        int position = header.indexOf(';');
        while (position >= 0 && position < header.length()) {
            position++; // skip ';'
            int equals = header.indexOf('=', position);
            int nextSemicolon = header.indexOf(';', position);
            if (equals < 0 || (nextSemicolon >= 0 && nextSemicolon < equals)) {
                position = nextSemicolon;
                continue;
            }
            String name = header.substring(position, equals).trim().toLowerCase(Locale.ROOT);
            int valueStart = equals + 1;
            while (valueStart < header.length() && header.charAt(valueStart) == ' ') {
                valueStart++;
            }
            StringBuilder value = new StringBuilder();
            if (valueStart < header.length() && header.charAt(valueStart) == '"') {
                int index = valueStart + 1;
                while (index < header.length() && header.charAt(index) != '"') {
                    char current = header.charAt(index);
                    if (current == '\\' && index + 1 < header.length()) {
                        index++;
                        current = header.charAt(index);
                    }
                    value.append(current);
                    index++;
                }
                position = header.indexOf(';', index);
            } else {
                int end = header.indexOf(';', valueStart);
                value.append(header, valueStart, end < 0 ? header.length() : end);
                position = end;
                parameters.put(name, value.toString().trim());
                continue;
            }
            parameters.put(name, value.toString());
        }
        return parameters;
    }
}
