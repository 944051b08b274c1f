package dev.nyx.core.answer;

import static dev.nyx.core.answer.AnswerFixtures.ACME_DE;
import static dev.nyx.core.answer.AnswerFixtures.checkbox;
import static dev.nyx.core.answer.AnswerFixtures.date;
import static dev.nyx.core.answer.AnswerFixtures.file;
import static dev.nyx.core.answer.AnswerFixtures.longText;
import static dev.nyx.core.answer.AnswerFixtures.multi;
import static dev.nyx.core.answer.AnswerFixtures.number;
import static dev.nyx.core.answer.AnswerFixtures.select;
import static dev.nyx.core.answer.AnswerFixtures.text;
import static dev.nyx.core.answer.AnswerFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world question wordings (Greenhouse, Lever, Workday, LinkedIn; English, German, French)
 * against the fixture profile: every rule-answerable one must get exactly the expected value from
 * a rule, and every other one must stay unanswered.
 */
class AnswerCorpusTest {
    private static final PostingContext ACME_US = new PostingContext(Optional.of("US"), Optional.of("Acme"),
            Optional.of("Senior Backend Engineer"), Optional.of("en"));
    private static final PostingContext ACME_SE = new PostingContext(Optional.of("SE"), Optional.of("Acme"),
            Optional.of("Senior Backend Engineer"), Optional.of("en"));
    private static final PostingContext HELIOS_DE_GERMAN = new PostingContext(Optional.of("DE"),
            Optional.of("Helios Logistics"), Optional.of("Backend-Entwickler"), Optional.of("de"));
    private static final PostingContext ACME_FR = new PostingContext(Optional.of("FR"), Optional.of("Acme"),
            Optional.of("Senior Backend Engineer"), Optional.of("en"));
    private static final PostingContext NOWHERE = PostingContext.unknown();

    @TempDir
    static Path folder;
    private static Profile profile;
    private static final AnswerEngine ENGINE = new AnswerEngine(AnswerFixtures.CLOCK);

    /** One corpus entry: the question, the posting, and the expected values (empty: unanswered). */
    record Case(Question question, PostingContext posting, List<String> expected) {
        @Override
        public String toString() {
            return question.label() + " -> " + (expected.isEmpty() ? "unanswered" : expected);
        }
    }

    static Case rule(Question question, String... expected) {
        return new Case(question, ACME_DE, List.of(expected));
    }

    static Case rule(Question question, PostingContext posting, String... expected) {
        return new Case(question, posting, List.of(expected));
    }

    static Case none(Question question) {
        return new Case(question, ACME_DE, List.of());
    }

    static Case none(Question question, PostingContext posting) {
        return new Case(question, posting, List.of());
    }

    static Question optionalText(String label) {
        return AnswerFixtures.optional(text(label));
    }

    static final String DECLINE = "Decline To Self Identify";

