package dev.nyx.core.mail;

import static java.util.Objects.requireNonNull;

/**
 * The readable parts of one email: its plain-text and HTML bodies (either may be empty). Holds a message's
 * content, so {@link #toString()} shows only sizes.
 *
 * @param plain the {@code text/plain} parts, joined
 * @param html  the {@code text/html} parts, joined
 */
public record MailText(String plain, String html) {
    public MailText {
        requireNonNull(plain, "plain is null");
        requireNonNull(html, "html is null");
    }

    @Override
    public String toString() {
        return "MailText[plain=" + plain.length() + " chars, html=" + html.length() + " chars]";
    }
}
