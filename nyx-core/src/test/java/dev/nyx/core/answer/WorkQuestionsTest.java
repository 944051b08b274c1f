package dev.nyx.core.answer;

import static dev.nyx.core.answer.AnswerFixtures.checkbox;
import static dev.nyx.core.answer.AnswerFixtures.select;
import static dev.nyx.core.answer.AnswerFixtures.text;
import static dev.nyx.core.answer.AnswerFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
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
 * Work questions in English, German and French (issue 10, symptoms 6 and 12 and the generated forms'
 * classes): work authorisation and visas per country, countries written with articles, relocation,
 * the working model, processing consent and marketing opt-ins. The profile (the fixture's Mara,
 * living in Germany) may work in Germany and Sweden, not in the US nor the UK; it says nothing
 * about France, Canada or Brazil. Wordings are written for the test, in several forms per class.
 */
class WorkQuestionsTest {
    private static final PostingContext ACME_DE = AnswerFixtures.ACME_DE;
    private static final PostingContext ACME_US = posting("US", "en");
    private static final PostingContext ACME_GB = posting("GB", "en");
    private static final PostingContext ACME_FR = posting("FR", "fr");
    private static final PostingContext ACME_DE_GERMAN = posting("DE", "de");
    private static final String LISTED = "    US: false\n";
    private static final AnswerEngine ENGINE = new AnswerEngine(AnswerFixtures.CLOCK);

    @TempDir
    static Path folder;
    private static Profile profile;

    /** A question, the posting, and the expected values (empty: needs the candidate's input). */
    record Case(Question question, PostingContext posting, List<String> expected) {
        @Override
        public String toString() {
            return question.label() + " @" + posting.countryCode().orElse("?") + " -> "
                    + (expected.isEmpty() ? "needs input" : expected);
        }
    }

