package dev.nyx.testkit.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The replica's wizard model: the standard wizard and the checks of its records. */
class WorkdayWizardTest {

    @Test
    void should_have_the_usual_six_known_steps_ending_with_review_when_standard() {
        // when
        WorkdayWizard wizard = WorkdayWizard.standard("Northwind Robotics");

        // then
        assertThat(wizard.steps()).extracting(WorkdayStep::title).containsExactly("My Information", "My Experience",
                "Application Questions", "Voluntary Disclosures", "Self Identify", "Review");
        assertThat(wizard.steps()).allMatch(WorkdayStep::known);
        assertThat(wizard.verifyEmail()).isFalse();
        assertThat(wizard.step("myInformation").flatMap(step -> step.field("previousWorker")).orElseThrow().label())
                .isEqualTo("Have you previously worked for Northwind Robotics?");
        assertThat(wizard.step("myExperience").orElseThrow().sections())
                .containsExactlyInAnyOrder(WorkdaySection.WORK_EXPERIENCE, WorkdaySection.EDUCATION, WorkdaySection.RESUME);
    }

    @Test
    void should_name_wrappers_per_generation_when_asked() {
        // given
        WorkdayField firstName = WorkdayWizard.myInformation("X").field("firstName").orElseThrow();

        // then
        assertThat(firstName.wrapperId(UiGeneration.LEGACY)).isEqualTo("formField-legalNameSection_firstName");
        assertThat(firstName.wrapperId(UiGeneration.FKIT)).isEqualTo("formField-legalName--firstName");
    }

    @Test
    void should_give_a_question_the_same_questionnaire_id_when_the_key_is_the_same() {
        // when
        WorkdayField first = WorkdayField.question("relocate", WorkdayFieldKind.RADIO, "Relocate?", true,
                WorkdayWizard.YES_NO);
        WorkdayField again = WorkdayField.question("relocate", WorkdayFieldKind.RADIO, "Willing to move?", false,
                WorkdayWizard.YES_NO);

        // then
        assertThat(first.fkitId()).matches("primaryQuestionnaire--[0-9a-f]{32}").isEqualTo(again.fkitId());
        assertThat(first.legacyId()).isEqualTo(first.fkitId());
    }

    @Test
    void should_refuse_a_wizard_when_review_is_not_last_or_a_condition_names_a_missing_field() {
        WorkdayStep step = WorkdayWizard.selfIdentify();
        assertThatThrownBy(() -> new WorkdayWizard(List.of(WorkdayStep.review(), step), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Review");
        WorkdayField conditional = WorkdayField.of("details", WorkdayFieldKind.TEXT, "Details", true, "details",
                "q--details").shownWhen(WorkdayCondition.when("missing", "Yes"));
        assertThatThrownBy(() -> new WorkdayStep("extra", "Extra", "extraPage", "applyFlowExtraPage",
                List.of(conditional), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> WorkdayField.of("pick", WorkdayFieldKind.DROPDOWN, "Pick", true, "pick", "q--pick"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("options");
    }

    @Test
    void should_model_an_unknown_step_when_its_containers_are_not_in_the_catalogue() {
        // when
        WorkdayStep assessment = new WorkdayStep("assessment", "Assessment", "assessmentPage",
                "applyFlowAssessmentPage", List.of(), Set.of());
        WorkdayWizard wizard = WorkdayWizard.standard("X").withStepBefore("review", assessment);

        // then
        assertThat(assessment.known()).isFalse();
        assertThat(wizard.position("assessment")).isEqualTo(5);
        assertThat(wizard.steps()).hasSize(7);
    }
}
