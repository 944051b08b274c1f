package dev.nyx.testkit.greenhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nyx.testkit.greenhouse.internal.ApiJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELD_TYPES = Set.of("input_text", "input_file", "input_hidden", "textarea",
            "multi_value_single_select", "multi_value_multi_select");

    @Test
    void should_shape_the_job_detail_like_the_job_board_api_when_questions_are_requested() throws Exception {
        // when
        JsonNode job = JSON.readTree(ApiJson.jobDetail(GreenhouseFixtures.backendEngineer(), true,
                posting -> "http://replica/acme/jobs/" + posting.id()));

        // then
        assertThat(job.get("id").asLong()).isEqualTo(GreenhouseFixtures.BACKEND_ENGINEER);
        assertThat(job.get("internal_job_id").isNumber()).isTrue();
        assertThat(job.get("title").asText()).isEqualTo("Senior Backend Engineer (Java)");
        assertThat(job.get("location").get("name").asText()).isEqualTo("Berlin, Germany");
        assertThat(job.get("absolute_url").asText()).isEqualTo("http://replica/acme/jobs/4012345");
        assertThat(job.get("company_name").asText()).isEqualTo("Acme Robotics");
        assertThat(job.has("updated_at")).isTrue();
        assertThat(job.has("requisition_id")).isTrue();
        assertThat(job.get("data_compliance").get(0).get("type").asText()).isEqualTo("gdpr");
        assertThat(job.get("content").asText()).startsWith("&lt;p&gt;&lt;strong&gt;About the role")
                .contains("&amp;amp; their fleets").doesNotContain("<p>");

        List<String> names = new ArrayList<>();
        for (JsonNode question : job.get("questions")) {
            assertThat(question.has("label")).isTrue();
            assertThat(question.get("required").isBoolean()).isTrue();
            assertThat(question.has("description")).isTrue();
            for (JsonNode field : question.get("fields")) {
                names.add(field.get("name").asText());
                assertThat(field.get("type").asText()).isIn(FIELD_TYPES);
                assertThat(field.get("values").isArray()).isTrue();
                if (field.get("type").asText().equals("multi_value_multi_select")) {
                    assertThat(field.get("name").asText()).endsWith("[]");
                }
            }
        }
        assertThat(names).startsWith("first_name", "last_name", "preferred_name", "email", "phone", "resume",
                "resume_text", "cover_letter", "cover_letter_text")
                .contains("question_5009[]", "question_5010[]");
        JsonNode yesNo = field(job, "question_5005");
        assertThat(yesNo.get("values").toString())
                .isEqualTo("[{\"label\":\"Yes\",\"value\":\"1\"},{\"label\":\"No\",\"value\":\"0\"}]");
        assertThat(question(job, "question_5007").get("required").asBoolean()).isFalse();
        assertThat(question(job, "question_5008").get("required").asBoolean()).isTrue();
    }

    @Test
    void should_list_location_and_eeoc_compliance_when_the_posting_asks_for_them() throws Exception {
        // when
        JsonNode job = JSON.readTree(ApiJson.jobDetail(GreenhouseFixtures.backendEngineer(), true, posting -> ""));

        // then
        JsonNode location = job.get("location_questions").get(0);
        assertThat(location.get("required").asBoolean()).isTrue();
        assertThat(location.get("fields").findValuesAsText("name")).containsExactly("location", "latitude", "longitude");
        assertThat(location.get("fields").findValuesAsText("type"))
                .containsExactly("input_text", "input_hidden", "input_hidden");
        JsonNode compliance = job.get("compliance");
        assertThat(compliance).hasSize(3);
        compliance.forEach(block -> assertThat(block.get("type").asText()).isEqualTo("eeoc"));
        assertThat(compliance.get(0).get("questions")).isEmpty();
        assertThat(compliance.get(0).get("description").asText()).startsWith("<p>");
        assertThat(compliance.get(1).get("description").isNull()).isTrue();
        List<String> labels = new ArrayList<>();
        compliance.get(1).get("questions").forEach(question -> labels.add(question.get("label").asText()));
        assertThat(labels).containsExactly("Gender", "Are you Hispanic/Latino?", "Race", "VeteranStatus");
        assertThat(compliance.get(2).get("questions").get(0).get("fields").get(0).get("name").asText())
                .isEqualTo("disability_status");
        JsonNode gender = compliance.get(1).get("questions").get(0).get("fields").get(0);
        assertThat(gender.get("type").asText()).isEqualTo("multi_value_single_select");
        assertThat(gender.get("values").toString()).contains("{\"label\":\"Decline To Self Identify\",\"value\":\"3\"}");
    }

    @Test
    void should_leave_out_questions_location_and_compliance_when_not_requested_or_not_enabled() throws Exception {
        JsonNode plain = JSON.readTree(ApiJson.jobDetail(GreenhouseFixtures.backendEngineer(), false, posting -> ""));
        JsonNode analyst = JSON.readTree(ApiJson.jobDetail(GreenhouseFixtures.dataAnalyst(), true, posting -> ""));

        assertThat(plain.has("questions")).isFalse();
        assertThat(analyst.has("questions")).isTrue();
        assertThat(analyst.has("location_questions")).isFalse();
        assertThat(analyst.has("compliance")).isFalse();
    }

    @Test
    void should_escape_the_description_and_keep_titles_raw_when_the_posting_carries_markup() throws Exception {
        // when
        JsonNode job = JSON.readTree(ApiJson.jobDetail(GreenhouseFixtures.dataAnalyst(), true, posting -> ""));

        // then
        assertThat(job.get("title").asText()).isEqualTo("Data Analyst \"Growth\" <Team B>");
        assertThat(job.get("content").asText()).contains("&lt;script&gt;window.pwned = true;&lt;/script&gt;")
                .contains(GreenhouseFixtures.INJECTION_TEXT.replace("'", "&#39;")).doesNotContain("<script>");
    }

    @Test
    void should_list_open_postings_with_a_total_when_the_board_is_listed() throws Exception {
        // when
        JsonNode list = JSON.readTree(ApiJson.jobList(GreenhouseFixtures.postings(), false, posting -> "u"));

        // then
        assertThat(list.get("jobs").findValuesAsText("title"))
                .containsExactly("Senior Backend Engineer (Java)", "Data Analyst \"Growth\" <Team B>");
        assertThat(list.get("meta").get("total").asInt()).isEqualTo(2);
        assertThat(list.get("jobs").get(0).has("content")).isFalse();
    }

    private static JsonNode question(JsonNode job, String fieldName) {
        for (JsonNode question : job.get("questions")) {
            if (question.get("fields").get(0).get("name").asText().equals(fieldName)) {
                return question;
            }
        }
        throw new AssertionError("no question with field " + fieldName);
    }

    private static JsonNode field(JsonNode job, String fieldName) {
        return question(job, fieldName).get("fields").get(0);
    }
}
