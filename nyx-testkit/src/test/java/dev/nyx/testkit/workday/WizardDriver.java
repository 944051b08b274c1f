package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * Drives the replica's standard wizard by hand in either UI generation, the way a person (and Workday's widgets)
 * need it: popups clicked, searches typed, date parts typed key by key. Test code only.
 */
final class WizardDriver {
    private final Page page;
    private final WorkdayReplica replica;
    private final UiGeneration ui;
    private final boolean legacy;

    WizardDriver(Page page, WorkdayReplica replica) {
        this.page = requireNonNull(page, "page is null");
        this.replica = requireNonNull(replica, "replica is null");
        this.ui = replica.tenant().ui();
        this.legacy = ui == UiGeneration.LEGACY;
    }

    WorkdayField field(String stepKey, String fieldKey) {
        return replica.wizard().step(stepKey).flatMap(step -> step.field(fieldKey)).orElseThrow();
    }

    Locator container(String stepKey) {
        return page.locator("[data-automation-id=\"" + replica.wizard().step(stepKey).orElseThrow().container(ui) + "\"]");
    }

    Locator control(String stepKey, String fieldKey) {
        WorkdayField field = field(stepKey, fieldKey);
        return legacy ? page.locator("[data-automation-id=\"" + field.legacyId() + "\"]")
                : page.locator("[id=\"" + field.fkitId() + "\"]");
    }

    Locator wrapper(String stepKey, String fieldKey) {
        return page.locator("[data-automation-id=\"" + field(stepKey, fieldKey).wrapperId(ui) + "\"]");
    }

    Locator next() {
        return page.locator(legacy ? "[data-automation-id=bottom-navigation-next-button]"
                : "[data-automation-id=pageFooterNextButton]");
    }

    Locator back() {
        return page.locator(legacy ? "[data-automation-id=bottom-navigation-previous-button]"
                : "[data-automation-id=pageFooterBackButton]");
    }

    void saveAndContinue(String nextStep) {
        next().click();
        container(nextStep).waitFor();
    }

    void choose(Locator button, String option) {
        button.click();
        page.locator("body > [data-automation-widget=wd-popup] [data-automation-label=\"" + option + "\"]").click();
    }

    void choose(String stepKey, String fieldKey, String option) {
        choose(control(stepKey, fieldKey), option);
    }

    void typeDate(Locator wrapper, String month, String year) {
        if (month != null) {
            wrapper.locator("[data-automation-id=dateSectionMonth-input]").pressSequentially(month);
        }
        wrapper.locator("[data-automation-id=dateSectionYear-input]").pressSequentially(year);
    }

    void myInformation() {
        Locator source = wrapper("myInformation", "source");
        source.locator("[data-automation-id=searchBox]").click();
        Locator popup = page.locator("body > [data-automation-widget=wd-popup][data-associated-widget=ms-source]");
        popup.locator("[data-automation-id=promptOption]", new Locator.LocatorOptions().setHasText("Job Board")).click();
        popup.locator("[data-automation-id=promptLeafNode] [data-automation-id=promptOption]",
                new Locator.LocatorOptions().setHasText("LinkedIn")).click();
        source.locator("[data-automation-id=searchBox]").fill("Indeed");
        source.locator("[data-automation-id=searchBox]").press("Enter");
        page.locator(legacy ? "[data-automation-id=previousWorker] input[id=\"2\"]"
                : "[id=candidateIsPreviousWorker-no]").check();
        choose("myInformation", "country", "France");
        Locator device = control("myInformation", "phoneDeviceType");
        device.click();
        device.press("M");
        device.press("o");
        device.press("Enter");
        control("myInformation", "firstName").fill("Ada");
        control("myInformation", "lastName").fill("Lovelace");
        control("myInformation", "city").fill("Lyon");
        control("myInformation", "phoneNumber").fill("+33 4 72 00 00 00");
    }

