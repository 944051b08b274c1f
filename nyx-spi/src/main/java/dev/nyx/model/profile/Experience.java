package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The candidate's work and education entries, as a multi-step form asks for them one by one (Workday's
 * "My Experience": one panel per job and per school). Taken from the profile's {@code work} and
 * {@code education} sections, in the profile's order.
 *
 * <p>{@link #toString()} gives only the counts: the entries are the candidate's and stay out of logs.
 *
 * @param work      the jobs, most recent first as the profile lists them
 * @param education the schools, as the profile lists them
 */
public record Experience(List<Work> work, List<Education> education) {
    public Experience {
        work = List.copyOf(requireNonNull(work, "work is null"));
        education = List.copyOf(requireNonNull(education, "education is null"));
    }

    /** The work and education entries of {@code profile}. */
    public static Experience of(Profile profile) {
        requireNonNull(profile, "profile is null");
        return new Experience(profile.work(), profile.education());
    }

    /** No entries: a candidate who gives neither jobs nor schools. */
    public static Experience none() {
        return new Experience(List.of(), List.of());
    }

    /** Whether there is neither a job nor a school. */
    public boolean isEmpty() {
        return work.isEmpty() && education.isEmpty();
    }

    @Override
    public String toString() {
        return "Experience[work=" + work.size() + " entries, education=" + education.size() + " entries]";
    }
}
