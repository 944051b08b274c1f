package dev.nyx.core.match.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Career levels, lowest first, and how titles name them. Not part of the API. */
public enum Seniority {
    INTERN("intern", "internship", "praktikum", "praktikant", "stage", "stagiaire", "werkstudent", "working student"),
    JUNIOR("junior", "jr", "graduate", "entry level", "entry-level", "trainee"),
    MID("mid", "mid-level", "intermediate", "regular"),
    SENIOR("senior", "sr", "experienced"),
    STAFF("staff", "lead", "tech lead", "team lead"),
    PRINCIPAL("principal", "distinguished"),
    DIRECTOR("director", "head of", "vp", "vice president", "cto", "chief");

    private final List<Pattern> patterns;

    Seniority(String... words) {
        this.patterns = List.of(words).stream()
                .map(word -> Pattern.compile("(?<![a-z])" + Pattern.quote(word) + "(?![a-z])"))
                .toList();
    }

    /** The highest level a title names ("Senior Staff Engineer" → STAFF); empty when it names none. */
    public static Optional<Seniority> namedIn(String title) {
        requireNonNull(title, "title is null");
        String lower = title.toLowerCase(Locale.ROOT);
        Optional<Seniority> found = Optional.empty();
        for (Seniority level : values()) {
            if (level.patterns.stream().anyMatch(pattern -> pattern.matcher(lower).find())) {
                found = Optional.of(level);
            }
        }
        return found;
    }

    /** The level years of professional experience usually mean. */
    public static Seniority fromYears(double years) {
        if (years < 2) {
            return JUNIOR;
        }
        if (years < 5) {
            return MID;
        }
        return years < 10 ? SENIOR : STAFF;
    }

    public String describe() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
