package dev.nyx.core.answer.internal;

import dev.nyx.model.QuestionType;
import dev.nyx.model.profile.EeoAnswer;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Rules for equal-opportunity questions (declined unless the profile answers them), personal facts
 * (date of birth and age, only for the question that asks), consent and marketing checkboxes, and
 * the "how did you hear about us" question (left to the answer bank and the defaults).
 */
final class PersonalRules {
    static final String HEAR = "\\b(how did you (hear|find|learn|come across)|where did you (hear|find|see)|"
            + "how were you referred|application source|referral source|wie sind sie auf|wie haben sie (von|uns)|"
            + "comment avez vous (entendu|connu|trouve))\\b|^source$";
    static final String DEMOGRAPHIC = "\\b(gender|sex|geschlecht|genre|pronouns?|sexual orientation|transgender|"
            + "hispanic|latino|latinx|race|racial|ethnicity|ethnic|ethnische|origine ethnique|veteran|military|"
            + "disability|disabled|behinderung|schwerbehinderung|handicap|religion)\\b";

    /** News, job alerts and talent pools: ticked only when the profile opts in ({@code nyx.marketingOptIn}). */
    static final String MARKETING = "\\b(marketing|newsletter|job alerts?|future (job )?(opportunities|openings|roles)|"
            + "talent (community|pool|network)|keep me (informed|updated)|stay in touch|promotional|werbung|"
            + "talentpool|jobletter|(kunftig|zukunftig)\\w* (stellen\\w*|jobs|positionen|vakanzen)|"
            + "(future|futures|prochaines|nouvelles) (offres|opportunites|postes)|offres futures|m informer|"
            + "me tenir (informe\\w*|au courant)|vivier de (talents|candidats)|communications commerciales)\\b";
    /** Processing consent, privacy notices and acknowledgements: a required box the candidate must tick to apply. */
    static final String CONSENT = "\\b(consent\\w*|privacy|data protection|data processing|gdpr|terms|i acknowledge|"
            + "i agree|i accept|i certify|i confirm|i have read|datenschutz\\w*|einwilligung\\w*|einverstanden|"
            + "zustimmung|datenverarbeitung|verarbeitung (meiner|ihrer|der|personenbezogener) daten|willige|dsgvo|"
            + "confidentialite|donnees personnelles|protection des donnees|"
            + "traitement des donnees|j accepte|rgpd|conditions generales)\\b";

    private PersonalRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.regex("how-did-you-hear", HEAR, asked -> Optional.empty()),
                Rule.regex("marketing-opt-in", MARKETING, PersonalRules::marketing),
                Rule.regex("over-18", "\\b(18 years|over 18|at least 18|18 or older|age of 18|aged 18|"
                        + "volljahrig|mindestens 18|majeur|plus de 18)\\b", PersonalRules::adult),
                Rule.regex("date-of-birth", "\\b(date of birth|birth date|birthdate|birthday|dob|geburtsdatum|"
                        + "date de naissance)\\b", asked -> dateOfBirth(asked)
                        .map(date -> new Fact.Day(date, List.of("personal.dateOfBirth")))),
                Rule.regex("place-of-birth", "\\b(place of birth|birthplace|geburtsort|lieu de naissance)\\b",
                        asked -> personal(asked, "placeOfBirth")),
                Rule.regex("national-id", "\\b(national id|national identity|national identification|"
                        + "personalausweisnummer|numero d identite)\\b", asked -> personal(asked, "nationalId")),
                Rule.regex("hispanic-latino", "\\b(hispanic|latino|latinx|latina)\\b", PersonalRules::hispanic),
                Rule.regex("gender", "\\b(gender|sex|geschlecht|genre)\\b",
                        asked -> eeo(asked.profile().nyx().eeo().gender(), "nyx.eeo.gender")),
                Rule.regex("race", "\\b(race|racial|ethnicity|ethnic|ethnische|origine ethnique)\\b",
                        asked -> eeo(asked.profile().nyx().eeo().race(), "nyx.eeo.race")),
                Rule.regex("veteran", "\\b(veteran|military service|armed forces)\\b",
                        asked -> eeo(asked.profile().nyx().eeo().veteran(), "nyx.eeo.veteran")),
                Rule.regex("disability", "\\b(disability|disabled|behinderung|schwerbehinderung|handicap)\\b",
                        asked -> eeo(asked.profile().nyx().eeo().disability(), "nyx.eeo.disability")),
                Rule.regex("consent", CONSENT, asked -> Optional.of(new Fact.Flag(true, List.of()))),
                CoverLetterRule.rule(),
                CoverLetterRule.resumeRule());
    }

    /**
     * Yes when the profile opts in, else no. A lone box with its own words ("Yes, send me news") has no
     * "no" option: it is then left unanswered, so it stays unticked (were it required, the candidate
     * would decide).
     */
    private static Optional<Fact> marketing(Asked asked) {
        boolean optIn = asked.profile().nyx().marketingOptIn();
        boolean loneBox = asked.question().type() == QuestionType.CHECKBOX && asked.question().options().size() == 1;
        if (!optIn && loneBox) {
            return Optional.empty();
        }
        return Optional.of(new Fact.Flag(optIn, List.of("nyx.marketingOptIn")));
    }

    private static Optional<Fact> eeo(EeoAnswer answer, String path) {
        return Optional.of(answer.value().<Fact>map(value -> new Fact.Choice(List.of(value), List.of(path)))
                .orElseGet(() -> new Fact.Decline(List.of(path))));
    }

    private static Optional<Fact> hispanic(Asked asked) {
        EeoAnswer race = asked.profile().nyx().eeo().race();
        if (race.declined()) {
            return Optional.of(new Fact.Decline(List.of("nyx.eeo.race")));
        }
        String value = Text.normalise(race.value().get());
        // only a race answer that says Hispanic/Latino answers this; anything else is not a "No"
        return value.contains("hispanic") || value.contains("latin")
                ? Optional.of(new Fact.Flag(true, List.of("nyx.eeo.race"))) : Optional.empty();
    }

    private static Optional<LocalDate> dateOfBirth(Asked asked) {
        String written = asked.profile().nyx().personal().get("dateOfBirth");
        if (written == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(written.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Fact> adult(Asked asked) {
        return dateOfBirth(asked).map(date -> new Fact.Flag(Period.between(date, asked.today()).getYears() >= 18,
                List.of("personal.dateOfBirth")));
    }

    private static Optional<Fact> personal(Asked asked, String key) {
        return Optional.ofNullable(asked.profile().nyx().personal().get(key))
                .map(value -> new Fact.Text(value, List.of("personal." + key)));
    }
}
