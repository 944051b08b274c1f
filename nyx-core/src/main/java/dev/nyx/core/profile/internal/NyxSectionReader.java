package dev.nyx.core.profile.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.document.Formats;
import dev.nyx.core.document.Node;
import dev.nyx.model.Resume;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.profile.AnswerRule;
import dev.nyx.model.profile.Eeo;
import dev.nyx.model.profile.EeoAnswer;
import dev.nyx.model.profile.NyxSection;
import dev.nyx.model.profile.RemotePreference;
import dev.nyx.model.profile.SalaryExpectation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and checks the profile's {@code nyx} section. Not thread-safe; not part of the API. */
final class NyxSectionReader {
    private static final Set<String> SALARY_KEYS = Set.of("min", "currency", "period");
    private static final Set<String> EEO_KEYS = Set.of("gender", "race", "veteran", "disability");
    private static final Set<String> RESUME_KEYS = Set.of("id", "path", "language", "default");
    private static final Set<String> ANSWER_KEYS = Set.of("question", "answer");
    private static final Set<String> COVER_LETTER_KEYS = Set.of("template");

    private final Path folder;
    private final ProfileReader profile;

    NyxSectionReader(Path folder, ProfileReader profile) {
        this.folder = requireNonNull(folder, "folder is null");
        this.profile = requireNonNull(profile, "profile is null");
    }

    /** @param sensitive the {@code sensitive} entries, already read and checked by {@link SensitiveEntriesReader} */
    NyxSection read(Node nyx, List<String> sensitive) {
        if (nyx.isObject()) {
            nyx.rejectUnknownKeys(SensitivePaths.NYX_KEYS);
        }
        Map<String, String> personal = new LinkedHashMap<>();
        Node personalNode = nyx.get("personal");
        if (personalNode.isObject()) {
            for (String key : personalNode.keys()) {
                personalNode.get(key).text().ifPresent(value -> personal.put(key, value));
            }
        }
        return new NyxSection(nyx.get("firstName").text(), nyx.get("lastName").text(),
                workAuthorization(nyx.get("workAuthorization")), nyx.get("requiresSponsorship").bool(),
                salary(nyx.get("salary")), nyx.get("noticePeriodDays").nonNegativeInteger(),
                nyx.get("willingToRelocate").bool(), remote(nyx.get("remote")), eeo(nyx.get("eeo")),
                resumes(nyx.get("resumes")), answers(nyx.get("answers")), coverLetterTemplate(nyx.get("coverLetter")),
                personal, sensitive, nyx.get("marketingOptIn").bool().orElse(false));
    }

    private Map<String, Boolean> workAuthorization(Node node) {
        Map<String, Boolean> countries = new LinkedHashMap<>();
        if (!node.isObject()) {
            return countries;
        }
        for (String code : node.keys()) {
            Node entry = node.get(code);
            if (!Formats.isCountryCode(code)) {
                entry.problem("\"" + code + "\" is not an ISO 3166 country code; expected two upper-case letters, "
                        + "e.g. DE, US");
            }
            entry.bool().ifPresent(allowed -> countries.put(code, allowed));
        }
        return countries;
    }

    private Optional<SalaryExpectation> salary(Node node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        node.rejectUnknownKeys(SALARY_KEYS);
        Node minNode = node.get("min");
        Optional<BigDecimal> min = minNode.decimal();
        if (!minNode.isPresent()) {
            minNode.problem("missing; expected the lowest acceptable pay, e.g. 85000");
        } else if (min.isPresent() && min.get().signum() < 0) {
            minNode.problem(min.get().toPlainString() + " is negative; expected 0 or more");
            min = Optional.empty();
        }
        Node currencyNode = node.get("currency");
        Optional<String> currency = profile.requiredText(node, "currency", "an ISO 4217 currency code, e.g. EUR, USD")
                .map(code -> code.toUpperCase(Locale.ROOT));
        if (currency.isPresent() && !Formats.isCurrencyCode(currency.get())) {
            currencyNode.problem(profile.show(currencyNode, currencyNode.text().orElse(""))
                    + " is not an ISO 4217 currency code; expected e.g. EUR, USD");
            currency = Optional.empty();
        }
        Optional<SalaryPeriod> period = enumValue(node.get("period"), SalaryPeriod.class, "salary period");
        if (min.isEmpty() || currency.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SalaryExpectation(min.get(), currency.get(), period.orElse(SalaryPeriod.YEAR)));
    }

    private RemotePreference remote(Node node) {
        return enumValue(node, RemotePreference.class, "remote preference").orElse(RemotePreference.ANY);
    }

    private Eeo eeo(Node node) {
        if (!node.isObject()) {
            return Eeo.declineAll();
        }
        node.rejectUnknownKeys(EEO_KEYS);
        return new Eeo(eeoAnswer(node.get("gender")), eeoAnswer(node.get("race")), eeoAnswer(node.get("veteran")),
                eeoAnswer(node.get("disability")));
    }

