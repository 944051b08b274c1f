package dev.nyx.testkit.llm;

import static java.util.Objects.requireNonNull;

/**
 * One message of a recorded chat request.
 *
 * @param role    {@code system}, {@code user} or {@code assistant}
 * @param content the message text
 */
public record RecordedMessage(String role, String content) {
    public RecordedMessage {
        requireNonNull(role, "role is null");
        requireNonNull(content, "content is null");
    }
}
