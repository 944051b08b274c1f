package dev.nyx.testkit.greenhouse.variants;

import dev.nyx.model.QuestionType;
import dev.nyx.testkit.greenhouse.GreenhouseField;
import dev.nyx.testkit.greenhouse.GreenhouseOption;
import dev.nyx.testkit.greenhouse.GreenhousePosting;
import dev.nyx.testkit.greenhouse.GreenhouseQuestion;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.greenhouse.LabelWiring;
import dev.nyx.testkit.greenhouse.LocationQuestion;
import dev.nyx.testkit.greenhouse.LocationWidget;
import dev.nyx.testkit.greenhouse.EducationSection;
import dev.nyx.testkit.greenhouse.GroupMarkup;
import dev.nyx.testkit.greenhouse.Widget;
import dev.nyx.testkit.greenhouse.internal.FieldNames;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Makes Greenhouse-style application forms from a seed: page style, language (English, German,
 * French), question order, wording drawn from several paraphrases per concept, required/optional,
 * label wiring, select or free-text variants, the widget of each question with options (select2,
 * native select, radio group, checkbox group, react-select, type-ahead) and the group markup (fieldset,
 * {@code role=group}, label above a list), the location question (type-ahead, async combobox or plain
 * text), Greenhouse's own education block, conditional follow-ups, EEO block, upload variants,
 * hidden system fields (CAPTCHA response, CSRF-like tokens, honeypots) and whether the Job Board
 * API answers; and the submission a correct applicant with {@link VariantProfile} sends.
 *
 * <p>Everything random comes from one {@link Random} seeded with the seed, so a seed always gives
 * the same form. Called by tests and benchmarks; stateless, thread-safe. Throws nothing.
 */
public final class FormVariantGenerator {
    /** Longest free text the generated forms accept (the expectation for LLM answers). */
    public static final int FREE_TEXT_MAX = 5000;
    private static final String[] LANGUAGES = {"en", "de", "fr"};
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella Labs", "Hooli", "Vandelay"};
    private static final String[][] COUNTRIES = {
        // code, location, en, de, fr
        {"US", "New York, NY, United States", "the United States", "die USA", "les États-Unis"},
        {"DE", "Berlin, Germany", "Germany", "Deutschland", "l'Allemagne"},
        {"FR", "Paris, France", "France", "Frankreich", "la France"},
        {"GB", "London, United Kingdom", "the United Kingdom", "das Vereinigte Königreich", "le Royaume-Uni"},
    };

    private static final String[] EDUCATION_DEGREES = {"High School", "Associate's Degree", "Bachelor's Degree",
        VariantProfile.DEGREE, "Doctor of Philosophy (Ph.D.)", "Other"};

    private FormVariantGenerator() {
    }

    /** The form for {@code seed}; the same seed always gives the same form. */
    public static GeneratedForm generate(long seed) {
        return new Builder(seed).build();
    }

    /** State of one generation; not shared. */
    private static final class Builder {
        private final long seed;
        private final Random random;
        /**
         * The widgets, the location question and the education block: drawn from a second generator so
         * that the questions and wordings a seed gives stay what they were before widgets varied.
         */
        private final Random layout;
        private GreenhouseStyle style;
        private final int lang;
        private final String company;
        private final String[] country;
        private final List<GreenhouseQuestion> standard = new ArrayList<>();
        private final List<GreenhouseQuestion> custom = new ArrayList<>();
        private final Map<String, Expected> expectedByApiName = new LinkedHashMap<>();
        private int nextQuestion;
        private int nextOption;
        private Optional<EducationSection> educationSection = Optional.empty();
        private final Runnable educationConcept = this::education;

        Builder(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            this.layout = new Random(seed * 0x9E3779B97F4A7C15L + 0x5DEECE66DL);
            this.lang = random.nextInt(LANGUAGES.length);
            this.company = pick(COMPANIES);
            this.country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            this.nextQuestion = 100_000 + (int) Math.floorMod(seed, 10_000) * 100;
            this.nextOption = 900_000_000 + (int) Math.floorMod(seed, 100_000) * 1000;
        }

