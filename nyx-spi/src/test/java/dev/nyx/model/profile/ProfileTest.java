package dev.nyx.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.model.Resume;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void should_refuse_a_profile_without_any_name_when_constructed() {
        assertThatThrownBy(() -> new Profile(basics(Optional.empty()), List.of(), List.of(), List.of(), List.of(),
                nyx(List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("basics.name or nyx.firstName and nyx.lastName");
    }

    @Test
    void should_refuse_two_default_resumes_when_constructed() {
        List<Resume> resumes = List.of(new Resume("en", Path.of("/a.pdf"), Optional.empty(), true),
                new Resume("de", Path.of("/b.pdf"), Optional.empty(), true));

        assertThatThrownBy(() -> nyx(resumes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one resume");
    }

    @Test
    void should_use_a_single_word_as_first_name_when_basics_name_has_one_word() {
        Profile profile = new Profile(basics(Optional.of("Prince")), List.of(), List.of(), List.of(), List.of(),
                nyx(List.of()));

        assertThat(profile.firstName()).isEqualTo("Prince");
        assertThat(profile.lastName()).isEmpty();
    }

    @Test
    void should_hide_declined_and_given_eeo_answers_when_printed() {
        assertThat(EeoAnswer.of("Female").toString()).isEqualTo("answered");
        assertThat(EeoAnswer.decline().toString()).isEqualTo("decline");
    }

    private static Basics basics(Optional<String> name) {
        return new Basics(name, Optional.empty(), "a@example.com", Optional.of("+1 555 0100 200"), Optional.empty(),
                Optional.empty(), Location.unknown(), List.of());
    }

    private static NyxSection nyx(List<Resume> resumes) {
        return new NyxSection(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), RemotePreference.ANY, Eeo.declineAll(), resumes, List.of(),
                Optional.empty(), Map.of("dateOfBirth", "2000-01-01"), List.of());
    }
}
