package dev.nyx.core.answer.internal;

import dev.nyx.model.Option;
import dev.nyx.model.QuestionType;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The skills checklist: "Which of these technologies have you used in production?" offered as
 * checkboxes or a multi-select. The answer is every offered option the profile's skills (their
 * names and keywords) name, with common synonyms (Postgres is PostgreSQL, k8s is Kubernetes) and
 * vendor prefixes ignored (Apache Kafka is Kafka). When the skills name none of the options, the
 * list's "None of these" option answers, if it has one and the profile lists skills at all (an empty
 * skills list says nothing); otherwise an optional question stays blank and a required one needs the
 * candidate. The language model never chooses technologies for the candidate.
 */
final class SkillRules {
    private static final Pattern ASKS = Pattern.compile("\\b(technolog\\w*|tools?|frameworks?|programming languages?|"
            + "databases?|platforms?|skills?|tech stack|stack|libraries|werkzeuge|technologien|kenntnisse|"
            + "outils|competences|langages)\\b");
    private static final Pattern NONE = Pattern.compile("^(none|none of (the above|these|them)|no experience|"
            + "keine( davon| der genannten)?|aucune?( de ces)?( technologies)?|n a|not applicable)$");
    /** Names of one technology; compared after {@link #canonical}. */
    private static final List<Set<String>> SYNONYMS = List.of(
            Set.of("postgresql", "postgres", "psql", "pg"),
            Set.of("kubernetes", "k8s", "kube"),
            Set.of("javascript", "js", "ecmascript"),
            Set.of("typescript", "ts"),
            Set.of("golang", "go"),
            Set.of("aws", "amazon web services"),
            Set.of("gcp", "google cloud", "google cloud platform"),
            Set.of("azure", "microsoft azure"),
            Set.of("nodejs", "node", "node js"),
            Set.of("reactjs", "react", "react js"),
            Set.of("mongodb", "mongo"),
            Set.of("elasticsearch", "elastic search", "elastic"),
            Set.of("csharp", "c sharp", "dotnet c"),
            Set.of("cpp", "c plus plus"),
            Set.of("sql server", "mssql", "ms sql", "microsoft sql server"),
            Set.of("ci cd", "cicd", "continuous integration"),
            Set.of("grpc", "g rpc"),
            Set.of("rabbitmq", "rabbit mq", "rabbit"),
            Set.of("terraform", "tf"));
    private static final Set<String> VENDORS = Set.of("apache", "amazon", "google", "microsoft", "oracle", "the");

    private SkillRules() {
    }

    static List<Rule> rules() {
        return List.of(new Rule("skills-checklist", SkillRules::recognises, SkillRules::named));
    }

    private static boolean recognises(Asked asked) {
        QuestionType type = asked.question().type();
        boolean many = type == QuestionType.MULTI_SELECT || type == QuestionType.CHECKBOX;
        return many && asked.question().options().size() >= 2 && ASKS.matcher(asked.label()).find()
                && !asked.matches("\\b(languages?( do you)? speak|languages spoken|sprachen sprechen|langues parlees)\\b");
    }

    private static Optional<Fact> named(Asked asked) {
        List<String> known = new ArrayList<>();
        for (Skill skill : asked.profile().skills()) {
            known.add(canonical(skill.name()));
            skill.keywords().forEach(keyword -> known.add(canonical(keyword)));
        }
        List<Fact.Choice> chosen = new ArrayList<>();
        Optional<Option> none = Optional.empty();
        for (Option option : asked.question().options()) {
            String offered = canonical(option.label());
            if (NONE.matcher(Text.normalise(option.label())).find()) {
                none = Optional.of(option);
                continue;
            }
            if (!offered.isEmpty() && known.stream().anyMatch(skill -> names(skill, offered))) {
                chosen.add(new Fact.Choice(List.of(option.label()), List.of()));
            }
        }
        if (!chosen.isEmpty()) {
            return Optional.of(new Fact.Many(chosen, List.of("skills")));
        }
        if (none.isPresent() && !asked.profile().skills().isEmpty()) {
            return Optional.of(new Fact.Many(List.of(new Fact.Choice(List.of(none.get().label()), List.of())),
                    List.of("skills")));
        }
        return Optional.empty();
    }

    /**
     * The names of one technology, itself first, then its synonyms of three letters or more
     * ("PostgreSQL": "postgres", "postgresql", "psql"); two-letter ones ("go", "pg") match ordinary words.
     */
    static List<String> synonyms(String technology) {
        List<String> names = new ArrayList<>(List.of(technology));
        String key = canonical(technology);
        SYNONYMS.stream().filter(group -> group.stream().anyMatch(name -> canonical(name).equals(key)))
                .flatMap(Set::stream).filter(name -> name.length() >= 3).sorted().forEach(names::add);
        return names;
    }

    /** Whether the profile's skills (names or keywords) name the technology, synonyms included. */
    static boolean profileNames(Profile profile, String technology) {
        String offered = canonical(technology);
        return !offered.isEmpty() && profile.skills().stream()
                .flatMap(skill -> Stream.concat(Stream.of(skill.name()), skill.keywords().stream()))
                .anyMatch(skill -> names(canonical(skill), offered));
    }

    /** Whether a profile skill names the offered technology: same name, or the skill is a version of it. */
    private static boolean names(String skill, String offered) {
        if (skill.isEmpty()) {
            return false;
        }
        // "Java 17" names "Java" and "Spring Boot" names "Spring"; "Java" does not name "JavaScript"
        return skill.equals(offered) || Text.containsWords(skill, offered) && startsWithWords(skill, offered);
    }

    private static boolean startsWithWords(String text, String prefix) {
        return text.equals(prefix) || text.startsWith(prefix + " ");
    }

    /**
     * A technology name reduced for comparison: lower case, "C++" and "C#" kept apart from "C",
     * ".js" joined, vendor words dropped, and a synonym replaced by one name of its group.
     */
    static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("c++", "cpp").replace("c#", "csharp")
                .replace(".net", " dotnet").replace(".js", "js");
        String normalised = Text.normalise(lower);
        List<String> words = new ArrayList<>(List.of(normalised.split(" ")));
        words.removeIf(VENDORS::contains);
        String joined = String.join(" ", words).trim();
        for (Set<String> group : SYNONYMS) {
            if (group.contains(joined)) {
                return group.stream().sorted().findFirst().orElseThrow(); // one key per group
            }
        }
        return joined;
    }
}