        GeneratedForm build() {
            style = random.nextBoolean() ? GreenhouseStyle.CLASSIC : GreenhouseStyle.JOB_BOARDS;
            boolean apiReachable = random.nextInt(5) != 0;
            contact();
            boolean resumeRequired = random.nextInt(4) != 0;
            standard.add(new GreenhouseQuestion(t("Resume/CV", "Lebenslauf", "CV"), resumeRequired, Optional.empty(),
                    List.of(GreenhouseField.file("resume"), GreenhouseField.textarea("resume_text")),
                    QuestionType.FILE, LabelWiring.ARIA_LABELLEDBY, Optional.empty()));
            if (random.nextBoolean()) {
                standard.add(new GreenhouseQuestion(t("Cover Letter", "Anschreiben", "Lettre de motivation"), false,
                        Optional.empty(), List.of(GreenhouseField.file("cover_letter"),
                        GreenhouseField.textarea("cover_letter_text")), QuestionType.FILE, LabelWiring.ARIA_LABELLEDBY,
                        Optional.empty()));
            }
            List<Runnable> concepts = new ArrayList<>(List.of(this::links, this::authorisation, this::relocation,
                    this::remote, this::salary, this::notice, this::skillYears, this::skillsChecklist,
                    educationConcept, this::languageLevel, this::heardFrom, this::consents, this::motivation));
            Collections.shuffle(concepts, random);
            List<Runnable> chosen = concepts.subList(0, 3 + random.nextInt(concepts.size() - 3));
            boolean educationAsked = chosen.stream().anyMatch(concept -> concept.equals(educationConcept));
            chosen.forEach(Runnable::run);
            if (!educationAsked && layout.nextInt(4) == 0) {
                educationSection = Optional.of(educationSection());
            }
            LocationQuestion locationQuestion = LocationQuestion.values()[layout.nextInt(3)];
            LocationWidget locationWidget = locationWidget();
            List<GreenhouseQuestion> questions = new ArrayList<>(standard);
            questions.addAll(custom);
            boolean eeoc = random.nextInt(3) == 0;
            long id = 5_000_000L + Math.floorMod(seed, 1_000_000_000L);
            String title = t("Backend Engineer", "Backend-Entwickler (m/w/d)", "Ingénieur backend (H/F)");
            GreenhousePosting posting = new GreenhousePosting("v" + Math.floorMod(seed, 1_000_000_000L), id,
                    id + 1_000_000L, title + " " + seed, company, country[1],
                    "<p>" + company + " " + t("is hiring.", "stellt ein.", "recrute.") + "</p>",
                    OffsetDateTime.parse("2026-11-02T10:15:30Z"), questions, locationQuestion, eeoc, true,
                    locationWidget, educationSection);
            Map<String, Expected> expected = new LinkedHashMap<>();
            expectedByApiName.forEach((apiName, value) ->
                    expected.put(FieldNames.posted(style, posting, apiName), value));
            if (locationQuestion != LocationQuestion.NONE) {
                expectLocation(expected, locationWidget);
            }
            educationSection.ifPresent(section -> expectEducation(expected, section));
            if (eeoc) {
                String decline = "Decline To Self Identify";
                expected.put(FieldNames.posted(style, posting, "gender"), Expected.exact("eeo", "Gender", List.of("3")));
                expected.put(FieldNames.posted(style, posting, "hispanic_ethnicity"),
                        Expected.exact("eeo", "Hispanic/Latino", List.of(decline)));
                expected.put(FieldNames.posted(style, posting, "race"), Expected.nothing("eeo", "Race"));
                expected.put(FieldNames.posted(style, posting, "veteran_status"),
                        Expected.exact("eeo", "Veteran Status", List.of("3")));
                expected.put(FieldNames.posted(style, posting, "disability_status"),
                        Expected.exact("eeo", "Disability Status", List.of("3")));
            }
            String system = systemFields(expected);
            return new GeneratedForm(seed, LANGUAGES[lang], style, apiReachable, posting, system, expected,
                    resumeRequired);
        }

        // ---- concepts ----

