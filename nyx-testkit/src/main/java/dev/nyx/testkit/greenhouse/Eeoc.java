package dev.nyx.testkit.greenhouse;

import java.util.List;

/** The US EEOC questions Greenhouse adds to a posting, with the option lists real boards use. */
public final class Eeoc {
    public static final GreenhouseField GENDER = GreenhouseField.singleSelect("gender", List.of(
            new GreenhouseOption("Male", "1"),
            new GreenhouseOption("Female", "2"),
            new GreenhouseOption("Decline To Self Identify", "3")));
    // the classic page posts the labels themselves as values for this one
    public static final GreenhouseField HISPANIC_ETHNICITY = GreenhouseField.singleSelect("hispanic_ethnicity",
            List.of(new GreenhouseOption("Yes", "Yes"),
                    new GreenhouseOption("No", "No"),
                    new GreenhouseOption("Decline To Self Identify", "Decline To Self Identify")));
    public static final GreenhouseField RACE = GreenhouseField.singleSelect("race", List.of(
            new GreenhouseOption("American Indian or Alaskan Native", "1"),
            new GreenhouseOption("Asian", "2"),
            new GreenhouseOption("Black or African American", "3"),
            new GreenhouseOption("Hispanic or Latino", "4"),
            new GreenhouseOption("White", "5"),
            new GreenhouseOption("Native Hawaiian or Other Pacific Islander", "6"),
            new GreenhouseOption("Two or More Races", "7"),
            new GreenhouseOption("Decline To Self Identify", "8")));
    public static final GreenhouseField VETERAN_STATUS = GreenhouseField.singleSelect("veteran_status", List.of(
            new GreenhouseOption("I am not a protected veteran", "1"),
            new GreenhouseOption("I identify as one or more of the classifications of protected veteran", "2"),
            new GreenhouseOption("I don't wish to answer", "3")));
    public static final GreenhouseField DISABILITY_STATUS = GreenhouseField.singleSelect("disability_status", List.of(
            new GreenhouseOption("Yes, I have a disability (or previously had a disability)", "1"),
            new GreenhouseOption("No, I don't have a disability", "2"),
            new GreenhouseOption("I don't wish to answer", "3")));

    public static final String BURDEN_STATEMENT = "<p>Acme is an equal opportunity employer. Completing this"
            + " section is voluntary and will not affect your application.</p>";
    public static final String DISABILITY_STATEMENT = "<p>Voluntary Self-Identification of Disability."
            + " Form CC-305, OMB Control Number 1250-0005.</p>";

    private Eeoc() {
    }

    /** The EEOC questions in page order; race is asked only when the candidate is not Hispanic/Latino. */
    public static List<GreenhouseQuestion> questions() {
        return List.of(
                GreenhouseQuestion.of("Gender", false, dev.nyx.model.QuestionType.SINGLE_SELECT, GENDER),
                GreenhouseQuestion.of("Are you Hispanic/Latino?", false, dev.nyx.model.QuestionType.SINGLE_SELECT,
                        HISPANIC_ETHNICITY),
                GreenhouseQuestion.of("Race", false, dev.nyx.model.QuestionType.SINGLE_SELECT, RACE)
                        .shownWhen("hispanic_ethnicity", "No"),
                GreenhouseQuestion.of("VeteranStatus", false, dev.nyx.model.QuestionType.SINGLE_SELECT,
                        VETERAN_STATUS),
                GreenhouseQuestion.of("DisabilityStatus", false, dev.nyx.model.QuestionType.SINGLE_SELECT,
                        DISABILITY_STATUS));
    }
}
