package dev.nyx.core.match.internal;

import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Work;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The candidate's level: what the headline ({@code basics.label}) or the latest position names,
 * else what the years of work history mean. Pure functions; not part of the API.
 */
public final class CandidateLevel {
    private CandidateLevel() {
    }

    public static Seniority of(Profile profile, LocalDate today) {
        Optional<Seniority> named = profile.basics().label().flatMap(Seniority::namedIn);
        if (named.isEmpty() && !profile.work().isEmpty()) {
            named = profile.work().get(0).position().flatMap(Seniority::namedIn);
        }
        return named.orElseGet(() -> Seniority.fromYears(years(profile, today)));
    }

    /** Years of work history: every job's months summed (overlaps count twice), capped at 40. */
    static double years(Profile profile, LocalDate today) {
        long months = 0;
        for (Work work : profile.work()) {
            if (work.startDate().isEmpty()) {
                continue;
            }
            LocalDate start = toDate(work.startDate().get());
            LocalDate end = work.endDate().map(CandidateLevel::toDate).orElse(today);
            months += Math.max(0, ChronoUnit.MONTHS.between(start, end));
        }
        return Math.min(40, months / 12.0);
    }

    private static LocalDate toDate(PartialDate date) {
        return LocalDate.of(date.year(), date.month().orElse(1), date.day().orElse(1));
    }
}