        private void contact() {
            standard.add(GreenhouseQuestion.of(t("First Name", "Vorname", "Prénom"), true, QuestionType.SHORT_TEXT,
                    GreenhouseField.text("first_name")).wiredBy(wiring()));
            standard.add(GreenhouseQuestion.of(t("Last Name", "Nachname", "Nom"), true, QuestionType.SHORT_TEXT,
                    GreenhouseField.text("last_name")).wiredBy(wiring()));
            standard.add(GreenhouseQuestion.of(t("Email", "E-Mail", "Adresse e-mail"), true, QuestionType.SHORT_TEXT,
                    GreenhouseField.text("email")).wiredBy(wiring()));
            expectedByApiName.put("first_name", Expected.exact("contact", "first name", List.of(VariantProfile.FIRST_NAME)));
            expectedByApiName.put("last_name", Expected.exact("contact", "last name", List.of(VariantProfile.LAST_NAME)));
            expectedByApiName.put("email", Expected.exact("contact", "email", List.of(VariantProfile.EMAIL)));
            if (random.nextBoolean()) {
                standard.add(GreenhouseQuestion.of(t("Phone", "Telefon", "Téléphone"), random.nextBoolean(),
                        QuestionType.SHORT_TEXT, GreenhouseField.text("phone")).wiredBy(wiring()));
                expectedByApiName.put("phone", Expected.exact("contact", "phone", List.of(VariantProfile.PHONE)));
            }
        }

        private void links() {
            text("links", VariantProfile.LINKEDIN, pick(
                    new String[] {"LinkedIn Profile", "LinkedIn URL", "Link to your LinkedIn"},
                    new String[] {"LinkedIn-Profil", "Link zu Ihrem LinkedIn-Profil"},
                    new String[] {"Profil LinkedIn", "Lien vers votre profil LinkedIn"}));
            if (random.nextBoolean()) {
                text("links", VariantProfile.GITHUB, pick(new String[] {"GitHub profile", "GitHub URL"},
                        new String[] {"GitHub-Profil"}, new String[] {"Profil GitHub", "Lien GitHub"}));
            }
            if (random.nextBoolean()) {
                text("links", VariantProfile.WEBSITE, pick(new String[] {"Personal website", "Portfolio URL"},
                        new String[] {"Persönliche Website"}, new String[] {"Site web personnel"}));
            }
        }

        private void authorisation() {
            boolean authorised = VariantProfile.WORK_AUTHORIZATION.get(country[0]);
            String where = country[2 + lang];
            yesNo("work authorisation", authorised, pick(
                    new String[] {"Are you legally authorized to work in " + where + "?",
                        "Do you have the right to work in " + where + "?",
                        "Are you currently eligible to work in " + where + " without restrictions?"},
                    new String[] {"Haben Sie eine Arbeitserlaubnis für " + where + "?",
                        "Dürfen Sie ohne Visum für " + where + " arbeiten?"},
                    new String[] {"Disposez-vous d'une autorisation de travail pour " + where + " ?",
                        "Avez-vous le droit de travailler pour " + where + " ?"}));
            String sponsorship = yesNo("sponsorship", !authorised, pick(
                    new String[] {"Will you now or in the future require sponsorship for a visa to work in " + where + "?",
                        "Do you need visa sponsorship to work in " + where + "?"},
                    new String[] {"Benötigen Sie ein Visum oder eine Arbeitserlaubnis für " + where + "?",
                        "Benötigen Sie jetzt oder künftig ein Visa-Sponsoring für " + where + "?"},
                    new String[] {"Aurez-vous besoin d'un visa pour travailler pour " + where + " ?",
                        "Avez-vous besoin d'un parrainage de visa pour " + where + " ?"}));
            if (random.nextBoolean()) {
                String label = pick(new String[] {"If yes, which visa would you need?", "Which visa type?"},
                        new String[] {"Falls ja, welches Visum benötigen Sie?"},
                        new String[] {"Si oui, quel visa vous faut-il ?"});
                GreenhouseField field = GreenhouseField.singleSelect(nextId(), options("H-1B", "Skilled worker visa",
                        "Blue Card", "Other"));
                custom.add(GreenhouseQuestion.of(label, true, QuestionType.SINGLE_SELECT, field)
                        .shownWhen(sponsorship, "1").renderedAs(singleWidget(4), groupMarkup()));
                expectedByApiName.put(field.name(), authorised ? Expected.nothing("visa follow-up", label)
                        : Expected.exact("visa follow-up", label, List.of(field.option(VariantProfile.VISA).value())));
            }
        }

        private void relocation() {
            yesNo("relocation", true, pick(new String[] {"Are you willing to relocate?", "Would you relocate for this role?"},
                    new String[] {"Sind Sie bereit umzuziehen?", "Wären Sie bereit, für diese Stelle umzuziehen?"},
                    new String[] {"Êtes-vous prêt(e) à déménager ?", "Accepteriez-vous une relocalisation ?"}));
        }

