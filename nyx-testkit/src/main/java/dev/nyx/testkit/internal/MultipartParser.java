package dev.nyx.testkit.internal;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.FormData;
import dev.nyx.testkit.UploadedFile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes {@code multipart/form-data} bodies (RFC 7578): fields as UTF-8 text, files as exact
 * bytes. Stateless and thread-safe.
 */
public final class MultipartParser {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartParser() {
    }

    /** Reads the boundary parameter of a {@code multipart/form-data} content type. */
    public static String boundary(String contentType) {
        Map<String, String> parameters = HeaderParameters.parse(contentType);
        String boundary = parameters.get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new NyxException(ErrorCode.FORM_REJECTED, "multipart content type '" + contentType
                    + "' needs a boundary parameter of 1 to 70 characters");
        }
        return boundary;
    }

    /**
     * @throws NyxException {@link ErrorCode#FORM_REJECTED} when the body is not well-formed
     */
    public static FormData parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        FormData.Builder form = new FormData.Builder();
        int position;
        if (startsWith(body, 0, delimiter)) {
            position = 0;
        } else {
            int afterPreamble = indexOf(body, nextDelimiter, 0);
            if (afterPreamble < 0) {
                throw rejected("does not contain the boundary '" + boundary + "'");
            }
            position = afterPreamble + CRLF.length;
        }
        position += delimiter.length;
        while (true) {
            if (startsWith(body, position, new byte[] {'-', '-'})) {
                return form.build();
            }
            // transport padding after the delimiter is allowed before the line break
            while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
                position++;
            }
            if (!startsWith(body, position, CRLF)) {
                throw rejected("has no line break after a boundary at byte " + position);
            }
            position += CRLF.length;
            int headerEnd = indexOf(body, HEADER_END, position);
            Map<String, String> headers;
            int contentStart;
            if (startsWith(body, position, CRLF)) {
                headers = Map.of();
                contentStart = position + CRLF.length;
            } else if (headerEnd < 0) {
                throw rejected("has a part whose headers never end");
            } else {
                headers = parseHeaders(new String(body, position, headerEnd - position, StandardCharsets.UTF_8));
                contentStart = headerEnd + HEADER_END.length;
            }
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw rejected("ends before the closing boundary '--" + boundary + "--'");
            }
            addPart(form, headers, Arrays.copyOfRange(body, contentStart, contentEnd));
            position = contentEnd + nextDelimiter.length;
        }
    }

    private static void addPart(FormData.Builder form, Map<String, String> headers, byte[] content) {
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw rejected("has a part without a Content-Disposition header");
        }
        Map<String, String> parameters = HeaderParameters.parse(disposition);
        String name = parameters.get("name");
        if (name == null) {
            throw rejected("has a part without a name in '" + disposition + "'");
        }
        Optional<String> fileName = fileName(parameters);
        if (fileName.isEmpty()) {
            form.field(name, new String(content, StandardCharsets.UTF_8));
            return;
        }
        if (fileName.get().isEmpty() && content.length == 0) {
            return; // a file input left empty: browsers send an empty part with filename=""
        }
        String contentType = headers.getOrDefault("content-type", "application/octet-stream");
        form.file(new UploadedFile(name, fileName.get(), contentType, content));
    }

    private static Optional<String> fileName(Map<String, String> parameters) {
        String extended = parameters.get("filename*");
        if (extended != null) {
            int quote = extended.indexOf("''");
            String encoded = quote < 0 ? extended : extended.substring(quote + 2);
            return Optional.of(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(parameters.get("filename"));
    }

    private static Map<String, String> parseHeaders(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw rejected("has a malformed part header line '" + line + "'");
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static NyxException rejected(String problem) {
        return new NyxException(ErrorCode.FORM_REJECTED, "multipart/form-data body " + problem
                + "; send a body as browsers do (RFC 7578)");
    }

    static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (offset < 0 || offset + prefix.length > data.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if (data[offset + index] != prefix[index]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int offset = Math.max(from, 0); offset <= data.length - pattern.length; offset++) {
            if (startsWith(data, offset, pattern)) {
                return offset;
            }
        }
        return -1;
    }
}
