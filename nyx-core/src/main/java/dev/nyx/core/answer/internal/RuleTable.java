package dev.nyx.core.answer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule table: every question concept the rules recognise, in the order they are tried. The
 * order matters where wordings overlap: personal and consent questions first (so "privacy notice"
 * is not a notice period), the skills checklist before the language rules (so "which of these
 * programming languages" is not about spoken ones), authorisation and sponsorship before the contact rules (so "United
 * States" is not a state), the language rules before salary (so "rate your English" is not a pay rate), email before address, phone country code before phone.
 *
 * <p>Also the defaults, tried only for optional questions the rules left unanswered: decline
 * optional demographic questions, and say "Job board" to an optional "how did you hear" question.
 * Immutable and thread-safe.
 */
public final class RuleTable {
    private final List<Rule> rules;
    private final List<Rule> defaults;

    private RuleTable(List<Rule> rules, List<Rule> defaults) {
        this.rules = List.copyOf(rules);
        this.defaults = List.copyOf(defaults);
    }

    /** The built-in table. */
    public static RuleTable standard() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(PersonalRules.rules());
        rules.addAll(SkillRules.rules());
        rules.addAll(WorkRules.rules());
        rules.addAll(LanguageRules.rules());
        rules.add(ExperienceRule.rule());
        rules.add(SalaryRule.rule());
        rules.addAll(EducationRules.dateRules());
        rules.addAll(NoticeRules.rules());
        rules.addAll(EducationRules.rules());
        rules.addAll(ContactRules.rules());
        List<Rule> defaults = List.of(
                Rule.regex("demographic-default", PersonalRules.DEMOGRAPHIC,
                        asked -> Optional.of(new Fact.Decline(List.of()))),
                Rule.regex("how-did-you-hear-default", PersonalRules.HEAR,
                        asked -> Optional.of(new Fact.Choice(List.of("Job board", "Online job board", "Job boards",
                                "Jobborse", "Site d emploi"), List.of()))));
        return new RuleTable(rules, defaults);
    }

    /** The first rule recognising the question, if any. */
    public Optional<Rule> ruleFor(Asked asked) {
        return rules.stream().filter(rule -> rule.recognises().test(asked)).findFirst();
    }

    /** The first default recognising the question, if any (callers ask only for optional questions). */
    public Optional<Rule> defaultFor(Asked asked) {
        return defaults.stream().filter(rule -> rule.recognises().test(asked)).findFirst();
    }

    /** The concepts the rules recognise, in order. */
    public List<String> concepts() {
        return rules.stream().map(Rule::concept).toList();
    }
}
