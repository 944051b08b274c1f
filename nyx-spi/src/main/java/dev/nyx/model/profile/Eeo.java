package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

/** Answers to equal-employment-opportunity questions ({@code nyx.eeo}); each declines unless set. */
public record Eeo(EeoAnswer gender, EeoAnswer race, EeoAnswer veteran, EeoAnswer disability) {
    public Eeo {
        requireNonNull(gender, "gender is null");
        requireNonNull(race, "race is null");
        requireNonNull(veteran, "veteran is null");
        requireNonNull(disability, "disability is null");
    }

    /** Decline every question. */
    public static Eeo declineAll() {
        return new Eeo(EeoAnswer.decline(), EeoAnswer.decline(), EeoAnswer.decline(), EeoAnswer.decline());
    }
}
