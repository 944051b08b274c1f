package dev.nyx.core.answer.internal;

import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for education, from JSON Resume {@code education}: highest level or degree held (a select
 * such as "Degree", "Abschluss", "Diplôme" offering Bachelor/Master/Promotion/Licence/Doctorat...),
 * school ("School", "Hochschule", "École / Université"), field of study ("Discipline",
 * "Studienfach"), start and end dates ("Start year", "Startjahr", "Année de début", "End year",
 * "Abschlussjahr", "Année de fin", "Graduation year"). School, field and dates come from one entry:
 * the one with the highest degree (what an education block with one row asks for, and what
 * "Degree" answers), else the first. Spoken languages are {@link LanguageRules}.
 */
final class EducationRules {
    /** Degree levels, lowest first: how profiles write them and how option lists spell them. */
    private static final List<List<String>> LEVELS = List.of(
            List.of("High School", "High school diploma", "Secondary", "Abitur", "Baccalaureat", "GED"),
            List.of("Associate's Degree", "Associate Degree", "Associate"),
            List.of("Bachelor's Degree", "Bachelor's", "Bachelor", "Bachelors", "BSc", "BA", "BEng", "Licence"),
            List.of("Master's Degree", "Master's", "Master", "Masters", "MSc", "MA", "MEng", "MBA", "Diplom"),
            List.of("Doctorate", "PhD", "Ph D", "Doctoral Degree", "Doctor", "Promotion", "Doctorat"));
    private static final Pattern EDUCATION_WORDS = Pattern.compile("\\b(education|school|university|college|degree|"
            + "graduat\\w*|studium|studien\\w*|hochschule|abschluss\\w*|etudes|diplome|attended)\\b");
    private static final Pattern DATE_PART = Pattern.compile("\\b(year|month|jahr|monat|annee|mois|date|datum|yyyy|mm|"
            + "(start|anfangs|beginn|end|abschluss)(jahr|monat|datum)|studienbeginn|studienende)\\b");
    /**
     * A start or end month/year with no word for education: the education block's own labels
     * ("Start year", "End date month", "Startjahr", "Endmonat", "Année de début", "Mois de fin").
     */
    private static final Pattern BARE = Pattern.compile("^(start|end|from|to) (date )?(month|year)( mm| yyyy)?$|"
            + "^(start|end) (month|year)$|^(start|anfangs|beginn|end|abschluss)(jahr|monat)( jjjj| mm)?$|"
            + "^(jahr|monat) (des )?(beginns|endes|abschlusses)$|^(annee|mois) (de |d )?(debut|fin|obtention)( aaaa| mm)?$");
    private static final Pattern START = Pattern.compile("\\b(start\\w*|from|first|begin\\w*|beginn\\w*|anfang\\w*|"
            + "\\w*beginns?|debut|commencement)\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(month|\\w*monat|mois|mm)\\b");
    private static final List<List<String>> MONTHS = List.of(
            List.of("January", "Jan", "Januar", "Janvier"), List.of("February", "Feb", "Februar", "Fevrier"),
            List.of("March", "Mar", "Marz", "Mars"), List.of("April", "Apr", "Avril"), List.of("May", "Mai"),
            List.of("June", "Jun", "Juni", "Juin"), List.of("July", "Jul", "Juli", "Juillet"),
            List.of("August", "Aug", "Aout"), List.of("September", "Sep", "Sept", "Septembre"),
            List.of("October", "Oct", "Oktober", "Octobre"), List.of("November", "Nov", "Novembre"),
            List.of("December", "Dec", "Dezember", "Decembre"));