        private void remote() {
            String label = pick(new String[] {"Which working model do you prefer?", "Remote, hybrid or on-site?"},
                    new String[] {"Welches Arbeitsmodell bevorzugen Sie?"},
                    new String[] {"Quel mode de travail préférez-vous ?"});
            select("remote", label, List.of(t("Fully remote", "Vollständig remote", "Télétravail complet"),
                    t("Hybrid", "Hybrid", "Hybride"), t("On-site", "Vor Ort", "Sur site")), 1);
        }

        private void salary() {
            String label = pick(new String[] {"What are your salary expectations (EUR per year)?",
                "Expected annual salary (EUR)"}, new String[] {"Ihre Gehaltsvorstellung (EUR pro Jahr)?"},
                    new String[] {"Quelles sont vos prétentions salariales (EUR par an) ?"});
            if (random.nextBoolean()) {
                GreenhouseField field = GreenhouseField.text(nextId());
                custom.add(GreenhouseQuestion.of(label, random.nextBoolean(), QuestionType.SHORT_TEXT, field)
                        .wiredBy(wiring()));
                expectedByApiName.put(field.name(), new Expected("salary", label, Expected.Kind.CONTAINS_DIGITS,
                        List.of(Integer.toString(VariantProfile.SALARY_MIN)), 0));
            } else {
                select("salary", label, List.of("< 60,000", "60,000 - 80,000", "80,000 - 100,000", "> 100,000"), 2);
            }
        }

        private void notice() {
            String label = pick(new String[] {"When could you start?", "What is your notice period?"},
                    new String[] {"Wann könnten Sie anfangen?", "Wie lang ist Ihre Kündigungsfrist?"},
                    new String[] {"Quand pourriez-vous commencer ?", "Quel est votre préavis ?"});
            select("notice", label, List.of(t("Immediately", "Sofort", "Immédiatement"),
                    t("Within 1 month", "Innerhalb 1 Monat", "Sous 1 mois"),
                    t("Within 2 months", "Innerhalb 2 Monaten", "Sous 2 mois"),
                    t("Within 3 months", "Innerhalb 3 Monaten", "Sous 3 mois"),
                    t("Later", "Später", "Plus tard")), 2);
        }

        private void skillYears() {
            List<String> skills = new ArrayList<>(VariantProfile.SKILL_YEARS.keySet().stream().sorted().toList());
            Collections.shuffle(skills, random);
            for (String skill : skills.subList(0, 1 + random.nextInt(2))) {
                int years = VariantProfile.SKILL_YEARS.get(skill);
                String label = pick(new String[] {"How many years of experience do you have with " + skill + "?",
                    "Years of professional " + skill + " experience"},
                        new String[] {"Wie viele Jahre Erfahrung haben Sie mit " + skill + "?"},
                        new String[] {"Combien d'années d'expérience avez-vous avec " + skill + " ?"});
                if (random.nextBoolean()) {
                    GreenhouseField field = GreenhouseField.text(nextId());
                    custom.add(GreenhouseQuestion.of(label, true, QuestionType.NUMBER, field).wiredBy(wiring()));
                    expectedByApiName.put(field.name(), Expected.exact("years of experience", label,
                            List.of(Integer.toString(years))));
                } else {
                    select("years of experience", label, List.of("0-2", "3-5", "6-8", "9+"),
                            years <= 2 ? 0 : years <= 5 ? 1 : years <= 8 ? 2 : 3);
                }
            }
        }

