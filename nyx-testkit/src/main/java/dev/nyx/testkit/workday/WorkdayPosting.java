package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;

/**
 * One posting on a Workday replica tenant, as the CXS API describes it (ATS-NOTES 3.2).
 *
 * @param jobReqId        the requisition id ({@code JR-12345}), also the end of the job path
 * @param title           the title
 * @param location        the location text ({@code locationsText}, {@code location})
 * @param descriptionHtml the description as HTML ({@code jobDescription})
 * @param postedOn        Workday's relative date ("Posted Today", "Posted 3 Days Ago", ...)
 * @param canApply        whether the posting still takes applications
 */
public record WorkdayPosting(String jobReqId, String title, String location, String descriptionHtml, String postedOn,
                             boolean canApply) {
    public WorkdayPosting {
        requireNonNull(jobReqId, "jobReqId is null");
        requireNonNull(title, "title is null");
        requireNonNull(location, "location is null");
        requireNonNull(descriptionHtml, "descriptionHtml is null");
        requireNonNull(postedOn, "postedOn is null");
    }

    /** An open posting posted today. */
    public static WorkdayPosting open(String jobReqId, String title, String location, String descriptionHtml) {
        return new WorkdayPosting(jobReqId, title, location, descriptionHtml, "Posted Today", true);
    }

    /** The same posting no longer taking applications. */
    public WorkdayPosting closed() {
        return new WorkdayPosting(jobReqId, title, location, descriptionHtml, postedOn, false);
    }

    /** {@code /job/{Location-Slug}/{Title-Slug}_{jobReqId}}, Workday's {@code externalPath}. */
    public String externalPath() {
        return "/job/" + slug(location) + "/" + slug(title) + "_" + jobReqId;
    }

    private static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "Job" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
