package dev.nyx.core.answer.internal;

import dev.nyx.model.profile.RemotePreference;
import dev.nyx.model.profile.Work;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules about work: authorisation and sponsorship per country, relocation, remote preference,
 * the current and earlier employers, and years of experience computed from the work history.
 */
final class WorkRules {
    private static final String AUTHORISED = "\\b(authori[sz]ed|eligible|right to work|permitted|allowed|legally able|"
            + "work permit|berechtigt|arbeitserlaubnis|arbeitsgenehmigung|autorise|droit de travailler|"
            + "permis de travail)\\b";
    private static final String WITHOUT_SPONSOR = "\\b(without|ohne|sans)\\b.*\\b(sponsor\\w*|visa|visum|"
            + "parrainage)\\b";
    private static final Pattern SKILL_YEARS = Pattern.compile(
            "years? of (?:professional |hands on |commercial |practical )?(.+?) (?:experience|development|programming)"
            + "|years? (?:of )?(?:experience|berufserfahrung|erfahrung) (?:with|in|using|mit) (.+?)(?: do you| haben| $|$)"
            + "|experience (?:with|in|using) (.+?) (?:in years|do you have)"
            + "|experience do you have (?:with|in|using) (.+?)$"
            + "|annees d experience (?:avez vous )?(?:avec|en|sur) (.+?)(?: avez| $|$)"
            + "|jahre (?:berufserfahrung|erfahrung) (?:haben sie )?(?:mit|in) (.+?)(?: haben| $|$)");
    private static final List<String> TOTAL = List.of("", "professional", "work", "working", "total", "overall",
            "industry", "professional work", "berufserfahrung", "experience");