    private EducationRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.regex("has-degree", "\\bdo you (have|hold) an? (bachelor|master|doctor|phd|university|college)",
                        EducationRules::hasDegree),
                Rule.regex("education-level", "\\b(highest (level of )?(education|degree|qualification)|education level|"
                        + "level of education|degree|hochster abschluss|hochster bildungsabschluss|bildungsabschluss|"
                        + "abschluss|niveau d etudes|diplome le plus eleve|diplome)\\b", EducationRules::highest),
                Rule.regex("school", "\\b(school|university|college|institution|hochschule|universitat|ecole|"
                        + "etablissement)\\b", EducationRules::school),
                Rule.regex("field-of-study", "\\b(field of study|major|discipline|studienfach|studiengang|fachrichtung|"
                        + "domaine d etudes|specialite)\\b", asked -> mainEntry(asked).flatMap(index -> asked.profile()
                        .education().get(index).area().map(area -> new Fact.Text(area,
                                List.of("education[" + index + "].area"))))));
    }

    /**
     * The education block's dates ("Start date year", "End date month", "Graduation year"): from the
     * main entry (the highest degree, else the first). Tried before the notice rules, so an
     * education "start date year" is not the earliest start date; a label the employment block
     * shares (a bare "Start date year") counts only when the question's id does not say employment.
     */
    static List<Rule> dateRules() {
        return List.of(new Rule("education-date", EducationRules::asksEducationDate, EducationRules::educationDate));
    }

    private static boolean asksEducationDate(Asked asked) {
        String label = asked.label();
        if (!DATE_PART.matcher(label).find()) {
            return false;
        }
        if (EDUCATION_WORDS.matcher(label).find()) {
            return !label.matches(".*\\b(how many|wie viele|combien)\\b.*");
        }
        String where = (asked.question().id() + " " + asked.question().section().orElse(""))
                .toLowerCase(java.util.Locale.ROOT);
        boolean employment = where.contains("employ") || where.contains("work") || where.contains("job");
        return BARE.matcher(label).find() && !employment;
    }

    private static Optional<Fact> educationDate(Asked asked) {
        Optional<Integer> entry = mainEntry(asked);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Education education = asked.profile().education().get(entry.get());
        boolean start = START.matcher(asked.label()).find();
        Optional<PartialDate> date = start ? education.startDate() : education.endDate();
        String path = "education[" + entry.get() + "]." + (start ? "startDate" : "endDate");
        if (date.isEmpty()) {
            return Optional.empty();
        }
        if (MONTH.matcher(asked.label()).find()) {
            return date.get().month().map(month -> {
                List<String> spellings = new ArrayList<>();
                String digits = String.format(java.util.Locale.ROOT, "%02d", month);
                if (!asked.question().type().hasOptions()) {
                    spellings.add(digits);
                }
                spellings.addAll(MONTHS.get(month - 1));
                spellings.add(digits);
                spellings.add(Integer.toString(month));
                return new Fact.Choice(spellings, List.of(path));
            });
        }
        return Optional.of(new Fact.Text(Integer.toString(date.get().year()), List.of(path)));
    }

    /** The school of the main entry; a form listing schools gets the one that means it (see OptionMeaning). */
    private static Optional<Fact> school(Asked asked) {
        return mainEntry(asked).map(index -> {
            String institution = asked.profile().education().get(index).institution();
            List<String> spellings = new ArrayList<>(List.of(institution));
            // "Technische Universität Berlin" is listed as "Technical University of Berlin"
            String english = Text.normalise(institution)
                    .replaceAll("^technische (universitat|hochschule) (.+)$", "technical university of $2")
                    .replaceAll("^(universitat|universite|universitet|universidad) (.+)$", "university of $2")
                    .replaceAll("^hochschule (.+)$", "university of applied sciences $1");
            if (!english.equals(Text.normalise(institution))) {
                spellings.add(english);
            }
            return new Fact.Choice(spellings, List.of("education[" + index + "].institution"));
        });
    }

    /** The entry school, field and dates come from: the highest degree, else the first entry. */
    private static Optional<Integer> mainEntry(Asked asked) {
        return highestEntry(asked).or(() -> asked.profile().education().isEmpty() ? Optional.empty() : Optional.of(0));
    }

    private static int level(Education education) {
        String type = Text.normalise(education.studyType().orElse(""));
        for (int level = LEVELS.size() - 1; level >= 0; level--) {
            if (LEVELS.get(level).stream().anyMatch(name -> Text.containsWords(type, name))) {
                return level;
            }
        }
        return -1;
    }

    private static Optional<Integer> highestEntry(Asked asked) {
        List<Education> education = asked.profile().education();
        int best = -1;
        for (int index = 0; index < education.size(); index++) {
            if (level(education.get(index)) >= 0 && (best < 0 || level(education.get(index)) > level(education.get(best)))) {
                best = index;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private static Optional<Fact> highest(Asked asked) {
        return highestEntry(asked).map(index -> new Fact.Choice(LEVELS.get(level(asked.profile().education().get(index))),
                List.of("education[" + index + "].studyType")));
    }

    private static Optional<Fact> hasDegree(Asked asked) {
        int asks = asked.mentions("doctor", "doctorate", "phd") ? 4 : asked.mentions("master", "masters") ? 3 : 2;
        Optional<Integer> highest = highestEntry(asked);
        if (highest.isEmpty()) {
            return Optional.empty();
        }
        // holding a higher degree answers "do you have a bachelor's degree?" with yes
        return Optional.of(new Fact.Flag(level(asked.profile().education().get(highest.get())) >= asks,
                List.of("education[" + highest.get() + "].studyType")));
    }
}