    static Stream<Case> corpus() {
        return Stream.of(
                // names
                rule(text("First Name"), "Mara"),
                rule(text("Legal first name"), "Mara"),
                rule(text("Vorname"), "Mara"),
                rule(text("Prénom"), "Mara"),
                rule(text("Last Name"), "Lindqvist"),
                rule(text("Nachname"), "Lindqvist"),
                rule(text("Nom"), "Lindqvist"),
                rule(text("Full name"), "Mara Lindqvist"),
                rule(text("Name"), "Mara Lindqvist"),
                rule(text("Preferred First Name"), "Mara"),
                // contact
                rule(text("Email"), "mara.lindqvist@example.com"),
                rule(text("E-Mail-Adresse"), "mara.lindqvist@example.com"),
                rule(text("Adresse e-mail"), "mara.lindqvist@example.com"),
                rule(text("Phone"), "+49 170 5550123"),
                rule(text("Telefonnummer"), "+49 170 5550123"),
                rule(select("Country phone code", "United States +1", "Germany +49", "Sweden +46"), "Germany +49"),
                // links
                rule(text("LinkedIn Profile"), "https://www.linkedin.com/in/mara-lindqvist"),
                rule(text("urls[LinkedIn]"), "https://www.linkedin.com/in/mara-lindqvist"),
                rule(text("GitHub URL"), "https://github.com/mlindqvist"),
                rule(text("Portfolio"), "https://mara-lindqvist.example.dev"),
                rule(text("Website"), "https://mara-lindqvist.example.dev"),
                // where
                rule(text("City"), "Berlin"),
                rule(text("Location"), "Berlin, Germany"),
                rule(select("Country", "France", "Germany", "Sweden", "United States of America"), "Germany"),
                rule(text("Address Line 1"), "Lindenstrasse 12"),
                none(optionalText("Address Line 2")),
                none(optionalText("Phone Extension")),
                rule(text("What is your current location?"), "Berlin, Germany"),
                rule(text("Postal Code"), "10969"),
                // current job
                rule(text("Current company"), "Northwind Payments"),
                rule(text("Current job title"), "Senior Software Engineer"),
                rule(yesNo("Are you currently employed?"), "Yes"),
                // authorisation and sponsorship
                rule(yesNo("Are you legally authorized to work in the United States?"), "No"),
                none(yesNo("Do you have the right to work in the UK?")),
                rule(yesNo("Sind Sie berechtigt, in Deutschland zu arbeiten?", "Ja", "Nein"), "Ja"),
                none(yesNo("Êtes-vous autorisé(e) à travailler en France ?", "Oui", "Non")),
                rule(yesNo("Are you authorized to work in the country where this job is located?"), ACME_SE, "Yes"),
                none(yesNo("Are you authorized to work in the country where this job is located?"), NOWHERE),
                none(yesNo("Are you legally authorized to work in the European Union?")),
                rule(yesNo("Will you now or in the future require sponsorship for employment visa status (e.g., H-1B visa status)?"), "No"),
                // a listed country the profile may not work in needs a visa, whatever requiresSponsorship (home) says
                rule(yesNo("Will you now or in the future require sponsorship for employment visa status (e.g., H-1B visa status)?"), ACME_US, "Yes"),
                rule(yesNo("Are you able to work in Germany without visa sponsorship?"), "Yes"),
                rule(yesNo("Do you now or will you in the future require visa sponsorship to work in Sweden?"), "No"),
                rule(yesNo("Do you now or will you in the future require visa sponsorship to work in the United States?"), "Yes"),
                none(text("What type of visa do you currently hold?")),
                // visa and sponsorship per country (symptom 12): France is neither listed nor the home country, so
                // the profile says nothing about it (never the home country's requiresSponsorship)
                none(yesNo("Do you need a visa or work permit for France?")),
                none(yesNo("Benötigen Sie ein Visum oder eine Arbeitserlaubnis für Frankreich?", "Ja", "Nein"),
                        HELIOS_DE_GERMAN),
                none(yesNo("Avez-vous besoin d'un visa ou d'un permis de travail pour la France ?", "Oui", "Non")),
                none(yesNo("Will you now or in the future require sponsorship for employment visa status?"), ACME_FR),
                rule(yesNo("Do you need a work permit for Germany?"), "No"),
                none(yesNo("Are you a U.S. citizen?")),
                // relocation and remote
                rule(yesNo("Are you willing to relocate?"), "Yes"),
                rule(yesNo("Wären Sie bereit, für diese Stelle umzuziehen?", "Ja", "Nein"), "Ja"),
                none(yesNo("Do you require relocation assistance?")),
                none(yesNo("Are you willing to work remotely?")),
                rule(select("What is your preferred work arrangement?", "Remote", "Hybrid", "On-site"), "Hybrid"),
                rule(yesNo("Are you open to hybrid work?"), "Yes"),
                // salary
                rule(number("What is your expected annual salary (EUR)?"), "85000"),
                rule(number("Expected monthly gross salary in EUR"), "7100"), // the oracle rounds up to hundreds a month
                rule(number("Desired hourly rate (€)"), "41"),
                rule(number("Gehaltsvorstellung (Jahresbrutto in EUR)"), "85000"),
                rule(number("Prétentions salariales annuelles (€)"), "85000"),
                rule(select("Salary expectations", "€60,000 - €80,000", "€80,001 - €100,000", "€100,001+"), "€80,001 - €100,000"),
                rule(text("What are your salary expectations?"), "85000 EUR per year"),
                none(number("Desired salary (USD)")),
                none(number("What are your salary expectations?"), ACME_US),
                none(text("What is your current salary?")),
                // notice and start
                rule(number("What is your notice period (in weeks)?"), "13"),
                rule(number("Notice period in months"), "3"),
                rule(number("Kündigungsfrist (in Monaten)"), "3"),
                rule(number("Préavis (en jours)"), "90"),
                rule(text("What is your notice period?"), "90 days"),
                rule(select("What is your notice period?", "Immediately", "2 weeks", "1 month", "2 months", "3 months",
                        "More than 3 months"), "3 months"),
                none(number("What is your notice period?")),
                // notice and start as option lists (issue 10): the tightest option holding 90 days
                rule(select("What is your notice period?", "Immediately", "Within 1 month", "Within 2 months",
                        "Within 3 months", "Later"), "Within 3 months"),
                rule(select("When could you start?", "Immediately", "Within 1 month", "Within 2 months",
                        "Within 3 months", "Later"), "Within 3 months"),
                rule(select("Wann könnten Sie anfangen?", "Sofort", "Innerhalb 1 Monat", "Innerhalb 2 Monaten",
                        "Innerhalb 3 Monaten", "Später"), "Innerhalb 3 Monaten"),
                rule(select("Quand pourriez-vous commencer ?", "Immédiatement", "Sous 1 mois", "Sous 2 mois",
                        "Sous 3 mois", "Plus tard"), "Sous 3 mois"),
                rule(select("Kündigungsfrist", "Keine", "< 1 Monat", "1-3 Monate", "Mehr als 3 Monate"), "1-3 Monate"),
                rule(select("How soon can you start?", "Less than 2 weeks", "2-4 weeks", "1-2 months",
                        "More than 2 months"), "More than 2 months"),
                rule(select("Ab wann sind Sie verfügbar?", "Sofort", "In 1-2 Monaten", "In 3-6 Monaten"),
                        "In 3-6 Monaten"),
                rule(select("Préavis", "Aucun", "1 mois", "2 mois", "3 mois", "Plus de 3 mois"), "3 mois"),
                none(select("Notice period", "Within 1 month", "Within 2 months")),
                rule(text("Wann könnten Sie anfangen?"), "2027-02-23"),
                rule(date("Quand pouvez-vous commencer ?"), "2027-02-23"),
                none(text("Wann wären Sie für ein Vorstellungsgespräch verfügbar?")),
                rule(date("Earliest start date"), "2027-02-23"),
                rule(text("Frühester Eintrittstermin (TT.MM.JJJJ)"), "23.02.2027"),
                rule(text("When can you start?"), "2027-02-23"),
                // years of experience
                rule(number("How many years of Java experience do you have?"), "9"),
                rule(number("Wie viele Jahre Erfahrung haben Sie mit Java?"), "9"),
                rule(number("Combien d'années d'expérience avez-vous en Java ?"), "9"),
                rule(number("How many years of experience do you have with Spring Boot?"), "5"),
                rule(number("Years of experience with Kafka"), "5"),
                rule(number("How many years of professional experience do you have?"), "13"),
                rule(select("Total years of experience", "0-2 years", "3-5 years", "6-10 years", "10+ years"), "10+ years"),
                rule(number("How many years of Rust experience do you have?"), "0"),
                rule(select("How many years of experience do you have with Rust?", "Less than 1 year", "1-2 years",
                        "3-5 years", "5+ years"), "Less than 1 year"),
                none(number("How many years of relevant experience do you have?")),
                // a technology's other name (PostgreSQL in the work history); a skill no job names is not 0 years
                rule(number("How many years of Postgres experience do you have?"), "5"),
                rule(select("Wie viele Jahre Erfahrung haben Sie mit Java?", "weniger als 1 Jahr", "1-3 Jahre",
                        "4-6 Jahre", "7-9 Jahre", "10+ Jahre"), "7-9 Jahre"),
                rule(number("Combien d'années d'expérience avez-vous avec Kafka ?"), "5"),
                none(number("How many years of experience do you have with Flyway?")),
                rule(yesNo("Do you have 5+ years of Java experience?"), "Yes"),
                rule(yesNo("Do you have at least 10 years of experience with Java?"), "No"),
                rule(yesNo("Do you have 10+ years of professional experience?"), "Yes"),
                none(yesNo("Do you have at least 3 years of experience with Rust?")),
                // education and languages
                rule(select("Highest level of education", "High School", "Associate's Degree", "Bachelor's Degree",
                        "Master's Degree", "Doctorate"), "Master's Degree"),
                rule(select("Höchster Bildungsabschluss", "Abitur", "Bachelor", "Master", "Promotion"), "Master"),
                rule(yesNo("Do you have a Bachelor's degree?"), "Yes"),
                rule(text("Field of study"), "Computer Science"),
                rule(text("School"), "Technische Universität Berlin"),
                // education block of an application form (issue 10, symptom 5)
                rule(text("School Name"), "Technische Universität Berlin"),
                rule(select("School", "Freie Universität Berlin", "Technical University of Berlin",
                        "Uppsala University", "Other"), "Technical University of Berlin"),
                rule(select("Degree", "Associate's Degree", "Bachelor's Degree", "Master's Degree",
                        "Doctor of Philosophy (Ph.D.)", "Other"), "Master's Degree"),
                rule(select("Discipline", "Biology", "Computer Science", "Economics"), "Computer Science"),
                rule(text("Start date year"), "2011"),
                rule(text("End date year"), "2013"),
                rule(select("End date month", "January", "February", "March", "April", "May", "June", "July",
                        "August", "September", "October", "November", "December"), "September"),
                rule(number("Graduation year"), "2013"),
                rule(text("Abschlussjahr des Studiums"), "2013"),
                // the education block in German and French: the entry with the highest degree
                rule(text("Hochschule"), "Technische Universität Berlin"),
                rule(text("École / Université"), "Technische Universität Berlin"),
                rule(text("Studienfach"), "Computer Science"),
                rule(text("Startjahr"), "2011"),
                rule(text("Abschlussjahr"), "2013"),
                rule(text("Année de début"), "2011"),
                rule(text("Année de fin"), "2013"),
                rule(text("Année d'obtention du diplôme"), "2013"),
                rule(select("Abschluss", "Bachelor", "Master", "Promotion", "Sonstiges"), "Master"),
                rule(select("Diplôme", "Licence", "Master", "Doctorat", "Autre"), "Master"),
                // skills checklists (symptom 8): Postgres is PostgreSQL, k8s is Kubernetes
                rule(multi("Which of these technologies have you used in production?", "Kafka", "PostgreSQL",
                        "Kubernetes", "gRPC"), "Kafka", "PostgreSQL", "gRPC"),
                rule(multi("Which of the following tools have you worked with?", "Apache Kafka", "Postgres", "k8s",
                        "Spring"), "Apache Kafka", "Postgres", "Spring"),
                rule(multi("Welche dieser Technologien haben Sie eingesetzt?", "Rust", "Java", "JavaScript"), "Java"),
                none(multi("Which of these technologies have you used in production?", "Rust", "Elixir", "Haskell")),
                rule(AnswerFixtures.optional(multi("Which of these frameworks have you used?", "Rails", "Django",
                        "None of the above")), "None of the above"),
                rule(yesNo("Do you speak German?"), "Yes"),
                rule(yesNo("Sprechen Sie Deutsch?", "Ja", "Nein"), "Ja"),
                none(yesNo("Parlez-vous français ?", "Oui", "Non")),
                rule(yesNo("Do you speak German and English?"), "Yes"),
                none(yesNo("Do you speak German and French?")),
                rule(yesNo("Are you fluent in English?"), "Yes"),
                none(yesNo("Are you fluent in German?")),
                none(yesNo("Do you speak German and English fluently?")),
                rule(multi("Which languages do you speak?", "English", "German", "French", "Spanish"), "English", "German"),
                rule(select("What is your level of German?", "Basic", "Conversational",
                        "Professional working proficiency", "Native or bilingual"), "Professional working proficiency"),
                rule(select("English proficiency", "Basic", "Intermediate", "Fluent", "Native"), "Fluent"),
                // language levels (issue 10): the profile's step on the form's scale, read in the list's order
                rule(select("What is your level of German?", "Native", "Fluent", "Professional", "Basic", "None"),
                        "Professional"),
                rule(select("Deutschkenntnisse", "Muttersprache", "Fließend", "Verhandlungssicher", "Grundkenntnisse",
                        "Keine"), "Verhandlungssicher"),
                rule(select("Englischkenntnisse", "Muttersprache", "Fließend", "Verhandlungssicher", "Grundkenntnisse",
                        "Keine"), "Fließend"),
                rule(select("Wie gut sprechen Sie Englisch?", "Grundkenntnisse", "Gute Kenntnisse", "Fließend",
                        "Verhandlungssicher", "Muttersprache oder zweisprachig"), "Verhandlungssicher"),
                rule(select("Wie gut sprechen Sie Deutsch?", "Grundkenntnisse", "Gute Kenntnisse", "Fließend",
                        "Verhandlungssicher", "Muttersprache oder zweisprachig"), "Fließend"),
                rule(select("Quel est votre niveau d'anglais ?", "Langue maternelle", "Courant", "Professionnel",
                        "Notions", "Aucune"), "Courant"),
                rule(select("Niveau de suédois", "Langue maternelle", "Courant", "Professionnel", "Notions",
                        "Aucune"), "Langue maternelle"),
                rule(select("English level (CEFR)", "A1", "A2", "B1", "B2", "C1 - Advanced", "C2 - Proficient"),
                        "C1 - Advanced"),
                rule(select("German", "Basic", "Intermediate", "Advanced", "Native"), "Advanced"),
                rule(select("Swedish proficiency", "Beginner", "Intermediate", "Advanced"), "Advanced"),
                rule(select("How would you rate your English? (1 = basic, 5 = native)", "1", "2", "3", "4", "5"), "4"),
                rule(select("Spanish proficiency", "Native", "Fluent", "Professional", "Basic", "None"), "None"),
                rule(select("Spanischkenntnisse", "Muttersprache", "Fließend", "Grundkenntnisse", "Keine"), "Keine"),
                none(select("Spanish proficiency", "Native", "Fluent", "Basic")),
                none(select("What is your level of Italian?", "Basic", "Intermediate", "Fluent")),
                rule(text("English proficiency"), "Fluent"),
                // company history, age, personal facts
                rule(yesNo("Have you previously worked for Acme?"), "No"),
                rule(yesNo("Have you ever worked for us before?"), "No"),
                none(yesNo("Have you ever worked with Kubernetes?")),
                rule(yesNo("Have you ever been employed by Helios Logistics?"), HELIOS_DE_GERMAN, "Yes"),
                rule(yesNo("Are you at least 18 years of age?"), "Yes"),
                rule(date("Date of birth"), "1989-06-14"),
                // EEO (Greenhouse, Workday, German and French forms)
                rule(select("Gender", "Male", "Female", DECLINE), DECLINE),
                rule(select("Are you Hispanic/Latino?", "Yes", "No", DECLINE), DECLINE),
                rule(select("Race", "American Indian or Alaskan Native", "Asian", "Black or African American",
                        "Hispanic or Latino", "White", "Native Hawaiian or Other Pacific Islander", "Two or More Races",
                        DECLINE), DECLINE),
                rule(select("VeteranStatus", "I am not a protected veteran",
                        "I identify as one or more of the classifications of protected veteran",
                        "I don't wish to answer"), "I don't wish to answer"),
                rule(select("DisabilityStatus", "Yes, I have a disability, or have had one in the past",
                        "No, I do not have a disability and have not had one in the past", "I do not want to answer"),
                        "I do not want to answer"),
                rule(select("Ethnicity", "Hispanic or Latino (United States of America)",
                        "White (Not Hispanic or Latino) (United States of America)", "I do not wish to answer."),
                        "I do not wish to answer."),
                rule(select("Geschlecht", "männlich", "weiblich", "divers", "keine Angabe"), "keine Angabe"),
                rule(select("Genre", "Homme", "Femme", "Je préfère ne pas répondre"), "Je préfère ne pas répondre"),
                // consent, marketing, documents
                rule(checkbox("I consent to the processing of my personal data for this application."), "Yes"),
                rule(checkbox("Ich habe die Datenschutzerklärung gelesen und bin einverstanden."), "Yes"),
                // news and alerts: left unticked unless the profile opts in (nyx.marketingOptIn, default no)
                rule(checkbox("Send me job alerts and marketing emails."), "No"),
                // a lone consent box is ticked whatever its words (the generated forms' "I agree" and translations)
                rule(checkbox("Privacy notice", "I agree"), "I agree"),
                rule(checkbox("Einwilligung zur Datenverarbeitung", "Ich stimme zu"), "Ich stimme zu"),
                rule(checkbox("Consentement au traitement des données", "J'accepte"), "J'accepte"),
                none(checkbox("Keep me informed about future openings", "Yes, send me news")),
                rule(longText("Cover Letter"), "Dear Acme team,\n\nI am applying for the Senior Backend Engineer role.\n\n"
                        + "Kind regards,\nMara Lindqvist"),
                none(file("Cover Letter")),
                rule(file("Resume/CV"), "en"),
                rule(file("Lebenslauf"), HELIOS_DE_GERMAN, "de"),
                // nothing in the profile answers these
                none(text("What is your favourite programming language and why?")),
                none(text("Pronouns")),
                none(text("Referred by")));
    }

