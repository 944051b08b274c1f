package dev.nyx.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.FormData;
import dev.nyx.testkit.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartParserTest {
    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @Test
    void should_keep_every_value_in_order_when_a_field_name_repeats() {
        // given
        byte[] body = body(
                part("question_5009[]", "724302402"),
                part("first_name", "Ada"),
                part("question_5009[]", "724302401"));

        // when
        FormData form = MultipartParser.parse(body, BOUNDARY);

        // then
        assertThat(form.fields()).containsExactly(
                java.util.Map.entry("question_5009[]", List.of("724302402", "724302401")),
                java.util.Map.entry("first_name", List.of("Ada")));
    }

    @Test
    void should_decode_field_values_as_utf8_when_they_contain_non_ascii_and_line_breaks() {
        // given
        byte[] body = body(part("why", "Grüße — ünïcödé ✓\r\nsecond line"));

        // when
        FormData form = MultipartParser.parse(body, BOUNDARY);

        // then
        assertThat(form.first("why")).contains("Grüße — ünïcödé ✓\r\nsecond line");
    }

    @Test
    void should_keep_file_bytes_exact_when_they_contain_crlf_dashes_and_boundary_lookalikes() {
        // given every byte value plus a near-boundary and a CRLF just before the real boundary
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int value = 0; value < 256; value++) {
            content.write(value);
        }
        content.writeBytes(("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "\r\n--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] fileBytes = content.toByteArray();
        byte[] body = body(filePart("resume", "Lebenslauf Grüße.pdf", "application/pdf", fileBytes),
                part("after", "x"));

        // when
        FormData form = MultipartParser.parse(body, BOUNDARY);

        // then
        assertThat(form.files()).containsExactly(
                new UploadedFile("resume", "Lebenslauf Grüße.pdf", "application/pdf", fileBytes));
        assertThat(form.first("after")).contains("x");
    }

    @Test
    void should_skip_the_part_when_a_file_input_was_left_empty() {
        // given
        byte[] body = body(filePart("cover_letter", "", "application/octet-stream", new byte[0]),
                part("first_name", "Ada"));

        // when
        FormData form = MultipartParser.parse(body, BOUNDARY);

        // then
        assertThat(form.files()).isEmpty();
        assertThat(form.first("first_name")).contains("Ada");
    }

    @Test
    void should_accept_an_empty_value_and_a_preamble_and_an_epilogue() {
        // given
        byte[] inner = body(part("phone", ""));
        byte[] body = concat("This is a preamble.\r\n".getBytes(StandardCharsets.US_ASCII), inner,
                "epilogue".getBytes(StandardCharsets.US_ASCII));

        // when
        FormData form = MultipartParser.parse(body, BOUNDARY);

        // then
        assertThat(form.all("phone")).containsExactly("");
    }

    @Test
    void should_unescape_quoted_names_and_default_the_content_type_when_headers_are_unusual() {
        // given a backslash-escaped quote in the file name and no Content-Type header
        String head = "--" + BOUNDARY + "\r\ncontent-disposition: form-data; name=\"file\"; filename=\"a\\\"b.txt\"\r\n\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), "hi".getBytes(StandardCharsets.UTF_8),
                ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        // when
        FormData form = MultipartParser.parse(body, BOUNDARY);

        // then
        assertThat(form.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("a\"b.txt");
            assertThat(file.contentType()).isEqualTo("application/octet-stream");
            assertThat(file.text()).isEqualTo("hi");
        });
    }

    @Test
    void should_read_a_quoted_boundary_when_the_content_type_quotes_it() {
        // when
        String boundary = MultipartParser.boundary("multipart/form-data; charset=utf-8; boundary=\"a b;c\"");

        // then
        assertThat(boundary).isEqualTo("a b;c");
    }

    @Test
    void should_name_the_problem_when_the_closing_boundary_is_missing() {
        // given
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue")
                .getBytes(StandardCharsets.US_ASCII);

        // when / then
        assertThatThrownBy(() -> MultipartParser.parse(body, BOUNDARY))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("ends before the closing boundary")
                .hasMessageContaining(BOUNDARY)
                .satisfies(thrown -> assertThat(((NyxException) thrown).code()).isEqualTo(ErrorCode.FORM_REJECTED));
    }

    @Test
    void should_name_the_problem_when_the_body_lacks_the_boundary() {
        assertThatThrownBy(() -> MultipartParser.parse("name=value".getBytes(StandardCharsets.US_ASCII), BOUNDARY))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("does not contain the boundary '" + BOUNDARY + "'");
    }

    @Test
    void should_name_the_problem_when_a_part_has_no_name() {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> MultipartParser.parse(body, BOUNDARY))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("part without a name");
    }

    @Test
    void should_say_what_is_wrong_when_the_content_type_has_no_boundary() {
        assertThatThrownBy(() -> MultipartParser.boundary("multipart/form-data"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'multipart/form-data' needs a boundary parameter");
    }

    private static byte[] part(String name, String value) {
        return concat(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(
                StandardCharsets.US_ASCII));
    }

    private static byte[] filePart(String name, String fileName, String contentType, byte[] content) {
        return concat(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                content, "\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] body(byte[]... parts) {
        return concat(concat(parts), ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }
}
