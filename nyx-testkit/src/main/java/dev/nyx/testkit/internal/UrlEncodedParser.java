package dev.nyx.testkit.internal;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.FormData;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Decodes {@code application/x-www-form-urlencoded} bodies and query strings as UTF-8. Stateless. */
public final class UrlEncodedParser {
    private UrlEncodedParser() {
    }

    /**
     * @throws NyxException {@link ErrorCode#FORM_REJECTED} when a percent escape is broken
     */
    public static FormData parse(String encoded) {
        FormData.Builder form = new FormData.Builder();
        if (encoded == null || encoded.isEmpty()) {
            return form.build();
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.field(decode(name), decode(value));
        }
        return form.build();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            throw new NyxException(ErrorCode.FORM_REJECTED,
                    "form body has a broken percent escape in '" + text + "'; encode '%' as %25", broken);
        }
    }
}
