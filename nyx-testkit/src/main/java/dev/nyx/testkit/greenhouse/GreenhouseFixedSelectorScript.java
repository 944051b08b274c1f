package dev.nyx.testkit.greenhouse;

import static dev.nyx.testkit.greenhouse.GreenhouseFixtures.AUTHORIZED;
import static dev.nyx.testkit.greenhouse.GreenhouseFixtures.HEARD_FROM;
import static dev.nyx.testkit.greenhouse.GreenhouseFixtures.LANGUAGES;
import static dev.nyx.testkit.greenhouse.GreenhouseFixtures.OFFICES;
import static dev.nyx.testkit.greenhouse.GreenhouseFixtures.PRIVACY_CONSENT;
import static dev.nyx.testkit.greenhouse.GreenhouseFixtures.SPONSORSHIP;
import static dev.nyx.testkit.greenhouse.GreenhouseFixtures.VISA_TYPE;
import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.nyx.testkit.greenhouse.internal.Cities;
import dev.nyx.testkit.greenhouse.internal.FieldNames;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written, fixed-selector script that applies to the {@link GreenhouseFixtures#BACKEND_ENGINEER}
 * posting on both replica page styles, the way a person scripting Playwright for this one form
 * would: every selector is hard-coded. Tests use it to prove the replicas work; benchmarks compare
 * Nyx against it.
 *
 * <p>Stateless; each call drives the given page on the caller's thread (Playwright pages are not
 * thread-safe). Playwright errors (time-outs, missing elements) propagate unchanged.
 */
public final class GreenhouseFixedSelectorScript {
    private static final String CLASSIC = "job_application_answers_attributes_";

    private GreenhouseFixedSelectorScript() {
    }

    // ---- classic boards.greenhouse.io ----------------------------------------------------------

    /** Fills the whole classic form (the page must show the posting) without submitting. */
    public static void fillClassic(Page page, BackendEngineerAnswers answers) {
        requireNonNull(answers, "answers is null");
        page.fill("#first_name", answers.firstName());
        page.fill("#last_name", answers.lastName());
        page.fill("input[placeholder='Preferred Name']", answers.preferredName());
        page.fill("#email", answers.email());
        page.fill("#phone", answers.phone());

        FileChooser chooser = page.waitForFileChooser(
                () -> page.click("#resume_upload button[data-source=attach]"));
        chooser.setFiles(answers.resume());
        page.locator("#resume_filename").filter(new Locator.FilterOptions()
                .setHasText(answers.resume().getFileName().toString())).waitFor();

        page.locator("#job_application_location").pressSequentially(answers.location().substring(0, 4));
        page.locator("ul.ui-autocomplete li.ui-menu-item")
                .filter(new Locator.FilterOptions().setHasText(answers.location())).click();

        page.fill("#" + CLASSIC + "0_text_value", answers.linkedIn());
        page.fill("#" + CLASSIC + "1_text_value", answers.whyAcme());
        page.fill("#" + CLASSIC + "2_text_value", Integer.toString(answers.javaYears()));
        page.fill("#" + CLASSIC + "3_text_value", answers.startDate().format(DateTimeFormatter.ofPattern("MM/yyyy")));
        select2(page, CLASSIC + "4_boolean_value", answers.authorized() ? "Yes" : "No");
        select2(page, CLASSIC + "5_boolean_value", answers.sponsorship() ? "Yes" : "No");
        answers.visaType().ifPresent(visa ->
                select2(page, CLASSIC + "6_answer_selected_options_attributes_6_question_option_id", visa));
        select2(page, CLASSIC + "7_answer_selected_options_attributes_7_question_option_id", answers.heardFrom());
        for (String language : answers.languages()) {
            page.check("#custom_fields input[type=checkbox][value='" + LANGUAGES.option(language).value() + "']");
        }
        page.check("#custom_fields input[type=checkbox][value='" + PRIVACY_CONSENT.option("I agree").value() + "']");
        for (String office : answers.offices()) {
            page.check("#custom_fields input[type=checkbox][value='" + OFFICES.option(office).value() + "']");
        }

        select2(page, "job_application_gender", answers.gender());
        select2(page, "job_application_hispanic_ethnicity", answers.hispanicEthnicity());
        answers.race().ifPresent(race -> select2(page, "job_application_race", race));
        select2(page, "job_application_veteran_status", answers.veteranStatus());
        select2(page, "job_application_disability_status", answers.disabilityStatus());
    }

