package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One wizard step a candidate saved with "Save and Continue" on the replica (not a submission: the application
 * is submitted on the Review step).
 *
 * @param email  the signed-in candidate
 * @param step   the step's key ({@code myInformation}, see {@link WorkdayStep#key()})
 * @param values the step's values by field key (see {@link WorkdayField#key()}): texts, chosen option labels,
 *               selected multi-select items, ticked checkbox labels, dates; conditional fields not shown are absent
 */
public record WorkdayStepSave(String email, String step, Map<String, List<String>> values) {
    public WorkdayStepSave {
        requireNonNull(email, "email is null");
        requireNonNull(step, "step is null");
        values = Map.copyOf(values);
    }
}
