package dev.nyx.core.answer.internal;

import dev.nyx.model.QuestionType;
import dev.nyx.model.profile.RemotePreference;
import dev.nyx.model.profile.Work;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules about work: authorisation and sponsorship per country, relocation, remote preference,
 * and the current and earlier employers.
 */
final class WorkRules {
    private static final String AUTHORISED = "\\b(authori[sz]ed|eligible|right to work|permitted|allowed|legally able|"
            + "work permit|berechtigt|arbeitserlaubnis|arbeitsgenehmigung|autorise|droit de travailler|"
            + "permis de travail)\\b";
    private static final String WITHOUT_SPONSOR = "\\b(without|ohne|sans)\\b.*\\b(sponsor\\w*|visa|visum|"
            + "parrainage)\\b";
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
                        + "brauchen|besoin)\\b.*\\b(visa|visum|work permit|arbeitserlaubnis|arbeitsgenehmigung|"
                        + "aufenthaltstitel|permis de travail|titre de sejour)\\b", WorkRules::sponsorship),
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
                                .map(position -> new Fact.Text(position, List.of("work[" + index + "].position"))))));
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

    /**
     * Sponsorship and visas are per country. {@code requiresSponsorship} is a flag about the countries
     * the profile may work in; for a country the profile does not list, it says nothing: then the
     * candidate needs a visa there when the profile lists where it may work (and this country is not
     * among them), and otherwise the question needs the candidate's input. The candidate's home
     * country (the profile's location) is the one the flag is about even when it is not listed.
     */
    private static Optional<Fact> sponsorship(Asked asked) {
        Optional<String> code = country(asked);
        Map<String, Boolean> listed = asked.profile().nyx().workAuthorization();
        boolean home = code.isPresent() && asked.profile().basics().location().countryCode()
                .map(country -> country.equalsIgnoreCase(code.get())).orElse(false);
        if (code.isPresent() && !listed.containsKey(code.get()) && !home) {
            boolean listsWhereAuthorised = listed.values().stream().anyMatch(Boolean::booleanValue);
            return listsWhereAuthorised ? Optional.of(new Fact.Flag(true, List.of("nyx.workAuthorization")))
                    : Optional.empty();
        }
        Optional<Boolean> needs = asked.profile().nyx().requiresSponsorship();
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> authorised = code.map(listed::get);
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
        if (asked.question().type().hasOptions() && asked.question().type() != QuestionType.YES_NO
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
}
