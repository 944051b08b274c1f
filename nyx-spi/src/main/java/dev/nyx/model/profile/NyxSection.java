package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Resume;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The profile's {@code nyx} section: what job forms ask that a resume does not say.
 *
 * @param firstName           given name when {@code basics.name} does not split well
 * @param lastName            family name
 * @param workAuthorization   ISO 3166-1 alpha-2 country code (upper case) to whether the candidate may work there
 * @param requiresSponsorship whether the candidate needs a visa sponsor; empty when not said (never guessed)
 * @param salary              the lowest acceptable pay
 * @param noticePeriodDays    days until the candidate can start
 * @param willingToRelocate   whether the candidate would move; empty when not said
 * @param remote              where the candidate wants to work; {@link RemotePreference#ANY} when not said
 * @param eeo                 equal-opportunity answers, declining by default
 * @param resumes             resume files, exactly one of them the default; paths are absolute
 * @param answers             the answer bank, in the order written (first match wins)
 * @param coverLetterTemplate a cover-letter template, if given
 * @param personal            other personal facts (e.g. {@code dateOfBirth}); all sensitive
 * @param sensitive           profile paths that must never leave the machine, as written
 *                            ({@code basics.phone}, {@code personal.*}); {@code personal.*} is always implied
 * @param marketingOptIn      whether the candidate wants news from the company (future openings, job
 *                            alerts, talent pools, newsletters); {@code false} when not said
 */
public record NyxSection(Optional<String> firstName, Optional<String> lastName, Map<String, Boolean> workAuthorization,
                         Optional<Boolean> requiresSponsorship, Optional<SalaryExpectation> salary,
                         Optional<Integer> noticePeriodDays, Optional<Boolean> willingToRelocate,
                         RemotePreference remote, Eeo eeo, List<Resume> resumes, List<AnswerRule> answers,
                         Optional<String> coverLetterTemplate, Map<String, String> personal, List<String> sensitive,
                         boolean marketingOptIn) {
    public NyxSection {
        requireNonNull(firstName, "firstName is null");
        requireNonNull(lastName, "lastName is null");
        workAuthorization = Map.copyOf(workAuthorization);
        requireNonNull(requiresSponsorship, "requiresSponsorship is null");
        requireNonNull(salary, "salary is null");
        requireNonNull(noticePeriodDays, "noticePeriodDays is null");
        requireNonNull(willingToRelocate, "willingToRelocate is null");
        requireNonNull(remote, "remote is null");
        requireNonNull(eeo, "eeo is null");
        resumes = List.copyOf(resumes);
        answers = List.copyOf(answers);
        requireNonNull(coverLetterTemplate, "coverLetterTemplate is null");
        personal = Map.copyOf(personal);
        sensitive = List.copyOf(sensitive);
        if (noticePeriodDays.isPresent() && noticePeriodDays.get() < 0) {
            throw new IllegalArgumentException("noticePeriodDays must not be negative: " + noticePeriodDays.get());
        }
        if (!resumes.isEmpty() && resumes.stream().filter(Resume::isDefault).count() != 1) {
            throw new IllegalArgumentException("exactly one resume must be the default");
        }
    }

    /** A section without a marketing opt-in (the candidate wants no news): the shape before it existed. */
    public NyxSection(Optional<String> firstName, Optional<String> lastName, Map<String, Boolean> workAuthorization,
                      Optional<Boolean> requiresSponsorship, Optional<SalaryExpectation> salary,
                      Optional<Integer> noticePeriodDays, Optional<Boolean> willingToRelocate,
                      RemotePreference remote, Eeo eeo, List<Resume> resumes, List<AnswerRule> answers,
                      Optional<String> coverLetterTemplate, Map<String, String> personal, List<String> sensitive) {
        this(firstName, lastName, workAuthorization, requiresSponsorship, salary, noticePeriodDays, willingToRelocate,
                remote, eeo, resumes, answers, coverLetterTemplate, personal, sensitive, false);
    }

    /** The resume to use when nothing else decides. */
    public Optional<Resume> defaultResume() {
        return resumes.stream().filter(Resume::isDefault).findFirst();
    }

    /** Personal facts, salary, EEO answers and the answer bank may be sensitive: only their shape is printed. */
    @Override
    public String toString() {
        return "NyxSection[workAuthorization=" + new TreeMap<>(workAuthorization) + ", requiresSponsorship="
                + requiresSponsorship.map(String::valueOf).orElse("unknown") + ", remote=" + remote + ", eeo=" + eeo
                + ", resumes=" + resumes.stream().map(Resume::id).toList() + ", answers=" + answers.size()
                + ", personal=" + new TreeMap<>(personal).keySet() + ", sensitive=" + sensitive + ", marketingOptIn="
                + marketingOptIn + "]";
    }
}
