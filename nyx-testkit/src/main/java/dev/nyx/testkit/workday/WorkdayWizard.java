package dev.nyx.testkit.workday;

import static dev.nyx.testkit.workday.WorkdayFieldKind.CHECKBOX;
import static dev.nyx.testkit.workday.WorkdayFieldKind.CHECKBOXES;
import static dev.nyx.testkit.workday.WorkdayFieldKind.DATE;
import static dev.nyx.testkit.workday.WorkdayFieldKind.DROPDOWN;
import static dev.nyx.testkit.workday.WorkdayFieldKind.RADIO;
import static dev.nyx.testkit.workday.WorkdayFieldKind.TEXT;
import static dev.nyx.testkit.workday.WorkdayFieldKind.TEXT_AREA;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The apply wizard a replica tenant serves after sign-in (ATS-NOTES 3.3): its steps in order, the last one the
 * {@link WorkdayStep#review() Review} step, and whether creating an account asks the candidate to verify the email
 * first. {@link #standard(String)} is the usual six-step wizard; tests and generators build others from it or from
 * scratch.
 *
 * @param steps       the steps in order; keys unique; exactly one Review step, the last
 * @param verifyEmail whether a new account must open the verification mail's link (or enter its code) before it
 *                    can sign in (the replica needs a mail server, see {@link WorkdayReplica#sendMailVia})
 */
public record WorkdayWizard(List<WorkdayStep> steps, boolean verifyEmail) {
    /** "How Did You Hear About Us?" categories and their leaves (a category with no leaves is itself a choice). */
    public static final Map<String, List<String>> SOURCES = sources();
    public static final List<String> COUNTRIES = List.of("United States of America", "United Kingdom", "France",
            "Germany");
    public static final List<String> DEVICE_TYPES = List.of("Mobile", "Home", "Work");
    public static final List<String> YES_NO = List.of("Yes", "No");
    public static final List<String> GENDERS = List.of("Male", "Female", "I do not wish to answer.");
    public static final List<String> ETHNICITIES = List.of(
            "American Indian or Alaska Native (United States of America)",
            "Asian (United States of America)",
            "Black or African American (United States of America)",
            "Native Hawaiian or Other Pacific Islander (United States of America)",
            "White (United States of America)",
            "Two or More Races (United States of America)",
            "I do not wish to answer. (United States of America)");
    public static final List<String> VETERAN_STATUSES = List.of("I am not a protected veteran",
            "I identify as one or more of the classifications of protected veteran",
            "I do not wish to self-identify");
    public static final List<String> DISABILITY_STATUSES = List.of(
            "Yes, I have a disability (or previously had a disability)",
            "No, I do not have a disability and have not had one in the past",
            "I do not want to answer");
    /** The degrees of the education panel's dropdown. */
    public static final List<String> DEGREES = List.of("High School Diploma", "Associate's Degree",
            "Bachelor's Degree", "Master's Degree", "Doctorate", "Other");
    /** The fields of study of the education panel's searchable multi-select. */
    public static final List<String> FIELDS_OF_STUDY = List.of("Computer Science", "Software Engineering",
            "Mathematics", "Physics", "Electrical Engineering", "Business Administration", "Economics", "Other");

    public WorkdayWizard {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !steps.get(steps.size() - 1).isReview()) {
            throw new IllegalArgumentException("a wizard ends with the Review step (WorkdayStep.review())");
        }
        Set<String> keys = new HashSet<>();
        for (WorkdayStep step : steps) {
            if (!keys.add(step.key())) {
                throw new IllegalArgumentException("the wizard has two steps " + step.key());
            }
        }
    }

    /**
     * The usual six steps: My Information, My Experience (work experience, education, resume and a LinkedIn
     * field), Application Questions (with a question shown only after another's answer), Voluntary Disclosures,
     * Self Identify and Review; no email verification. {@code company} appears in the labels that name it.
     */
    public static WorkdayWizard standard(String company) {
        requireNonNull(company, "company is null");
        return new WorkdayWizard(List.of(myInformation(company), myExperience(), applicationQuestions(),
                voluntaryDisclosures(), selfIdentify(), WorkdayStep.review()), false);
    }

    /** The same wizard, with or without email verification on account creation. */
    public WorkdayWizard withVerifyEmail(boolean value) {
        return new WorkdayWizard(steps, value);
    }

    /** The same wizard with {@code step} inserted before the step with key {@code beforeKey}. */
    public WorkdayWizard withStepBefore(String beforeKey, WorkdayStep step) {
        List<WorkdayStep> changed = new ArrayList<>(steps);
        int index = indexOf(beforeKey);
        changed.add(index, step);
        return new WorkdayWizard(changed, verifyEmail);
    }

    /**
     * The wizard a candidate meets through "Autofill with Resume": {@link WorkdayStep#autofillWithResume()} first,
     * unless the wizard already starts with it.
     */
    public WorkdayWizard withAutofillStep() {
        if (step(WorkdayStep.AUTOFILL).isPresent()) {
            return this;
        }
        List<WorkdayStep> changed = new ArrayList<>(steps);
        changed.add(0, WorkdayStep.autofillWithResume());
        return new WorkdayWizard(changed, verifyEmail);
    }

    /** The same wizard with the step of the same key replaced by {@code step}. */
    public WorkdayWizard withStep(WorkdayStep step) {
        List<WorkdayStep> changed = new ArrayList<>(steps);
        changed.set(indexOf(step.key()), step);
        return new WorkdayWizard(changed, verifyEmail);
    }

    /** The same wizard without the step with this key (not the Review step). */
    public WorkdayWizard withoutStep(String key) {
        List<WorkdayStep> changed = new ArrayList<>(steps);
        changed.remove(indexOf(key));
        return new WorkdayWizard(changed, verifyEmail);
    }

    /** The step with this key. */
    public Optional<WorkdayStep> step(String key) {
        return steps.stream().filter(step -> step.key().equals(key)).findFirst();
    }

    /** The step's position from 0, or -1. */
    public int position(String key) {
        for (int index = 0; index < steps.size(); index++) {
            if (steps.get(index).key().equals(key)) {
                return index;
            }
        }
        return -1;
    }

    private int indexOf(String key) {
        int index = position(key);
        if (index < 0) {
            throw new IllegalArgumentException("the wizard has no step " + key);
        }
        return index;
    }

    /** "My Information": the fields of ATS-NOTES 3.4 in both generations. */
    public static WorkdayStep myInformation(String company) {
        return new WorkdayStep("myInformation", "My Information", "contactInformationPage", "applyFlowMyInfoPage",
                List.of(
                        WorkdayField.categorised("source", "How Did You Hear About Us?", true, "source",
                                "source--source", SOURCES),
                        WorkdayField.of("previousWorker", RADIO, "Have you previously worked for " + company + "?",
                                true, "previousWorker", "candidateIsPreviousWorker", YES_NO),
                        WorkdayField.of("country", DROPDOWN, "Country", true, "countryDropdown", "country--country",
                                COUNTRIES),
                        WorkdayField.of("firstName", TEXT, "First Name", true, "legalNameSection_firstName",
                                "name--legalName--firstName"),
                        WorkdayField.of("lastName", TEXT, "Last Name", true, "legalNameSection_lastName",
                                "name--legalName--lastName"),
                        WorkdayField.of("addressLine1", TEXT, "Address Line 1", false, "addressSection_addressLine1",
                                "address--addressLine1"),
                        WorkdayField.of("city", TEXT, "City", true, "addressSection_city", "address--city"),
                        WorkdayField.of("postalCode", TEXT, "Postal Code", false, "addressSection_postalCode",
                                "address--postalCode"),
                        WorkdayField.of("phoneDeviceType", DROPDOWN, "Phone Device Type", true, "phone-device-type",
                                "phoneNumber--phoneType", DEVICE_TYPES),
                        WorkdayField.of("phoneNumber", TEXT, "Phone Number", true, "phone-number",
                                "phoneNumber--phoneNumber")),
                Set.of());
    }

    /** "My Experience": work experience, education and resume sections, and a LinkedIn field. */
    public static WorkdayStep myExperience() {
        return new WorkdayStep("myExperience", "My Experience", "myExperiencePage", "applyFlowMyExpPage",
                List.of(WorkdayField.of("linkedIn", TEXT, "LinkedIn Profile", false, "linkedinQuestion",
                        "socialNetworkAccounts--linkedInAccount")),
                Set.of(WorkdaySection.WORK_EXPERIENCE, WorkdaySection.EDUCATION, WorkdaySection.RESUME));
    }

    /** "Application Questions": {@code primaryQuestionnaire--{hash}} dropdowns, radios, text; one conditional. */
    public static WorkdayStep applicationQuestions() {
        return new WorkdayStep("applicationQuestions", "Application Questions", "primaryQuestionnairePage",
                "applyFlowPrimaryQuestionsPage", List.of(
                        WorkdayField.question("workAuthorization", DROPDOWN,
                                "Are you legally authorized to work in the country in which this job is located?",
                                true, YES_NO),
                        WorkdayField.question("sponsorship", DROPDOWN,
                                "Will you now or in the future require sponsorship for employment visa status?",
                                true, YES_NO),
                        WorkdayField.question("sponsorshipDetails", TEXT_AREA,
                                "Please describe the sponsorship you will require.", true, List.of())
                                .shownWhen(WorkdayCondition.when("sponsorship", "Yes")),
                        WorkdayField.question("experienceYears", DROPDOWN,
                                "How many years of professional experience do you have in this field?", true,
                                List.of("Less than 1 year", "1-3 years", "3-5 years", "5-10 years",
                                        "More than 10 years")),
                        WorkdayField.question("relocate", RADIO, "Are you willing to relocate?", true, YES_NO),
                        WorkdayField.question("salary", TEXT, "What are your salary expectations?", false,
                                List.of())),
                Set.of());
    }

    /** "Voluntary Disclosures": gender, Hispanic or Latino, ethnicity, veteran status, the terms agreement. */
    public static WorkdayStep voluntaryDisclosures() {
        return new WorkdayStep("voluntaryDisclosures", "Voluntary Disclosures", "voluntaryDisclosuresPage",
                "applyFlowVoluntaryDisclosuresPage", List.of(
                        WorkdayField.of("gender", DROPDOWN, "Gender", true, "gender", "personalInfoUS--gender",
                                GENDERS),
                        WorkdayField.of("hispanicOrLatino", DROPDOWN, "Are you Hispanic or Latino?", true,
                                "hispanicOrLatino", "personalInfoUS--hispanicOrLatino", YES_NO),
                        WorkdayField.of("ethnicity", DROPDOWN, "Please select the ethnicity which most accurately"
                                + " describes how you identify yourself", true, "ethnicityDropdown",
                                "personalInfoUS--ethnicity", ETHNICITIES),
                        WorkdayField.of("veteranStatus", DROPDOWN, "Veteran Status", true, "veteranStatus",
                                "personalInfoUS--veteranStatus", VETERAN_STATUSES),
                        WorkdayField.of("acceptTermsAndAgreements", CHECKBOX,
                                "Yes, I have read and consent to the terms and conditions", true,
                                "agreementCheckbox", "termsAndConditions--acceptTermsAndAgreements")),
                Set.of());
    }

    /** "Self Identify": the disability form's name, date signed (with a date picker) and status checkboxes. */
    public static WorkdayStep selfIdentify() {
        return new WorkdayStep("selfIdentify", "Self Identify", "selfIdentificationPage",
                "applyFlowSelfIdentificationPage", List.of(
                        WorkdayField.of("name", TEXT, "Name", true, "name", "selfIdentifiedDisabilityData--name"),
                        WorkdayField.of("dateSignedOn", DATE, "Date", true, "dateSignedOn",
                                "selfIdentifiedDisabilityData--dateSignedOn"),
                        WorkdayField.of("disabilityStatus", CHECKBOXES, "Please check one of the boxes below:", true,
                                "selfIdentifiedDisabilityData-disability",
                                "selfIdentifiedDisabilityData--disabilityStatus", DISABILITY_STATUSES)),
                Set.of());
    }

    private static Map<String, List<String>> sources() {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        sources.put("Company Website", List.of());
        sources.put("Job Board", List.of("LinkedIn", "Indeed", "Glassdoor"));
        sources.put("Referral", List.of("Employee Referral", "Recruiter Referral"));
        return java.util.Collections.unmodifiableMap(sources);
    }
}