        private void skillsChecklist() {
            List<String> pool = new ArrayList<>(List.of(random.nextBoolean() ? "PostgreSQL" : "Postgres",
                    random.nextBoolean() ? "Kubernetes" : "k8s", "Kafka", "Java", "gRPC", "Rust", "Elixir", "COBOL",
                    "Haskell"));
            Collections.shuffle(pool, random);
            List<String> offered = pool.subList(0, 4 + random.nextInt(3));
            String label = pick(new String[] {"Which of these technologies have you used in production?",
                "Select the tools you have worked with"},
                    new String[] {"Welche dieser Technologien haben Sie produktiv eingesetzt?"},
                    new String[] {"Lesquelles de ces technologies avez-vous utilisées en production ?"});
            String name = nextId() + "[]";
            QuestionType kind = random.nextBoolean() ? QuestionType.MULTI_SELECT : QuestionType.CHECKBOX;
            boolean required = random.nextBoolean();
            List<String> labels = new ArrayList<>(offered);
            boolean noneKnown = offered.stream().noneMatch(technology -> VariantProfile.SKILLS.contains(
                    technology.replace("Postgres", "PostgreSQL").replace("PostgreSQLQL", "PostgreSQL")
                            .replace("k8s", "Kubernetes")));
            String none = t("None of these", "Keine davon", "Aucune de ces technologies");
            if (required && noneKnown) {
                // a required list the candidate can answer truthfully, as real forms offer
                labels.add(none);
            }
            GreenhouseField field = GreenhouseField.multiSelect(name, options(labels.toArray(String[]::new)));
            custom.add(GreenhouseQuestion.of(label, required, kind, field)
                    .renderedAs(multiWidget(kind), groupMarkup()));
            List<String> expected = field.values().stream().filter(option -> VariantProfile.SKILLS.contains(
                    option.label().replace("Postgres", "PostgreSQL").replace("PostgreSQLQL", "PostgreSQL")
                            .replace("k8s", "Kubernetes")) || option.label().equals(none) && noneKnown)
                    .map(GreenhouseOption::value).toList();
            expectedByApiName.put(name, Expected.exact("skills checklist", label, expected));
        }

        private void education() {
            int questionsBefore = custom.size();
            List<String> namesBefore = List.copyOf(expectedByApiName.keySet());
            educationQuestions();
            if (layout.nextBoolean()) {
                // the board's own education block instead of custom questions (the same draws were made)
                custom.subList(questionsBefore, custom.size()).clear();
                expectedByApiName.keySet().retainAll(namesBefore);
                educationSection = Optional.of(educationSection());
            }
        }

        private void educationQuestions() {
            text("education", VariantProfile.SCHOOL, t("School", "Hochschule", "École / Université"));
            select("education", t("Degree", "Abschluss", "Diplôme"), List.of(t("Bachelor's Degree", "Bachelor",
                    "Licence"), t("Master's Degree", "Master", "Master"), t("Doctorate", "Promotion", "Doctorat"),
                    t("Other", "Sonstiges", "Autre")), 1);
            text("education", VariantProfile.DISCIPLINE, t("Discipline", "Studienfach", "Discipline"));
            if (random.nextBoolean()) {
                text("education", VariantProfile.EDUCATION_START_YEAR,
                        t("Start year", "Startjahr", "Année de début"));
                text("education", VariantProfile.EDUCATION_END_YEAR,
                        t("End year", "Abschlussjahr", "Année de fin"));
            }
        }

        private void languageLevel() {
            String[][] languages = {{"French", "Französisch", "français", "0"}, {"English", "Englisch", "anglais", "1"},
                {"German", "Deutsch", "allemand", "2"}, {"Spanish", "Spanisch", "espagnol", "4"}};
            String[] language = languages[random.nextInt(languages.length)];
            String name = language[lang];
            String label = pick(new String[] {"What is your level of " + name + "?", name + " proficiency"},
                    new String[] {"Wie gut sprechen Sie " + name + "?", name + "kenntnisse"},
                    new String[] {"Quel est votre niveau de " + name + " ?"});
            select("language proficiency", label, List.of(t("Native", "Muttersprache", "Langue maternelle"),
                    t("Fluent", "Fließend", "Courant"), t("Professional", "Verhandlungssicher", "Professionnel"),
                    t("Basic", "Grundkenntnisse", "Notions"), t("None", "Keine", "Aucune")),
                    Integer.parseInt(language[3]));
        }

        private void heardFrom() {
            String label = pick(new String[] {"How did you hear about this job?", "Where did you find this posting?"},
                    new String[] {"Wie haben Sie von dieser Stelle erfahren?"},
                    new String[] {"Comment avez-vous connu cette offre ?"});
            select("how did you hear", label, List.of("LinkedIn", company + " careers site", "Employee referral",
                    "Job board", "Other"), 1);
        }

