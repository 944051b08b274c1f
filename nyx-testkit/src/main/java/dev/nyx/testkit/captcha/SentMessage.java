package dev.nyx.testkit.captcha;

import static java.util.Objects.requireNonNull;

/**
 * A text message a bot sent through the {@link TelegramBotEmulator}.
 *
 * @param chatId the {@code chat_id} it was sent to
 * @param text   the message text
 */
public record SentMessage(String chatId, String text) {
    public SentMessage {
        requireNonNull(chatId, "chatId is null");
        requireNonNull(text, "text is null");
    }
}