    private WorkRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule("previously-employed", asked -> asked.matches("\\b(previously|ever|before|formerly|in the "
                        + "past) (been )?(worked|work|employed)\\b|\\bcurrent or former (employee|worker)\\b|"
                        + "\\bbereits\\b.*\\b(gearbeitet|beschaftigt|tatig)\\b|\\bdeja travaille\\b")
                        && namesThisCompany(asked), WorkRules::previouslyEmployed),
                Rule.regex("work-authorization", WITHOUT_SPONSOR, WorkRules::authorised),
                Rule.regex("sponsorship", "\\b(sponsor\\w*|h 1b|parrainage)\\b|\\b(require|need|benotigen|"
                        + "brauchen|besoin)\\b.*\\b(visa|visum)\\b", WorkRules::sponsorship),
                Rule.regex("work-authorization", AUTHORISED, WorkRules::authorised),
                Rule.regex("relocation", "\\b(relocat\\w*|umzug\\w*|umziehen|umzuziehen|demenag\\w*|mobilite geographique)\\b",
                        asked -> asked.mentions("assistance", "package", "support", "bonus", "allowance", "help",
                                "unterstutzung", "aide") ? Optional.empty() : asked.profile().nyx().willingToRelocate()
                                .map(yes -> new Fact.Flag(yes, List.of("nyx.willingToRelocate")))),
                Rule.regex("remote-preference", "\\b(work arrangement|working arrangement|work model|workplace type|"
                        + "work location preference|remote|hybrid|on site|onsite|in office|home office|teletravail|"
                        + "mobiles arbeiten)\\b", WorkRules::remote),
                Rule.regex("currently-employed", "\\bare you currently (employed|working)$|\\bsind sie derzeit "
                        + "beschaftigt\\b|\\betes vous actuellement en poste\\b", asked -> asked.profile().work().isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Fact.Flag(asked.profile().work().stream().anyMatch(Work::isCurrent),
                                List.of("work")))),
                Rule.regex("current-company", "\\b(current|present|most recent) (company|employer|organi[sz]ation)\\b|"
                        + "\\baktueller arbeitgeber\\b|\\bemployeur actuel\\b|^company$|^org$",
                        asked -> current(asked).map(index -> new Fact.Text(asked.profile().work().get(index).name(),
                                List.of("work[" + index + "].name")))),
                Rule.regex("current-title", "\\b(current|present|most recent) (job )?(title|position|role)\\b|"
                        + "\\baktuelle position\\b|\\bposte actuel\\b", asked -> current(asked)
                        .flatMap(index -> asked.profile().work().get(index).position()
                                .map(position -> new Fact.Text(position, List.of("work[" + index + "].position"))))),
                Rule.regex("years-of-experience", "\\byears?\\b.*\\bexperience\\b|\\bexperience\\b.*\\byears?\\b|"
                        + "\\bjahre\\b.*erfahrung\\b|\\bberufserfahrung\\b.*\\bjahre|\\bannees d experience\\b",
                        WorkRules::years));
    }

    private static Optional<Integer> current(Asked asked) {
        List<Work> work = asked.profile().work();
        for (int index = 0; index < work.size(); index++) {
            if (work.get(index).isCurrent()) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> country(Asked asked) {
        Optional<String> named = Countries.namedIn(asked.question().label());
        if (named.isPresent()) {
            return named;
        }
        // "the EU" or a country we do not know: never fall back to the posting's country
        return Countries.namesUnlistedRegion(asked.label()) ? Optional.empty() : asked.posting().countryCode();
    }

    private static Optional<Fact> authorised(Asked asked) {
        return country(asked).flatMap(code -> Optional.ofNullable(asked.profile().nyx().workAuthorization().get(code))
                .map(yes -> new Fact.Flag(yes, List.of("nyx.workAuthorization." + code))));
    }

    private static Optional<Fact> sponsorship(Asked asked) {
        Optional<Boolean> needs = asked.profile().nyx().requiresSponsorship();
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> code = country(asked);
        Optional<Boolean> authorised = code.map(country -> asked.profile().nyx().workAuthorization().get(country));
        if (authorised.isPresent() && !authorised.get() && !needs.get()) {
            // "needs no sponsor" but "may not work there" contradict each other for this country: ask
            return Optional.empty();
        }
        List<String> used = authorised.isPresent()
                ? List.of("nyx.requiresSponsorship", "nyx.workAuthorization." + code.get())
                : List.of("nyx.requiresSponsorship");
        return Optional.of(new Fact.Flag(needs.get(), used));
    }

    private static Optional<Fact> remote(Asked asked) {
        RemotePreference preference = asked.profile().nyx().remote();
        List<String> used = List.of("nyx.remote");
        if (asked.question().type().hasOptions() && asked.question().type() != dev.nyx.model.QuestionType.YES_NO
                && asked.question().options().stream().noneMatch(option -> Text.yesNo(option.label()).isPresent())) {
            return switch (preference) {
                case REMOTE -> Optional.of(new Fact.Choice(List.of("Remote", "Fully remote", "Home office"), used));
                case HYBRID -> Optional.of(new Fact.Choice(List.of("Hybrid"), used));
                case ONSITE -> Optional.of(new Fact.Choice(List.of("On-site", "Onsite", "In office", "Office"), used));
                case ANY -> Optional.of(new Fact.Choice(List.of("No preference", "Any", "Flexible"), used));
            };
        }
        // "Are you open to hybrid work?": yes for the preferred mode (or any mode when the candidate has none)
        RemotePreference asksAbout = asked.mentions("hybrid") ? RemotePreference.HYBRID
                : asked.mentions("remote", "home office", "teletravail") ? RemotePreference.REMOTE
                : RemotePreference.ONSITE;
        if (preference == RemotePreference.ANY || preference == asksAbout) {
            return Optional.of(new Fact.Flag(true, used));
        }
        return Optional.empty();
    }

    /** "Have you worked for us / for Acme before?", not "Have you ever worked with Kafka?". */
    private static boolean namesThisCompany(Asked asked) {
        boolean company = asked.posting().company().map(name -> asked.mentions(name)).orElse(false);
        return company || asked.matches("\\b(for|at|by|with) (us|this company|our company|this organi[sz]ation)\\b|"
                + "\\b(bei|fur) (uns|unserem unternehmen)\\b|\\b(pour|chez) (nous|notre entreprise)\\b");
    }

    private static Optional<Fact> previouslyEmployed(Asked asked) {
        if (asked.profile().work().isEmpty() || asked.posting().company().isEmpty()) {
            return Optional.empty();
        }
        String company = Text.normalise(asked.posting().company().get());
        boolean worked = asked.profile().work().stream().anyMatch(work -> Text.normalise(work.name()).equals(company));
        return Optional.of(new Fact.Flag(worked, List.of("work")));
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
                : WorkHistory.yearsWith(asked.profile(), spelled, asked.today());
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

    private static boolean isYesNo(Asked asked) {
        return asked.question().type() == dev.nyx.model.QuestionType.YES_NO || (!asked.question().options().isEmpty()
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
