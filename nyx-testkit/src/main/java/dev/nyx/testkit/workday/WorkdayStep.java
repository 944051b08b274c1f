package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One step of a replica wizard: a page with the progress bar, a container ({@code div[data-automation-id=...]},
 * one name per UI generation) holding a heading with the title, the sections and the fields, and the footer's
 * "Back" and "Save and Continue" buttons (ATS-NOTES 3.3, 3.4). A step whose containers are not in
 * {@link #KNOWN_CONTAINERS} models a step an adapter does not know (an "Assessment", say); it is rendered like
 * the others. The {@link #review() Review} step has no fields: it summarises the saved steps and submits.
 *
 * @param key             the step's key ({@code myInformation}); values are recorded as {@code "{key}.{field}"}
 * @param title           the title in the progress bar and the heading
 * @param legacyContainer the container's {@code data-automation-id} in the legacy UI
 * @param fkitContainer   the container's {@code data-automation-id} in the fkit UI
 * @param fields          the fields in page order (sections come first, as on Workday's My Experience)
 * @param sections        the special sections of the step
 */
public record WorkdayStep(String key, String title, String legacyContainer, String fkitContainer,
                          List<WorkdayField> fields, Set<WorkdaySection> sections) {
    /** The page containers of the steps Workday tenants usually have, both generations (ATS-NOTES 3.4). */
    public static final Set<String> KNOWN_CONTAINERS = Set.of("contactInformationPage", "applyFlowMyInfoPage",
            "myExperiencePage", "applyFlowMyExpPage", "applicationQuestionsPage", "primaryQuestionnairePage",
            "applyFlowPrimaryQuestionsPage", "voluntaryDisclosuresPage", "applyFlowVoluntaryDisclosuresPage",
            "selfIdentificationPage", "applyFlowSelfIdentificationPage", "reviewJobApplicationPage",
            "applyFlowReviewPage");
    /** The key of the Review step. */
    public static final String REVIEW = "review";
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public WorkdayStep {
        requireNonNull(key, "key is null");
        requireNonNull(title, "title is null");
        requireNonNull(legacyContainer, "legacyContainer is null");
        requireNonNull(fkitContainer, "fkitContainer is null");
        fields = List.copyOf(fields);
        sections = Set.copyOf(sections);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("step key must be letters, digits or _: " + key);
        }
        Set<String> keys = new HashSet<>();
        for (WorkdayField field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("step " + key + " has two fields " + field.key());
            }
        }
        for (WorkdayField field : fields) {
            field.shownWhen().ifPresent(condition -> {
                if (!keys.contains(condition.fieldKey())) {
                    throw new IllegalArgumentException("field " + field.key() + " of step " + key
                            + " depends on a field the step lacks: " + condition.fieldKey());
                }
            });
        }
        if (key.equals(REVIEW) && (!fields.isEmpty() || !sections.isEmpty())) {
            throw new IllegalArgumentException("the Review step has no fields or sections");
        }
    }

    /** The key of the step "Autofill with Resume" adds first. */
    public static final String AUTOFILL = "autofillWithResume";

    /**
     * The step the "Autofill with Resume" apply mode puts first (ATS-NOTES 3.3): a resume upload
     * ({@code quickApplyPage} / {@code applyFlowAutoFillPage}) and "Continue"; the file is then the application's
     * resume.
     */
    public static WorkdayStep autofillWithResume() {
        return new WorkdayStep(AUTOFILL, "Autofill with Resume", "quickApplyPage", "applyFlowAutoFillPage", List.of(),
                Set.of(WorkdaySection.RESUME));
    }

    /** The Review step: a read-only summary and "Submit". */
    public static WorkdayStep review() {
        return new WorkdayStep(REVIEW, "Review", "reviewJobApplicationPage", "applyFlowReviewPage", List.of(),
                Set.of());
    }

    /** The container's {@code data-automation-id} in the given UI generation. */
    public String container(UiGeneration ui) {
        return ui == UiGeneration.LEGACY ? legacyContainer : fkitContainer;
    }

    /** Whether both containers are in Workday's usual catalogue (false: a step an adapter does not know). */
    public boolean known() {
        return KNOWN_CONTAINERS.contains(legacyContainer) && KNOWN_CONTAINERS.contains(fkitContainer);
    }

    /** Whether this is the Review step. */
    public boolean isReview() {
        return key.equals(REVIEW);
    }

    /** The field with this key. */
    public Optional<WorkdayField> field(String fieldKey) {
        return fields.stream().filter(field -> field.key().equals(fieldKey)).findFirst();
    }

    /** The same step with other fields. */
    public WorkdayStep withFields(List<WorkdayField> value) {
        return new WorkdayStep(key, title, legacyContainer, fkitContainer, value, sections);
    }
}
