package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a candidate answers on the {@link GreenhouseFixtures#BACKEND_ENGINEER} posting, as the
 * candidate reads it (option labels, not ids). Used by {@link GreenhouseFixedSelectorScript}.
 *
 * @param location        the exact place to pick from the location autocomplete
 * @param visaType        the follow-up answer; must be present exactly when {@code sponsorship}
 * @param race            asked only when {@code hispanicEthnicity} is "No"
 */
public record BackendEngineerAnswers(String firstName, String lastName, String preferredName, String email,
                                     String phone, Path resume, String location, String linkedIn, String whyAcme,
                                     int javaYears, LocalDate startDate, boolean authorized, boolean sponsorship,
                                     Optional<String> visaType, String heardFrom, List<String> languages,
                                     List<String> offices, String gender, String hispanicEthnicity,
                                     Optional<String> race, String veteranStatus, String disabilityStatus) {
    public BackendEngineerAnswers {
        requireNonNull(firstName, "firstName is null");
        requireNonNull(lastName, "lastName is null");
        requireNonNull(preferredName, "preferredName is null");
        requireNonNull(email, "email is null");
        requireNonNull(phone, "phone is null");
        requireNonNull(resume, "resume is null");
        requireNonNull(location, "location is null");
        requireNonNull(linkedIn, "linkedIn is null");
        requireNonNull(whyAcme, "whyAcme is null");
        requireNonNull(startDate, "startDate is null");
        requireNonNull(visaType, "visaType is null");
        requireNonNull(heardFrom, "heardFrom is null");
        languages = List.copyOf(languages);
        offices = List.copyOf(offices);
        requireNonNull(gender, "gender is null");
        requireNonNull(hispanicEthnicity, "hispanicEthnicity is null");
        requireNonNull(race, "race is null");
        requireNonNull(veteranStatus, "veteranStatus is null");
        requireNonNull(disabilityStatus, "disabilityStatus is null");
        if (visaType.isPresent() != sponsorship) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "visaType must be given exactly when sponsorship is needed");
        }
        if (race.isPresent() != hispanicEthnicity.equals("No")) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "race is asked exactly when hispanicEthnicity is \"No\"");
        }
    }

    /** A complete set of answers that declines every EEOC question and needs sponsorship. */
    public static BackendEngineerAnswers sample(Path resume) {
        return new BackendEngineerAnswers("Ada", "Lovelace-Byron", "Ada", "ada@example.org", "+44 20 7946 0000",
                resume, "Berlin, Berlin, Germany", "https://www.linkedin.com/in/ada-example",
                "I like robots & \"hard\" problems.\nAlso: Grüße aus Berlin — ünïcödé!", 7,
                LocalDate.of(2027, 1, 15), true, true, Optional.of("O-1"), "Employee referral",
                List.of("Kotlin", "Java"), List.of("Berlin", "Remote (EU)"), "Decline To Self Identify", "No",
                Optional.of("Decline To Self Identify"), "I don't wish to answer", "I don't wish to answer");
    }

    /** The same answers with a different sponsorship answer (and follow-up). */
    public BackendEngineerAnswers withSponsorship(Optional<String> newVisaType) {
        return new BackendEngineerAnswers(firstName, lastName, preferredName, email, phone, resume, location,
                linkedIn, whyAcme, javaYears, startDate, authorized, newVisaType.isPresent(), newVisaType, heardFrom,
                languages, offices, gender, hispanicEthnicity, race, veteranStatus, disabilityStatus);
    }
}
