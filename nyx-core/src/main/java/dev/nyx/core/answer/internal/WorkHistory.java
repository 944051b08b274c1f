package dev.nyx.core.answer.internal;

import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Skill;
import dev.nyx.model.profile.Work;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Years of experience computed from the profile's work history. Periods that overlap count once;
 * a job without an end date counts until today; a start given as a year counts from January, an
 * end given as a year or month counts to the end of that year or month. The result is rounded down.
 * Stateless.
 */
public final class WorkHistory {

    private static final double DAYS_PER_YEAR = 365.2425;

    private record Period(LocalDate start, LocalDate endExclusive) {
    }

    private WorkHistory() {
    }

    /** Whole years across all jobs; empty without a work history or when a job has no start date. */
    public static Optional<Integer> totalYears(Profile profile, LocalDate today) {
        return years(profile.work(), today);
    }

    /**
     * Whole years in jobs whose position, summary or highlights mention the technology (or, when it
     * is a skill's name, one of that skill's keywords). A technology no job mentions gives 0 when
     * there is a work history; empty when there is none or a matching job has no start date.
     */
    public static Optional<Integer> yearsWith(Profile profile, String technology, LocalDate today) {
        if (profile.work().isEmpty()) {
            return Optional.empty();
        }
        List<Work> matching = jobsMentioning(profile, technology);
        if (matching.isEmpty()) {
            return Optional.of(0);
        }
        return years(matching, today);
    }

    /** The jobs whose position, summary or highlights mention the technology or its skill's keywords. */
    public static List<Work> jobsMentioning(Profile profile, String technology) {
        List<Pattern> terms = new ArrayList<>();
        terms.add(wordPattern(technology));
        for (Skill skill : profile.skills()) {
            if (skill.name().equalsIgnoreCase(technology.strip())) {
                skill.keywords().forEach(keyword -> terms.add(wordPattern(keyword)));
            }
        }
        return profile.work().stream().filter(work -> mentions(work, terms)).toList();
    }

    private static Optional<Integer> years(List<Work> jobs, LocalDate today) {
        if (jobs.isEmpty() || jobs.stream().anyMatch(work -> work.startDate().isEmpty())) {
            return Optional.empty();
        }
        List<Period> periods = jobs.stream()
                .map(work -> new Period(start(work.startDate().get()),
                        work.endDate().map(WorkHistory::endExclusive).orElse(today)))
                .filter(period -> period.start().isBefore(period.endExclusive()))
                .sorted(Comparator.comparing(Period::start))
                .toList();
        long days = 0;
        LocalDate coveredUntil = LocalDate.MIN;
        for (Period period : periods) {
            LocalDate from = period.start().isAfter(coveredUntil) ? period.start() : coveredUntil;
            if (period.endExclusive().isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, period.endExclusive());
                coveredUntil = period.endExclusive();
            }
        }
        // days, not months, so that adjacent jobs ending and starting mid-month still add up
        return Optional.of((int) Math.floor(days / DAYS_PER_YEAR));
    }

    private static boolean mentions(Work work, List<Pattern> terms) {
        List<String> texts = new ArrayList<>();
        work.position().ifPresent(texts::add);
        work.summary().ifPresent(texts::add);
        texts.addAll(work.highlights());
        return texts.stream().anyMatch(text -> terms.stream().anyMatch(term -> term.matcher(text).find()));
    }

    private static Pattern wordPattern(String term) {
        // "Java" must not match "JavaScript"; "C++" and "C#" end in symbols, so no trailing \b there
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.strip()) + "(?![\\p{L}\\p{N}+#])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static LocalDate start(PartialDate date) {
        return LocalDate.of(date.year(), date.month().orElse(1), date.day().orElse(1));
    }

    private static LocalDate endExclusive(PartialDate date) {
        if (date.day().isPresent()) {
            return LocalDate.of(date.year(), date.month().get(), date.day().get()).plusDays(1);
        }
        return date.month().map(month -> LocalDate.of(date.year(), month, 1).plusMonths(1))
                .orElse(LocalDate.of(date.year() + 1, 1, 1));
    }
}
