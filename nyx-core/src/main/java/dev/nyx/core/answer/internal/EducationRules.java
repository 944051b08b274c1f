package dev.nyx.core.answer.internal;

import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.LanguageSkill;
import dev.nyx.model.profile.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for education (highest level, degree held, school, field, start and end dates) and spoken languages. */
final class EducationRules {
    /** Degree levels, lowest first: how profiles write them and how option lists spell them. */
    private static final List<List<String>> LEVELS = List.of(
            List.of("High School", "High school diploma", "Secondary", "Abitur", "Baccalaureat", "GED"),
            List.of("Associate's Degree", "Associate Degree", "Associate"),
            List.of("Bachelor's Degree", "Bachelor's", "Bachelor", "Bachelors", "BSc", "BA", "BEng", "Licence"),
            List.of("Master's Degree", "Master's", "Master", "Masters", "MSc", "MA", "MEng", "MBA", "Diplom"),
            List.of("Doctorate", "PhD", "Ph D", "Doctoral Degree", "Doctor", "Promotion", "Doctorat"));
    /** Language names in English, German and French. */
    private static final List<List<String>> LANGUAGES = List.of(
            List.of("English", "Englisch", "Anglais"), List.of("German", "Deutsch", "Allemand"),
            List.of("French", "Franzosisch", "Francais"), List.of("Swedish", "Schwedisch", "Suedois"),
            List.of("Spanish", "Spanisch", "Espagnol"), List.of("Italian", "Italienisch", "Italien"),
            List.of("Dutch", "Niederlandisch", "Neerlandais"), List.of("Portuguese", "Portugiesisch", "Portugais"),
            List.of("Polish", "Polnisch", "Polonais"));
    private static final Map<String, List<String>> FLUENCY = Map.of(
            "native", List.of("Native", "Native or bilingual", "Native speaker", "Muttersprache", "Langue maternelle", "C2"),
            "fluent", List.of("Fluent", "Full professional proficiency", "Fluent / C1", "Verhandlungssicher",
                    "Courant", "C1"),
            "professional", List.of("Professional working proficiency", "Professional", "Advanced", "Fliessend",
                    "Professionnel", "B2"));

    private static final Pattern EDUCATION_WORDS = Pattern.compile("\\b(education|school|university|college|degree|"
            + "graduat\\w*|studium|studien\\w*|hochschule|abschluss\\w*|etudes|diplome|attended)\\b");
    private static final Pattern DATE_PART = Pattern.compile("\\b(year|month|jahr|monat|annee|mois|date|datum|yyyy|mm|"
            + "abschlussjahr|abschlussdatum|studienbeginn|studienende)\\b");
    private static final Pattern BARE = Pattern.compile("^(start|end|from|to) (date )?(month|year)( mm| yyyy)?$|"
            + "^(start|end) (month|year)$");
    private static final Pattern START = Pattern.compile("\\b(start\\w*|from|first|begin\\w*|beginn|debut)\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(month|monat|mois|mm)\\b");
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
                Rule.regex("language-level", "\\b(level|proficiency|fluency|sprachniveau|kenntnisse|niveau)\\b.*\\b("
                        + languageRegex() + ")\\b|\\b(" + languageRegex() + ")\\b.*\\b(level|proficiency|fluency|"
                        + "kenntnisse|niveau)\\b", EducationRules::fluency),
                Rule.regex("languages-spoken", "\\b(languages?( do you)? speak|languages spoken|which languages|"
                        + "sprachkenntnisse|welche sprachen|langues parlees|quelles langues)\\b",
                        asked -> asked.profile().languages().isEmpty() ? Optional.empty()
                                : Optional.of(new Fact.Many(asked.profile().languages().stream()
                                .map(skill -> new Fact.Choice(spellings(skill.language()), List.of())).toList(),
                                List.of("languages")))),
                Rule.regex("speaks-language", "\\b(do you speak|can you speak|sprechen sie|parlez vous|are you fluent in"
                        + "|do you have .* knowledge of)\\b", EducationRules::speaks),
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

    private static String languageRegex() {
        return String.join("|", LANGUAGES.stream().flatMap(List::stream).map(Text::normalise).toList());
    }

    private static List<String> spellings(String language) {
        String wanted = Text.normalise(language);
        return LANGUAGES.stream().filter(names -> names.stream().anyMatch(name -> Text.normalise(name).equals(wanted)))
                .findFirst().orElse(List.of(language));
    }

    private static Optional<Integer> spokenIndex(Asked asked) {
        List<LanguageSkill> spoken = asked.profile().languages();
        for (int index = 0; index < spoken.size(); index++) {
            if (spellings(spoken.get(index).language()).stream().anyMatch(name -> asked.mentions(name))) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    private static Optional<Fact> speaks(Asked asked) {
        // a language missing from the profile is not a "No": the list may simply be incomplete
        return spokenIndex(asked).map(index -> new Fact.Flag(true, List.of("languages[" + index + "]")));
    }

    private static Optional<Fact> fluency(Asked asked) {
        return spokenIndex(asked).flatMap(index -> asked.profile().languages().get(index).fluency().map(fluency -> {
            List<String> spellings = new ArrayList<>(List.of(fluency));
            String normalised = Text.normalise(fluency);
            FLUENCY.forEach((key, names) -> {
                if (normalised.contains(key)) {
                    spellings.addAll(names);
                }
            });
            return new Fact.Choice(spellings, List.of("languages[" + index + "].fluency"));
        }));
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
