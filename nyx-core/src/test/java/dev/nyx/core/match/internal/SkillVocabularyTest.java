package dev.nyx.core.match.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillVocabularyTest {
    private final SkillVocabulary vocabulary = new SkillVocabulary();

    @Test
    void should_map_synonyms_to_one_skill_when_normalising_a_skill_list() {
        assertThat(vocabulary.normalise("k8s")).isEqualTo("Kubernetes");
        assertThat(vocabulary.normalise("JS")).isEqualTo("JavaScript");
        assertThat(vocabulary.normalise("Postgres")).isEqualTo("PostgreSQL");
        assertThat(vocabulary.normalise("Spring Boot")).isEqualTo("Spring");
        assertThat(vocabulary.normalise("  golang ")).isEqualTo("Go");
        assertThat(vocabulary.normalise("Event sourcing")).isEqualTo("Event sourcing");
    }

    @Test
    void should_find_skills_on_word_boundaries_when_reading_prose() {
        // when
        var found = vocabulary.mentionedIn("We use Java, Spring-Boot, postgres and K8s; JavaScript on the front."
                + " C# and C++ too. Not PostgreSQL-like mysql.");

        // then
        assertThat(found).contains("Java", "Spring", "PostgreSQL", "Kubernetes", "JavaScript", "C#", "C++", "MySQL");
    }

    @Test
    void should_find_names_with_dots_and_slashes_when_reading_prose() {
        assertThat(vocabulary.mentionedIn("Services in .NET and Node.js, shipped with CI/CD. We love Java."))
                .containsExactly("Java", ".NET", "Node.js", "CI/CD");
    }

    @Test
    void should_not_find_a_skill_when_the_word_only_contains_it() {
        // "java" in "javascript", "sql" in "nosql", short ambiguous spellings in prose
        assertThat(vocabulary.mentionedIn("JavaScript and NoSQL; go to the node, ts.")).containsExactly("JavaScript");
    }
}
