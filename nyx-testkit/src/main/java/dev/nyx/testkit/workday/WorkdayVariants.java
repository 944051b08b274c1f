package dev.nyx.testkit.workday;

import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Makes Workday tenants from a seed (the fidelity method of the Greenhouse and Lever generators, on Workday's page
 * facts, ATS-NOTES 3): the tenant (host on {@code wdN} or not, career site, company, UI generation LEGACY or FKIT,
 * whether "Autofill with Resume" and "Use My Last Application" are offered), whether it verifies emails, and its
 * wizard: which steps of Workday's catalogue it has (always My Information, My Experience and Review; usually
 * Application Questions, Voluntary Disclosures and Self Identify), always in Workday's usual order; in each step the
 * fields with labels drawn from paraphrases of the same meaning ("Legal First Name", "Given Name(s)", "First
 * Name"), every widget kind (dropdown, searchable multi-select with and without categories, radios, one checkbox,
 * checkbox group, text, text area, full date, year), honeypot inputs that must stay empty, conditional fields shown
 * only after an answer, and a random number of application questions drawn from a pool of realistic ones (work
 * authorisation, sponsorship and the visa it needs, relocation, salary expectation, notice period, years of
 * experience, technologies, languages, working model, education, current employer, certification, job alerts,
 * motivation); and what a correct applicant with the standard test candidate ({@link VariantProfile}: Lena
 * Moreau, {@code variants/profile.yaml}, its answer bank, plus the phone device type a first Workday application
 * asks for once: {@link #writeProfile}) saves in every field, work and education entry.
 *
 * <p>The expected values follow from the profile and its answer rules (EEO questions declined, work authorisation
 * per country, the bank's "Company careers site", years per skill), never from what an adapter does. Everything
 * random comes from one {@link Random} seeded with the seed, so a seed always gives the same variant. Called by
 * tests and benchmarks; stateless, thread-safe. Throws nothing.
 */
public final class WorkdayVariants {
    /** The candidate's full name ({@code basics.name}). */
    public static final String FULL_NAME = "Lena Moreau";
    /** The digits of the candidate's phone number without the country code and the trunk prefix. */
    public static final String PHONE_DIGITS = "655501234";
    /** The candidate's country as Workday's country lists name it ({@code basics.location.countryCode: FR}). */
    public static final String COUNTRY = "France";
    /** Longest free text the generated questions accept (the expectation for language-model answers). */
    public static final int FREE_TEXT_MAX = 5000;

    /** Step keys, as the replica records values ({@code "{step}.{field}"}). */
    public static final String MY_INFORMATION = "myInformation";
    public static final String MY_EXPERIENCE = "myExperience";
    public static final String APPLICATION_QUESTIONS = "applicationQuestions";
    public static final String VOLUNTARY_DISCLOSURES = "voluntaryDisclosures";
    public static final String SELF_IDENTIFY = "selfIdentify";

    private static final String[] COMPANIES = {"Northwind Robotics", "Contoso", "Fabrikam", "Tailspin Toys",
        "Wide World Importers", "Adventure Works", "Litware", "Proseware", "Woodgrove Bank", "Alpine Ski House"};
    private static final String[] SITES = {"External", "Careers", "External_Career_Site", "Global_Careers", "jobs"};
    private static final String[] DATA_CENTRES = {"", ".wd1", ".wd3", ".wd5", ".wd12", ".wd103"};
    private static final String[] TITLES = {"Senior Backend Engineer", "Java Developer", "Software Engineer II",
        "Platform Engineer", "Staff Software Engineer (Payments)"};
    private static final String[][] COUNTRIES = {
        // code, posting location, how a question names the country
        {"US", "Remote, USA", "the United States"},
        {"US", "Austin, Texas", "the United States"},
        {"DE", "Berlin, Germany", "Germany"},
        {"FR", "Lyon, France", "France"},
        {"FR", "Paris, France", "France"},
        {"GB", "London, United Kingdom", "the United Kingdom"},
    };
    private static final List<String> COUNTRY_OPTIONS = List.of("Belgium", "Canada", COUNTRY, "Germany", "Ireland",
            "Spain", "United Kingdom", "United States of America");
    private static final List<String> PHONE_CODES = List.of("Belgium (+32)", "France (+33)", "Germany (+49)",
            "United Kingdom (+44)", "United States of America (+1)");
    private static final List<String> YES_NO = List.of("Yes", "No");
    private static final String YES = "Yes";
    private static final String NO = "No";

    /**
     * The answer-bank entry the Workday candidate adds to the standard profile: Workday asks every candidate for the
     * phone's device type, which no profile fact says; a first Workday application stops with {@code NEEDS_INPUT}
     * asking for it, and the candidate answers once.
     */
    public static final String PHONE_DEVICE_ANSWER = "    - question: /^phone device type$|^phone type$/i\n"
            + "      answer: Mobile\n";

    private WorkdayVariants() {
    }

    /**
     * Writes the standard test candidate ({@link VariantProfile#writeTo}) into {@code folder} with the answer-bank
     * entry {@link #PHONE_DEVICE_ANSWER}, and the resume next to it.
     *
     * @return the profile file, for {@code ProfileLoader.load}
     * @throws UncheckedIOException when the folder cannot be written
     */
    public static Path writeProfile(Path folder) {
        Path profile = VariantProfile.writeTo(folder);
        try {
            String yaml = Files.readString(profile, StandardCharsets.UTF_8);
            String answers = "\n  answers:\n";
            if (!yaml.contains(answers)) {
                throw new IllegalStateException("the variant profile has no nyx.answers list to add to: " + profile);
            }
            return Files.writeString(profile, yaml.replace(answers, answers + PHONE_DEVICE_ANSWER),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Workday variant profile to " + folder, e);
        }
    }

    /** The variant for {@code seed}; the same seed always gives the same variant. */
    public static WorkdayVariant generate(long seed) {
        return new Builder(seed).build();
    }

    /** The work entries a correct applicant adds on My Experience: the profile's {@code work}, in profile order. */
    public static List<Map<String, WorkdayExpected>> expectedWork() {
        return List.of(
                work("Senior Backend Engineer", "Rhône Payments", true, "03/2019", "",
                        "Card payments on Java, Kafka and Postgres."),
                work("Software Engineer", "Datalyon", false, "09/2016", "02/2019", "Data pipelines on k8s."));
    }

    /** The education entries a correct applicant adds: the profile's {@code education}, in profile order. */
    public static List<Map<String, WorkdayExpected>> expectedEducation() {
        return List.of(
                education(VariantProfile.SCHOOL, "Master's Degree", VariantProfile.DISCIPLINE,
                        VariantProfile.EDUCATION_START_YEAR, VariantProfile.EDUCATION_END_YEAR),
                education("Université de Strasbourg", "Bachelor's Degree", "Mathematics", "2011", "2014"));
    }

    private static Map<String, WorkdayExpected> work(String title, String company, boolean current, String start,
                                                     String end, String description) {
        Map<String, WorkdayExpected> entry = new LinkedHashMap<>();
        entry.put("jobTitle", WorkdayExpected.exact("work experience", "Job Title", title));
        entry.put("company", WorkdayExpected.exact("work experience", "Company", company));
        entry.put("location", WorkdayExpected.nothing("work experience", "Location"));
        entry.put("currentlyWorkHere", WorkdayExpected.ticked("work experience", "I currently work here", current));
        entry.put("startDate", WorkdayExpected.exact("work experience", "From", start));
        entry.put("endDate", end.isEmpty() ? WorkdayExpected.nothing("work experience", "To")
                : WorkdayExpected.exact("work experience", "To", end));
        entry.put("description", WorkdayExpected.exact("work experience", "Role Description", description));
        return entry;
    }

    private static Map<String, WorkdayExpected> education(String school, String degree, String field, String first,
                                                          String last) {
        Map<String, WorkdayExpected> entry = new LinkedHashMap<>();
        entry.put("school", WorkdayExpected.exact("education", "School or University", school));
        entry.put("degree", WorkdayExpected.exact("education", "Degree", degree));
        entry.put("fieldOfStudy", WorkdayExpected.exact("education", "Field of Study", field));
        entry.put("gradeAverage", WorkdayExpected.nothing("education", "Overall Result (GPA)"));
        entry.put("firstYear", WorkdayExpected.exact("education", "From", first));
        entry.put("lastYear", WorkdayExpected.exact("education", "To (Actual or Expected)", last));
        return entry;
    }

    /** State of one generation; not shared. */
    private static final class Builder {
        private final long seed;
        private final Random random;
        private final String company;
        private final String[] country;
        private final Map<String, WorkdayExpected> expected = new LinkedHashMap<>();
        private String step;
        private List<WorkdayField> fields;
        private int questions;

        Builder(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            this.company = pick(COMPANIES);
            this.country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        }

        WorkdayVariant build() {
            WorkdayTenant tenant = tenant();
            String jobReqId = "JR-" + (100_000 + Math.floorMod(seed, 900_000L));
            WorkdayPosting posting = WorkdayPosting.open(jobReqId, pick(TITLES), country[1], "<p>" + company
                    + " is hiring.</p><ul><li>Java 17</li><li>PostgreSQL</li><li>Kubernetes</li></ul>");
            List<WorkdayStep> steps = new ArrayList<>();
            steps.add(myInformation());
            boolean[] sections = new boolean[2];
            steps.add(myExperience(sections));
            if (random.nextInt(8) != 0) {
                steps.add(applicationQuestions());
            }
            if (random.nextInt(4) != 0) {
                steps.add(voluntaryDisclosures());
            }
            if (random.nextInt(3) != 0) {
                steps.add(selfIdentify());
            }
            steps.add(WorkdayStep.review());
            boolean verifyEmail = random.nextInt(3) == 0;
            return new WorkdayVariant(seed, tenant, posting, new WorkdayWizard(steps, verifyEmail), expected,
                    sections[0] ? expectedWork() : List.of(), sections[1] ? expectedEducation() : List.of(), true);
        }

        private WorkdayTenant tenant() {
            String name = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
            name = name.substring(0, Math.min(10, name.length()));
            String label = name + Math.floorMod(seed, 1_000_000L);
            String host = label + pick(DATA_CENTRES) + ".myworkdayjobs.com";
            UiGeneration ui = random.nextBoolean() ? UiGeneration.LEGACY : UiGeneration.FKIT;
            String cxsTenant = random.nextInt(6) == 0 ? label + "_careers" : label;
            return new WorkdayTenant(host, cxsTenant, pick(SITES), company, ui, random.nextBoolean(),
                    random.nextBoolean());
        }

        // ---- My Information ----

        private WorkdayStep myInformation() {
            begin(MY_INFORMATION);
            source();
            String previousLabel = pick(new String[] {"Have you previously worked for " + company + "?",
                "Have you ever been employed by " + company + "?",
                "Are you a current or former employee of " + company + "?"});
            add(new WorkdayField("previousWorker", random.nextInt(4) == 0 ? WorkdayFieldKind.DROPDOWN
                    : WorkdayFieldKind.RADIO, previousLabel, true, "previousWorker", "candidateIsPreviousWorker",
                    YES_NO, Map.of(), Optional.empty()), WorkdayExpected.exact("previous worker", previousLabel, NO));
            if (random.nextInt(3) == 0) {
                String label = pick(new String[] {"What was your employee ID?", "Former Employee ID"});
                add(WorkdayField.of("formerEmployeeId", WorkdayFieldKind.TEXT, label, true, "formerEmployeeId",
                                "previousWorker--employeeId").shownWhen(WorkdayCondition.when("previousWorker", YES)),
                        WorkdayExpected.nothing("conditional (not shown)", label));
            }
            String countryLabel = random.nextInt(4) == 0 ? "Country of Residence" : "Country";
            add(WorkdayField.of("country", WorkdayFieldKind.DROPDOWN, countryLabel, true, "countryDropdown",
                    "country--country", COUNTRY_OPTIONS), WorkdayExpected.exact("country", countryLabel, COUNTRY));
            String first = pick(new String[] {"First Name", "Legal First Name", "Given Name(s)", "Given Name"});
            add(WorkdayField.of("firstName", WorkdayFieldKind.TEXT, first, true, "legalNameSection_firstName",
                    "name--legalName--firstName"), WorkdayExpected.exact("name", first, VariantProfile.FIRST_NAME));
            String last = pick(new String[] {"Last Name", "Legal Last Name", "Family Name", "Surname"});
            add(WorkdayField.of("lastName", WorkdayFieldKind.TEXT, last, true, "legalNameSection_lastName",
                    "name--legalName--lastName"), WorkdayExpected.exact("name", last, VariantProfile.LAST_NAME));
            if (random.nextBoolean()) {
                String label = pick(new String[] {"Address Line 1", "Street Address"});
                add(WorkdayField.of("addressLine1", WorkdayFieldKind.TEXT, label, false, "addressSection_addressLine1",
                        "address--addressLine1"), WorkdayExpected.nothing("address (not in the profile)", label));
            }
            String city = pick(new String[] {"City", "Town/City", "City or Town"});
            add(WorkdayField.of("city", WorkdayFieldKind.TEXT, city, random.nextInt(3) != 0, "addressSection_city",
                    "address--city"), WorkdayExpected.exact("city", city, VariantProfile.CITY));
            if (random.nextBoolean()) {
                String label = pick(new String[] {"Postal Code", "ZIP/Postal Code", "Postcode"});
                add(WorkdayField.of("postalCode", WorkdayFieldKind.TEXT, label, false, "addressSection_postalCode",
                        "address--postalCode"), WorkdayExpected.nothing("address (not in the profile)", label));
            }
            add(WorkdayField.of("phoneDeviceType", WorkdayFieldKind.DROPDOWN, "Phone Device Type", true,
                    "phone-device-type", "phoneNumber--phoneType", List.of("Mobile", "Home", "Work")),
                    WorkdayExpected.exact("phone", "Phone Device Type", "Mobile"));
            if (random.nextBoolean()) {
                add(WorkdayField.of("countryPhoneCode", WorkdayFieldKind.MULTISELECT, "Country Phone Code", true,
                        "country-phone-code", "phoneNumber--countryPhoneCode", PHONE_CODES),
                        WorkdayExpected.exact("phone", "Country Phone Code", "France (+33)"));
            }
            String phone = pick(new String[] {"Phone Number", "Phone", "Mobile Phone Number"});
            add(WorkdayField.of("phoneNumber", WorkdayFieldKind.TEXT, phone, true, "phone-number",
                    "phoneNumber--phoneNumber"), new WorkdayExpected("phone", phone,
                    WorkdayExpected.Kind.CONTAINS_DIGITS, List.of(PHONE_DIGITS), 0));
            honeypot();
            return new WorkdayStep(MY_INFORMATION, "My Information", "contactInformationPage", "applyFlowMyInfoPage",
                    fields, Set.of());
        }

        /** "How did you hear": a searchable multi-select, with categories (usually) or flat. */
        private void source() {
            String label = pick(new String[] {"How Did You Hear About Us?", "How did you hear about this position?",
                "Where did you hear about us?"});
            String careers = random.nextBoolean() ? company + " Careers Site" : "Company Careers Site";
            WorkdayField field;
            if (random.nextInt(4) != 0) {
                Map<String, List<String>> categories = new LinkedHashMap<>();
                categories.put("Job Board", List.of("LinkedIn", "Indeed", "Glassdoor"));
                if (random.nextBoolean()) {
                    categories.put(careers, List.of());
                } else {
                    categories.put("Company Website", List.of(careers, "Job Alert Email"));
                }
                categories.put("Referral", List.of("Employee Referral", "Recruiter Referral"));
                if (random.nextBoolean()) {
                    categories.put("Social Media", List.of("Twitter", "Facebook", "Instagram"));
                }
                if (random.nextBoolean()) {
                    categories.put("Career Fair", List.of());
                }
                field = WorkdayField.categorised("source", label, true, "source", "source--source", categories);
            } else {
                List<String> options = new ArrayList<>(List.of("LinkedIn", "Indeed", careers, "Employee Referral",
                        "Career Fair"));
                Collections.shuffle(options, random);
                field = WorkdayField.of("source", WorkdayFieldKind.MULTISELECT, label, true, "source",
                        "source--source", options);
            }
            add(field, WorkdayExpected.exact("how did you hear", label, careers));
        }

        // ---- My Experience ----

        private WorkdayStep myExperience(boolean[] sections) {
            begin(MY_EXPERIENCE);
            Set<WorkdaySection> parts = EnumSet.of(WorkdaySection.RESUME);
            sections[0] = random.nextInt(10) != 0;
            sections[1] = random.nextInt(4) != 0;
            if (sections[0]) {
                parts.add(WorkdaySection.WORK_EXPERIENCE);
            }
            if (sections[1]) {
                parts.add(WorkdaySection.EDUCATION);
            }
            if (random.nextBoolean()) {
                String label = pick(new String[] {"LinkedIn Profile", "LinkedIn URL", "LinkedIn Profile URL"});
                add(WorkdayField.of("linkedIn", WorkdayFieldKind.TEXT, label, false, "linkedinQuestion",
                        "socialNetworkAccounts--linkedInAccount"), WorkdayExpected.exact("links", label,
                        VariantProfile.LINKEDIN));
            }
            if (random.nextInt(3) == 0) {
                String label = pick(new String[] {"Personal Website", "Portfolio URL"});
                add(WorkdayField.of("website", WorkdayFieldKind.TEXT, label, false, "website-url",
                        "websites--url"), WorkdayExpected.exact("links", label, VariantProfile.WEBSITE));
            }
            honeypot();
            return new WorkdayStep(MY_EXPERIENCE, "My Experience", "myExperiencePage", "applyFlowMyExpPage", fields,
                    parts);
        }

        // ---- Application Questions ----

        private WorkdayStep applicationQuestions() {
            begin(APPLICATION_QUESTIONS);
            List<Runnable> pool = new ArrayList<>(List.of(this::authorisation, this::relocation, this::salary,
                    this::notice, this::skillYears, this::skillsChecklist, this::languagesSpoken, this::languageLevel,
                    this::workModel, this::highestEducation, this::graduationYear, this::currentEmployer,
                    this::certify, this::jobAlerts, this::motivation));
            Collections.shuffle(pool, random);
            pool.subList(0, 2 + random.nextInt(pool.size() - 1)).forEach(Runnable::run);
            honeypot();
            String legacy = random.nextBoolean() ? "applicationQuestionsPage" : "primaryQuestionnairePage";
            return new WorkdayStep(APPLICATION_QUESTIONS, "Application Questions", legacy,
                    "applyFlowPrimaryQuestionsPage", fields, Set.of());
        }

        private void authorisation() {
            boolean authorised = VariantProfile.WORK_AUTHORIZATION.get(country[0]);
            String where = country[2];
            String label = pick(new String[] {"Are you legally authorized to work in " + where + "?",
                "Do you have the right to work in " + where + "?",
                "Are you currently eligible to work in " + where + " without restrictions?"});
            question("workAuthorization", yesNoKind(), label, true, YES_NO,
                    WorkdayExpected.exact("work authorisation", label, authorised ? YES : NO));
            String sponsorshipLabel = pick(new String[] {
                "Will you now or in the future require sponsorship for a visa to work in " + where + "?",
                "Do you need visa sponsorship to work in " + where + "?"});
            String sponsorshipKey = question("sponsorship", yesNoKind(), sponsorshipLabel, true, YES_NO,
                    WorkdayExpected.exact("sponsorship", sponsorshipLabel, authorised ? NO : YES));
            if (random.nextBoolean()) {
                String label2 = pick(new String[] {"If yes, which visa would you need?", "Which visa type?"});
                WorkdayField visa = WorkdayField.question(nextKey("visaType"), WorkdayFieldKind.DROPDOWN, label2, true,
                        List.of("H-1B", VariantProfile.VISA, "Blue Card", "Other"))
                        .shownWhen(WorkdayCondition.when(sponsorshipKey, YES));
                add(visa, authorised ? WorkdayExpected.nothing("conditional (not shown)", label2)
                        : WorkdayExpected.exact("visa follow-up", label2, VariantProfile.VISA));
            }
        }

        private void relocation() {
            String label = pick(new String[] {"Are you willing to relocate?", "Would you relocate for this role?"});
            question("relocation", yesNoKind(), label, random.nextBoolean(), YES_NO,
                    WorkdayExpected.exact("relocation", label, YES));
        }

        private void salary() {
            String label = pick(new String[] {"What are your salary expectations (EUR per year)?",
                "Expected annual salary (EUR)", "Desired Salary (EUR, gross per year)"});
            if (random.nextBoolean()) {
                question("salary", WorkdayFieldKind.TEXT, label, random.nextBoolean(), List.of(),
                        new WorkdayExpected("salary", label, WorkdayExpected.Kind.CONTAINS_DIGITS,
                                List.of(Integer.toString(VariantProfile.SALARY_MIN)), 0));
            } else {
                List<String> ranges = List.of("< 60,000", "60,000 - 80,000", "80,000 - 100,000", "> 100,000");
                question("salary", WorkdayFieldKind.DROPDOWN, label, true, ranges,
                        WorkdayExpected.exact("salary", label, ranges.get(2)));
            }
        }

        private void notice() {
            String label = pick(new String[] {"What is your notice period?", "When could you start?",
                "Notice period"});
            List<String> options = List.of("Immediately", "Within 1 month", "Within 2 months", "Within 3 months",
                    "Later");
            question("notice", optionKind(), label, true, options,
                    WorkdayExpected.exact("notice", label, options.get(2)));
        }

        private void skillYears() {
            List<String> skills = new ArrayList<>(VariantProfile.SKILL_YEARS.keySet().stream().sorted().toList());
            Collections.shuffle(skills, random);
            for (String skill : skills.subList(0, 1 + random.nextInt(2))) {
                int years = VariantProfile.SKILL_YEARS.get(skill);
                String label = pick(new String[] {"How many years of experience do you have with " + skill + "?",
                    "Years of professional " + skill + " experience"});
                if (random.nextBoolean()) {
                    question("years" + skill, WorkdayFieldKind.TEXT, label, true, List.of(),
                            WorkdayExpected.exact("years of experience", label, Integer.toString(years)));
                } else {
                    List<String> ranges = List.of("0-2", "3-5", "6-8", "9+");
                    question("years" + skill, WorkdayFieldKind.DROPDOWN, label, true, ranges,
                            WorkdayExpected.exact("years of experience", label,
                                    ranges.get(years <= 2 ? 0 : years <= 5 ? 1 : years <= 8 ? 2 : 3)));
                }
            }
        }

        private void skillsChecklist() {
            List<String> pool = new ArrayList<>(List.of(random.nextBoolean() ? "PostgreSQL" : "Postgres",
                    random.nextBoolean() ? "Kubernetes" : "k8s", "Kafka", "Java", "gRPC", "Rust", "Elixir", "COBOL",
                    "Haskell"));
            Collections.shuffle(pool, random);
            List<String> offered = List.copyOf(pool.subList(0, 4 + random.nextInt(3)));
            String label = pick(new String[] {"Which of these technologies have you used in production?",
                "Select the tools you have worked with"});
            List<String> known = offered.stream().filter(option -> VariantProfile.SKILLS.contains(option
                    .replace("Postgres", "PostgreSQL").replace("PostgreSQLQL", "PostgreSQL")
                    .replace("k8s", "Kubernetes"))).toList();
            List<String> options = new ArrayList<>(offered);
            boolean required = random.nextBoolean();
            List<String> answer = known;
            if (known.isEmpty()) {
                options.add("None of these");
                answer = required ? List.of("None of these") : List.of();
            }
            question("technologies", random.nextBoolean() ? WorkdayFieldKind.CHECKBOXES : WorkdayFieldKind.MULTISELECT,
                    label, required, options, WorkdayExpected.exact("skills checklist", label, answer));
        }

        private void languagesSpoken() {
            List<String> options = new ArrayList<>(List.of("English", "French", "German", "Spanish", "Italian",
                    "Portuguese"));
            Collections.shuffle(options, random);
            String label = pick(new String[] {"Which languages do you speak?", "Languages spoken"});
            question("languages", random.nextBoolean() ? WorkdayFieldKind.CHECKBOXES : WorkdayFieldKind.MULTISELECT,
                    label, random.nextBoolean(), options, WorkdayExpected.exact("languages spoken", label,
                            List.of("French", "English", "German")));
        }

        private void languageLevel() {
            String[][] languages = {{"French", "0"}, {"English", "1"}, {"German", "2"}, {"Spanish", "4"}};
            String[] language = languages[random.nextInt(languages.length)];
            String label = pick(new String[] {"What is your level of " + language[0] + "?",
                language[0] + " proficiency"});
            List<String> options = List.of("Native", "Fluent", "Professional", "Basic", "None");
            question("level" + language[0], optionKind(), label, true, options,
                    WorkdayExpected.exact("language proficiency", label, options.get(Integer.parseInt(language[1]))));
        }

        private void workModel() {
            String label = pick(new String[] {"Which working model do you prefer?", "Remote, hybrid or on-site?"});
            List<String> options = List.of("Fully remote", "Hybrid", "On-site");
            question("workModel", optionKind(), label, random.nextBoolean(), options,
                    WorkdayExpected.exact("remote", label, "Hybrid"));
        }

        private void highestEducation() {
            String label = pick(new String[] {"What is your highest level of education?",
                "Highest degree obtained"});
            List<String> options = List.of("High School", "Bachelor's Degree", "Master's Degree", "Doctorate",
                    "Other");
            question("educationLevel", optionKind(), label, true, options,
                    WorkdayExpected.exact("education level", label, "Master's Degree"));
        }

        private void graduationYear() {
            String label = pick(new String[] {"In which year did you graduate?",
                "Year of graduation (highest degree)"});
            question("graduationYear", WorkdayFieldKind.YEAR, label, random.nextBoolean(), List.of(),
                    WorkdayExpected.exact("education date", label, VariantProfile.EDUCATION_END_YEAR));
        }

        private void currentEmployer() {
            String label = "Are you currently employed?";
            String key = question("currentlyEmployed", yesNoKind(), label, true, YES_NO,
                    WorkdayExpected.exact("currently employed", label, YES));
            String follow = pick(new String[] {"What is your current employer?", "Current company"});
            add(WorkdayField.question(nextKey("currentEmployer"), WorkdayFieldKind.TEXT, follow, true, List.of())
                    .shownWhen(WorkdayCondition.when(key, YES)),
                    WorkdayExpected.exact("current employer (conditional)", follow, "Rhône Payments"));
        }

        private void certify() {
            String label = pick(new String[] {"I certify that the information provided is true and complete.",
                "I confirm that the information in my application is accurate."});
            question("certify", WorkdayFieldKind.CHECKBOX, label, true, List.of(),
                    WorkdayExpected.ticked("certification", label, true));
        }

        private void jobAlerts() {
            String label = pick(new String[] {"Keep me informed about future openings",
                "Send me job alerts for similar roles"});
            question("jobAlerts", WorkdayFieldKind.CHECKBOX, label, false, List.of(),
                    WorkdayExpected.ticked("job alerts (not opted in)", label, false));
        }

        private void motivation() {
            String label = pick(new String[] {"Why do you want to work at " + company + "?",
                "What excites you about this role?", "Tell us why you'd like to join " + company + "."});
            question("motivation", WorkdayFieldKind.TEXT_AREA, label, true, List.of(),
                    new WorkdayExpected("motivation", label, WorkdayExpected.Kind.NON_EMPTY_TEXT, List.of(),
                            FREE_TEXT_MAX));
        }

        // ---- Voluntary Disclosures ----

        private WorkdayStep voluntaryDisclosures() {
            begin(VOLUNTARY_DISCLOSURES);
            if (random.nextInt(5) != 0) {
                String decline = pick(new String[] {"I do not wish to self-identify", "Decline to Self Identify",
                    "I don't wish to answer"});
                List<String> options = new ArrayList<>(List.of("Male", "Female"));
                if (random.nextBoolean()) {
                    options.add("Non-binary");
                }
                options.add(decline);
                add(WorkdayField.of("gender", WorkdayFieldKind.DROPDOWN, "Gender", true, "gender",
                        "personalInfoUS--gender", options), WorkdayExpected.exact("eeo", "Gender", decline));
            }
            if (random.nextBoolean()) {
                String label = pick(new String[] {"Are you Hispanic or Latino?", "Hispanic or Latino"});
                String decline = pick(new String[] {"I do not wish to answer", "Decline to Self Identify"});
                add(new WorkdayField("hispanicOrLatino", random.nextBoolean() ? WorkdayFieldKind.RADIO
                        : WorkdayFieldKind.DROPDOWN, label, true, "hispanicOrLatino", "personalInfoUS--hispanicOrLatino",
                        List.of(YES, NO, decline), Map.of(), Optional.empty()),
                        WorkdayExpected.exact("eeo", label, decline));
            }
            if (random.nextBoolean()) {
                String suffix = " (United States of America)";
                String decline = "I do not wish to answer" + suffix;
                List<String> options = List.of("American Indian or Alaska Native" + suffix, "Asian" + suffix,
                        "Black or African American" + suffix, "Native Hawaiian or Other Pacific Islander" + suffix,
                        "Two or More Races" + suffix, "White" + suffix, decline);
                String label = pick(new String[] {"Race/Ethnicity", "Ethnicity"});
                add(WorkdayField.of("ethnicity", WorkdayFieldKind.DROPDOWN, label, true, "ethnicityDropdown",
                        "personalInfoUS--ethnicity", options), WorkdayExpected.exact("eeo", label, decline));
            }
            if (random.nextInt(3) != 0) {
                String decline = pick(new String[] {"I do not wish to self-identify", "I don't wish to answer"});
                List<String> options = List.of("I am not a protected veteran",
                        "I identify as one or more of the classifications of protected veteran", decline);
                String label = pick(new String[] {"Veteran Status", "Please select your veteran status"});
                add(WorkdayField.of("veteranStatus", WorkdayFieldKind.DROPDOWN, label, true, "veteranStatus",
                        "personalInfoUS--veteranStatus", options), WorkdayExpected.exact("eeo", label, decline));
            }
            String terms = pick(new String[] {"Yes, I have read and consent to the terms and conditions",
                "I acknowledge the privacy notice and consent to the processing of my data",
                "I agree to the Terms and Conditions"});
            add(WorkdayField.of("acceptTerms", WorkdayFieldKind.CHECKBOX, terms, true, "agreementCheckbox",
                    "termsAndConditions--acceptTermsAndAgreements"), WorkdayExpected.ticked("consent", terms, true));
            honeypot();
            return new WorkdayStep(VOLUNTARY_DISCLOSURES, "Voluntary Disclosures", "voluntaryDisclosuresPage",
                    "applyFlowVoluntaryDisclosuresPage", fields, Set.of());
        }

        // ---- Self Identify ----

        private WorkdayStep selfIdentify() {
            begin(SELF_IDENTIFY);
            String name = pick(new String[] {"Name", "Your Name", "Full Name"});
            add(WorkdayField.of("name", WorkdayFieldKind.TEXT, name, true, "name", "selfIdentifiedDisabilityData--name"),
                    WorkdayExpected.exact("signature", name, FULL_NAME));
            String date = pick(new String[] {"Date", "Today's Date"});
            add(WorkdayField.of("dateSignedOn", WorkdayFieldKind.DATE, date, true, "dateSignedOn",
                    "selfIdentifiedDisabilityData--dateSignedOn"),
                    new WorkdayExpected("signature", date, WorkdayExpected.Kind.TODAY, List.of(), 0));
            String decline = pick(new String[] {"I do not want to answer", "I don't wish to answer"});
            List<String> options = List.of("Yes, I have a disability, or have had one in the past",
                    "No, I do not have a disability and have not had one in the past", decline);
            String label = pick(new String[] {"Disability Status", "Please indicate your disability status"});
            add(WorkdayField.of("disabilityStatus", WorkdayFieldKind.CHECKBOXES, label, true, "disabilityStatus",
                    "selfIdentifiedDisabilityData--disabilityStatus", options),
                    WorkdayExpected.exact("eeo", label, decline));
            honeypot();
            return new WorkdayStep(SELF_IDENTIFY, "Self Identify", "selfIdentificationPage",
                    "applyFlowSelfIdentificationPage", fields, Set.of());
        }

        // ---- helpers ----

        private void begin(String stepKey) {
            step = stepKey;
            fields = new ArrayList<>();
        }

        private void add(WorkdayField field, WorkdayExpected expectation) {
            fields.add(field);
            expected.put(step + "." + field.key(), expectation);
        }

        /** Adds an application question; returns its key. */
        private String question(String concept, WorkdayFieldKind kind, String label, boolean required,
                                List<String> options, WorkdayExpected expectation) {
            String key = nextKey(concept);
            add(WorkdayField.question(key, kind, label, required, options), expectation);
            return key;
        }

        private String nextKey(String concept) {
            return "q" + ++questions + "_" + concept;
        }

        /** An input nobody sees, in about one step of three. */
        private void honeypot() {
            if (random.nextInt(3) != 0) {
                return;
            }
            String[][] names = {{"beecatcher", "beecatcher", "beecatcher"}, {"faxNumber", "fax-number", "fax--number"},
                {"website_confirm", "websiteConfirm", "website--confirm"}};
            String[] name = names[random.nextInt(names.length)];
            add(WorkdayField.hidden(name[0], name[1], name[2]), WorkdayExpected.nothing("honeypot", name[0]));
        }

        private WorkdayFieldKind yesNoKind() {
            return random.nextBoolean() ? WorkdayFieldKind.RADIO : WorkdayFieldKind.DROPDOWN;
        }

        private WorkdayFieldKind optionKind() {
            return random.nextInt(3) == 0 ? WorkdayFieldKind.RADIO : WorkdayFieldKind.DROPDOWN;
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
