package dev.nyx.testkit.greenhouse.internal;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseQuestion;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.util.List;
import java.util.Set;

/**
 * The names each page style posts for an API field. The job-boards page and the API use the API
 * names; the classic page wraps them in {@code job_application[...]} and posts custom questions as
 * {@code answers_attributes}. Stateless.
 */
public final class FieldNames {
    private static final Set<String> EEOC = Set.of("gender", "hispanic_ethnicity", "race", "veteran_status",
            "disability_status");

    private FieldNames() {
    }

    /** The posted name of an API field in a style; for classic files, the hidden {@code *_url} field. */
    public static String posted(GreenhouseStyle style, GreenhousePosting posting, String apiName) {
        if (style != GreenhouseStyle.CLASSIC) {
            return apiName;
        }
        if (apiName.equals("resume") || apiName.equals("cover_letter")) {
            return "job_application[" + apiName + "_url]";
        }
        if (!apiName.startsWith("question_")) {
            return "job_application[" + apiName + "]";
        }
        List<GreenhouseQuestion> custom = posting.customQuestions();
        for (int index = 0; index < custom.size(); index++) {
            GreenhouseQuestion question = custom.get(index);
            if (question.field().name().equals(apiName)) {
                return answerPrefix(index) + switch (question.kind()) {
                    case YES_NO -> "[boolean_value]";
                    case SINGLE_SELECT -> "[answer_selected_options_attributes][" + index + "][question_option_id]";
                    case MULTI_SELECT, CHECKBOX -> "[answer_selected_options_attributes][][question_option_id]";
                    default -> "[text_value]";
                };
            }
        }
        throw new NyxException(ErrorCode.NOT_FOUND, "posting " + posting.postingId() + " has no field '" + apiName
                + "'; use an API field name such as first_name or question_5001");
    }

    /** The hidden field carrying a custom question's id on the classic page. */
    public static String classicQuestionIdName(int customIndex) {
        return answerPrefix(customIndex) + "[question_id]";
    }

    /** The DOM id of the control for a posted classic name, e.g. {@code job_application_answers_attributes_3_text_value}. */
    public static String classicId(String postedName) {
        if (postedName.equals("job_application[first_name]") || postedName.equals("job_application[last_name]")
                || postedName.equals("job_application[email]") || postedName.equals("job_application[phone]")
                || postedName.equals("job_application[preferred_name]")) {
            return postedName.substring("job_application[".length(), postedName.length() - 1);
        }
        return postedName.replace("[]", "").replace("][", "_").replace("[", "_").replace("]", "");
    }

    public static boolean isEeoc(String apiName) {
        return EEOC.contains(apiName);
    }

    private static String answerPrefix(int index) {
        return "job_application[answers_attributes][" + index + "]";
    }
}
