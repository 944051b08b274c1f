package dev.nyx.testkit.lever;

import static java.util.Objects.requireNonNull;

/**
 * What the replica's resume parse "reads" from any uploaded resume and writes into the apply form's basic
 * fields once the upload is done (Lever parses the resume and pre-fills the form, ATS-NOTES 2.3). The
 * values overwrite what the fields hold at that moment, so an applicant must finish the upload before
 * typing the basics, or the parse clobbers them. Immutable; thread-safe.
 */
public record LeverResumeParse(String name, String email, String phone, String org) {
    public LeverResumeParse {
        requireNonNull(name, "name is null");
        requireNonNull(email, "email is null");
        requireNonNull(phone, "phone is null");
        requireNonNull(org, "org is null");
    }

    /** A parse that gets everything a little wrong (old address, old employer, name in capitals). */
    public static LeverResumeParse stale() {
        return new LeverResumeParse("LENA M.", "l.moreau@old-employer.example", "06 55 50 12 34", "Datalyon");
    }
}
