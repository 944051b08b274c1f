package dev.nyx.core.profile;

import static dev.nyx.core.profile.ProfileFiles.SAMPLE_FOLDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample resumes are hand-written PDFs; their cross-reference tables must point at their objects. */
class SampleResumeTest {

    @ParameterizedTest
    @ValueSource(strings = {"resume-en.pdf", "resume-de.pdf"})
    void should_have_a_consistent_cross_reference_table_when_the_sample_pdf_is_read(String fileName) throws Exception {
        // given
        String pdf = new String(Files.readAllBytes(SAMPLE_FOLDER.resolve(fileName)), StandardCharsets.ISO_8859_1);

        // when
        Matcher startxref = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(pdf);
        assertThat(startxref.find()).as("startxref at the end").isTrue();
        int xref = Integer.parseInt(startxref.group(1));
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf.substring(xref));

        // then
        assertThat(pdf).startsWith("%PDF-1.");
        assertThat(pdf.substring(xref)).startsWith("xref");
        int objectNumber = 1;
        while (entries.find()) {
            int offset = Integer.parseInt(entries.group(1));
            assertThat(pdf.substring(offset)).startsWith(objectNumber + " 0 obj");
            objectNumber++;
        }
        assertThat(objectNumber - 1).isEqualTo(5);
        assertThat(pdf).contains("(Mara Lindqvist");
    }
}
