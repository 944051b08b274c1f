package dev.nyx.spi.support;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The browser-side scripts of {@link CaptchaDetector} and {@link CaptchaInjector}, read once from the jar. */
final class CaptchaScripts {
    static final String DETECT = load("captcha-detect.js");
    static final String INJECT = load("captcha-inject.js");

    private CaptchaScripts() {
    }

    private static String load(String name) {
        try (InputStream in = CaptchaScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NyxException(ErrorCode.INTERNAL, name + " is missing from the nyx-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.INTERNAL, name + " cannot be read from the nyx-core jar", e);
        }
    }
}
