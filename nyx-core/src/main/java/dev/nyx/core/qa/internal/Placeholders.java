package dev.nyx.core.qa.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template placeholders left in an answer: {@code {{company}}}, {@code ${name}}, {@code $name},
 * {@code [Company Name]}, {@code [Insert ...]}, {@code <company>}, {@code %s}, {@code TODO},
 * {@code FIXME}, {@code lorem ipsum}. Bracketed words count only when they name what templates leave
 * open (company, name, role, position, title, manager, date, ...), so ordinary text in brackets passes;
 * the markers {@code TODO}, {@code TBD}, {@code FIXME}, {@code XXX} count only in capitals. Stateless.
 */
public final class Placeholders {
    private static final String SLOT_WORDS = "(?:your |the |hiring |job |company |candidate s |candidate's )?"
            + "(?:company|company name|employer|organi[sz]ation|name|first name|last name|full name|role|position|"
            + "job title|title|manager|hiring manager|team|team name|date|city|location|skill|skills|x|xxx|"
            + "recipient|contact)";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^{}]{0,60}\\}\\}"
                    + "|\\$\\{[^{}]{1,60}\\}"
                    + "|(?<![\\w$])\\$[A-Za-z_][A-Za-z_0-9]*"
                    + "|\\[\\s*(?:insert\\b[^\\]]{0,60}|" + SLOT_WORDS + ")\\s*\\]"
                    + "|<\\s*(?:insert\\b[^>]{0,60}|" + SLOT_WORDS + ")\\s*>"
                    + "|%s\\b"
                    + "|\\blorem ipsum\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MARKERS = Pattern.compile("\\b(?:TODO|TBD|FIXME|XXX)\\b");

    private Placeholders() {
    }

    /** The first placeholder in the text, as found, or empty when there is none. */
    public static Optional<String> find(String text) {
        requireNonNull(text, "text is null");
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find()) {
            return Optional.of(placeholder.group());
        }
        Matcher marker = MARKERS.matcher(text);
        return marker.find() ? Optional.of(marker.group()) : Optional.empty();
    }
}
