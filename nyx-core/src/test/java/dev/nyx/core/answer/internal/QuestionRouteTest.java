package dev.nyx.core.answer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.answer.internal.QuestionRoute.Route;
import dev.nyx.core.answer.internal.QuestionRoute.Topic;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionRouteTest {

    @Test
    void should_send_open_questions_when_they_are_free_text() {
        assertThat(route("Why do you want to work at Acme?", QuestionType.LONG_TEXT)).isEqualTo(Route.FREE_TEXT);
        assertThat(route("Tell us about a project you are proud of.", QuestionType.LONG_TEXT))
                .isEqualTo(Route.FREE_TEXT);
        assertThat(route("Warum möchten Sie bei uns arbeiten?", QuestionType.LONG_TEXT)).isEqualTo(Route.FREE_TEXT);
        assertThat(route("Anything else we should know?", QuestionType.SHORT_TEXT)).isEqualTo(Route.FREE_TEXT);
    }

    @Test
    void should_keep_facts_from_the_model_when_a_question_asks_for_one() {
        assertThat(route("How many years of Rust do you have?", QuestionType.SHORT_TEXT)).isEqualTo(Route.FACT);
        assertThat(route("What is your GPA?", QuestionType.SHORT_TEXT)).isEqualTo(Route.FACT);
        assertThat(route("Are you willing to travel?", QuestionType.LONG_TEXT)).isEqualTo(Route.FACT);
        assertThat(route("Team size", QuestionType.NUMBER)).isEqualTo(Route.FACT);
        assertThat(route("Favourite colour", QuestionType.SINGLE_SELECT)).isEqualTo(Route.FACT);
        assertThat(route("Êtes-vous disponible ?", QuestionType.SHORT_TEXT)).isEqualTo(Route.FACT);
        assertThat(QuestionRoute.route(Question.of("q", "Expected salary", QuestionType.LONG_TEXT, true),
                Optional.of("salary"))).isEqualTo(Route.FACT);
    }

    @Test
    void should_pick_the_profile_facts_by_what_the_question_is_about() {
        assertThat(QuestionRoute.topic(question("Why Acme?"))).isEqualTo(Topic.MOTIVATION);
        assertThat(QuestionRoute.topic(question("Describe a challenging project."))).isEqualTo(Topic.EXPERIENCE);
        assertThat(QuestionRoute.topic(question("Which tools do you use for analysis?"))).isEqualTo(Topic.SKILLS);
        assertThat(QuestionRoute.topic(question("Anything else?"))).isEqualTo(Topic.GENERAL);
    }

    private static Route route(String label, QuestionType type) {
        return QuestionRoute.route(Question.of("q", label, type, true), Optional.empty());
    }

    private static Question question(String label) {
        return Question.of("q", label, QuestionType.LONG_TEXT, true);
    }
}
