package dev.nyx.testkit.captcha;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A task a CAPTCHA-service emulator accepted or refused, as it arrived.
 *
 * @param protocol  {@code createTask} or {@code in.php}
 * @param clientKey the API key the caller sent
 * @param fields    the task fields (JSON {@code task} object or form parameters) as text
 */
public record ReceivedTask(String protocol, String clientKey, Map<String, String> fields) {
    public ReceivedTask {
        requireNonNull(protocol, "protocol is null");
        requireNonNull(clientKey, "clientKey is null");
        fields = Map.copyOf(fields);
    }

    /** One field, or null. */
    public String field(String name) {
        return fields.get(name);
    }
}
