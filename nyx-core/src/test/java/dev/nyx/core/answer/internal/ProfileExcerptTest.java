package dev.nyx.core.answer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.answer.internal.QuestionRoute.Topic;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.model.profile.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileExcerptTest {
    private static final List<String> NEVER = List.of("mara.lindqvist@example.com", "5550123", "Lindenstrasse",
            "10969", "1989-06-14", "DE-77-4410-2291", "Uppsala");

    @TempDir
    Path folder;
    private Profile profile;
    private SensitiveValues sensitive;

    @BeforeEach
    void load() throws IOException {
        for (String resume : List.of("resume-en.pdf", "resume-de.pdf")) {
            Files.writeString(folder.resolve(resume), "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
        }
        try (InputStream in = getClass().getResourceAsStream("/answers/profile.yaml")) {
            profile = new ProfileLoader().load(Files.write(folder.resolve("profile.yaml"), in.readAllBytes()));
        }
        sensitive = SensitiveValues.of(profile);
    }

    @Test
    void should_include_only_what_the_topic_needs_when_a_question_is_about_motivation() {
        ProfileExcerpt excerpt = ProfileExcerpt.of(Topic.MOTIVATION, profile, sensitive);

        assertThat(excerpt.factsUsed()).containsExactly("basics.label", "basics.summary", "work", "skills");
        assertThat(excerpt.text()).contains("Senior Java Engineer", "Kafka", "Northwind Payments")
                .doesNotContain("Helios Logistics", "Technische");
        assertThat(excerpt.text()).doesNotContain(NEVER);
    }

    @Test
    void should_include_the_work_history_when_a_question_is_about_a_project() {
        ProfileExcerpt excerpt = ProfileExcerpt.of(Topic.EXPERIENCE, profile, sensitive);

        assertThat(excerpt.text()).contains("Helios Logistics", "event-sourced", "(2017-2021)")
                .doesNotContain("Summary:");
        assertThat(excerpt.text()).doesNotContain(NEVER);
    }

    @Test
    void should_leave_sensitive_paths_out_when_sending_everything_for_the_baseline() {
        ProfileExcerpt excerpt = ProfileExcerpt.of(Topic.EVERYTHING, profile, sensitive);

        assertThat(excerpt.text()).contains("Berlin", "Notice period: 90 days");
        assertThat(excerpt.factsUsed()).doesNotContain("basics.phone");
        assertThat(sensitive.appearsIn(excerpt.text())).isFalse();
    }
}
