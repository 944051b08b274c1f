package dev.nyx.core.answer.internal;

import dev.nyx.model.profile.LanguageSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for spoken languages, from JSON Resume {@code languages} (language and fluency): the level
 * of one language ("What is your level of German?", "German proficiency", "Deutschkenntnisse",
 * "Wie gut sprechen Sie Französisch?", "Quel est votre niveau d'anglais ?", or a select labelled
 * just "English" whose options are levels), the languages spoken (a checklist), and "Do you speak
 * German?". Language names are known in English, German and French; levels are read by
 * {@link LanguageLevel}.
 *
 * <p>A language the profile does not list: when the profile lists languages at all, it is the
 * candidate's own record of the languages they speak, so a level question whose options offer
 * "None"/"Keine"/"Aucune" is answered with that option (the answer's facts say the language is not
 * listed). Without such an option, for a free-text level, and for the yes/no "Do you speak X?"
 * the question stays unanswered: a "No" there can end an application, so it is the candidate's
 * to give. A profile without languages answers none of these.
 */
final class LanguageRules {
    /** Language names in English, German and French (and the usual other names). */
    private static final List<List<String>> LANGUAGES = List.of(
            List.of("English", "Englisch", "Anglais"), List.of("German", "Deutsch", "Allemand"),
            List.of("French", "Französisch", "Français"), List.of("Swedish", "Schwedisch", "Suédois"),
            List.of("Spanish", "Spanisch", "Espagnol", "Castilian", "Castellano"),
            List.of("Italian", "Italienisch", "Italien"), List.of("Dutch", "Niederländisch", "Néerlandais", "Flemish"),
            List.of("Portuguese", "Portugiesisch", "Portugais"), List.of("Polish", "Polnisch", "Polonais"),
            List.of("Chinese", "Chinesisch", "Chinois", "Mandarin", "Cantonese"),
            List.of("Japanese", "Japanisch", "Japonais"), List.of("Korean", "Koreanisch", "Coréen"),
            List.of("Russian", "Russisch", "Russe"), List.of("Ukrainian", "Ukrainisch", "Ukrainien"),
            List.of("Arabic", "Arabisch", "Arabe"), List.of("Turkish", "Türkisch", "Turc"),
            List.of("Danish", "Dänisch", "Danois"), List.of("Norwegian", "Norwegisch", "Norvégien"),
            List.of("Finnish", "Finnisch", "Finnois"), List.of("Czech", "Tschechisch", "Tchèque"),
            List.of("Hungarian", "Ungarisch", "Hongrois"), List.of("Greek", "Griechisch", "Grec"),
            List.of("Romanian", "Rumänisch", "Roumain"), List.of("Hindi"), List.of("Hebrew", "Hebräisch", "Hébreu"),
            List.of("Catalan", "Katalanisch"));
    private static final String NAMES = String.join("|", LANGUAGES.stream().flatMap(List::stream)
            .map(Text::normalise).toList());
    private static final Pattern LEVEL = Pattern.compile("\\b(level|proficiency|fluency|skills?|command|sprachniveau|"
            + "kenntnisse|sprachkenntnisse|niveau|maitrise|connaissances?)\\b.*\\b(" + NAMES + ")\\b|\\b(" + NAMES
            + ")\\b.*\\b(level|proficiency|fluency|skills?|kenntnisse|sprachkenntnisse|niveau|maitrise)\\b"
            + "|\\b(" + NAMES + ")(kenntnisse|niveau)\\b"
            + "|\\b(how well do you (speak|know|write)|how good is your|how fluent are you in|how would you (rate|"
            + "describe|assess)|rate your|wie gut (sprechen|beherrschen|konnen|verstehen) sie|wie (schatzen|bewerten) "
            + "sie|comment evaluez vous|comment (evalueriez|decririez) vous|quel est votre niveau)\\b.*\\b(" + NAMES
            + ")\\b");

