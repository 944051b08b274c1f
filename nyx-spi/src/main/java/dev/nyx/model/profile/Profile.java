package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The candidate: a JSON Resume document ({@code basics}, {@code work}, {@code education},
 * {@code skills}, {@code languages}) plus the {@code nyx} section. Other JSON Resume sections are
 * accepted in the file and not kept.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints no contact details, personal facts or
 * other sensitive values; use {@code dev.nyx.core.profile.SensitiveValues} to keep them out of text.
 */
public record Profile(Basics basics, List<Work> work, List<Education> education, List<Skill> skills,
                      List<LanguageSkill> languages, NyxSection nyx) {
    public Profile {
        requireNonNull(basics, "basics is null");
        work = List.copyOf(work);
        education = List.copyOf(education);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        requireNonNull(nyx, "nyx is null");
        if (firstAndLast(basics, nyx).isEmpty()) {
            throw new IllegalArgumentException("a profile needs basics.name or nyx.firstName and nyx.lastName");
        }
    }

    /** {@code nyx.firstName}, else everything but the last word of {@code basics.name}. */
    public String firstName() {
        return firstAndLast(basics, nyx).orElseThrow()[0];
    }

    /** {@code nyx.lastName}, else the last word of {@code basics.name}. */
    public String lastName() {
        return firstAndLast(basics, nyx).orElseThrow()[1];
    }

    /** {@code basics.name}, else first and last name joined. */
    public String fullName() {
        return basics.name().orElseGet(() -> firstName() + " " + lastName());
    }

    /**
     * One line for people, without contact details or personal facts, e.g. {@code Mara Lindqvist:
     * 3 jobs, 2 education entries, 3 skills, 3 languages, 2 resumes (default en), 3 answers, 4 sensitive paths}.
     */
    public String summary() {
        return fullName() + ": " + count(work.size(), "job") + ", " + count(education.size(), "education entry",
                "education entries") + ", " + count(skills.size(), "skill") + ", " + count(languages.size(), "language")
                + ", " + count(nyx.resumes().size(), "resume")
                + nyx.defaultResume().map(resume -> " (default " + resume.id() + ")").orElse("") + ", "
                + count(nyx.answers().size(), "answer") + ", "
                + count(nyx.sensitive().size() + 1, "sensitive path");
    }

    private static String count(int number, String singular) {
        return count(number, singular, singular + "s");
    }

    private static String count(int number, String singular, String plural) {
        return number + " " + (number == 1 ? singular : plural);
    }

    private static Optional<String[]> firstAndLast(Basics basics, NyxSection nyx) {
        if (nyx.firstName().isPresent() && nyx.lastName().isPresent()) {
            return Optional.of(new String[] {nyx.firstName().get(), nyx.lastName().get()});
        }
        Optional<String> name = basics.name().map(String::trim).filter(text -> !text.isEmpty());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String fullName = name.get();
        int lastSpace = fullName.lastIndexOf(' ');
        String first = lastSpace < 0 ? fullName : fullName.substring(0, lastSpace).trim();
        String last = lastSpace < 0 ? "" : fullName.substring(lastSpace + 1);
        return Optional.of(new String[] {nyx.firstName().orElse(first), nyx.lastName().orElse(last)});
    }

    /** Prints the shape of the profile, never contact details or personal facts. */
    @Override
    public String toString() {
        return "Profile[basics=" + basics + ", work=" + work.size() + " entries, education=" + education.size()
                + " entries, skills=" + skills.stream().map(Skill::name).toList() + ", languages="
                + languages.stream().map(LanguageSkill::language).toList() + ", nyx=" + nyx + "]";
    }
}
