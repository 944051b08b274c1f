package dev.nyx.core.match.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.country.PostingCountries;
import dev.nyx.core.match.Constraint;
import dev.nyx.core.match.Veto;
import dev.nyx.core.salary.SalaryPeriods;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.JobPosting;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.model.profile.NyxSection;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.RemotePreference;
import dev.nyx.model.profile.SalaryExpectation;
import dev.nyx.core.storage.TextKeys;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one posting against the candidate's hard constraints: location and remote work, work
 * authorisation, salary floor, seniority, excluded companies. A broken constraint is a {@link Veto};
 * what is worth knowing but rules nothing out is a note. Stateless and thread-safe; not part of the API.
 */
public final class HardConstraints {

    private static final Pattern REMOTE = Pattern.compile("\\b(remote|fully remote|work from home|wfh|home office|anywhere)\\b");
    private static final Pattern HYBRID = Pattern.compile("\\bhybrid\\b");
    private static final Pattern ONSITE = Pattern.compile("\\b(on-?site|in[- ]office|in the office|office-based|vor ort)\\b");
    private static final Pattern NO_SPONSORSHIP = Pattern.compile(
            "(no|not|unable to|cannot|can't|without)( provide| offer)? (visa )?sponsor|sponsorship is not available"
                    + "|must be (legally )?(authori[sz]ed|eligible) to work");

    /** What the checks found. */
    public record Findings(List<Veto> vetoes, List<String> notes) {
        public Findings {
            vetoes = List.copyOf(vetoes);
            notes = List.copyOf(notes);
        }
    }

    /** Everything the checks need besides the posting and the profile. */
    public record Context(CompanyTier tier, Set<String> excludedCompanies, LocalDate today) {
        public Context {
            requireNonNull(tier, "tier is null");
            excludedCompanies = Set.copyOf(excludedCompanies);
            requireNonNull(today, "today is null");
        }
    }

    public Findings check(JobPosting posting, Profile profile, Context context) {
        List<Veto> vetoes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<String> country = posting.location().flatMap(PostingCountries::of);
        Workplace workplace = workplaceOf(posting);
        checkLocation(posting, profile, workplace, country, vetoes, notes);
        checkAuthorisation(posting, profile.nyx(), workplace, country, vetoes, notes);
        checkSalary(posting, profile.nyx(), vetoes, notes);
        checkSeniority(posting, profile, context.today(), vetoes, notes);
        checkCompany(posting, context, vetoes);
        return new Findings(vetoes, notes);
    }

    /** Remote, hybrid or on-site, from the location first, then the title and description. */
    public static Workplace workplaceOf(JobPosting posting) {
        String location = posting.location().orElse("").toLowerCase(Locale.ROOT);
        Workplace fromLocation = workplaceIn(location);
        if (fromLocation != Workplace.UNKNOWN) {
            return fromLocation;
        }
        return workplaceIn((posting.title() + "\n" + posting.description()).toLowerCase(Locale.ROOT));
    }

    private static Workplace workplaceIn(String lower) {
        // "hybrid" wins over "remote": "hybrid (2 days remote)" still needs the office
        if (HYBRID.matcher(lower).find()) {
            return Workplace.HYBRID;
        }
        if (REMOTE.matcher(lower).find()) {
            return Workplace.REMOTE;
        }
        return ONSITE.matcher(lower).find() ? Workplace.ONSITE : Workplace.UNKNOWN;
    }

    private static void checkLocation(JobPosting posting, Profile profile, Workplace workplace, Optional<String> country,
                                      List<Veto> vetoes, List<String> notes) {
        RemotePreference wanted = profile.nyx().remote();
        String where = posting.location().orElse("an unstated location");
        if (wanted == RemotePreference.REMOTE && (workplace == Workplace.ONSITE || workplace == Workplace.HYBRID)) {
            vetoes.add(new Veto(Constraint.LOCATION, "Location: the role is " + workplace.describe() + " in " + where
                    + ", but you want remote work only (nyx.remote)."));
            return;
        }
        if (wanted == RemotePreference.ONSITE && workplace == Workplace.REMOTE) {
            notes.add("Location: the role is remote; you prefer on-site work.");
        }
        if (workplace == Workplace.REMOTE || posting.location().isEmpty()) {
            return;
        }
        if (livesThere(profile, posting.location().get(), country)) {
            return;
        }
        Optional<Boolean> relocate = profile.nyx().willingToRelocate();
        if (relocate.isPresent() && !relocate.get()) {
            vetoes.add(new Veto(Constraint.LOCATION, "Location: the role is " + workplace.describe() + " in " + where
                    + ", away from where you live, and you do not want to relocate (nyx.willingToRelocate)."));
        } else if (relocate.isPresent()) {
            notes.add("Location: the role is in " + where + "; you would relocate.");
        } else {
            notes.add("Location: the role is in " + where + "; the profile does not say whether you would relocate.");
        }
    }

