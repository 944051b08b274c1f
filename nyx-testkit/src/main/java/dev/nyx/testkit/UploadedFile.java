package dev.nyx.testkit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file that arrived at a replica, either inside a {@code multipart/form-data} body or through a
 * site's separate upload endpoint.
 *
 * @param fieldName   the form field that carried it ({@code resume}, {@code cover_letter}, ...)
 * @param fileName    the file name the browser sent
 * @param contentType the part's content type, {@code application/octet-stream} when none was sent
 * @param bytes       the exact bytes (copied; never shared with the caller)
 */
public record UploadedFile(String fieldName, String fileName, String contentType, byte[] bytes) {
    public UploadedFile {
        requireNonNull(fieldName, "fieldName is null");
        requireNonNull(fileName, "fileName is null");
        requireNonNull(contentType, "contentType is null");
        bytes = requireNonNull(bytes, "bytes is null").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes decoded as UTF-8, handy for text fixtures. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Returns the same file as if it had been sent under another field name. */
    public UploadedFile withFieldName(String newFieldName) {
        return new UploadedFile(newFieldName, fileName, contentType, bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedFile file
                && fieldName.equals(file.fieldName)
                && fileName.equals(file.fileName)
                && contentType.equals(file.contentType)
                && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * fieldName.hashCode() + fileName.hashCode()) + contentType.hashCode())
                + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fieldName + "=" + fileName + " (" + contentType + ", " + bytes.length + " bytes)]";
    }
}
