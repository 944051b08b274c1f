package dev.nyx.testkit.greenhouse.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.greenhouse.Eeoc;
import dev.nyx.testkit.greenhouse.GreenhouseField;
import dev.nyx.testkit.greenhouse.GreenhouseFieldType;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseQuestion;
import dev.nyx.testkit.greenhouse.LocationQuestion;
import dev.nyx.testkit.internal.Html;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Renders postings in the shape of the Greenhouse Job Board API (ATS-NOTES 1.2). Stateless. */
public final class ApiJson {
    // an ObjectWriter is immutable and thread-safe
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private ApiJson() {
    }

    /** {@code GET /v1/boards/{token}/jobs[?content=true]}; closed postings are not listed. */
    public static String jobList(List<GreenhousePosting> postings, boolean withContent,
                                 Function<GreenhousePosting, String> absoluteUrl) {
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (GreenhousePosting posting : postings) {
            if (posting.open()) {
                jobs.add(job(posting, withContent, absoluteUrl));
            }
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("jobs", jobs);
        list.put("meta", Map.of("total", jobs.size()));
        return write(list);
    }

    /** {@code GET /v1/boards/{token}/jobs/{id}[?questions=true]}. */
    public static String jobDetail(GreenhousePosting posting, boolean withQuestions,
                                   Function<GreenhousePosting, String> absoluteUrl) {
        Map<String, Object> job = job(posting, true, absoluteUrl);
        if (withQuestions) {
            job.put("questions", posting.questions().stream().map(ApiJson::question).toList());
            if (posting.locationQuestion() != LocationQuestion.NONE) {
                job.put("location_questions", List.of(locationQuestion(posting)));
            }
            if (posting.eeoc()) {
                job.put("compliance", compliance());
            }
        }
        return write(job);
    }

    private static Map<String, Object> job(GreenhousePosting posting, boolean withContent,
                                           Function<GreenhousePosting, String> absoluteUrl) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("absolute_url", absoluteUrl.apply(posting));
        job.put("data_compliance", List.of(gdpr()));
        job.put("internal_job_id", posting.internalJobId());
        job.put("location", Map.of("name", posting.location()));
        job.put("metadata", null);
        job.put("id", posting.id());
        job.put("updated_at", posting.updatedAt().toString());
        job.put("requisition_id", "REQ-" + posting.internalJobId());
        job.put("title", posting.title());
        job.put("company_name", posting.companyName());
        job.put("first_published", posting.updatedAt().minusDays(7).toString());
        job.put("language", "en");
        if (withContent) {
            // the real API sends the description HTML entity-escaped
            job.put("content", Html.escape(posting.descriptionHtml()));
            job.put("departments", List.of(Map.of("id", 4009001, "name", "Engineering", "child_ids", List.of(),
                    "parent_id", 4009000)));
            job.put("offices", List.of(Map.of("id", 4010001, "name", posting.location(), "location",
                    posting.location(), "child_ids", List.of())));
        }
        return job;
    }

    private static Map<String, Object> gdpr() {
        Map<String, Object> gdpr = new LinkedHashMap<>();
        gdpr.put("type", "gdpr");
        gdpr.put("requires_consent", false);
        gdpr.put("requires_processing_consent", false);
        gdpr.put("requires_retention_consent", false);
        gdpr.put("retention_period", null);
        return gdpr;
    }

    static Map<String, Object> question(GreenhouseQuestion question) {
        Map<String, Object> json = new LinkedHashMap<>();
        // a follow-up is only required while shown, so the API (which cannot say "when") calls it optional
        json.put("required", question.required() && question.showWhen().isEmpty());
        json.put("label", question.label());
        json.put("description", question.description().orElse(null));
        json.put("fields", question.fields().stream().map(ApiJson::field).toList());
        return json;
    }

    private static Map<String, Object> field(GreenhouseField field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", field.name());
        json.put("type", field.type().apiName());
        json.put("values", field.values().stream().map(option -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("label", option.label());
            value.put("value", option.value());
            return value;
        }).toList());
        return json;
    }

    private static Map<String, Object> locationQuestion(GreenhousePosting posting) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("required", posting.locationQuestion() == LocationQuestion.REQUIRED);
        json.put("label", "Location (City)");
        json.put("description", null);
        json.put("fields", List.of(
                field(GreenhouseField.text("location")),
                field(new GreenhouseField("latitude", GreenhouseFieldType.INPUT_HIDDEN, List.of())),
                field(new GreenhouseField("longitude", GreenhouseFieldType.INPUT_HIDDEN, List.of()))));
        return json;
    }

    private static List<Map<String, Object>> compliance() {
        List<GreenhouseQuestion> eeoc = Eeoc.questions();
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(block(Eeoc.BURDEN_STATEMENT, List.of()));
        blocks.add(block(null, eeoc.subList(0, 4)));
        blocks.add(block(Eeoc.DISABILITY_STATEMENT, eeoc.subList(4, 5)));
        return blocks;
    }

    private static Map<String, Object> block(String description, List<GreenhouseQuestion> questions) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "eeoc");
        block.put("description", description);
        block.put("questions", questions.stream().map(ApiJson::question).toList());
        return block;
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new NyxException(ErrorCode.INTERNAL, "cannot write replica JSON", impossible);
        }
    }
}