        private void consents() {
            String label = pick(new String[] {"Privacy notice", "Consent to data processing"},
                    new String[] {"Datenschutzerklärung", "Einwilligung zur Datenverarbeitung"},
                    new String[] {"Politique de confidentialité", "Consentement au traitement des données"});
            GreenhouseField field = GreenhouseField.multiSelect(nextId() + "[]",
                    options(t("I agree", "Ich stimme zu", "J'accepte")));
            custom.add(GreenhouseQuestion.of(label, true, QuestionType.CHECKBOX, field)
                    .renderedAs(Widget.CHECKBOX_GROUP, groupMarkup()).describedBy("<p>" + t("I have read the candidate privacy notice.",
                            "Ich habe die Datenschutzhinweise gelesen.", "J'ai lu la politique de confidentialité.")
                            + "</p>"));
            expectedByApiName.put(field.name(), Expected.exact("consent processing", label,
                    List.of(field.values().get(0).value())));
            if (random.nextBoolean()) {
                String marketing = t("Keep me informed about future openings", "Über künftige Stellen informieren",
                        "M'informer des futures offres");
                GreenhouseField news = GreenhouseField.multiSelect(nextId() + "[]",
                        options(t("Yes, send me news", "Ja, bitte", "Oui, envoyez-moi des nouvelles")));
                custom.add(GreenhouseQuestion.of(marketing, false, QuestionType.CHECKBOX, news)
                        .renderedAs(Widget.CHECKBOX_GROUP, groupMarkup()));
                expectedByApiName.put(news.name(), Expected.nothing("consent marketing", marketing));
            }
        }

        private void motivation() {
            String label = pick(new String[] {"Why do you want to work at " + company + "?",
                "What excites you about this role?", "Tell us why you'd like to join " + company + "."},
                    new String[] {"Warum möchten Sie bei " + company + " arbeiten?"},
                    new String[] {"Pourquoi souhaitez-vous rejoindre " + company + " ?"});
            GreenhouseField field = GreenhouseField.textarea(nextId());
            custom.add(GreenhouseQuestion.of(label, true, QuestionType.LONG_TEXT, field).wiredBy(wiring()));
            expectedByApiName.put(field.name(), new Expected("motivation", label, Expected.Kind.NON_EMPTY_TEXT,
                    List.of(), FREE_TEXT_MAX));
            if (random.nextBoolean()) {
                String more = t("Anything else you would like to share?", "Möchten Sie uns noch etwas mitteilen?",
                        "Souhaitez-vous ajouter quelque chose ?");
                GreenhouseField extra = GreenhouseField.textarea(nextId());
                custom.add(GreenhouseQuestion.of(more, false, QuestionType.LONG_TEXT, extra));
                expectedByApiName.put(extra.name(), new Expected("motivation", more, Expected.Kind.ANY_TEXT,
                        List.of(), FREE_TEXT_MAX));
            }
        }

        // ---- widgets, location, education block (drawn from `layout`) ----

        /** A single-choice widget real pages of this style use; type-aheads only for longer lists. */
        private Widget singleWidget(int options) {
            List<Widget> widgets = style == GreenhouseStyle.CLASSIC
                    ? new ArrayList<>(List.of(Widget.SELECT2, Widget.SELECT2, Widget.NATIVE_SELECT, Widget.RADIO_GROUP))
                    : new ArrayList<>(List.of(Widget.REACT_SELECT, Widget.REACT_SELECT, Widget.NATIVE_SELECT,
                            Widget.RADIO_GROUP));
            if (style == GreenhouseStyle.CLASSIC && options >= 4) {
                widgets.add(Widget.TYPE_AHEAD);
            }
            return widgets.get(layout.nextInt(widgets.size()));
        }

        /** A multi-choice widget: checkboxes on the classic page; react-select multi, checkboxes or a multiple select on the new board. */
        private Widget multiWidget(QuestionType kind) {
            if (style == GreenhouseStyle.CLASSIC || kind == QuestionType.CHECKBOX) {
                return Widget.CHECKBOX_GROUP;
            }
            Widget[] widgets = {Widget.REACT_SELECT, Widget.CHECKBOX_GROUP, Widget.NATIVE_SELECT};
            return widgets[layout.nextInt(widgets.length)];
        }

        private GroupMarkup groupMarkup() {
            return GroupMarkup.values()[layout.nextInt(GroupMarkup.values().length)];
        }

        private LocationWidget locationWidget() {
            LocationWidget[] widgets = style == GreenhouseStyle.CLASSIC
                    ? new LocationWidget[] {LocationWidget.DEFAULT, LocationWidget.DEFAULT, LocationWidget.PLAIN_TEXT}
                    : new LocationWidget[] {LocationWidget.DEFAULT, LocationWidget.TYPE_AHEAD, LocationWidget.PLAIN_TEXT};
            return widgets[layout.nextInt(widgets.length)];
        }

