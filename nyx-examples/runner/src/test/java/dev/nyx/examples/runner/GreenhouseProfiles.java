package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample profile of {@code nyx-examples/sample}, with the answers the Greenhouse replica's own questions need. */
final class GreenhouseProfiles {
    static final Path SAMPLE = Path.of("..", "sample");

    private GreenhouseProfiles() {
    }

    /** Copies the sample resumes into {@code folder} and writes the profile there; returns the profile file. */
    static Path sampleWithAnswers(Path folder) throws IOException {
        for (String resume : List.of("resume-en.pdf", "resume-de.pdf")) {
            Files.copy(SAMPLE.resolve(resume), folder.resolve(resume));
        }
        String yaml = Files.readString(SAMPLE.resolve("profile.yaml"));
        String marker = "  answers:                # the answer bank: text or /regex/flags -> answer; first match wins\n";
        assertThat(yaml).contains(marker);
        String added = marker
                + "    - question: /why do you want to work at/i\n      answer: I want to build Acme's platform.\n"
                + "    - question: /legally authori[sz]ed to work/i\n      answer: \"Yes\"\n"
                + "    - question: /how did you hear/i\n      answer: Company website\n"
                + "    - question: /which languages do you use/i\n      answer: Java\n"
                + "    - question: /privacy notice/i\n      answer: I agree\n";
        return Files.writeString(folder.resolve("profile.yaml"), yaml.replace(marker, added));
    }
}