    private static EeoAnswer eeoAnswer(Node node) {
        return node.text().filter(value -> !value.equalsIgnoreCase("decline")).map(EeoAnswer::of)
                .orElse(EeoAnswer.decline());
    }

    private List<Resume> resumes(Node node) {
        List<Node> items = node.items();
        List<String> ids = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        List<Optional<String>> languages = new ArrayList<>();
        List<Boolean> defaults = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        String firstDefault = null;
        for (Node item : items) {
            if (!item.isObject()) {
                continue;
            }
            item.rejectUnknownKeys(RESUME_KEYS);
            Optional<String> id = profile.requiredText(item, "id", "a short name for the resume, e.g. en");
            id.filter(value -> !seenIds.add(value)).ifPresent(value -> item.get("id").problem(
                    "\"" + value + "\" is used by another resume; expected a unique id"));
            Optional<Path> path = resumeFile(item);
            Node languageNode = item.get("language");
            Optional<String> language = languageNode.text();
            language.filter(code -> !Formats.isLanguageCode(code)).ifPresent(code -> languageNode.problem(
                    "\"" + code + "\" is not an ISO 639-1 language code; expected two lower-case letters, e.g. en, de"));
            boolean isDefault = item.get("default").bool().orElse(false);
            if (isDefault && firstDefault != null) {
                item.get("default").problem("a second resume is marked default (" + firstDefault
                        + " is too); mark exactly one");
                isDefault = false;
            } else if (isDefault) {
                firstDefault = item.path();
            }
            if (id.isPresent() && path.isPresent()) {
                ids.add(id.get());
                paths.add(path.get());
                languages.add(language.filter(Formats::isLanguageCode));
                defaults.add(isDefault);
            }
        }
        // Without a marked default the first resume is the default.
        boolean noneMarked = !defaults.contains(true);
        List<Resume> resumes = new ArrayList<>();
        for (int index = 0; index < ids.size(); index++) {
            boolean isDefault = defaults.get(index) || (noneMarked && index == 0);
            resumes.add(new Resume(ids.get(index), paths.get(index), languages.get(index), isDefault));
        }
        return resumes;
    }

    private Optional<Path> resumeFile(Node item) {
        Node pathNode = item.get("path");
        Optional<String> text = profile.requiredText(item, "path", "the resume file, relative to the profile's folder");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = folder.resolve(text.get()).normalize();
        } catch (InvalidPathException e) {
            pathNode.problem("\"" + text.get() + "\" is not a valid path: " + e.getReason());
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            pathNode.problem("file " + file + " does not exist; put the resume there or fix the path");
            return Optional.empty();
        }
        if (!Files.isReadable(file)) {
            pathNode.problem("file " + file + " is not readable; check its permissions");
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private List<AnswerRule> answers(Node node) {
        List<AnswerRule> rules = new ArrayList<>();
        for (Node item : node.items()) {
            if (!item.isObject()) {
                continue;
            }
            item.rejectUnknownKeys(ANSWER_KEYS);
            Optional<String> question = profile.requiredText(item, "question",
                    "the question as text, or /regex/ with optional flags such as /.../i");
            Optional<String> answer = profile.requiredText(item, "answer", "the answer to give");
            Optional<Optional<Pattern>> pattern = question.flatMap(text -> pattern(item.get("question"), text));
            if (question.isPresent() && answer.isPresent() && pattern.isPresent()) {
                rules.add(new AnswerRule(question.get(), pattern.get(), answer.get()));
            }
        }
        return rules;
    }

    /** Empty when the expression is invalid; an empty inner optional for plain-text questions. */
    private static Optional<Optional<Pattern>> pattern(Node node, String question) {
        int closing = question.lastIndexOf('/');
        if (!question.startsWith("/") || closing == 0) {
            return Optional.of(Optional.empty());
        }
        String expression = question.substring(1, closing);
        String flagLetters = question.substring(closing + 1);
        int flags = 0;
        for (char letter : flagLetters.toCharArray()) {
            switch (letter) {
                case 'i' -> flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> flags |= Pattern.MULTILINE;
                case 's' -> flags |= Pattern.DOTALL;
                case 'x' -> flags |= Pattern.COMMENTS;
                case 'u' -> flags |= Pattern.UNICODE_CASE;
                default -> {
                    node.problem("\"" + flagLetters + "\" are not regular-expression flags; expected any of i, m, s, x, u"
                            + " after the closing slash, e.g. /notice period/i");
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(Optional.of(Pattern.compile(expression, flags)));
        } catch (PatternSyntaxException e) {
            node.problem("/" + expression + "/ is not a valid regular expression (" + e.getDescription()
                    + " near index " + e.getIndex() + "); fix it or write the question as plain text");
            return Optional.empty();
        }
    }

    private static Optional<String> coverLetterTemplate(Node node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        node.rejectUnknownKeys(COVER_LETTER_KEYS);
        return node.get("template").text();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Node node, Class<E> type, String what) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.get())) {
                return Optional.of(constant);
            }
        }
        node.problem("\"" + text.get() + "\" is not a " + what + "; expected one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList()));
        return Optional.empty();
    }
}
