package dev.nyx.core.match.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Skill names and their spellings: "k8s" and "Kubernetes" are one skill, so are "JS" and
 * "JavaScript", "Postgres" and "PostgreSQL", "Spring Boot" and "Spring". Finds the known skills a
 * text mentions and maps a profile's own skill names onto the same canonical names. Immutable and
 * thread-safe; not part of the API.
 */
public final class SkillVocabulary {

    /** Canonical name first, then other spellings; matched case-insensitively on word boundaries. */
    private static final List<List<String>> SKILLS = List.of(
            List.of("Java", "java 17", "java 21", "jvm", "jdk"),
            List.of("Kotlin"),
            List.of("Scala"),
            List.of("Python", "py"),
            List.of("Go", "golang"),
            List.of("Rust"),
            List.of("C#", "csharp", "c sharp"),
            List.of("C++", "cpp"),
            List.of(".NET", "dotnet", "asp.net"),
            List.of("JavaScript", "js", "ecmascript", "es6"),
            List.of("TypeScript", "ts"),
            List.of("React", "react.js", "reactjs"),
            List.of("Angular", "angularjs"),
            List.of("Vue", "vue.js", "vuejs"),
            List.of("Node.js", "node", "nodejs"),
            List.of("HTML", "html5"),
            List.of("CSS", "css3", "sass", "scss"),
            List.of("Spring", "spring boot", "spring framework", "springboot", "spring cloud"),
            List.of("Hibernate", "jpa"),
            List.of("Quarkus"),
            List.of("SQL"),
            List.of("PostgreSQL", "postgres", "psql"),
            List.of("MySQL", "mariadb"),
            List.of("Oracle Database", "oracle db", "oracle"),
            List.of("MongoDB", "mongo"),
            List.of("Redis"),
            List.of("Kafka", "apache kafka"),
            List.of("RabbitMQ"),
            List.of("Elasticsearch", "elastic search", "opensearch"),
            List.of("Kubernetes", "k8s", "kube"),
            List.of("Docker", "containers"),
            List.of("AWS", "amazon web services"),
            List.of("GCP", "google cloud", "google cloud platform"),
            List.of("Azure", "microsoft azure"),
            List.of("Terraform"),
            List.of("Linux"),
            List.of("Git", "github", "gitlab"),
            List.of("CI/CD", "continuous integration", "ci cd", "jenkins", "github actions"),
            List.of("GraphQL"),
            List.of("REST", "rest api", "rest apis", "restful", "rest services"),
            List.of("gRPC"),
            List.of("Microservices", "microservice", "micro services"),
            List.of("Maven"),
            List.of("Gradle"),
            List.of("JUnit"),
            List.of("Swift"),
            List.of("iOS"),
            List.of("Android"),
            List.of("PHP"),
            List.of("Ruby", "ruby on rails", "rails"),
            List.of("Django"),
            List.of("Figma"),
            List.of("Salesforce", "crm"),
            List.of("Excel", "microsoft excel"));

    /** Spellings too ambiguous in prose ("go to", "a node", "ts"): trusted only in a skill list. */
    private static final Set<String> LIST_ONLY = Set.of("go", "py", "js", "ts", "node", "kube", "containers",
            "oracle", "crm", "rails", "jvm", "jdk");

    private final Map<String, String> canonicalBySpelling = new HashMap<>();
    /** Prose spellings as tokens joined by one space ("spring boot", "ci cd", "node.js"). */
    private final Map<String, String> canonicalByProseTokens = new HashMap<>();
    private final Map<String, Integer> orderOfCanonical = new HashMap<>();
    private final int longestSpelling;

    public SkillVocabulary() {
        int longest = 1;
        for (List<String> spellings : SKILLS) {
            String canonical = spellings.get(0);
            orderOfCanonical.put(canonical, orderOfCanonical.size());
            for (String spelling : spellings) {
                String key = key(spelling);
                canonicalBySpelling.put(key, canonical);
                if (!LIST_ONLY.contains(key)) {
                    List<String> tokens = tokens(key, true);
                    canonicalByProseTokens.put(String.join(" ", tokens), canonical);
                    longest = Math.max(longest, tokens.size());
                }
            }
        }
        this.longestSpelling = longest;
    }

    /**
     * The canonical name of a skill as a person wrote it in a skill list ("k8s" → "Kubernetes");
     * empty when the vocabulary does not know it.
     */
    public Optional<String> canonical(String skill) {
        requireNonNull(skill, "skill is null");
        return Optional.ofNullable(canonicalBySpelling.get(key(skill)));
    }

    /** The canonical name when known, else the name as written, trimmed: for comparing skill lists. */
    public String normalise(String skill) {
        return canonical(skill).orElse(skill.strip());
    }

    /**
     * Every known skill the prose mentions, by canonical name, in vocabulary order. The text is
     * cut into tokens once (letters, digits, {@code + # .} inside words) and runs of up to three
     * tokens are looked up: "java" never matches inside "javascript", "spring-boot" is "spring boot".
     */
    public Set<String> mentionedIn(String text) {
        requireNonNull(text, "text is null");
        List<String> tokens = tokens(text.toLowerCase(Locale.ROOT), false);
        Set<String> found = new HashSet<>();
        StringBuilder run = new StringBuilder();
        for (int start = 0; start < tokens.size(); start++) {
            run.setLength(0);
            for (int length = 1; length <= longestSpelling && start + length <= tokens.size(); length++) {
                if (length > 1) {
                    run.append(' ');
                }
                run.append(tokens.get(start + length - 1));
                String canonical = canonicalByProseTokens.get(run.toString());
                if (canonical != null) {
                    found.add(canonical);
                }
            }
        }
        List<String> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(orderOfCanonical::get));
        return new LinkedHashSet<>(ordered);
    }

    /**
     * Words of lower-case text: runs of letters, digits and {@code + # .}; dots only inside a word
     * or leading a known name ({@code .net}), so "Java." at the end of a sentence is "java".
     */
    private List<String> tokens(String lower, boolean keepLeadingDots) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int at = 0; at <= lower.length(); at++) {
            boolean wordChar = at < lower.length() && isWordChar(lower.charAt(at));
            if (wordChar && start < 0) {
                start = at;
            } else if (!wordChar && start >= 0) {
                addToken(lower.substring(start, at), keepLeadingDots, tokens);
                start = -1;
            }
        }
        return tokens;
    }

    private void addToken(String raw, boolean keepLeadingDots, List<String> tokens) {
        int end = raw.length();
        while (end > 0 && raw.charAt(end - 1) == '.') {
            end--;
        }
        String token = raw.substring(0, end);
        if (token.startsWith(".") && !keepLeadingDots && !canonicalByProseTokens.containsKey(token)) {
            int begin = 0;
            while (begin < token.length() && token.charAt(begin) == '.') {
                begin++;
            }
            token = token.substring(begin);
        }
        if (!token.isEmpty()) {
            tokens.add(token);
        }
    }

    private static boolean isWordChar(char character) {
        return Character.isLetterOrDigit(character) || character == '+' || character == '#' || character == '.';
    }

    private static String key(String spelling) {
        return spelling.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
