package dev.nyx.testkit.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.NyxException;
import dev.nyx.testkit.FormData;
import dev.nyx.testkit.greenhouse.internal.FieldNames;
import dev.nyx.testkit.greenhouse.internal.Validation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GreenhouseReplicaTest {
    private final GreenhousePosting posting = GreenhouseFixtures.backendEngineer();

    @Test
    void should_name_fields_like_each_real_board_when_asked_for_a_style() {
        assertThat(FieldNames.posted(GreenhouseStyle.JOB_BOARDS, posting, "question_5009[]")).isEqualTo("question_5009[]");
        assertThat(FieldNames.posted(GreenhouseStyle.CLASSIC, posting, "first_name")).isEqualTo("job_application[first_name]");
        assertThat(FieldNames.posted(GreenhouseStyle.CLASSIC, posting, "gender")).isEqualTo("job_application[gender]");
        assertThat(FieldNames.posted(GreenhouseStyle.CLASSIC, posting, "question_5005"))
                .isEqualTo("job_application[answers_attributes][4][boolean_value]");
        assertThat(FieldNames.posted(GreenhouseStyle.CLASSIC, posting, "question_5008"))
                .isEqualTo("job_application[answers_attributes][7][answer_selected_options_attributes][7][question_option_id]");
        assertThat(FieldNames.classicId("job_application[answers_attributes][7][answer_selected_options_attributes][7][question_option_id]"))
                .isEqualTo("job_application_answers_attributes_7_answer_selected_options_attributes_7_question_option_id");
        assertThat(FieldNames.classicId("job_application[first_name]")).isEqualTo("first_name");
    }

    @Test
    void should_say_which_names_exist_when_a_field_is_unknown() {
        assertThatThrownBy(() -> FieldNames.posted(GreenhouseStyle.CLASSIC, posting, "question_9"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("posting 4012345 has no field 'question_9'");
    }

    @Test
    void should_require_the_follow_up_only_when_its_condition_holds() {
        // given
        FormData noSponsorship = new FormData.Builder().field("question_5006", "0").build();
        FormData sponsorship = new FormData.Builder().field("question_5006", "1").build();

        // when
        Map<String, String> withoutFollowUp = Validation.errors(GreenhouseStyle.JOB_BOARDS, posting, noSponsorship);
        Map<String, String> withFollowUp = Validation.errors(GreenhouseStyle.JOB_BOARDS, posting, sponsorship);

        // then
        assertThat(withoutFollowUp).doesNotContainKey("question_5007").containsKeys("first_name", "resume", "location");
        assertThat(withFollowUp).containsEntry("question_5007", Validation.REQUIRED);
        assertThat(withFollowUp).doesNotContainKeys("gender", "question_5011[]", "phone");
    }

    @Test
    void should_accept_pasted_resume_text_and_flag_a_malformed_email() {
        // given
        FormData form = new FormData.Builder().field("resume_text", "My CV").field("email", "not-an-email").build();

        // when
        Map<String, String> errors = Validation.errors(GreenhouseStyle.JOB_BOARDS, posting, form);

        // then
        assertThat(errors).doesNotContainKey("resume").containsEntry("email", Validation.BAD_EMAIL);
    }
}
