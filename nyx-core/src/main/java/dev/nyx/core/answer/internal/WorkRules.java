package dev.nyx.core.answer.internal;

import dev.nyx.model.profile.Work;
import java.util.List;
import java.util.Optional;

/**
 * Rules about work: authorisation and visa/sponsorship per country ({@link WorkCountries}), in
 * English, German and French wordings; relocation from {@code nyx.willingToRelocate} ("willing to
 * relocate", "umziehen", "déménager", "relocalisation", "mobilité"; never a question about relocation
 * help); the working model ({@link WorkModelRule}); and the current and earlier employers.
 */
final class WorkRules {
    private static final String AUTHORISED = "\\b(authori[sz]ed|eligible|right to work|legal right|permitted|allowed|"
            + "legally able|work permit|work authori[sz]ation|authori[sz]ation to work|berechtigt|arbeitserlaubnis|"
            + "arbeitsgenehmigung|arbeitsberechtigung|autorise|autorisation de travail\\w*|droit de travailler|"
            + "droit de travail|permis de travail)\\b|\\bdurfen sie\\b.*\\barbeiten\\b|\\brecht\\b.*\\bzu arbeiten\\b|"
            + "\\b(travailler legalement|legalement autorise)";
    private static final String WITHOUT_SPONSOR = "\\b(without|ohne|sans)\\b.*\\b(sponsor\\w*|visa|visum|"
            + "parrainage)\\b";
    private static final String SPONSORSHIP = "\\b(sponsor\\w*|h 1b|parrainage)\\b|\\b(require|requires|need|needs|"
            + "benotigen|brauchen|besoin|necessite\\w*)\\b.*\\b(visa|visum|work permit|arbeitserlaubnis|"
            + "arbeitsgenehmigung|aufenthaltstitel|permis de travail|titre de sejour|autorisation de travail)\\b";
    private static final String RELOCATION = "\\b(relocat\\w*|relocali[sz]\\w*|umzug\\w*|umziehen|umzuziehen|"
            + "umzugsbereit\\w*|standortwechsel|wohnortwechsel|demenag\\w*|mobilite\\w*)\\b";

    private WorkRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule("previously-employed", asked -> asked.matches("\\b(previously|ever|before|formerly|in the "
                        + "past) (been )?(worked|work|employed)\\b|\\bcurrent or former (employee|worker)\\b|"
                        + "\\bbereits\\b.*\\b(gearbeitet|beschaftigt|tatig)\\b|\\bdeja travaille\\b")
                        && namesThisCompany(asked), WorkRules::previouslyEmployed),
                Rule.regex("work-authorization", WITHOUT_SPONSOR, WorkRules::authorised),
                Rule.regex("sponsorship", SPONSORSHIP, WorkRules::sponsorship),
                Rule.regex("work-authorization", AUTHORISED, WorkRules::authorised),
                // "Are you willing to relocate?", not "Do you need relocation assistance?" (the profile does not say)
                Rule.regex("relocation", RELOCATION, asked -> asked.mentions("assistance", "package", "support", "bonus",
                        "allowance", "help", "costs", "expenses", "unterstutzung", "hilfe", "kosten", "pauschale",
                        "aide", "frais", "prise en charge") ? Optional.empty() : asked.profile().nyx()
                        .willingToRelocate().map(yes -> new Fact.Flag(yes, List.of("nyx.willingToRelocate")))),
                WorkModelRule.rule(),
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

    /** Authorised to work in the country asked about (see {@link WorkCountries}). */
    private static Optional<Fact> authorised(Asked asked) {
        return WorkCountries.askedAbout(asked.question().label(), asked.posting())
                .flatMap(code -> WorkCountries.mayWorkIn(code, asked.profile()));
    }

    /**
     * Needs a visa, a work permit or sponsorship for the country asked about: the negation of
     * {@code nyx.workAuthorization} for a listed country, {@code nyx.requiresSponsorship} for the
     * unlisted home country, else the profile does not say (see {@link WorkCountries}).
     */
    private static Optional<Fact> sponsorship(Asked asked) {
        return WorkCountries.askedAbout(asked.question().label(), asked.posting())
                .flatMap(code -> WorkCountries.needsVisaFor(code, asked.profile()));
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
