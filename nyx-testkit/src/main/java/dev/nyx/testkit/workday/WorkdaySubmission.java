package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An application a candidate submitted on the replica's Review step: the latest save of every step, the work and
 * education entries of My Experience and the uploaded resume.
 *
 * @param email       the signed-in candidate
 * @param jobReqId    the posting's requisition id
 * @param values      the saved values by {@code "{stepKey}.{fieldKey}"} (texts, chosen option labels, ticked
 *                    checkbox labels, chips; a single checkbox as "true"; dates as {@code MM/DD/YYYY},
 *                    {@code MM/YYYY} or {@code YYYY}); hidden conditional fields are absent
 * @param work        the work entries in page order, each with {@code jobTitle}, {@code company}, {@code location},
 *                    {@code currentlyWorkHere} ("true"/"false"), {@code startDate} and {@code endDate}
 *                    ({@code MM/YYYY}, the end empty while current) and {@code description}
 * @param education   the education entries in page order, each with {@code school}, {@code degree},
 *                    {@code fieldOfStudy}, {@code gradeAverage}, {@code firstYear}, {@code lastYear}
 * @param resumeName  the uploaded resume's file name, empty when none
 * @param resumeBytes the uploaded resume's bytes, empty when none
 */
public record WorkdaySubmission(String email, String jobReqId, Map<String, List<String>> values,
                                List<Map<String, String>> work, List<Map<String, String>> education,
                                String resumeName, byte[] resumeBytes) {
    public WorkdaySubmission {
        requireNonNull(email, "email is null");
        requireNonNull(jobReqId, "jobReqId is null");
        requireNonNull(resumeName, "resumeName is null");
        values = Map.copyOf(values);
        work = work.stream().map(Map::copyOf).toList();
        education = education.stream().map(Map::copyOf).toList();
        resumeBytes = resumeBytes.clone();
    }

    /** The resume's bytes (a copy). */
    @Override
    public byte[] resumeBytes() {
        return resumeBytes.clone();
    }

    /** The values of one field, empty when absent. */
    public List<String> value(String stepKey, String fieldKey) {
        return values.getOrDefault(stepKey + "." + fieldKey, List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkdaySubmission that && email.equals(that.email) && jobReqId.equals(that.jobReqId)
                && values.equals(that.values) && work.equals(that.work) && education.equals(that.education)
                && resumeName.equals(that.resumeName) && Arrays.equals(resumeBytes, that.resumeBytes);
    }

    @Override
    public int hashCode() {
        return (((email.hashCode() * 31 + jobReqId.hashCode()) * 31 + values.hashCode()) * 31 + work.hashCode()) * 31
                + Arrays.hashCode(resumeBytes);
    }

    @Override
    public String toString() {
        return "WorkdaySubmission[jobReqId=" + jobReqId + ", values=" + values.keySet() + ", work=" + work.size()
                + ", education=" + education.size() + ", resumeName=" + resumeName + ", resumeBytes="
                + resumeBytes.length + "]";
    }
}
