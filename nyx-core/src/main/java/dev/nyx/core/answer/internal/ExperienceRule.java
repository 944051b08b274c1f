package dev.nyx.core.answer.internal;

import dev.nyx.model.QuestionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of experience, in total or with a named technology, computed by {@link WorkHistory} from
 * the work history ("How many years of Java experience do you have?", "Wie viele Jahre Erfahrung
 * haben Sie mit Java?"). Yes/no thresholds ("Do you have 5+ years of Java experience?") are
 * answered only for a technology the work history names; relevance to the job is never judged.
 */
final class ExperienceRule {
    private static final Pattern SKILL_YEARS = Pattern.compile(
            "years? of (?:professional |hands on |commercial |practical )?(.+?) (?:experience|development|programming)"
            + "|years? (?:of )?(?:experience|berufserfahrung|erfahrung) (?:with|in|using|mit) (.+?)(?: do you| haben| $|$)"
            + "|experience (?:with|in|using) (.+?) (?:in years|do you have)"
            + "|experience do you have (?:with|in|using) (.+?)$"
            + "|annees d experience (?:avez vous )?(?:avec|en|sur) (.+?)(?: avez| $|$)"
            + "|jahre (?:berufserfahrung|erfahrung) (?:haben sie )?(?:mit|in) (.+?)(?: haben| $|$)");
    private static final List<String> TOTAL = List.of("", "professional", "work", "working", "total", "overall",
            "industry", "professional work", "berufserfahrung", "experience");

    private ExperienceRule() {
    }

    static Rule rule() {
        return Rule.regex("years-of-experience", "\\byears?\\b.*\\bexperience\\b|\\bexperience\\b.*\\byears?\\b|"
                + "\\bjahre\\b.*erfahrung\\b|\\bberufserfahrung\\b.*\\bjahre|\\bannees d experience\\b",
                ExperienceRule::years);
    }

    private static Optional<Fact> years(Asked asked) {
        if (asked.mentions("relevant", "similar", "this role", "leadership", "management", "managing")) {
            return Optional.empty(); // relevance to this job is a judgement, not a fact in the profile
        }
        Matcher matcher = SKILL_YEARS.matcher(asked.label());
        String technology = "";
        if (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    technology = matcher.group(group).strip();
                    break;
                }
            }
        }
        boolean total = TOTAL.contains(technology);
        String spelled = originalSpelling(asked, technology);
        Optional<Integer> years = total ? WorkHistory.totalYears(asked.profile(), asked.today())
                : yearsWith(asked, spelled);
        if (isYesNo(asked)) {
            // "Do you have 5+ years of Java experience?": only for a technology the work history names
            Optional<Bucket> asks = Bucket.parse(asked.question().label());
            if (asks.isEmpty() || (!total && WorkHistory.jobsMentioning(asked.profile(), spelled).isEmpty())) {
                return Optional.empty();
            }
            return years.map(value -> new Fact.Flag(asks.get().contains(BigDecimal.valueOf(value)), List.of("work")));
        }
        return years.map(value -> new Fact.Amount(BigDecimal.valueOf(value), value == 1 ? "year" : "years",
                List.of("work")));
    }

    /**
     * Years in jobs naming the technology by any of its names (Postgres is PostgreSQL). A technology
     * no job names counts 0 years, unless the profile's skills name it: then the profile does not
     * say how long, and 0 would contradict it.
     */
    private static Optional<Integer> yearsWith(Asked asked, String technology) {
        Optional<Integer> most = Optional.empty();
        for (String name : SkillRules.synonyms(technology)) {
            Optional<Integer> years = WorkHistory.yearsWith(asked.profile(), name, asked.today());
            if (years.isEmpty() && !WorkHistory.jobsMentioning(asked.profile(), name).isEmpty()) {
                return Optional.empty(); // a job naming it has no start date
            }
            if (years.isPresent() && (most.isEmpty() || years.get() > most.get())) {
                most = years;
            }
        }
        boolean noJobNamesIt = SkillRules.synonyms(technology).stream()
                .allMatch(name -> WorkHistory.jobsMentioning(asked.profile(), name).isEmpty());
        if (noJobNamesIt && SkillRules.profileNames(asked.profile(), technology)) {
            return Optional.empty();
        }
        return most;
    }

    private static boolean isYesNo(Asked asked) {
        return asked.question().type() == QuestionType.YES_NO || (!asked.question().options().isEmpty()
                && asked.question().options().stream().allMatch(option -> Text.yesNo(option.label()).isPresent()));
    }

    /** The technology as the label writes it ("C++" normalises to "c +"; keep the label's own text). */
    private static String originalSpelling(Asked asked, String normalisedTechnology) {
        String label = asked.question().label();
        for (String word : label.split("[\\s,?()/]+")) {
            if (Text.normalise(word).equals(normalisedTechnology)) {
                return word;
            }
        }
        return normalisedTechnology;
    }
}