    void myExperience(byte[] resume) {
        Locator addWork = page.locator("[data-automation-id=workExperienceSection] [data-automation-id=add-button]");
        addWork.click();
        Locator first = page.locator("[data-automation-id=workExperience-1]");
        panelText(first, "jobTitle", "workExperience-1--jobTitle", "Engineer");
        panelText(first, "company", "workExperience-1--companyName", "Analytical Engines Ltd");
        panelText(first, "location", "workExperience-1--location", "London");
        typeDate(first.locator("[data-automation-id=formField-startDate]"), "03", "2019");
        typeDate(first.locator("[data-automation-id=formField-endDate]"), "11", "2022");
        first.locator(legacy ? "[data-automation-id=description]" : "[id=\"workExperience-1--roleDescription\"]")
                .fill("Wrote the first programs.");
        addWork.click();
        Locator second = page.locator("[data-automation-id=workExperience-2]");
        panelText(second, "jobTitle", "workExperience-2--jobTitle", "Lead Engineer");
        panelText(second, "company", "workExperience-2--companyName", "Difference Co");
        second.locator(legacy ? "[data-automation-id=currentlyWorkHere]"
                : "[id=\"workExperience-2--currentlyWorkHere\"]").check();
        typeDate(second.locator("[data-automation-id=formField-startDate]"), "12", "2022");
        page.locator("[data-automation-id=educationSection] [data-automation-id=add-button]").click();
        Locator school = page.locator("[data-automation-id=education-1]");
        panelText(school, "school", "education-1--schoolName", "University of London");
        choose(school.locator(legacy ? "[data-automation-id=degree]" : "[id=\"education-1--degree\"]"), "Master's Degree");
        Locator study = school.locator("[data-automation-id=multiSelectContainer] [data-automation-id=searchBox]");
        study.fill("Mathem");
        study.press("Enter");
        panelText(school, "gradeAverage", "education-1--gradeAverage", "3.9");
        school.locator("[data-automation-id=formField-firstYearAttended] [data-automation-id=dateSectionYear-input]")
                .pressSequentially("2012");
        school.locator("[data-automation-id=formField-lastYearAttended] [data-automation-id=dateSectionYear-input]")
                .pressSequentially("2016");
        page.locator("[data-automation-id=file-upload-input-ref]")
                .setInputFiles(new FilePayload("resume.pdf", "application/pdf", resume));
        page.locator("[data-automation-id=file-upload-item] [data-automation-id=file-upload-item-name]").waitFor();
        control("myExperience", "linkedIn").fill("https://www.linkedin.com/in/ada");
    }

    void applicationQuestions(boolean sponsorship) {
        choose("applicationQuestions", "workAuthorization", "Yes");
        Locator details = wrapper("applicationQuestions", "sponsorshipDetails");
        if (details.isVisible()) {
            throw new AssertionError("the sponsorship details show before the sponsorship question is answered");
        }
        choose("applicationQuestions", "sponsorship", sponsorship ? "Yes" : "No");
        if (sponsorship) {
            control("applicationQuestions", "sponsorshipDetails").fill("I need an H-1B transfer.");
        }
        choose("applicationQuestions", "experienceYears", "5-10 years");
        wrapper("applicationQuestions", "relocate").getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true))
                .check();
    }

    void voluntaryDisclosures() {
        choose("voluntaryDisclosures", "gender", "Female");
        choose("voluntaryDisclosures", "hispanicOrLatino", "No");
        choose("voluntaryDisclosures", "ethnicity", "Asian (United States of America)");
        choose("voluntaryDisclosures", "veteranStatus", "I am not a protected veteran");
        control("voluntaryDisclosures", "acceptTermsAndAgreements").check();
    }

    void selfIdentify() {
        control("selfIdentify", "name").fill("Ada Lovelace");
        wrapper("selfIdentify", "dateSignedOn").locator("[data-automation-id=dateIcon]").click();
        page.locator("[data-automation-id=datePickerSelectedToday]").click();
        wrapper("selfIdentify", "disabilityStatus").getByLabel("I do not want to answer").check();
    }

    /** Every standard step up to the Review page. */
    void completeUpToReview() {
        completeUpTo("review");
    }

    /** Every standard step until the step {@code stepKey} shows. */
    void completeUpTo(String stepKey) {
        String[] order = {"myInformation", "myExperience", "applicationQuestions", "voluntaryDisclosures",
            "selfIdentify"};
        for (int index = 0; index < order.length; index++) {
            if (order[index].equals(stepKey)) {
                return;
            }
            switch (order[index]) {
                case "myInformation" -> myInformation();
                case "myExperience" -> myExperience(WorkdayWizardReplicaIT.RESUME);
                case "applicationQuestions" -> applicationQuestions(false);
                case "voluntaryDisclosures" -> voluntaryDisclosures();
                default -> selfIdentify();
            }
            int position = replica.wizard().position(order[index]);
            saveAndContinue(replica.wizard().steps().get(position + 1).key());
        }
    }

    /** Every step, then "Submit". */
    void completeAll() {
        completeUpToReview();
        next().click();
    }

    private void panelText(Locator panel, String legacyId, String fkitId, String value) {
        panel.locator(legacy ? "[data-automation-id=\"" + legacyId + "\"]" : "[id=\"" + fkitId + "\"]").fill(value);
    }
}
