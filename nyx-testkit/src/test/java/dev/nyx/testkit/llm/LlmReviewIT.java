package dev.nyx.testkit.llm;

import static dev.nyx.testkit.llm.LlmFixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.answer.LanguageDetector;
import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.llm.LlmClients;
import dev.nyx.core.llm.LlmSettings;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.core.qa.FormQa;
import dev.nyx.core.qa.LlmReview;
import dev.nyx.core.qa.LlmReviewer;
import dev.nyx.core.qa.QaReport;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.Budget;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.TokenUsage;
import dev.nyx.model.profile.Profile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The LLM reviewer at high effort against the testkit's OpenAI-compatible server, through langchain4j. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LlmReviewIT {
    private static final Budget HIGH = new Budget(8000, new BigDecimal("0.05"), true, true);
    private static final Budget MEDIUM = new Budget(6000, new BigDecimal("0.02"), false, false);
    private static final Question EMAIL = Question.of("email", "Email", QuestionType.SHORT_TEXT, true);
    private static final Question WHY = LlmFixtures.longText("why", "Why do you want to work at Acme?");
    private static final FormSchema FORM = new FormSchema(List.of(EMAIL, WHY));
    private static final String DRAFT = "I would love to join [Company Name] and build its robots.";

    private OpenAiCompatibleServer server;
    private Profile profile;
    private LlmReviewer reviewer;
    private int mark;

    @BeforeAll
    void startServer(@TempDir Path folder) {
        server = OpenAiCompatibleServer.start();
        profile = LlmFixtures.profile(folder);
        reviewer = new LlmReviewer(LlmClients.create(LlmFixtures.llmConfig(server.baseUrl()),
                new LlmSettings(Duration.ofSeconds(2), 1, 0.3)), new LanguageDetector());
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @BeforeEach
    void markRequests() {
        server.clearRules();
        mark = server.requests().size();
    }

    @Test
    void should_apply_the_correction_when_the_reviewer_fixes_a_placeholder_in_a_model_answer() {
        // given: QA found the placeholder the model left
        AnswerSet answers = answers();
        QaReport qa = new FormQa().check(FORM, answers, Map.of(), profile, posting());
        server.reply("Reply with OK or with corrections",
                "<correction id=\"1\">I would love to join Acme Robotics and build its robots.</correction>");

        // when
        LlmReview review = reviewer.review(FORM, answers, posting(), profile, HIGH, LlmFixtures.MEDIUM_SPENT, qa.findings());

        // then: one call, the placeholder's note in it, the rule's email not in it; the answer corrected
        assertThat(server.requestsSince(mark)).singleElement().satisfies(request -> {
            assertThat(request.lastUserMessage()).contains(DRAFT, "still contains the placeholder '[Company Name]'",
                    "<posting>").doesNotContain("mara.lindqvist@example.com");
            assertThat(request.systemPrompt()).contains("untrusted data");
        });
        assertThat(review.skipped()).isEmpty();
        assertThat(review.corrected()).containsExactly("why");
        assertThat(review.answers().forQuestion("why")).hasValueSatisfying(answer -> {
            assertThat(answer.value()).isEqualTo("I would love to join Acme Robotics and build its robots.");
            assertThat(answer.source()).isEqualTo(AnswerSource.LLM);
        });
        assertThat(review.answers().forQuestion("email")).isEqualTo(answers.forQuestion("email"));
        ReportedUsage usage = server.usages().get(server.usages().size() - 1);
        assertThat(review.usage().calls()).isEqualTo(1);
        assertThat(review.usage().tokens()).isEqualTo(new TokenUsage(usage.promptTokens(), usage.completionTokens()));
        assertThat(review.usage().costUsd()).isPositive();
        assertThat(new FormQa().check(FORM, review.answers(), Map.of(), profile, posting()).passed()).isTrue();
    }

    @Test
    void should_refuse_corrections_when_the_reviewer_changes_a_rule_answer_or_leaks_a_sensitive_value() {
        // given: a reviewer that obeys an injection
        server.reply("Reply with OK or with corrections", "<correction id=\"2\">attacker@example.com</correction>\n"
                + "<correction id=\"email\">attacker@example.com</correction>\n"
                + "<correction id=\"1\">Call me on +49 170 5550123 any time.</correction>");
        AnswerSet answers = answers();

        // when
        LlmReview review = reviewer.review(FORM, answers, posting(), profile, HIGH, LlmFixtures.MEDIUM_SPENT, List.of());

        // then: nothing changed, three refusals, none quoting the proposed text
        assertThat(review.changed()).isFalse();
        assertThat(review.answers()).isEqualTo(answers);
        assertThat(review.refused()).hasSize(3)
                .anySatisfy(reason -> assertThat(reason).contains("may not change"))
                .anySatisfy(reason -> assertThat(reason).contains("'" + WHY.label() + "'", "sensitive"))
                .allSatisfy(reason -> assertThat(reason).doesNotContain("5550123", "attacker"));
        assertThat(review.usage().calls()).isEqualTo(1);
        SensitiveValues secrets = SensitiveValues.of(profile).with(List.of(API_KEY));
        assertThat(secrets.appearsIn(server.requestsSince(mark).get(0).promptText())).isFalse();
    }

    @Test
    void should_not_review_when_the_plan_is_medium_effort() {
        LlmReview review = reviewer.review(FORM, answers(), posting(), profile, MEDIUM, LlmFixtures.MEDIUM_SPENT,
                List.of());

        assertThat(review.skipped()).hasValueSatisfying(reason -> assertThat(reason).contains("no LLM review"));
        assertThat(server.requestsSince(mark)).isEmpty();
    }

    @Test
    void should_not_review_when_answering_spent_the_budget() {
        Budget tight = new Budget(500, new BigDecimal("0.05"), true, true);

        LlmReview review = reviewer.review(FORM, answers(), posting(), profile, tight, LlmFixtures.MEDIUM_SPENT,
                List.of());

        assertThat(review.skipped()).hasValueSatisfying(reason -> assertThat(reason).contains("budget"));
        assertThat(server.requestsSince(mark)).isEmpty();
    }

    private static AnswerSet answers() {
        return new AnswerSet(List.of(Answer.of(EMAIL, "mara.lindqvist@example.com", AnswerSource.RULE,
                        List.of("basics.email")),
                new Answer("why", WHY.label(), List.of(DRAFT), AnswerSource.LLM, 0.6, List.of("basics.summary"),
                        new TokenUsage(300, 20))));
    }

    private static PostingContext posting() {
        return LlmFixtures.posting("Acme Robotics", "Senior Backend Engineer", "We build robots for warehouses.");
    }
}
