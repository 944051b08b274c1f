package dev.nyx.testkit.greenhouse.internal;

import dev.nyx.model.QuestionType;
import dev.nyx.testkit.FormData;
import dev.nyx.testkit.greenhouse.Eeoc;
import dev.nyx.testkit.greenhouse.EducationSection;
import dev.nyx.testkit.greenhouse.EducationSection.Part;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseQuestion;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.greenhouse.LocationQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side checks of a posted application, as the real boards do them: required questions
 * (only while shown), files or pasted text, a plausible email. Stateless.
 */
public final class Validation {
    public static final String REQUIRED = "This field is required.";
    public static final String BAD_EMAIL = "Please enter a valid email address.";

    private Validation() {
    }

    /** Posted field name to error message, in page order; empty when the application is acceptable. */
    public static Map<String, String> errors(GreenhouseStyle style, GreenhousePosting posting, FormData form) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<GreenhouseQuestion> questions = new ArrayList<>(posting.questions());
        if (posting.eeoc()) {
            questions.addAll(Eeoc.questions());
        }
        if (style == GreenhouseStyle.API) {
            // the partner API checks only the standard fields; custom questions are the caller's business
            questions.removeIf(question -> question.isCustom() || question.kind() == QuestionType.FILE);
        }
        for (GreenhouseQuestion question : questions) {
            if (!question.required() || !isShown(style, posting, question, form)) {
                continue;
            }
            String apiName = question.field().name();
            String posted = FieldNames.posted(style, posting, apiName);
            if (!answered(style, posting, question, form)) {
                errors.put(posted, REQUIRED);
            }
        }
        if (style != GreenhouseStyle.API && posting.locationQuestion() == LocationQuestion.REQUIRED) {
            String posted = FieldNames.posted(style, posting, "location");
            if (blank(form.all(posted))) {
                errors.put(posted, REQUIRED);
            }
        }
        if (style != GreenhouseStyle.API) {
            posting.education().filter(EducationSection::required).ifPresent(education -> {
                List<Part> parts = new ArrayList<>(List.of(Part.SCHOOL, Part.DEGREE));
                if (education.dates()) {
                    parts.add(Part.START_YEAR);
                }
                for (Part part : parts) {
                    String posted = EducationSection.posted(style, part);
                    if (blank(form.all(posted))) {
                        errors.put(posted, REQUIRED);
                    }
                }
            });
        }
        String emailName = FieldNames.posted(style, posting, "email");
        String email = form.first(emailName).orElse("").trim();
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put(emailName, BAD_EMAIL);
        }
        return errors;
    }

    static boolean isShown(GreenhouseStyle style, GreenhousePosting posting, GreenhouseQuestion question,
                           FormData form) {
        return question.showWhen()
                .map(condition -> form.all(FieldNames.posted(style, posting, condition.fieldName()))
                        .contains(condition.value()))
                .orElse(true);
    }

    private static boolean answered(GreenhouseStyle style, GreenhousePosting posting, GreenhouseQuestion question,
                                    FormData form) {
        if (question.kind() == QuestionType.FILE) {
            String apiName = question.field().name();
            boolean pasted = !blank(form.all(FieldNames.posted(style, posting, apiName + "_text")));
            boolean attached = style == GreenhouseStyle.CLASSIC
                    ? !blank(form.all(FieldNames.posted(style, posting, apiName)))
                    : form.file(apiName).isPresent();
            return pasted || attached;
        }
        return !blank(form.all(FieldNames.posted(style, posting, question.field().name())));
    }

    private static boolean blank(List<String> values) {
        return values.stream().allMatch(String::isBlank);
    }
}
