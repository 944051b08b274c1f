package dev.nyx.ats.workday.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The wizard steps the adapter knows, each recognised by its page container's {@code data-automation-id} in either
 * UI generation (ATS-NOTES 3.4: legacy first, then fkit), never by its title (tenants rename steps). The key is
 * what the step's question ids are prefixed with ({@code myInformation.country}).
 */
public enum WizardStep {
    MY_INFORMATION("myInformation", "contactInformationPage", "applyFlowMyInfoPage"),
    MY_EXPERIENCE("myExperience", "myExperiencePage", "applyFlowMyExpPage"),
    APPLICATION_QUESTIONS("applicationQuestions", "applicationQuestionsPage", "primaryQuestionnairePage",
            "applyFlowPrimaryQuestionsPage"),
    VOLUNTARY_DISCLOSURES("voluntaryDisclosures", "voluntaryDisclosuresPage", "applyFlowVoluntaryDisclosuresPage"),
    SELF_IDENTIFY("selfIdentify", "selfIdentificationPage", "applyFlowSelfIdentificationPage"),
    REVIEW("review", "reviewJobApplicationPage", "applyFlowReviewPage");

    private final String key;
    private final List<String> containers;

    WizardStep(String key, String... containers) {
        this.key = key;
        this.containers = List.of(containers);
    }

    /** The step's key: {@code myInformation}, {@code myExperience}, ... */
    public String key() {
        return key;
    }

    /** The {@code data-automation-id}s of its page container, legacy first. */
    public List<String> containers() {
        return containers;
    }

    /** The step whose page container has this {@code data-automation-id}. */
    public static Optional<WizardStep> byContainer(String automationId) {
        return Arrays.stream(values()).filter(step -> step.containers.contains(automationId)).findFirst();
    }

    /** Every known container id, in catalogue order. */
    public static List<String> allContainers() {
        return Arrays.stream(values()).flatMap(step -> step.containers.stream()).toList();
    }
}
