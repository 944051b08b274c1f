package dev.nyx.ats.greenhouse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Job Board API JSON (shaped like ATS-NOTES 1.2) to a posting and its form. */
class ApiPostingMapperTest {
    private static final URI URL = URI.create("https://boards.greenhouse.io/acme/jobs/127817");
    private static final PostingKey KEY = PostingKey.of("greenhouse", "acme/127817");
    private static final String JOB = """
            {"id":127817,"internal_job_id":144381,"title":"  Vault Designer ","updated_at":"2016-01-14T10:55:28-05:00",
             "location":{"name":"NYC"},"absolute_url":"https://boards.greenhouse.io/acme/jobs/127817","language":"en",
             "company_name":"Acme &amp; Sons",
             "content":"&lt;p&gt;Design &amp;amp; build vaults.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;ul&gt;&lt;li&gt;Steel&lt;/li&gt;&lt;/ul&gt;",
             "pay_input_ranges":[{"min_cents":12000000,"max_cents":15000000,"currency_type":"usd","title":"NYC","blurb":"per year"}],
             "questions":[
               {"required":true,"label":"First Name","description":null,"fields":[{"name":"first_name","type":"input_text","values":[]}]},
               {"required":true,"label":"Resume/CV","description":null,"fields":[
                  {"name":"resume","type":"input_file","values":[]},{"name":"resume_text","type":"textarea","values":[]}]},
               {"required":false,"label":"Why us?","description":"<p>Be brief.</p>","fields":[{"name":"question_1","type":"textarea","values":[]}]},
               {"required":true,"label":"Authorized to work?","description":null,"fields":[{"name":"question_2","type":"multi_value_single_select",
                  "values":[{"label":"Yes","value":1},{"label":"No","value":0}]}]},
               {"required":true,"label":"Heard from","description":null,"fields":[{"name":"question_3","type":"multi_value_single_select",
                  "values":[{"label":"LinkedIn","value":724302231},{"label":"Friend","value":724302232}]}]},
               {"required":false,"label":"Languages","description":null,"fields":[{"name":"question_67165646[]","type":"multi_value_multi_select",
                  "values":[{"label":"Java","value":1},{"label":"Go","value":2}]}]},
               {"required":true,"label":"Privacy","description":null,"fields":[{"name":"question_5[]","type":"multi_value_multi_select",
                  "values":[{"label":"I agree","value":77}]}]},
               {"required":false,"label":"Mystery","description":null,"fields":[{"name":"question_6","type":"input_magic","values":[]}]}
             ],
             "location_questions":[{"required":true,"label":"Location (City)","description":null,"fields":[
                  {"name":"location","type":"input_text","values":[]},{"name":"latitude","type":"input_hidden","values":[]},
                  {"name":"longitude","type":"input_hidden","values":[]}]}],
             "compliance":[
               {"type":"eeoc","description":"<p>burden statement</p>","questions":[]},
               {"type":"eeoc","description":null,"questions":[
                  {"label":"Gender","required":true,"fields":[{"name":"gender","type":"multi_value_single_select","values":[
                     {"label":"Male","value":"1"},{"label":"Female","value":"2"},{"label":"Decline To Self Identify","value":"3"}]}]},
                  {"label":"VeteranStatus","required":false,"fields":[{"name":"veteran_status","type":"multi_value_single_select","values":[
                     {"label":"I am not a protected veteran","value":"1"},{"label":"I don't wish to answer","value":"3"}]}]}]},
               {"type":"eeoc","description":"<p>Voluntary Self-Identification of Disability</p>","questions":[
                  {"label":"DisabilityStatus","required":false,"fields":[{"name":"disability_status","type":"multi_value_single_select","values":[
                     {"label":"I don't wish to answer","value":"3"}]}]}]}],
             "demographic_questions":{"header":"Tell us","description":"","questions":[
                  {"id":864,"label":"Pronouns","required":false,"type":"multi_value_multi_select",
                   "answer_options":[{"id":4073100006,"label":"she/her","free_form":false},{"id":4073100007,"label":"I prefer to self-describe","free_form":true}]}]}
            }""";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void should_map_every_field_type_when_the_job_has_questions() throws Exception {
        // when
        JobPosting posting = ApiPostingMapper.map(json.readTree(JOB), "greenhouse", KEY, URL, "acme");

        // then
        assertThat(posting.form().questions()).extracting(Question::id).containsExactly("first_name", "resume",
                "question_1", "question_2", "question_3", "question_67165646[]", "question_5[]", "question_6", "location",
                "gender", "veteran_status", "disability_status", "demographic_864");
        assertThat(type(posting, "first_name")).isEqualTo(QuestionType.SHORT_TEXT);
        assertThat(type(posting, "resume")).isEqualTo(QuestionType.FILE);
        assertThat(type(posting, "question_1")).isEqualTo(QuestionType.LONG_TEXT);
        assertThat(type(posting, "question_2")).isEqualTo(QuestionType.YES_NO);
        assertThat(type(posting, "question_3")).isEqualTo(QuestionType.SINGLE_SELECT);
        assertThat(type(posting, "question_67165646[]")).isEqualTo(QuestionType.MULTI_SELECT);
        assertThat(type(posting, "question_5[]")).isEqualTo(QuestionType.CHECKBOX);
        assertThat(posting.form().question("question_6")).hasValueSatisfying(question -> {
            assertThat(question.type()).isEqualTo(QuestionType.UNKNOWN);
            assertThat(question.rawControl()).contains("input_magic");
        });
        assertThat(posting.form().question("question_3").orElseThrow().options())
                .containsExactly(new Option("724302231", "LinkedIn"), new Option("724302232", "Friend"));
        assertThat(posting.form().question("location").orElseThrow().required()).isTrue();
        assertThat(posting.form().question("resume").orElseThrow().required()).isTrue();
    }