    @BeforeAll
    static void loadProfile() {
        profile = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void should_answer_from_rules_or_leave_unanswered_when_asked_a_real_world_wording(Case corpusCase) {
        // given
        FormSchema form = new FormSchema(List.of(corpusCase.question()));

        // when
        AnswerResult result = ENGINE.answer(form, corpusCase.posting(), profile);

        // then
        Optional<Answer> answer = result.answers().forQuestion(corpusCase.question().id());
        if (corpusCase.expected().isEmpty()) {
            assertThat(answer).as("answer to '%s'", corpusCase.question().label()).isEmpty();
            assertThat(result.unanswered()).extracting(unanswered -> unanswered.question().id())
                    .containsExactly(corpusCase.question().id());
            assertThat(result.needsInput()).hasSize(corpusCase.question().required() ? 1 : 0);
        } else {
            assertThat(answer).as("answer to '%s' (unanswered: %s)", corpusCase.question().label(),
                    result.unanswered()).isPresent();
            assertThat(answer.get().values()).isEqualTo(corpusCase.expected());
            assertThat(answer.get().source()).isEqualTo(AnswerSource.RULE);
            assertThat(answer.get().tokens()).isEqualTo(dev.nyx.model.TokenUsage.NONE);
            assertThat(result.unanswered()).isEmpty();
        }
    }

    @Test
    void should_have_at_least_sixty_wordings_when_the_corpus_is_counted() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(60);
        assertThat(corpus().filter(corpusCase -> !corpusCase.expected().isEmpty()).count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void should_only_answer_with_offered_option_labels_when_a_question_has_options() {
        // given: the whole corpus as one form per posting context
        for (Case corpusCase : corpus().toList()) {
            Question question = corpusCase.question();

            // when
            Optional<Answer> answer = ENGINE.answer(new FormSchema(List.of(question)), corpusCase.posting(), profile)
                    .answers().forQuestion(question.id());

            // then
            if (answer.isPresent() && !question.options().isEmpty()) {
                assertThat(question.options().stream().map(Option::label).toList())
                        .as("options of '%s'", question.label())
                        .containsAll(answer.get().values());
            }
        }
    }

    @Test
    void should_put_sensitive_values_only_into_answers_that_use_their_path_when_answering_the_corpus() {
        // given
        SensitiveValues sensitive = SensitiveValues.of(profile);

        for (Case corpusCase : corpus().toList()) {
            // when
            Optional<Answer> answer = ENGINE.answer(new FormSchema(List.of(corpusCase.question())),
                    corpusCase.posting(), profile).answers().forQuestion(corpusCase.question().id());

            // then
            if (answer.isPresent() && answer.get().values().stream().anyMatch(sensitive::appearsIn)) {
                assertThat(answer.get().factsUsed()).as("facts used by '%s'", corpusCase.question().label())
                        .anyMatch(sensitive::isSensitivePath);
            }
        }
    }
}
