package dev.nyx.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormFillerUploadIT extends BrowserFixture {

    @TempDir
    Path folder;

    private Path resume() throws IOException {
        return Files.writeString(folder.resolve("resume.pdf"), "%PDF-1.4 a tiny resume");
    }

    @Test
    void should_upload_through_the_attach_button_and_wait_for_the_separate_upload_when_greenhouse_classic()
            throws IOException {
        // given
        FormFiller form = open("uploads.html");
        UploadCompletion completion = UploadCompletion.response(response -> response.url().endsWith("/api/upload"))
                .and(UploadCompletion.valueSet("#resume_url"))
                .and(UploadCompletion.fileNameShown("#resume_filename"));

        // when
        form.upload("Resume/CV", resume(), completion);

        // then
        assertThat(uploads).hasSize(1);
        assertThat(uploads.get(0)).isGreaterThan("%PDF-1.4 a tiny resume".length());
        assertThat(page.locator("#resume_url").inputValue()).startsWith("https://uploads.example/r/");
        assertThat(page.locator("#resume_url_filename").inputValue()).isEqualTo("resume.pdf");
        assertThat(form.readBack("Resume/CV").values()).contains("resume.pdf");
    }

    @Test
    void should_set_the_hidden_file_input_when_labelled() throws IOException {
        // given
        FormFiller form = open("uploads.html");

        // when
        form.upload("Cover Letter", resume(), UploadCompletion.immediate());

        // then
        assertThat(page.locator("#cover_letter").evaluate("e => e.files[0].name")).isEqualTo("resume.pdf");
        assertThat(page.locator(".file-upload__filename").textContent()).isEqualTo("resume.pdf");
        assertThat(form.readBack("Cover Letter").values()).containsExactly("resume.pdf");
    }

    @Test
    void should_set_the_input_when_found_by_selector() throws IOException {
        // given
        FormFiller form = open("uploads.html");

        // when
        form.upload(page.locator("#s3_upload_for_resume input[type=file]"), resume(),
                UploadCompletion.valueSet("#resume_url"));

        // then
        assertThat(page.locator("#resume_url").inputValue()).isNotEmpty();
    }

    @Test
    void should_fail_naming_the_field_when_the_upload_never_finishes() throws IOException {
        // given
        FormFiller form = open("uploads.html").withTimeout(java.time.Duration.ofMillis(500));

        // when / then
        assertThatThrownBy(() -> form.upload("Cover Letter", resume(), UploadCompletion.valueSet("#resume_url")))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("The upload to 'Cover Letter' did not finish within 500 ms")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.TIMEOUT);
    }

    @Test
    void should_fail_clearly_when_the_file_is_missing() {
        // given
        FormFiller form = open("uploads.html");

        // when / then
        assertThatThrownBy(() -> form.upload("Cover Letter", folder.resolve("missing.pdf"), UploadCompletion.immediate()))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("does not exist or cannot be read")
                .extracting(e -> ((NyxException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
