package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import java.util.regex.Pattern;

/**
 * Decides what the language model may do with a question the rules left open, and which profile
 * facts it needs. Free text goes to the model, and option questions no rule recognised may be
 * answered by choosing among the offered labels. A question about a fact (a number, a date or year in
 * English, German or French, yes/no, a "decline" option, authorisation, salary, a one-line field named
 * by a noun or two such as "Discipline", a skills checklist, anything a rule recognised) is never sent,
 * because the model would guess. Stateless.
 */
public final class QuestionRoute {
    /** Wordings that ask for a fact even in a text field (written against normalised labels). */
    private static final Pattern FACT_START = Pattern.compile("^(how many|how much|how long|when|are you|do you|"
            + "have you|will you|can you|did you|would you|were you|is your|what is your|what s your|"
            + "wie viele|wie lange|wann|sind sie|haben sie|konnen sie|werden sie|besitzen sie|combien|quand|"
            + "etes vous|avez vous|pouvez vous|serez vous)\\b");
    private static final Pattern FACT_WORDS = Pattern.compile("\\b(years?|jahre|ans|annees|salary|gehalt|salaire|"
            + "compensation|pay|date|datum|notice|kundigungsfrist|preavis|visa|authori[sz]ed|authori[sz]ation|"
            + "sponsor\\w*|citizen\\w*|clearance|gpa|age|birth|phone|email|address|zip|postal|number|nummer|numero|"
            + "\\w*jahr|\\w*jahres|annee|annees|anno|datum|debut|beginn)\\b");
    private static final Pattern MOTIVATION = Pattern.compile("\\b(why|interest\\w*|motivat\\w*|excit\\w*|attract\\w*|"
            + "passion\\w*|warum|weshalb|reizt|interessiert|pourquoi|motive\\w*)\\b");
    private static final Pattern EXPERIENCE = Pattern.compile("\\b(project\\w*|experience|accomplish\\w*|achiev\\w*|"
            + "challeng\\w*|example|describe|tell us|proud|problem|projekt\\w*|erfahrung\\w*|beschreiben|projet\\w*|"
            + "experience\\w*|decrivez)\\b");
    /** A one-line field for an address or account: the profile has it or the candidate does, never the model. */
    private static final Pattern LINK = Pattern.compile("\\b(url|urls|link|links|lien|website|webseite|site web|"
            + "homepage|portfolio|twitter|x com|github|gitlab|linkedin|xing|mastodon|bluesky|dribbble|behance|"
            + "stack ?overflow|handle|username|benutzername)\\b");
    private static final Pattern SKILLS = Pattern.compile("\\b(tools?|technolog\\w*|skills?|stack|frameworks?|"
            + "languages?|werkzeuge|kenntnisse|outils|competences)\\b");

    /** What the model may do with a question. */
    public enum Route {
        /** Open text: the model may write it. */
        FREE_TEXT,
        /** A cover letter: the model may tailor the filled template (or write one) when the plan allows. */
        COVER_LETTER,
        /**
         * An option question no bank entry or rule answers, about neither a fact nor the candidate's
         * person: the model may choose among the offered labels (its reply must be one or more of them).
         */
        CHOICE,
        /** A fact the profile must state: never sent. */
        FACT
    }

    /** Which profile facts a prompt may include. */
    public enum Topic {
        /** Why this company or role: headline, summary, skills, current position. */
        MOTIVATION,
        /** A project or experience: headline, work history, skills. */
        EXPERIENCE,
        /** Tools and technologies: headline and skills. */
        SKILLS,
        /** A cover letter: headline, summary, work history, skills. */
        COVER_LETTER,
        /** Anything else open: headline, summary, skills. */
        GENERAL,
        /** The baseline that sends every question: every profile fact that is not sensitive. */
        EVERYTHING
    }

    private QuestionRoute() {
    }

    /**
     * The route for a question the rules did not answer.
     *
     * @param concept the rule concept that recognised the question, if one did
     */
    public static Route route(Question question, java.util.Optional<String> concept) {
        requireNonNull(question, "question is null");
        requireNonNull(concept, "concept is null");
        if (concept.filter("cover-letter"::equals).isPresent()) {
            return question.type() == QuestionType.LONG_TEXT || question.type() == QuestionType.SHORT_TEXT
                    ? Route.COVER_LETTER : Route.FACT;
        }
        String label = Text.normalise(question.label());
        // which technologies the candidate used is a fact the profile's skills state: the model never ticks one
        if (offersChoice(question) && concept.isEmpty()) {
            return FACT_START.matcher(label).find() || FACT_WORDS.matcher(label).find() ? Route.FACT : Route.CHOICE;
        }
        if (concept.isPresent()) {
            return Route.FACT;
        }
        if (question.type() != QuestionType.LONG_TEXT && question.type() != QuestionType.SHORT_TEXT) {
            return Route.FACT;
        }
        if (question.type() == QuestionType.SHORT_TEXT && LINK.matcher(label).find()) {
            // "Twitter URL", "Portfolio link": a model would invent an address
            return Route.FACT;
        }
        if (MOTIVATION.matcher(label).find()) {
            return Route.FREE_TEXT;
        }
        if (FACT_START.matcher(label).find() || FACT_WORDS.matcher(label).find()) {
            return Route.FACT;
        }
        // a one-line field named by a noun or two ("Discipline", "Hochschule", "Referred by"): a fact, not prose
        if (question.type() == QuestionType.SHORT_TEXT && !question.label().contains("?")
                && label.split(" ").length <= 3) {
            return Route.FACT;
        }
        return Route.FREE_TEXT;
    }

    /** Options to choose from that are not yes/no nor "decline to answer" (those are facts about the candidate). */
    private static boolean offersChoice(Question question) {
        boolean options = question.type() == QuestionType.SINGLE_SELECT || question.type() == QuestionType.MULTI_SELECT
                || question.type() == QuestionType.CHECKBOX;
        return options && question.options().size() >= 2
                && question.options().stream().noneMatch(option -> Text.yesNo(option.label()).isPresent())
                && OptionMatcher.decline(question.options()).isEmpty();
    }

    /** The profile facts a free-text question needs. */
    public static Topic topic(Question question) {
        requireNonNull(question, "question is null");
        String label = Text.normalise(question.label());
        if (MOTIVATION.matcher(label).find()) {
            return Topic.MOTIVATION;
        }
        if (EXPERIENCE.matcher(label).find()) {
            return Topic.EXPERIENCE;
        }
        if (SKILLS.matcher(label).find()) {
            return Topic.SKILLS;
        }
        return Topic.GENERAL;
    }
}
