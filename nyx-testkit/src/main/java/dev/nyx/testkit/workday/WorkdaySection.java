package dev.nyx.testkit.workday;

/**
 * A repeating or special part of a replica wizard step, rendered with Workday's markup around the step's fields
 * (ATS-NOTES 3.4).
 */
public enum WorkdaySection {
    /**
     * Work experience: an "Add" button ({@code add-button}) opens a {@code workExperience-{n}} panel with job title,
     * company, location, "I currently work here", From/To as month and year spinbuttons, and a role description;
     * "Add Another" adds the next panel, "Delete" removes one.
     */
    WORK_EXPERIENCE,
    /**
     * Education: {@code education-{n}} panels with school, degree (dropdown), field of study (searchable
     * multi-select), grade average, and first/last year attended.
     */
    EDUCATION,
    /**
     * The resume upload ({@code file-upload-input-ref}); the uploaded file shows as {@code file-upload-item}, the
     * bytes are kept by the replica.
     */
    RESUME
}