        /**
         * What a correct applicant sends for "Location (City)": the suggestion naming the profile's city
         * (with its coordinates) where the page offers suggestions, else text naming the city.
         */
        private void expectLocation(Map<String, Expected> expected, LocationWidget widget) {
            boolean classic = style == GreenhouseStyle.CLASSIC;
            String location = classic ? "job_application[location]" : "location";
            String latitude = classic ? "job_application[latitude]" : "latitude";
            String longitude = classic ? "job_application[longitude]" : "longitude";
            if (widget == LocationWidget.PLAIN_TEXT) {
                expected.put(location, new Expected("location", "Location (City)", Expected.Kind.MENTIONS,
                        List.of(VariantProfile.CITY), 255));
                expected.put(latitude, Expected.nothing("location", "latitude"));
                expected.put(longitude, Expected.nothing("location", "longitude"));
                return;
            }
            expected.put(location, Expected.exact("location", "Location (City)", List.of(VariantProfile.CITY_SUGGESTION)));
            expected.put(latitude, Expected.exact("location", "latitude", List.of(VariantProfile.CITY_LATITUDE)));
            expected.put(longitude, Expected.exact("location", "longitude", List.of(VariantProfile.CITY_LONGITUDE)));
        }

        /** Greenhouse's education block with lists holding the profile's school, degree and discipline among others. */
        private EducationSection educationSection() {
            List<String> schools = new ArrayList<>(List.of(VariantProfile.SCHOOL, "Universit\u00e9 Lumi\u00e8re Lyon 2",
                    "Universit\u00e9 de Strasbourg", "University of Cambridge", "Technische Universit\u00e4t Berlin",
                    "Massachusetts Institute of Technology"));
            Collections.shuffle(schools, layout);
            schools.add("Other");
            Widget school = style == GreenhouseStyle.CLASSIC || layout.nextBoolean() ? Widget.DEFAULT : Widget.TYPE_AHEAD;
            if (style == GreenhouseStyle.CLASSIC && layout.nextBoolean()) {
                school = Widget.TYPE_AHEAD;
            }
            return new EducationSection(layout.nextBoolean(), school, options(schools.toArray(String[]::new)),
                    options(EDUCATION_DEGREES), options("Computer Science", "Economics", "Electrical Engineering",
                    "Mathematics", "Physics"), layout.nextInt(3) != 0, layout.nextBoolean());
        }

        private void expectEducation(Map<String, Expected> expected, EducationSection section) {
            String concept = "education section";
            expected.put(EducationSection.posted(style, EducationSection.Part.SCHOOL), Expected.exact(concept, "School",
                    List.of(value(section.schools(), VariantProfile.SCHOOL))));
            expected.put(EducationSection.posted(style, EducationSection.Part.DEGREE), Expected.exact(concept, "Degree",
                    List.of(value(section.degrees(), VariantProfile.DEGREE))));
            expected.put(EducationSection.posted(style, EducationSection.Part.DISCIPLINE), Expected.exact(concept,
                    "Discipline", List.of(value(section.disciplines(), VariantProfile.DISCIPLINE))));
            if (!section.dates()) {
                return;
            }
            month(expected, EducationSection.Part.START_MONTH, "Start date month", VariantProfile.EDUCATION_START_MONTH);
            expected.put(EducationSection.posted(style, EducationSection.Part.START_YEAR), Expected.exact(concept,
                    "Start date year", List.of(VariantProfile.EDUCATION_START_YEAR)));
            month(expected, EducationSection.Part.END_MONTH, "End date month", VariantProfile.EDUCATION_END_MONTH);
            expected.put(EducationSection.posted(style, EducationSection.Part.END_YEAR), Expected.exact(concept,
                    "End date year", List.of(VariantProfile.EDUCATION_END_YEAR)));
        }

        /** A month: the new board's month select posts its number; the classic MM box takes "09" or "9". */
        private void month(Map<String, Expected> expected, EducationSection.Part part, String label, int month) {
            expected.put(EducationSection.posted(style, part), style == GreenhouseStyle.CLASSIC
                    ? new Expected("education section", label, Expected.Kind.SAME_NUMBER, List.of(Integer.toString(month)), 2)
                    : Expected.exact("education section", label, List.of(Integer.toString(month))));
        }

