package dev.nyx.ats.greenhouse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import static java.util.Objects.requireNonNull;

/**
 * Maps a Job Board API job ({@code GET /v1/boards/{token}/jobs/{id}?questions=true}, ATS-NOTES 1.2)
 * to a {@link JobPosting}. Question ids are the API field names ({@code first_name},
 * {@code question_5009[]}, {@code gender}), the same ids the DOM reader derives from the pages, so
 * answers fit either way. Pure and thread-safe.
 */
public final class ApiPostingMapper {
    /** The section EEOC compliance questions are placed in. */
    public static final String EEOC_SECTION = "EEOC";
    /** The section Greenhouse Inclusion's demographic questions are placed in. */
    public static final String DEMOGRAPHIC_SECTION = "Demographics";
    private static final Set<String> YES_NO = Set.of("1", "0");

    private ApiPostingMapper() {
    }

    /**
     * @param ats the adapter name for the posting record
     * @throws NyxException {@link ErrorCode#NETWORK} when the body is not a job object (a proxy's error
     *                      page, a truncated answer): retrying may help
     */
    public static JobPosting map(JsonNode job, String ats, PostingKey key, URI url, String fallbackCompany) {
        requireNonNull(job, "job is null");
        if (!job.isObject() || !job.hasNonNull("title")) {
            throw new NyxException(ErrorCode.NETWORK, "The Greenhouse Job Board API answered for " + url
                    + " without a job title; the answer is not a job. Try again later.");
        }
        String company = text(job, "company_name").filter(name -> !name.isBlank()).orElse(fallbackCompany);
        Optional<String> location = Optional.ofNullable(job.path("location").path("name").textValue())
                .filter(name -> !name.isBlank());
        String description = text(job, "content").map(HtmlText::fromEscapedHtml).orElse("");
        Optional<String> language = text(job, "language").filter(code -> code.matches("[a-zA-Z]{2}([-_].*)?"))
                .map(code -> code.substring(0, 2).toLowerCase(Locale.ROOT));
        return new JobPosting(key, url, ats, job.get("title").asText().strip(), company, location, description,
                salary(job), language, form(job));
    }

    /** The form of a job with questions; empty when the API left them out. */
    public static FormSchema form(JsonNode job) {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (JsonNode question : job.path("questions")) {
            toQuestion(question, Optional.empty()).ifPresent(mapped -> questions.putIfAbsent(mapped.id(), mapped));
        }
        for (JsonNode question : job.path("location_questions")) {
            toQuestion(question, Optional.empty()).ifPresent(mapped -> questions.putIfAbsent(mapped.id(), mapped));
        }
        for (JsonNode block : job.path("compliance")) {
            for (JsonNode question : block.path("questions")) {
                // voluntary self-identification: optional whatever the block says
                toQuestion(question, Optional.of(EEOC_SECTION)).map(ApiPostingMapper::optional)
                        .ifPresent(mapped -> questions.putIfAbsent(mapped.id(), mapped));
            }
        }
        for (JsonNode question : job.path("demographic_questions").path("questions")) {
            demographic(question).ifPresent(mapped -> questions.putIfAbsent(mapped.id(), mapped));
        }
        return new FormSchema(List.copyOf(questions.values()));
    }

    private static Optional<Question> toQuestion(JsonNode question, Optional<String> section) {
        List<JsonNode> fields = StreamSupport.stream(question.path("fields").spliterator(), false)
                .filter(field -> !"input_hidden".equals(field.path("type").asText()))
                .filter(field -> !field.path("name").asText().isBlank())
                .toList();
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        // "Resume/CV" is a file field plus a paste-text field: the file is the question
        JsonNode main = fields.stream().filter(field -> "input_file".equals(field.path("type").asText())).findFirst()
                .orElse(fields.get(0));
        String type = main.path("type").asText();
        List<Option> options = StreamSupport.stream(main.path("values").spliterator(), false)
                .map(value -> new Option(value.path("value").asText(), value.path("label").asText().strip()))
                .toList();
        QuestionType questionType = switch (type) {
            case "input_file" -> QuestionType.FILE;
            case "textarea" -> QuestionType.LONG_TEXT;
            case "multi_value_single_select" -> isYesNo(options) ? QuestionType.YES_NO : QuestionType.SINGLE_SELECT;
            // one box to tick (a consent) is a checkbox; several are a multi-choice question
            case "multi_value_multi_select" -> options.size() == 1 ? QuestionType.CHECKBOX : QuestionType.MULTI_SELECT;
            case "input_text" -> QuestionType.SHORT_TEXT;
            default -> QuestionType.UNKNOWN;
        };
        String label = humanLabel(question.path("label").asText(main.path("name").asText()));
        return Optional.of(new Question(main.path("name").asText(), label.isBlank() ? main.path("name").asText() : label,
                questionType, question.path("required").asBoolean(false), options, Optional.empty(), section,
                questionType == QuestionType.UNKNOWN ? Optional.of(type) : Optional.empty()));
    }

    private static Optional<Question> demographic(JsonNode question) {
        String id = question.path("id").asText();
        if (id.isBlank()) {
            return Optional.empty();
        }
        List<Option> options = StreamSupport.stream(question.path("answer_options").spliterator(), false)
                .map(option -> new Option(option.path("id").asText(), option.path("label").asText().strip()))
                .toList();
        QuestionType type = "multi_value_multi_select".equals(question.path("type").asText())
                ? QuestionType.MULTI_SELECT : QuestionType.SINGLE_SELECT;
        return Optional.of(new Question("demographic_" + id, humanLabel(question.path("label").asText(id)), type,
                false, options, Optional.empty(), Optional.of(DEMOGRAPHIC_SECTION), Optional.empty()));
    }

    private static Question optional(Question question) {
        return new Question(question.id(), question.label(), question.type(), false, question.options(),
                question.maxLength(), question.section(), question.rawControl());
    }

    private static boolean isYesNo(List<Option> options) {
        if (options.size() != 2) {
            return false;
        }
        boolean byValue = options.stream().map(Option::value).collect(java.util.stream.Collectors.toSet()).equals(YES_NO);
        boolean byLabel = options.stream().map(option -> option.label().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet()).equals(Set.of("yes", "no"));
        return byValue && byLabel;
    }

    /** "VeteranStatus" (as the API names some EEOC questions) reads "Veteran Status" on the pages. */
    static String humanLabel(String label) {
        String stripped = label.strip();
        if (stripped.matches("[A-Z][a-z]+(?:[A-Z][a-z]+)+")) {
            return stripped.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        }
        return stripped;
    }

    private static Optional<SalaryRange> salary(JsonNode job) {
        for (JsonNode range : job.path("pay_input_ranges")) {
            if (!range.path("min_cents").canConvertToLong() || !range.path("max_cents").canConvertToLong()) {
                continue;
            }
            BigDecimal min = BigDecimal.valueOf(range.path("min_cents").asLong()).movePointLeft(2);
            BigDecimal max = BigDecimal.valueOf(range.path("max_cents").asLong()).movePointLeft(2);
            String currency = range.path("currency_type").asText("USD");
            if (min.signum() < 0 || max.compareTo(min) < 0 || currency.isBlank()) {
                continue;
            }
            String words = (range.path("title").asText("") + " " + range.path("blurb").asText(""))
                    .toLowerCase(Locale.ROOT);
            SalaryPeriod period = words.contains("hour") ? SalaryPeriod.HOUR
                    : words.contains("month") ? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
            return Optional.of(new SalaryRange(min, max, currency.toUpperCase(Locale.ROOT), period));
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