    private LanguageRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule("language-level", LanguageRules::asksLevel, LanguageRules::level),
                Rule.regex("languages-spoken", "\\b(languages?( do you)? speak|languages spoken|which languages|"
                        + "sprachkenntnisse|welche sprachen|langues parlees|quelles langues)\\b",
                        asked -> asked.profile().languages().isEmpty() ? Optional.empty()
                                : Optional.of(new Fact.Many(asked.profile().languages().stream()
                                .map(skill -> new Fact.Choice(spellings(skill.language()), List.of())).toList(),
                                List.of("languages")))),
                Rule.regex("speaks-language", "\\b(do you speak|can you speak|sprechen sie|parlez vous|are you fluent in"
                        + "|do you have .* knowledge of)\\b", LanguageRules::speaks));
    }

    /** Level wordings naming a language, or a select named after a language whose options are levels. */
    private static boolean asksLevel(Asked asked) {
        if (LEVEL.matcher(asked.label()).find()) {
            return true;
        }
        if (asked.question().options().size() < 2 || language(asked).isEmpty()) {
            return false;
        }
        long levels = asked.question().options().stream()
                .filter(option -> !LanguageLevel.steps(option.label()).isEmpty()).count();
        return levels >= Math.max(2, asked.question().options().size() - 1);
    }

    private static Optional<Fact> level(Asked asked) {
        Optional<List<String>> asking = language(asked);
        if (asking.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> index = spokenIndex(asked.profile().languages(), asking.get());
        if (index.isEmpty()) {
            return unlisted(asked, asking.get());
        }
        Optional<String> fluency = asked.profile().languages().get(index.get()).fluency();
        if (fluency.isEmpty()) {
            return Optional.empty();
        }
        List<String> used = List.of("languages[" + index.get() + "].fluency");
        if (asked.question().options().isEmpty()) {
            return Optional.of(new Fact.Text(fluency.get(), used));
        }
        Optional<Integer> step = LanguageLevel.ofProfile(fluency.get());
        if (step.isEmpty()) {
            // a fluency word the scale does not know: only an option spelling it can answer
            return Optional.of(new Fact.Choice(List.of(fluency.get()), used));
        }
        return LanguageLevel.choose(asked.question().options(), asked.question().label(), step.get())
                .map(label -> new Fact.Choice(List.of(label), used));
    }

    /** "None" for a language the profile's list leaves out, when the form offers such an option. */
    private static Optional<Fact> unlisted(Asked asked, List<String> language) {
        if (asked.profile().languages().isEmpty() || asked.question().options().isEmpty()) {
            return Optional.empty();
        }
        return LanguageLevel.choose(asked.question().options(), asked.question().label(), LanguageLevel.NONE)
                .map(label -> new Fact.Choice(List.of(label), List.of("languages"),
                        List.of(language.get(0) + " is not among the profile's languages")));
    }

    /** The names of the one language the label names, if it names exactly one. */
    private static Optional<List<String>> language(Asked asked) {
        List<List<String>> named = languages(asked);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The languages the label names, each as its names in English, German and French. */
    private static List<List<String>> languages(Asked asked) {
        List<List<String>> named = new ArrayList<>();
        for (List<String> names : LANGUAGES) {
            String alternatives = String.join("|", names.stream().map(Text::normalise).toList());
            if (Pattern.compile("\\b(" + alternatives + ")(kenntnisse|niveau)?\\b").matcher(asked.label()).find()) {
                named.add(names);
            }
        }
        return named;
    }

    static List<String> spellings(String language) {
        String wanted = Text.normalise(language);
        return LANGUAGES.stream().filter(names -> names.stream().anyMatch(name -> Text.normalise(name).equals(wanted)))
                .findFirst().orElse(List.of(language));
    }

    private static Optional<Integer> spokenIndex(List<LanguageSkill> spoken, List<String> names) {
        for (int index = 0; index < spoken.size(); index++) {
            String language = Text.normalise(spoken.get(index).language());
            if (names.stream().anyMatch(name -> Text.normalise(name).equals(language)
                    || Text.containsWords(language, name))) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /**
     * Yes when the profile lists every language named ("Do you speak German and English?"); asked
     * whether fluent, only when the profile's level of each is fluent or native.
     */
    private static Optional<Fact> speaks(Asked asked) {
        List<List<String>> named = languages(asked);
        List<String> used = new ArrayList<>();
        for (List<String> names : named) {
            Optional<Integer> index = spokenIndex(asked.profile().languages(), names);
            if (index.isEmpty()) {
                // a language missing from the profile is not a "No": the list may simply be incomplete
                return Optional.empty();
            }
            if (asked.mentions("fluent", "fluently", "fliessend", "couramment", "courant")) {
                // "Are you fluent in German?": yes only for a fluent or native speaker
                Optional<Integer> step = asked.profile().languages().get(index.get()).fluency()
                        .flatMap(LanguageLevel::ofProfile);
                if (step.isEmpty() || step.get() < LanguageLevel.FLUENT) {
                    return Optional.empty();
                }
                used.add("languages[" + index.get() + "].fluency");
            } else {
                used.add("languages[" + index.get() + "]");
            }
        }
        return used.isEmpty() ? Optional.empty() : Optional.of(new Fact.Flag(true, used));
    }
}
