package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One entry of the JSON Resume {@code education} section.
 *
 * @param area      field of study, e.g. "Computer Science"
 * @param studyType degree, e.g. "Master"
 * @param score     grade as written, e.g. "1.3" or "3.8/4.0"
 */
public record Education(String institution, Optional<String> area, Optional<String> studyType,
                        Optional<PartialDate> startDate, Optional<PartialDate> endDate, Optional<String> score) {
    public Education {
        requireNonNull(institution, "institution is null");
        requireNonNull(area, "area is null");
        requireNonNull(studyType, "studyType is null");
        requireNonNull(startDate, "startDate is null");
        requireNonNull(endDate, "endDate is null");
        requireNonNull(score, "score is null");
        if (startDate.isPresent() && endDate.isPresent() && endDate.get().compareTo(startDate.get()) < 0) {
            throw new IllegalArgumentException("education at " + institution + " ends before it starts");
        }
    }
}
