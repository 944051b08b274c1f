package dev.nyx.core.profile.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.document.Formats;
import dev.nyx.core.document.Node;
import dev.nyx.core.document.Problems;
import dev.nyx.core.document.SourceDocument;
import dev.nyx.core.document.Suggestions;
import dev.nyx.model.profile.Basics;
import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.LanguageSkill;
import dev.nyx.model.profile.Location;
import dev.nyx.model.profile.NyxSection;
import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Skill;
import dev.nyx.model.profile.SocialProfile;
import dev.nyx.model.profile.Work;
import dev.nyx.spi.ErrorCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a profile document into a {@link Profile}, collecting every problem before failing.
 * One instance reads one document; not thread-safe, not part of the API.
 */
public final class ProfileReader {
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("$schema", "basics", "work", "volunteer", "education",
            "awards", "certificates", "publications", "skills", "languages", "interests", "references", "projects",
            "meta", "nyx");

    private final SourceDocument document;
    private final Problems problems;
    private final List<String> sensitive = new ArrayList<>();
    private boolean basicsMistyped;

    public ProfileReader(SourceDocument document) {
        this.document = requireNonNull(document, "document is null");
        this.problems = new Problems(Optional.of(document));
    }

    /**
     * Reads and validates the whole document.
     *
     * @throws dev.nyx.core.problem.ValidationException with {@link ErrorCode#INVALID_PROFILE} listing every problem
     */
    public Profile read() {
        Node root = document.root(problems);
        if (!root.isObject()) {
            problems.throwIfAny(ErrorCode.INVALID_PROFILE, document.name());
        }
        List<String> sensitiveAsWritten = new ArrayList<>();
        sensitive.addAll(new SensitiveEntriesReader(document).read(root, sensitiveAsWritten));
        problems.hideValuesAt(path -> SensitivePaths.covers(sensitive, path));
        checkTopLevelKeys(root);
        Basics basics = readBasics(root.get("basics"));
        List<Work> work = new ArrayList<>();
        for (Node item : root.get("work").items()) {
            readWork(item).ifPresent(work::add);
        }
        List<Education> education = new ArrayList<>();
        for (Node item : root.get("education").items()) {
            readEducation(item).ifPresent(education::add);
        }
        List<Skill> skills = new ArrayList<>();
        for (Node item : root.get("skills").items()) {
            requiredText(item, "name", "the skill, e.g. Java").ifPresent(name -> skills.add(
                    new Skill(name, item.get("level").text(), item.get("keywords").texts())));
        }
        List<LanguageSkill> languages = new ArrayList<>();
        for (Node item : root.get("languages").items()) {
            requiredText(item, "language", "the language, e.g. English").ifPresent(language -> languages.add(
                    new LanguageSkill(language, item.get("fluency").text())));
        }
        NyxSection nyx = new NyxSectionReader(document.folder(), this).read(root.get("nyx"), sensitiveAsWritten);
        basics = requireName(root, basics, nyx);
        problems.throwIfAny(ErrorCode.INVALID_PROFILE, document.name());
        return new Profile(basics, work, education, skills, languages, nyx);
    }

