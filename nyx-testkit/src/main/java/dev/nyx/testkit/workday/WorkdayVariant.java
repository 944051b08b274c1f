package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Workday tenant made by {@link WorkdayVariants} from a seed: the tenant (host, site, company, UI generation,
 * autofill offered or not), its one posting, its wizard (steps, fields, widgets, labels, conditions, whether it
 * verifies emails) and what a correct applicant with the standard test candidate saves. Immutable; thread-safe.
 * Throws nothing.
 *
 * @param seed           the seed it was made from (print it to reproduce a failure)
 * @param tenant         the tenant to start the replica with
 * @param posting        the posting applied to
 * @param wizard         the tenant's wizard
 * @param expected       {@code "stepKey.fieldKey"} → what a correct applicant saves, for every field of every step
 *                       (hidden fields and conditional fields left hidden: nothing)
 * @param expectedWork   the work entries of My Experience in profile order, each {@code key → expected}
 *                       (keys {@code jobTitle, company, location, currentlyWorkHere, startDate, endDate, description});
 *                       empty when the tenant does not ask for work experience
 * @param expectedEducation the education entries in profile order (keys {@code school, degree, fieldOfStudy,
 *                       gradeAverage, firstYear, lastYear}); empty when the tenant does not ask for education
 * @param resumeExpected whether the resume must be uploaded (My Experience has the resume section)
 */
public record WorkdayVariant(long seed, WorkdayTenant tenant, WorkdayPosting posting, WorkdayWizard wizard,
                             Map<String, WorkdayExpected> expected, List<Map<String, WorkdayExpected>> expectedWork,
                             List<Map<String, WorkdayExpected>> expectedEducation, boolean resumeExpected) {
    public WorkdayVariant {
        requireNonNull(tenant, "tenant is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(wizard, "wizard is null");
        expected = Map.copyOf(expected);
        expectedWork = expectedWork.stream().map(Map::copyOf).toList();
        expectedEducation = expectedEducation.stream().map(Map::copyOf).toList();
    }

    /** How many values are checked: the fields, every key of every work and education entry, and the resume. */
    public int checkedValues() {
        return expected.size() + expectedWork.stream().mapToInt(Map::size).sum()
                + expectedEducation.stream().mapToInt(Map::size).sum() + (resumeExpected ? 1 : 0);
    }

    /** The concepts this variant asks about, sorted, for per-concept counts. */
    public Set<String> concepts() {
        Set<String> concepts = new TreeSet<>();
        expected.values().forEach(value -> concepts.add(value.concept()));
        return concepts;
    }

    /** The keys of the steps in wizard order, e.g. {@code [myInformation, myExperience, review]}. */
    public List<String> stepKeys() {
        return wizard.steps().stream().map(WorkdayStep::key).toList();
    }
}
