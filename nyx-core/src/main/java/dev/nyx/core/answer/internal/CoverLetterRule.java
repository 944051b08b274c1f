package dev.nyx.core.answer.internal;

import dev.nyx.model.QuestionType;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cover letter (the profile's template with its placeholders filled) and the resume file.
 *
 * <p>Placeholders are written {@code {name}} or {@code {{name}}}: {@code company}, {@code title},
 * {@code firstName}, {@code lastName}, {@code name}/{@code fullName}, {@code email}. A template with
 * any other placeholder, or one the posting cannot fill (no company known), gives no answer: a
 * letter with a hole in it is worse than asking. The resume is the one in the posting's language,
 * else the default; its id is the answer.
 */
final class CoverLetterRule {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{?\\s*([A-Za-z]+)\\s*}?}");

    private CoverLetterRule() {
    }

    static Rule rule() {
        return Rule.regex("cover-letter", "\\b(cover letter|covering letter|motivation letter|anschreiben|"
                + "motivationsschreiben|lettre de motivation)\\b", CoverLetterRule::letter);
    }

    static Rule resumeRule() {
        return Rule.regex("resume", "\\b(resume|cv|curriculum vitae|lebenslauf)\\b", CoverLetterRule::resume);
    }

    private static Optional<Fact> letter(Asked asked) {
        Optional<String> template = asked.profile().nyx().coverLetterTemplate();
        if (template.isEmpty() || asked.question().type() == QuestionType.FILE) {
            return Optional.empty();
        }
        Map<String, String> values = values(asked);
        List<String> used = new ArrayList<>(List.of("nyx.coverLetter.template"));
        Matcher matcher = PLACEHOLDER.matcher(template.get());
        StringBuilder letter = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!values.containsKey(key)) {
                return Optional.empty();
            }
            matcher.appendReplacement(letter, Matcher.quoteReplacement(values.get(key)));
            String path = path(key);
            if (!path.isEmpty() && !used.contains(path)) {
                used.add(path);
            }
        }
        matcher.appendTail(letter);
        return Optional.of(new Fact.Text(letter.toString().strip(), used));
    }

    private static Map<String, String> values(Asked asked) {
        Profile profile = asked.profile();
        Map<String, String> values = new LinkedHashMap<>();
        asked.posting().company().ifPresent(company -> values.put("company", company));
        asked.posting().title().ifPresent(title -> values.put("title", title));
        values.put("firstname", profile.firstName());
        values.put("lastname", profile.lastName());
        values.put("name", profile.fullName());
        values.put("fullname", profile.fullName());
        values.put("email", profile.basics().email());
        return values;
    }

    private static String path(String key) {
        return switch (key) {
            case "firstname" -> "nyx.firstName";
            case "lastname" -> "nyx.lastName";
            case "name", "fullname" -> "basics.name";
            case "email" -> "basics.email";
            default -> "";
        };
    }

    private static Optional<Fact> resume(Asked asked) {
        if (asked.question().type() != QuestionType.FILE) {
            return Optional.empty();
        }
        List<Resume> resumes = asked.profile().nyx().resumes();
        Optional<Resume> chosen = asked.posting().language()
                .flatMap(language -> resumes.stream()
                        .filter(resume -> resume.language().map(language::equalsIgnoreCase).orElse(false)).findFirst())
                .or(() -> asked.profile().nyx().defaultResume());
        return chosen.map(resume -> new Fact.Text(resume.id(), List.of("nyx.resumes." + resume.id())));
    }
}
