package dev.nyx.core.profile;

import static dev.nyx.core.profile.ProfileFiles.SAMPLE_FOLDER;
import static dev.nyx.core.profile.ProfileFiles.minimalYaml;
import static dev.nyx.core.profile.ProfileFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitiveValuesTest {
    private final ProfileLoader loader = new ProfileLoader();

    @TempDir
    Path folder;

    @Test
    void should_treat_personal_facts_as_sensitive_when_the_profile_lists_nothing() {
        // given
        Profile profile = loader.load(write(folder, "profile.yaml", minimalYaml("""
                personal:
                  nationalId: "X-9931-AB"
                  placeOfBirth: Reykjavik
                """)));

        // when
        SensitiveValues sensitive = SensitiveValues.of(profile);

        // then
        assertThat(sensitive.values()).containsExactlyInAnyOrder("X-9931-AB", "Reykjavik");
        assertThat(sensitive.isSensitivePath("personal.nationalId")).isTrue();
        assertThat(sensitive.isSensitivePath("nyx.personal.anything")).isTrue();
        assertThat(sensitive.isSensitivePath("basics.email")).isFalse();
        assertThat(sensitive.redact("Born in reykjavik, id X-9931-AB, email jane.doe@example.com"))
                .isEqualTo("Born in [redacted], id [redacted], email jane.doe@example.com");
    }

    @Test
    void should_redact_listed_paths_and_wildcards_when_the_sample_profile_is_loaded() {
        // given
        SensitiveValues sensitive = SensitiveValues.of(loader.load(SAMPLE_FOLDER.resolve("profile.yaml")));

        // when
        String redacted = sensitive.redact("Call +49 170 5550123 or 0049-170-555-0123 at Lindenstrasse 12, 10969 Berlin;"
                + " born 1989-06-14 (14.06.1989), id DE-77-4410-2291.");

        // then
        assertThat(redacted).isEqualTo("Call [redacted] or [redacted] at [redacted], [redacted] Berlin;"
                + " born [redacted] ([redacted]), id [redacted].");
        assertThat(sensitive.appearsIn(redacted)).isFalse();
        assertThat(sensitive.appearsIn("phone 491705550123")).isTrue();
    }

    @Test
    void should_redact_short_values_only_as_whole_words_when_they_are_shorter_than_four_characters() {
        // given
        Profile profile = loader.load(write(folder, "profile.yaml", minimalYaml("personal:\n  bloodType: AB\n  ok: x")));

        // when
        SensitiveValues sensitive = SensitiveValues.of(profile);

        // then
        assertThat(sensitive.redact("Blood type ab; LAB results are fine; x marks the spot"))
                .isEqualTo("Blood type [redacted]; LAB results are fine; x marks the spot");
    }

    @Test
    void should_redact_added_secrets_when_api_keys_are_added() {
        SensitiveValues sensitive = SensitiveValues.none().with(List.of("sk-test-123456", " "));

        assertThat(sensitive.redact("Authorization: Bearer sk-test-123456")).isEqualTo("Authorization: Bearer [redacted]");
        assertThat(sensitive.values()).containsExactly("sk-test-123456");
    }

    @Test
    void should_leave_text_alone_when_nothing_is_sensitive() {
        assertThat(SensitiveValues.none().redact("nothing to hide 123456")).isEqualTo("nothing to hide 123456");
    }

    @Test
    void should_not_print_values_when_converted_to_text() {
        SensitiveValues sensitive = SensitiveValues.of(loader.load(SAMPLE_FOLDER.resolve("profile.yaml")));

        assertThat(sensitive.toString()).contains("values").doesNotContain("1989", "5550123", "Lindenstrasse");
    }
}