    /** Clicks "Submit Application"; the page answers with a confirmation or errors. */
    public static void submitClassic(Page page) {
        page.click("#submit_app");
    }

    /** Opens a select2 widget with a mouse press, types to filter and picks the option by its exact text. */
    public static void select2(Page page, String selectId, String optionText) {
        page.locator("#s2id_" + selectId + " a.select2-choice").click();
        Locator drop = page.locator("div.select2-drop.select2-drop-active");
        drop.locator(".select2-search input").fill(optionText);
        drop.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(optionText).setExact(true)).click();
        page.locator("#s2id_" + selectId + " span.select2-chosen")
                .filter(new Locator.FilterOptions().setHasText(optionText)).waitFor();
    }

    // ---- new job-boards.greenhouse.io -----------------------------------------------------------

    /** Fills the whole job-boards form (the page must show the posting) without submitting. */
    public static void fillJobBoards(Page page, BackendEngineerAnswers answers) {
        requireNonNull(answers, "answers is null");
        page.fill("#first_name", answers.firstName());
        page.fill("#last_name", answers.lastName());
        page.fill("input[placeholder='Preferred Name']", answers.preferredName());
        page.fill("#email", answers.email());
        page.fill("#phone", answers.phone());
        reactSelect(page, "candidate-location", answers.location().substring(0, 4), answers.location());

        FileChooser chooser = page.waitForFileChooser(
                () -> page.click("div.file-upload[data-field=resume] button[data-action=attach]"));
        chooser.setFiles(answers.resume());

        page.fill("#question_5001", answers.linkedIn());
        page.fill("#question_5002", answers.whyAcme());
        page.fill("#question_5003", Integer.toString(answers.javaYears()));
        page.fill("#question_5004", answers.startDate().toString());
        reactSelect(page, "question_5005", "", answers.authorized() ? "Yes" : "No");
        reactSelect(page, "question_5006", "", answers.sponsorship() ? "Yes" : "No");
        answers.visaType().ifPresent(visa -> reactSelect(page, "question_5007", visa, visa));
        reactSelect(page, "question_5008", answers.heardFrom(), answers.heardFrom());
        for (String language : answers.languages()) {
            reactSelect(page, "question_5009[]", language, language);
        }
        page.check("#question_5010_0");
        for (String office : answers.offices()) {
            page.check("#question_5011_" + OFFICES.values().indexOf(OFFICES.option(office)));
        }

        reactSelect(page, "gender", "", answers.gender());
        reactSelect(page, "hispanic_ethnicity", "", answers.hispanicEthnicity());
        answers.race().ifPresent(race -> reactSelect(page, "race", "Decline", race));
        reactSelect(page, "veteran_status", "", answers.veteranStatus());
        reactSelect(page, "disability_status", "", answers.disabilityStatus());
    }

    /** Clicks "Submit application"; the browser posts the form natively. */
    public static void submitJobBoards(Page page) {
        page.click("button[type=submit]");
    }

    /**
     * Opens a react-select combobox by clicking it, optionally types a filter, and clicks the option
     * with exactly {@code optionText}.
     */
    public static void reactSelect(Page page, String inputId, String typed, String optionText) {
        Locator input = page.locator("[id='" + inputId + "']");
        input.click();
        if (!typed.isEmpty()) {
            input.fill(typed);
        }
        page.locator("[id='react-select-" + inputId + "-listbox']")
                .getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(optionText).setExact(true))
                .click();
    }

    // ---- what the server should receive -------------------------------------------------------

    /**
     * The form fields a replica should record for these answers, posted name to values. For the
     * classic style, the per-render {@code authenticity_token} and the upload URL
     * {@code job_application[resume_url]} are left out (they differ on every run).
     */
    public static Map<String, List<String>> expectedFields(GreenhouseStyle style, BackendEngineerAnswers answers) {
        Cities.City city = Cities.ALL.stream().filter(place -> place.name().equals(answers.location())).findFirst()
                .orElseThrow(() -> new dev.nyx.spi.NyxException(dev.nyx.spi.ErrorCode.INVALID_CONFIGURATION, "unknown location '" + answers.location() + "'; pick one of " + Cities.ALL.stream().map(Cities.City::name).toList()));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        boolean classic = style == GreenhouseStyle.CLASSIC;
        if (classic) {
            fields.put("utf8", List.of("\u2713"));
            fields.put("job_application[job_post_id]", List.of(Long.toString(GreenhouseFixtures.BACKEND_ENGINEER)));
        }
        String prefix = classic ? "job_application[" : "";
        String suffix = classic ? "]" : "";
        fields.put(prefix + "first_name" + suffix, List.of(answers.firstName()));
        fields.put(prefix + "last_name" + suffix, List.of(answers.lastName()));
        fields.put(prefix + "preferred_name" + suffix, List.of(answers.preferredName()));
        fields.put(prefix + "email" + suffix, List.of(answers.email()));
        fields.put(prefix + "phone" + suffix, List.of(answers.phone()));
        if (classic) {
            fields.put("job_application[resume_url_filename]", List.of(answers.resume().getFileName().toString()));
            fields.put("job_application[cover_letter_url]", List.of(""));
            fields.put("job_application[cover_letter_url_filename]", List.of(""));
        }
        fields.put(prefix + "location" + suffix, List.of(answers.location()));
        fields.put(prefix + "latitude" + suffix, List.of(city.latitude()));
        fields.put(prefix + "longitude" + suffix, List.of(city.longitude()));

        List<String> customAnswers = new ArrayList<>();
        customAnswers.add(answers.linkedIn());
        // a natively submitted textarea sends its line breaks as CR LF; the classic page's XHR keeps LF
        customAnswers.add(classic ? answers.whyAcme() : answers.whyAcme().replace("\n", "\r\n"));
        customAnswers.add(Integer.toString(answers.javaYears()));
        customAnswers.add(classic ? answers.startDate().format(DateTimeFormatter.ofPattern("MM/yyyy"))
                : answers.startDate().toString());
        GreenhousePosting posting = GreenhouseFixtures.backendEngineer();
        List<GreenhouseQuestion> custom = posting.customQuestions();
        Map<String, List<String>> byApiName = new LinkedHashMap<>();
        for (int index = 0; index < 4; index++) {
            byApiName.put(custom.get(index).field().name(), List.of(customAnswers.get(index)));
        }
        byApiName.put(AUTHORIZED.name(), List.of(answers.authorized() ? "1" : "0"));
        byApiName.put(SPONSORSHIP.name(), List.of(answers.sponsorship() ? "1" : "0"));
        answers.visaType().ifPresent(visa -> byApiName.put(VISA_TYPE.name(), List.of(VISA_TYPE.option(visa).value())));
        byApiName.put(HEARD_FROM.name(), List.of(HEARD_FROM.option(answers.heardFrom()).value()));
        // comboboxes post in picking order, checkboxes in page order
        byApiName.put(LANGUAGES.name(), classic
                ? LANGUAGES.values().stream().filter(option -> answers.languages().contains(option.label()))
                        .map(GreenhouseOption::value).toList()
                : answers.languages().stream().map(language -> LANGUAGES.option(language).value()).toList());
        byApiName.put(PRIVACY_CONSENT.name(), List.of(PRIVACY_CONSENT.option("I agree").value()));
        List<String> offices = OFFICES.values().stream().filter(option -> answers.offices().contains(option.label()))
                .map(GreenhouseOption::value).toList();
        if (!offices.isEmpty()) {
            byApiName.put(OFFICES.name(), offices);
        }
        for (int index = 0; index < custom.size(); index++) {
            GreenhouseQuestion question = custom.get(index);
            boolean shown = question.showWhen().isEmpty() || answers.sponsorship();
            if (classic && shown) {
                fields.put("job_application[answers_attributes][" + index + "][question_id]",
                        List.of(question.customId()));
            }
            List<String> values = byApiName.get(question.field().name());
            if (values != null) {
                fields.put(classic ? FieldNames.posted(style, posting,
                        question.field().name()) : question.field().name(), values);
            }
        }
        fields.put(prefix + "gender" + suffix, List.of(Eeoc.GENDER.option(answers.gender()).value()));
        fields.put(prefix + "hispanic_ethnicity" + suffix,
                List.of(Eeoc.HISPANIC_ETHNICITY.option(answers.hispanicEthnicity()).value()));
        answers.race().ifPresent(race -> fields.put(prefix + "race" + suffix, List.of(Eeoc.RACE.option(race).value())));
        fields.put(prefix + "veteran_status" + suffix,
                List.of(Eeoc.VETERAN_STATUS.option(answers.veteranStatus()).value()));
        fields.put(prefix + "disability_status" + suffix,
                List.of(Eeoc.DISABILITY_STATUS.option(answers.disabilityStatus()).value()));
        return fields;
    }
}
