package dev.nyx.core.answer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.answer.internal.QuestionRoute.Route;
import dev.nyx.core.answer.internal.QuestionRoute.Topic;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import java.util.List;
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
        // years and one-line fields named by a noun (education blocks the rules may not know): never prose
        assertThat(route("Année de début", QuestionType.SHORT_TEXT)).isEqualTo(Route.FACT);
        assertThat(route("Startjahr", QuestionType.SHORT_TEXT)).isEqualTo(Route.FACT);
        assertThat(route("Discipline", QuestionType.SHORT_TEXT)).isEqualTo(Route.FACT);
        assertThat(route("Studienfach", QuestionType.SHORT_TEXT)).isEqualTo(Route.FACT);
        assertThat(QuestionRoute.route(Question.of("q", "Expected salary", QuestionType.LONG_TEXT, true),
                Optional.of("salary"))).isEqualTo(Route.FACT);
    }

    @Test
    void should_let_the_model_choose_among_options_only_when_no_rule_recognised_the_question_and_it_asks_no_fact() {
        List<Option> teams = List.of(new Option("p", "Payments"), new Option("l", "Logistics"));
        Question team = Question.withOptions("t", "Which team would you like to join?", QuestionType.SINGLE_SELECT,
                true, teams);
        Question salary = Question.withOptions("s", "Salary band", QuestionType.SINGLE_SELECT, true, teams);
        Question yesNo = Question.withOptions("y", "Have you ever been convicted of a felony?", QuestionType.SINGLE_SELECT,
                true, List.of(new Option("1", "Yes"), new Option("0", "No")));

        assertThat(QuestionRoute.route(team, Optional.empty())).isEqualTo(Route.CHOICE);
        // the technologies a candidate used are a fact of the profile, never the model's choice
        assertThat(QuestionRoute.route(team, Optional.of("skills-checklist"))).isEqualTo(Route.FACT);
        assertThat(QuestionRoute.route(team, Optional.of("how-did-you-hear"))).isEqualTo(Route.FACT);
        assertThat(QuestionRoute.route(salary, Optional.empty())).isEqualTo(Route.FACT);
        assertThat(QuestionRoute.route(yesNo, Optional.empty())).isEqualTo(Route.FACT);
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

    @Test
    void should_never_send_a_one_line_link_or_account_field_to_the_model() {
        for (String label : List.of("Twitter URL", "Portfolio link", "Personal website", "GitHub username",
                "Lien vers votre site web")) {
            Question link = new Question("q", label, QuestionType.SHORT_TEXT, false, List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty());
            assertThat(QuestionRoute.route(link, Optional.empty())).as(label).isEqualTo(Route.FACT);
        }
        Question story = new Question("s", "Tell us about a project in your portfolio", QuestionType.LONG_TEXT, false,
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(QuestionRoute.route(story, Optional.empty())).isEqualTo(Route.FREE_TEXT);
    }
}
