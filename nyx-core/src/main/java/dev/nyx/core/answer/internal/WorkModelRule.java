package dev.nyx.core.answer.internal;

import dev.nyx.model.QuestionType;
import dev.nyx.model.profile.RemotePreference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The working-model question from {@code nyx.remote}: "Which working model do you prefer?", "Remote,
 * hybrid or on-site?", "Welches Arbeitsmodell bevorzugen Sie?", "Quel mode de travail préférez-vous ?".
 * Offered modes ("Fully remote", "Vollständig remote", "Télétravail complet"; "Hybrid", "Hybride";
 * "On-site", "In office", "Vor Ort", "Büro", "Sur site", "Présentiel") get the preferred one; a
 * yes/no question about one mode ("Are you open to hybrid work?") is "yes" for the preferred mode
 * (every mode when the candidate has none) and needs input otherwise; a text field asking for the
 * preference gets the mode's name in the posting's language. Stateless.
 */
final class WorkModelRule {
    /** Wordings of the question, against normalised labels. */
    static final String ASKS = "\\b(work(ing)? (arrangement|model|mode|setup|location preference)s?|workplace type|"
            + "remote|hybrid\\w*|on site|onsite|in office|in the office|home office|homeoffice|telework\\w*|"
            + "arbeitsmodell\\w*|arbeitsform|arbeitsort praferenz|mobiles arbeiten|vor ort|im buro|"
            + "mode de travail|modalites? de travail|teletravail|sur site|presentiel\\w*|au bureau)\\b";
    // "are you open to ...", "sind Sie bereit ...", "êtes-vous prêt ...": a yes/no question about one mode
    private static final String YES_NO_START = "^(are|would|will|can|do|is|sind|waren|konnen|wurden|haben|"
            + "etes|seriez|pouvez|accepteriez)\\b";

    private WorkModelRule() {
    }

    static Rule rule() {
        return Rule.regex("remote-preference", ASKS, WorkModelRule::derive);
    }

    private static Optional<Fact> derive(Asked asked) {
        RemotePreference preference = asked.profile().nyx().remote();
        List<String> used = List.of("nyx.remote");
        QuestionType type = asked.question().type();
        boolean offersModes = type.hasOptions() && type != QuestionType.YES_NO
                && asked.question().options().stream().noneMatch(option -> Text.yesNo(option.label()).isPresent());
        boolean textField = type == QuestionType.SHORT_TEXT || type == QuestionType.LONG_TEXT;
        if (offersModes || textField && !asked.matches(YES_NO_START)) {
            return Optional.of(new Fact.Choice(spellings(preference, asked.posting().language()), used));
        }
        // "Are you open to hybrid work?": yes for the preferred mode (or any mode when the candidate has none)
        RemotePreference asksAbout = asked.mentions("hybrid", "hybride") ? RemotePreference.HYBRID
                : asked.mentions("remote", "home office", "homeoffice", "teletravail", "mobiles arbeiten",
                        "telework", "teleworking") ? RemotePreference.REMOTE
                : RemotePreference.ONSITE;
        if (preference == RemotePreference.ANY || preference == asksAbout) {
            return Optional.of(new Fact.Flag(true, used));
        }
        return Optional.empty();
    }

    /**
     * How forms spell each mode, best first; a text field gets the first, so the posting's language
     * comes first. Longer spellings before their parts ("Télétravail complet" before "Télétravail"),
     * so that a list offering "Télétravail partiel" too is not ambiguous.
     */
    static List<String> spellings(RemotePreference preference, Optional<String> language) {
        String code = language.orElse("en");
        // spellings that are part of another mode's name ("Office" in "Home office") only when nothing else fits
        return switch (preference) {
            case REMOTE -> byLanguage(code, List.of("Remote", "Fully remote", "Full remote", "100% remote", "Remote only",
                    "Telework", "Teleworking"), List.of("Vollständig remote", "Komplett remote", "Remote",
                    "Mobiles Arbeiten"), List.of("Télétravail complet", "Full remote", "100% télétravail", "Télétravail",
                    "Remote"), List.of("Homeoffice", "Home office"));
            case HYBRID -> byLanguage(code, List.of("Hybrid"), List.of("Hybrid", "Hybrides Arbeiten"),
                    List.of("Hybride", "Télétravail partiel"), List.of());
            case ONSITE -> byLanguage(code, List.of("On-site", "Onsite", "On site", "In office", "In-office"),
                    List.of("Vor Ort", "Im Büro", "Präsenz"), List.of("Sur site", "Présentiel", "Au bureau"),
                    List.of("Office", "Büro"));
            case ANY -> byLanguage(code, List.of("No preference", "Any", "Flexible"), List.of("Keine Präferenz",
                    "Egal", "Flexibel"), List.of("Pas de préférence", "Indifférent", "Flexible"), List.of());
        };
    }

    private static List<String> byLanguage(String code, List<String> english, List<String> german, List<String> french,
                                           List<String> last) {
        List<String> first = code.startsWith("de") ? german : code.startsWith("fr") ? french : english;
        List<String> all = new ArrayList<>(first);
        for (List<String> other : List.of(english, german, french, last)) {
            other.stream().filter(spelling -> !all.contains(spelling)).forEach(all::add);
        }
        return List.copyOf(all);
    }
}