        private static String value(List<GreenhouseOption> options, String label) {
            return options.stream().filter(option -> option.label().equals(label)).findFirst().orElseThrow().value();
        }

        // ---- hidden system fields ----

        /** Extra inputs a real form may carry that must never be filled; adds their expectations. */
        private String systemFields(Map<String, Expected> expected) {
            StringBuilder html = new StringBuilder();
            if (random.nextBoolean()) {
                html.append("<textarea id=\"g-recaptcha-response\" name=\"g-recaptcha-response\""
                        + " class=\"g-recaptcha-response\" style=\"display: none;\"></textarea>\n");
                expected.put("g-recaptcha-response", Expected.nothing("system fields", "g-recaptcha-response"));
            }
            if (random.nextBoolean()) {
                html.append("<textarea name=\"h-captcha-response\" style=\"display:none\"></textarea>\n");
                expected.put("h-captcha-response", Expected.nothing("system fields", "h-captcha-response"));
            }
            if (random.nextBoolean()) {
                String token = Long.toHexString(random.nextLong());
                html.append("<input type=\"hidden\" name=\"fingerprint\" value=\"").append(token).append("\">\n");
                expected.put("fingerprint", Expected.exact("system fields", "fingerprint", List.of(token)));
            }
            if (random.nextBoolean()) {
                String label = pick(new String[] {"Website", "Leave this field empty"},
                        new String[] {"Webseite"}, new String[] {"Site web"});
                html.append("<div class=\"field\" style=\"position:absolute;left:-10000px\" aria-hidden=\"true\">"
                        + "<label for=\"hp_url\">").append(label).append("</label>"
                        + "<input type=\"text\" id=\"hp_url\" name=\"hp_url\" tabindex=\"-1\" autocomplete=\"off\">"
                        + "</div>\n");
                expected.put("hp_url", Expected.nothing("system fields", "honeypot " + label));
            }
            return html.toString();
        }

        // ---- helpers ----

        private void text(String concept, String answer, String label) {
            GreenhouseField field = GreenhouseField.text(nextId());
            custom.add(GreenhouseQuestion.of(label, random.nextBoolean(), QuestionType.SHORT_TEXT, field)
                    .wiredBy(wiring()));
            expectedByApiName.put(field.name(), Expected.exact(concept, label, List.of(answer)));
        }

        private String yesNo(String concept, boolean yes, String label) {
            GreenhouseField field = GreenhouseField.singleSelect(nextId(), List.of(
                    new GreenhouseOption(t("Yes", "Ja", "Oui"), "1"), new GreenhouseOption(t("No", "Nein", "Non"), "0")));
            custom.add(GreenhouseQuestion.of(label, true, QuestionType.YES_NO, field).renderedAs(singleWidget(2),
                    groupMarkup()));
            expectedByApiName.put(field.name(), Expected.exact(concept, label, List.of(yes ? "1" : "0")));
            return field.name();
        }

        private void select(String concept, String label, List<String> labels, int answer) {
            GreenhouseField field = GreenhouseField.singleSelect(nextId(), options(labels.toArray(String[]::new)));
            custom.add(GreenhouseQuestion.of(label, random.nextInt(3) != 0, QuestionType.SINGLE_SELECT, field)
                    .renderedAs(singleWidget(labels.size()), groupMarkup()));
            expectedByApiName.put(field.name(), Expected.exact(concept, label,
                    List.of(field.values().get(answer).value())));
        }

        private List<GreenhouseOption> options(String... labels) {
            List<GreenhouseOption> options = new ArrayList<>();
            for (String label : labels) {
                options.add(new GreenhouseOption(label, Integer.toString(nextOption++)));
            }
            return options;
        }

        private String nextId() {
            return "question_" + nextQuestion++;
        }

        private LabelWiring wiring() {
            LabelWiring[] wirings = {LabelWiring.FOR, LabelWiring.WRAPPING, LabelWiring.ARIA_LABELLEDBY};
            return wirings[random.nextInt(wirings.length)];
        }

        private String t(String en, String de, String fr) {
            return switch (lang) {
                case 0 -> en;
                case 1 -> de;
                default -> fr;
            };
        }

        private String pick(String[] en, String[] de, String[] fr) {
            String[] choices = switch (lang) {
                case 0 -> en;
                case 1 -> de;
                default -> fr;
            };
            return choices[random.nextInt(choices.length)];
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
