package dev.nyx.testkit.captcha;

import static java.util.Objects.requireNonNull;

/**
 * A photo a bot sent through the {@link TelegramBotEmulator}.
 *
 * @param chatId   the {@code chat_id} it was sent to
 * @param caption  the caption (empty when none)
 * @param fileName the uploaded file's name
 * @param bytes    the image bytes (copied)
 */
public record SentPhoto(String chatId, String caption, String fileName, byte[] bytes) {
    public SentPhoto {
        requireNonNull(chatId, "chatId is null");
        requireNonNull(caption, "caption is null");
        requireNonNull(fileName, "fileName is null");
        bytes = requireNonNull(bytes, "bytes is null").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