    private static boolean livesThere(Profile profile, String postingLocation, Optional<String> country) {
        var home = profile.basics().location();
        String location = TextKeys.normalize(postingLocation);
        if (home.city().map(TextKeys::normalize).filter(city -> !city.isEmpty())
                .filter(city -> PostingCountries.containsWord(location, city)).isPresent()) {
            return true;
        }
        // same country and no city we can compare: do not claim a move is needed
        return country.isPresent() && home.countryCode().filter(country.get()::equals).isPresent()
                && home.city().isEmpty();
    }

    private static void checkAuthorisation(JobPosting posting, NyxSection nyx, Workplace workplace,
                                           Optional<String> country, List<Veto> vetoes, List<String> notes) {
        if (country.isEmpty()) {
            return;
        }
        String code = country.get();
        String name = PostingCountries.name(code);
        Boolean authorised = nyx.workAuthorization().get(code);
        if (Boolean.TRUE.equals(authorised)) {
            return;
        }
        if (authorised == null) {
            notes.add("Work authorisation: the profile does not say whether you may work in " + name + ".");
            return;
        }
        boolean postingRefuses = NO_SPONSORSHIP.matcher(posting.description().toLowerCase(Locale.ROOT)).find();
        boolean needsSponsor = nyx.requiresSponsorship().orElse(false);
        if (needsSponsor || postingRefuses) {
            vetoes.add(new Veto(Constraint.WORK_AUTHORIZATION, "Work authorisation: you are not authorised to work in "
                    + name + (needsSponsor ? " and need visa sponsorship" : " and the posting offers no sponsorship")
                    + " (nyx.workAuthorization." + code + ")."));
        } else {
            notes.add("Work authorisation: you are not authorised to work in " + name + " (" + workplace.describe()
                    + " role); the profile does not say you need sponsorship.");
        }
    }

    private static void checkSalary(JobPosting posting, NyxSection nyx, List<Veto> vetoes, List<String> notes) {
        if (posting.salary().isEmpty() || nyx.salary().isEmpty()) {
            return;
        }
        SalaryRange posted = posting.salary().get();
        SalaryExpectation floor = nyx.salary().get();
        if (!posted.currency().equalsIgnoreCase(floor.currency())) {
            notes.add("Salary: the posting pays in " + posted.currency() + ", your minimum is in " + floor.currency()
                    + "; not compared.");
            return;
        }
        BigDecimal postedMax = SalaryPeriods.convert(posted.max(), posted.period(), SalaryPeriod.YEAR);
        BigDecimal minimum = SalaryPeriods.convert(floor.min(), floor.period(), SalaryPeriod.YEAR);
        if (postedMax.compareTo(minimum) < 0) {
            vetoes.add(new Veto(Constraint.SALARY, "Salary: the posted maximum " + amount(postedMax, posted.currency())
                    + " a year is below your minimum " + amount(minimum, floor.currency()) + " a year (nyx.salary)."));
        } else {
            notes.add("Salary: the posted range reaches " + amount(postedMax, posted.currency())
                    + " a year, at or above your minimum.");
        }
    }

    private static void checkSeniority(JobPosting posting, Profile profile, LocalDate today, List<Veto> vetoes,
                                       List<String> notes) {
        Optional<Seniority> asked = Seniority.namedIn(posting.title());
        if (asked.isEmpty()) {
            return;
        }
        Seniority candidate = CandidateLevel.of(profile, today);
        int gap = asked.get().ordinal() - candidate.ordinal();
        boolean tooJunior = asked.get().ordinal() <= Seniority.JUNIOR.ordinal() && gap <= -2;
        if (tooJunior || gap >= 2) {
            vetoes.add(new Veto(Constraint.SENIORITY, "Seniority: the title asks for " + asked.get().describe()
                    + " level, far " + (gap > 0 ? "above" : "below") + " your " + candidate.describe() + " level."));
        } else if (gap != 0) {
            notes.add("Seniority: the title asks for " + asked.get().describe() + " level; yours is "
                    + candidate.describe() + ".");
        }
    }

    private static void checkCompany(JobPosting posting, Context context, List<Veto> vetoes) {
        String company = TextKeys.companyKey(posting.company());
        if (context.tier() == CompanyTier.AVOID) {
            vetoes.add(new Veto(Constraint.EXCLUDED_COMPANY, "Excluded company: " + posting.company()
                    + " has tier avoid."));
        } else if (context.excludedCompanies().stream().map(TextKeys::companyKey).anyMatch(company::equals)) {
            vetoes.add(new Veto(Constraint.EXCLUDED_COMPANY, "Excluded company: " + posting.company()
                    + " is on your list of companies to skip."));
        }
    }

    private static String amount(BigDecimal value, String currency) {
        return currency.toUpperCase(Locale.ROOT) + " " + value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