    @BeforeAll
    static void loadProfile() {
        profile = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml().replace(LISTED, LISTED + "    GB: false\n"));
    }

    static Stream<Case> perCountry() {
        return Stream.of(
                // authorisation for a listed country, named with or without an article
                answered(yesNo("Are you legally authorized to work in the United States?"), ACME_DE, "No"),
                answered(yesNo("Do you have the right to work in the United Kingdom?"), ACME_DE, "No"),
                answered(yesNo("Are you currently eligible to work in Germany without restrictions?"), ACME_US, "Yes"),
                answered(yesNo("Haben Sie eine Arbeitserlaubnis für die USA?", "Ja", "Nein"), ACME_DE, "Nein"),
                answered(yesNo("Haben Sie eine Arbeitserlaubnis für Deutschland?", "Ja", "Nein"), ACME_US, "Ja"),
                answered(yesNo("Dürfen Sie ohne Visum für das Vereinigte Königreich arbeiten?", "Ja", "Nein"), ACME_DE,
                        "Nein"),
                answered(yesNo("Disposez-vous d'une autorisation de travail pour les États-Unis ?", "Oui", "Non"),
                        ACME_DE, "Non"),
                answered(yesNo("Disposez-vous d'une autorisation de travail pour le Royaume-Uni ?", "Oui", "Non"),
                        ACME_DE, "Non"),
                answered(yesNo("Avez-vous le droit de travailler pour l'Allemagne ?", "Oui", "Non"), ACME_US, "Oui"),
                // a visa, a work permit or sponsorship: needed exactly where the profile may not work
                answered(yesNo("Will you now or in the future require sponsorship for a visa to work in the United "
                        + "States?"), ACME_DE, "Yes"),
                answered(yesNo("Do you need visa sponsorship to work in Germany?"), ACME_US, "No"),
                answered(yesNo("Benötigen Sie ein Visum oder eine Arbeitserlaubnis für die USA?", "Ja", "Nein"),
                        ACME_DE, "Ja"),
                answered(yesNo("Benötigen Sie jetzt oder künftig ein Visa-Sponsoring für das Vereinigte Königreich?",
                        "Ja", "Nein"), ACME_DE, "Ja"),
                answered(yesNo("Aurez-vous besoin d'un visa pour travailler pour les États-Unis ?", "Oui", "Non"),
                        ACME_DE, "Oui"),
                answered(yesNo("Avez-vous besoin d'un parrainage de visa pour l'Allemagne ?", "Oui", "Non"), ACME_US,
                        "Non"),
                // no country named: the posting's
                answered(yesNo("Will you now or in the future require sponsorship for employment visa status?"),
                        ACME_US, "Yes"),
                answered(yesNo("Will you now or in the future require sponsorship for employment visa status?"),
                        ACME_DE, "No"),
                answered(yesNo("Do you need a visa to work in the country of this job?"), ACME_GB, "Yes"),
                answered(yesNo("Are you authorised to work in Berlin?"), ACME_US, "Yes"),
                answered(yesNo("Are you authorized to work in New York?"), ACME_DE, "No"),
                answered(yesNo("Will you require sponsorship for H-1B status?"), ACME_US, "Yes"),
                // a country the profile does not list (not the home country): the candidate says
                needsInput(yesNo("Do you need a visa or work permit for France?"), ACME_DE),
                needsInput(yesNo("Will you now or in the future require sponsorship for employment visa status?"),
                        ACME_FR),
                needsInput(yesNo("Are you legally authorized to work in Canada?"), ACME_DE),
                // a place we do not list, or several countries: never the posting's country
                needsInput(yesNo("Are you legally authorized to work in Brazil?"), ACME_DE),
                needsInput(yesNo("Will you require sponsorship to work in Singapore?"), ACME_DE),
                needsInput(yesNo("Are you authorized to work in the United States and Germany?"), ACME_DE),
                needsInput(yesNo("Do you have the right to work in the UK or the EU?"), ACME_DE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perCountry")
    void should_answer_from_the_profile_for_that_country_or_ask_when_asked_about_work_in_a_country(Case asked) {
        assertAnswered(asked);
    }

    @Test
    void should_answer_for_the_unlisted_home_country_from_requires_sponsorship_when_asked_about_it() {
        // given: the profile lists only the US; it lives in Germany and needs no sponsor there
        Profile home = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml()
                .replace("    DE: true\n    SE: true\n", ""));

        // when
        AnswerResult result = ENGINE.answer(new FormSchema(List.of(yesNo("Do you need a visa for Germany?"),
                yesNo("Sind Sie berechtigt, in Deutschland zu arbeiten?", "Ja", "Nein"),
                yesNo("Do you need a visa for Sweden?"))), ACME_DE, home);

        // then: the flag answers for the home country, never for Sweden
        assertThat(result.answers().answers()).extracting(Answer::values)
                .containsExactly(List.of("No"), List.of("Ja"));
        assertThat(result.answers().answers()).allSatisfy(answer ->
                assertThat(answer.factsUsed()).containsExactly("nyx.requiresSponsorship"));
        assertThat(result.needsInput()).singleElement().extracting(missing -> missing.question().label())
                .isEqualTo("Do you need a visa for Sweden?");
    }

    static Stream<Case> relocationAndWorkModel() {
        return Stream.of(
                answered(yesNo("Would you relocate for this role?"), ACME_DE, "Yes"),
                answered(yesNo("Sind Sie bereit umzuziehen?", "Ja", "Nein"), ACME_DE, "Ja"),
                answered(yesNo("Êtes-vous prêt(e) à déménager ?", "Oui", "Non"), ACME_FR, "Oui"),
                answered(yesNo("Accepteriez-vous une relocalisation ?", "Oui", "Non"), ACME_FR, "Oui"),
                answered(yesNo("Êtes-vous ouvert(e) à la mobilité géographique ?", "Oui", "Non"), ACME_FR, "Oui"),
                needsInput(yesNo("Benötigen Sie Unterstützung bei den Umzugskosten?", "Ja", "Nein"), ACME_DE),
                needsInput(yesNo("Souhaitez-vous une aide à la relocalisation ?", "Oui", "Non"), ACME_FR),
                // the working model (the profile prefers hybrid)
                answered(select("Which working model do you prefer?", "Fully remote", "Hybrid", "On-site"), ACME_DE,
                        "Hybrid"),
                answered(select("Remote, hybrid or on-site?", "Remote", "Hybrid", "In office"), ACME_DE, "Hybrid"),
                answered(select("Welches Arbeitsmodell bevorzugen Sie?", "Vollständig remote", "Hybrid", "Vor Ort"),
                        ACME_DE_GERMAN, "Hybrid"),
                answered(select("Quel mode de travail préférez-vous ?", "Télétravail complet", "Hybride", "Sur site"),
                        ACME_FR, "Hybride"),
                answered(AnswerFixtures.optional(select("Modalités de travail souhaitées", "Télétravail partiel",
                        "Télétravail complet", "Présentiel")), ACME_FR, "Télétravail partiel"),
                answered(text("Welches Arbeitsmodell bevorzugen Sie?"), ACME_DE_GERMAN, "Hybrid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relocationAndWorkModel")
    void should_answer_from_the_profile_when_asked_about_relocation_or_the_working_model(Case asked) {
        assertAnswered(asked);
    }

    @Test
    void should_choose_the_preferred_mode_in_any_language_when_the_profile_prefers_on_site_or_remote() {
        // given
        Profile onsite = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml().replace("remote: hybrid", "remote: onsite"));
        Profile remote = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml().replace("remote: hybrid", "remote: remote"));
        Question german = select("Arbeitsmodell", "Homeoffice", "Hybrid", "Büro");
        Question french = select("Quel mode de travail préférez-vous ?", "Télétravail complet", "Télétravail partiel",
                "Présentiel");
        Question english = select("Preferred work arrangement", "Home office", "Hybrid", "Office");

        // when / then
        assertThat(valuesOf(german, onsite, ACME_DE_GERMAN)).containsExactly("Büro");
        assertThat(valuesOf(french, onsite, ACME_FR)).containsExactly("Présentiel");
        assertThat(valuesOf(english, onsite, ACME_DE)).containsExactly("Office");
        assertThat(valuesOf(german, remote, ACME_DE_GERMAN)).containsExactly("Homeoffice");
        assertThat(valuesOf(french, remote, ACME_FR)).containsExactly("Télétravail complet");
        assertThat(valuesOf(english, remote, ACME_DE)).containsExactly("Home office");
    }

    static Stream<Case> consent() {
        return Stream.of(
                answered(checkbox("Datenschutzerklärung", "Ich stimme zu"), ACME_DE_GERMAN, "Ich stimme zu"),
                answered(checkbox("Politique de confidentialité", "J'accepte"), ACME_FR, "J'accepte"),
                answered(checkbox("Consent to data processing", "I agree"), ACME_DE, "I agree"),
                answered(checkbox("Einwilligung in die Datenverarbeitung", "Ja"), ACME_DE_GERMAN, "Ja"),
                answered(checkbox("Ich willige in die Verarbeitung meiner Daten für dieses Bewerbungsverfahren ein."),
                        ACME_DE_GERMAN, "Yes"),
                // news and job alerts: not without the profile's opt-in
                needsInput(AnswerFixtures.optional(checkbox("Über künftige Stellen informieren", "Ja, bitte")),
                        ACME_DE_GERMAN),
                needsInput(AnswerFixtures.optional(checkbox("M'informer des futures offres",
                        "Oui, envoyez-moi des nouvelles")), ACME_FR),
                needsInput(AnswerFixtures.optional(checkbox("Keep me informed about future openings",
                        "Yes, send me news")), ACME_DE),
                answered(yesNo("Would you like to join our talent community?"), ACME_DE, "No"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consent")
    void should_tick_processing_consent_and_leave_news_unticked_when_the_profile_does_not_opt_in(Case asked) {
        assertAnswered(asked);
    }

    @Test
    void should_tick_news_and_job_alerts_when_the_profile_opts_in() {
        // given
        Profile optedIn = AnswerFixtures.load(folder, AnswerFixtures.fixtureYaml()
                .replace("  remote: hybrid", "  remote: hybrid\n  marketingOptIn: true"));
        Question german = AnswerFixtures.optional(checkbox("Über künftige Stellen informieren", "Ja, bitte"));
        Question french = AnswerFixtures.optional(checkbox("M'informer des futures offres",
                "Oui, envoyez-moi des nouvelles"));
        Question english = yesNo("Would you like to join our talent community?");

        // when
        AnswerResult result = ENGINE.answer(new FormSchema(List.of(german, french, english)), ACME_DE, optedIn);

        // then
        assertThat(result.answers().answers()).extracting(Answer::values).containsExactly(List.of("Ja, bitte"),
                List.of("Oui, envoyez-moi des nouvelles"), List.of("Yes"));
        assertThat(result.answers().answers()).allSatisfy(answer ->
                assertThat(answer.factsUsed()).containsExactly("nyx.marketingOptIn"));
    }

    private static List<String> valuesOf(Question question, Profile profile, PostingContext posting) {
        return ENGINE.answer(new FormSchema(List.of(question)), posting, profile).answers()
                .forQuestion(question.id()).map(Answer::values).orElse(List.of());
    }

    private static void assertAnswered(Case asked) {
        // when
        AnswerResult result = ENGINE.answer(new FormSchema(List.of(asked.question())), asked.posting(), profile);

        // then
        Optional<Answer> answer = result.answers().forQuestion(asked.question().id());
        if (asked.expected().isEmpty()) {
            assertThat(answer).as("answer to '%s'", asked.question().label()).isEmpty();
        } else {
            assertThat(answer).as("answer to '%s' (unanswered: %s)", asked.question().label(), result.unanswered())
                    .isPresent();
            assertThat(answer.get().values()).isEqualTo(asked.expected());
            assertThat(answer.get().source()).isEqualTo(AnswerSource.RULE);
        }
    }

    private static Case answered(Question question, PostingContext posting, String... expected) {
        return new Case(question, posting, List.of(expected));
    }

    private static Case needsInput(Question question, PostingContext posting) {
        return new Case(question, posting, List.of());
    }

    private static PostingContext posting(String country, String language) {
        return new PostingContext(Optional.of(country), Optional.of("Acme"), Optional.of("Backend Engineer"),
                Optional.of(language));
    }
}
