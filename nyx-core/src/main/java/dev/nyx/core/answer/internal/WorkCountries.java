package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.country.PostingCountries;
import dev.nyx.model.profile.Profile;
import java.util.List;
import java.util.Optional;

/**
 * Work authorisation and visas are per country. Which country a question is about, and what the
 * profile says about working there:
 * <ul>
 *   <li>the country is the one listed country the question names ("in Germany", "für die USA", "pour
 *       le Royaume-Uni"), else a place it names that {@link PostingCountries} places ("in Berlin"),
 *       else, when the question names no place and not several countries, the posting's country; a
 *       region we do not list ("the EU", also "the UK or the EU") leaves the country unknown;</li>
 *   <li>for a country in {@code nyx.workAuthorization}, the candidate may work there as listed, and
 *       needs a visa (sponsorship, a work permit) there exactly when not allowed to work there;</li>
 *   <li>{@code nyx.requiresSponsorship} is about the candidate's home country (the profile's
 *       {@code basics.location.countryCode}): it answers for that country when it is not listed;</li>
 *   <li>for any other country, and when the country is unknown, the profile does not say: the
 *       question needs the candidate's input (a flag about one country never answers for another).</li>
 * </ul>
 * Shared by the answer rules and, through {@link dev.nyx.core.answer.QuestionConcepts}, by QA, so
 * they never disagree. Stateless and thread-safe.
 */
public final class WorkCountries {
    private WorkCountries() {
    }

    /** The country (ISO code) an authorisation or visa question is about, if known. */
    public static Optional<String> askedAbout(String originalLabel, PostingContext posting) {
        requireNonNull(originalLabel, "originalLabel is null");
        requireNonNull(posting, "posting is null");
        // "in the UK or the EU": a region we do not list makes the question not about one listed country
        if (Countries.namesUnlistedRegion(Text.normalise(originalLabel))) {
            return Optional.empty();
        }
        List<String> named = Countries.allNamedIn(originalLabel);
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        if (named.size() > 1) {
            return Optional.empty();
        }
        Optional<String> place = Countries.placeNamedIn(originalLabel, posting.company());
        if (place.isPresent()) {
            // "in Berlin" is Germany; "in Brazil" is a country we do not list: never the posting's country
            return PostingCountries.of(place.get());
        }
        return posting.countryCode();
    }

    /** Whether the candidate may work in the country, with the profile path that says so. */
    public static Optional<Fact.Flag> mayWorkIn(String code, Profile profile) {
        requireNonNull(code, "code is null");
        requireNonNull(profile, "profile is null");
        Boolean listed = profile.nyx().workAuthorization().get(code);
        if (listed != null) {
            return Optional.of(new Fact.Flag(listed, List.of("nyx.workAuthorization." + code)));
        }
        if (isHome(code, profile)) {
            return profile.nyx().requiresSponsorship()
                    .map(needs -> new Fact.Flag(!needs, List.of("nyx.requiresSponsorship")));
        }
        return Optional.empty();
    }

    /** Whether the candidate needs a visa, a work permit or sponsorship for the country. */
    public static Optional<Fact.Flag> needsVisaFor(String code, Profile profile) {
        requireNonNull(code, "code is null");
        requireNonNull(profile, "profile is null");
        Boolean listed = profile.nyx().workAuthorization().get(code);
        if (listed != null) {
            return Optional.of(new Fact.Flag(!listed, List.of("nyx.workAuthorization." + code)));
        }
        if (isHome(code, profile)) {
            return profile.nyx().requiresSponsorship()
                    .map(needs -> new Fact.Flag(needs, List.of("nyx.requiresSponsorship")));
        }
        return Optional.empty();
    }

    private static boolean isHome(String code, Profile profile) {
        return profile.basics().location().countryCode().map(code::equalsIgnoreCase).orElse(false);
    }
}