    private void checkTopLevelKeys(Node root) {
        // JSON Resume allows sections Nyx does not use; only likely typos of known ones are reported.
        for (String key : root.keys()) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                Suggestions.closest(key, TOP_LEVEL_KEYS).ifPresent(known -> root.get(key).problem(
                        "unknown section \"" + key + "\"; did you mean " + known + "?"));
            }
        }
    }

    private Basics readBasics(Node basics) {
        if (!basics.isObject() && basics.isPresent()) {
            // Reported as the wrong type; checking its missing fields would only add noise.
            basicsMistyped = true;
            return new Basics(Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty(),
                    Optional.empty(), Location.unknown(), List.of());
        }
        Optional<String> email = requiredText(basics, "email", "the candidate's email address, e.g. jane.doe@example.com");
        email.filter(value -> !Formats.isEmail(value)).ifPresent(value -> basics.get("email").problem(
                show(basics.get("email"), value) + " is not a valid email address; expected e.g. jane.doe@example.com"));
        Node phone = basics.get("phone");
        phone.text().filter(value -> !Formats.isPlausiblePhone(value)).ifPresent(value -> phone.problem(
                show(phone, value) + " is not a plausible phone number; expected 7 to 15 digits, e.g. +49 30 1234567"));
        List<SocialProfile> profiles = new ArrayList<>();
        for (Node item : basics.get("profiles").items()) {
            requiredText(item, "network", "the site, e.g. GitHub").ifPresent(network -> profiles.add(
                    new SocialProfile(network, item.get("username").text(), url(item.get("url")))));
        }
        return new Basics(basics.get("name").text(), basics.get("label").text(), email.orElse(""), phone.text(),
                url(basics.get("url")), basics.get("summary").text(), readLocation(basics.get("location")), profiles);
    }

    private Location readLocation(Node location) {
        if (!location.isObject()) {
            return Location.unknown();
        }
        Node countryCode = location.get("countryCode");
        Optional<String> country = countryCode.text();
        country.filter(code -> !Formats.isCountryCode(code)).ifPresent(code -> countryCode.problem(
                show(countryCode, code) + " is not an ISO 3166 country code; expected two upper-case letters, e.g. DE, US"));
        return new Location(location.get("address").text(), location.get("postalCode").text(),
                location.get("city").text(), country, location.get("region").text());
    }

    private Optional<Work> readWork(Node item) {
        if (!item.isObject()) {
            return Optional.empty();
        }
        Optional<String> name = requiredText(item, "name", "the employer's name");
        Optional<PartialDate> start = date(item.get("startDate"));
        Optional<PartialDate> end = endDate(item.get("endDate"), start);
        return name.map(employer -> new Work(employer, item.get("position").text(), url(item.get("url")), start, end,
                item.get("summary").text(), item.get("highlights").texts()));
    }

    private Optional<Education> readEducation(Node item) {
        if (!item.isObject()) {
            return Optional.empty();
        }
        Optional<String> institution = requiredText(item, "institution", "the school or university");
        Optional<PartialDate> start = date(item.get("startDate"));
        Optional<PartialDate> end = endDate(item.get("endDate"), start);
        return institution.map(name -> new Education(name, item.get("area").text(), item.get("studyType").text(),
                start, end, item.get("score").text()));
    }

    private Basics requireName(Node root, Basics basics, NyxSection nyx) {
        boolean hasFullName = basics.name().isPresent();
        boolean hasParts = nyx.firstName().isPresent() && nyx.lastName().isPresent();
        boolean reported = basicsMistyped || root.get("basics").get("name").isPresent();
        if (hasFullName || hasParts || reported) {
            // A name of the wrong type was reported already; the profile will not load anyway.
            return basics;
        }
        root.get("basics").get("name").problem(
                "missing; give basics.name or both nyx.firstName and nyx.lastName");
        // Placeholder so the remaining checks can finish; the problem above stops the load.
        return new Basics(Optional.of("?"), basics.label(), basics.email(), basics.phone(), basics.url(),
                basics.summary(), basics.location(), basics.profiles());
    }

    Optional<String> requiredText(Node parent, String key, String expected) {
        Node node = parent.get(key);
        if (!node.isPresent()) {
            node.problem("missing; expected " + expected);
            return Optional.empty();
        }
        Optional<String> text = node.text();
        if (text.isEmpty() && node.isScalar()) {
            node.problem("is empty; expected " + expected);
        }
        return text;
    }

    Optional<URI> url(Node node) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!Formats.isHttpUrl(text.get())) {
            node.problem(show(node, text.get()) + " is not an http(s) URL; expected e.g. https://example.com/jane");
            return Optional.empty();
        }
        return Optional.of(URI.create(text.get()));
    }

    private Optional<PartialDate> date(Node node) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> date = PartialDate.parse(text.get());
        if (date.isEmpty()) {
            node.problem(show(node, text.get()) + " is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-03");
        }
        return date;
    }

    private Optional<PartialDate> endDate(Node node, Optional<PartialDate> start) {
        Optional<PartialDate> end = date(node);
        if (end.isPresent() && start.isPresent() && end.get().compareTo(start.get()) < 0) {
            node.problem(end.get() + " is before the start date " + start.get()
                    + "; expected an end date on or after the start");
            return Optional.empty();
        }
        return end;
    }

    /** The value in quotes, or a placeholder when its path is sensitive (problems must not leak it). */
    String show(Node node, String value) {
        return problems.isHidden(node.path()) ? "the value (sensitive, not shown)" : "\"" + value + "\"";
    }
}