    @Test
    void should_put_eeoc_questions_in_an_optional_eeoc_section_when_compliance_blocks_are_given() throws Exception {
        // when
        JobPosting posting = ApiPostingMapper.map(json.readTree(JOB), "greenhouse", KEY, URL, "acme");

        // then
        assertThat(posting.form().questions()).filteredOn(question -> question.section().isPresent())
                .extracting(Question::id).containsExactly("gender", "veteran_status", "disability_status", "demographic_864");
        Question gender = posting.form().question("gender").orElseThrow();
        assertThat(gender.section()).contains("EEOC");
        assertThat(gender.required()).as("voluntary even when the block says required").isFalse();
        assertThat(posting.form().question("veteran_status").orElseThrow().label()).isEqualTo("Veteran Status");
        assertThat(posting.form().question("disability_status").orElseThrow().label()).isEqualTo("Disability Status");
        assertThat(posting.form().question("demographic_864").orElseThrow().options())
                .extracting(Option::value).containsExactly("4073100006", "4073100007");
    }

    @Test
    void should_describe_the_job_as_plain_data_when_content_is_escaped_html() throws Exception {
        // when
        JobPosting posting = ApiPostingMapper.map(json.readTree(JOB), "greenhouse", KEY, URL, "acme");

        // then
        assertThat(posting.title()).isEqualTo("Vault Designer");
        assertThat(posting.company()).isEqualTo("Acme &amp; Sons");
        assertThat(posting.location()).contains("NYC");
        assertThat(posting.language()).contains("en");
        assertThat(posting.description()).isEqualTo("Design & build vaults.\n- Steel");
        assertThat(posting.salary()).hasValueSatisfying(salary -> {
            assertThat(salary.min()).isEqualByComparingTo(new BigDecimal("120000"));
            assertThat(salary.max()).isEqualByComparingTo(new BigDecimal("150000"));
            assertThat(salary.currency()).isEqualTo("USD");
            assertThat(salary.period()).isEqualTo(SalaryPeriod.YEAR);
        });
    }

    @Test
    void should_use_the_board_token_as_company_when_the_api_names_none() throws Exception {
        // given
        JsonNode job = json.readTree("{\"id\":1,\"title\":\"Welder\",\"location\":{\"name\":\"\"}}");

        // when
        JobPosting posting = ApiPostingMapper.map(job, "greenhouse", KEY, URL, "acme");

        // then
        assertThat(posting.company()).isEqualTo("acme");
        assertThat(posting.location()).isEmpty();
        assertThat(posting.form().questions()).isEmpty();
        assertThat(posting.salary()).isEmpty();
    }

    @Test
    void should_fail_retryably_and_name_the_url_when_the_answer_is_not_a_job() throws Exception {
        // given
        JsonNode notAJob = json.readTree("{\"jobs\":[],\"meta\":{\"total\":0}}");

        // when / then
        assertThatThrownBy(() -> ApiPostingMapper.map(notAJob, "greenhouse", KEY, URL, "acme"))
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.NETWORK);
                    assertThat(thrown.getMessage()).contains(URL.toString());
                });
    }

    private static QuestionType type(JobPosting posting, String id) {
        return posting.form().question(id).orElseThrow().type();
    }
}
