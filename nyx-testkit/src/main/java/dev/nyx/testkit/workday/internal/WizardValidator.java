package dev.nyx.testkit.workday.internal;

import dev.nyx.testkit.workday.WorkdayField;
import dev.nyx.testkit.workday.WorkdayFieldKind;
import dev.nyx.testkit.workday.WorkdayStep;
import dev.nyx.testkit.workday.WorkdayWizard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The server-side checks of a step save (the browser checks the same required fields first): required visible
 * fields have a value, choices are among the options, dates are well formed, work and education entries are
 * complete. Conditional fields whose condition does not hold are dropped. Stateless.
 */
final class WizardValidator {
    private static final Pattern DATE = Pattern.compile("(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/(19|20)\\d\\d");
    private static final Pattern MONTH_YEAR = Pattern.compile("(0[1-9]|1[0-2])/(19|20)\\d\\d");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** One refused value: {@code field} is a field key or {@code work.{i}.{key}} / {@code education.{i}.{key}}. */
    record Problem(String field, String message) {
    }

    private WizardValidator() {
    }

    /** The step's values without unknown keys and without fields whose condition does not hold. */
    static Map<String, List<String>> visibleValues(WorkdayStep step, Map<String, List<String>> values) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (WorkdayField field : step.fields()) {
            if (visible(step, field, values, 0)) {
                kept.put(field.key(), values.getOrDefault(field.key(), List.of()));
            }
        }
        return kept;
    }

    /** Whether any honeypot of the step has a value. */
    static boolean honeypotFilled(WorkdayStep step, Map<String, List<String>> values) {
        return step.fields().stream().filter(field -> field.kind() == WorkdayFieldKind.HIDDEN)
                .anyMatch(field -> values.getOrDefault(field.key(), List.of()).stream().anyMatch(value -> !value.isEmpty()));
    }

    static List<Problem> check(WorkdayStep step, Map<String, List<String>> visible, Predicate<String> uploaded) {
        List<Problem> problems = new ArrayList<>();
        for (WorkdayField field : step.fields()) {
            if (!visible.containsKey(field.key()) || field.kind() == WorkdayFieldKind.HIDDEN) {
                continue;
            }
            List<String> values = visible.get(field.key()).stream().filter(value -> !value.isBlank()).toList();
            if (values.isEmpty()) {
                if (field.required()) {
                    problems.add(new Problem(field.key(), required(field.label())));
                }
                continue;
            }
            boolean valid = switch (field.kind()) {
                case DROPDOWN, RADIO -> values.size() == 1 && field.options().contains(values.get(0));
                case CHECKBOXES -> field.options().containsAll(values);
                case MULTISELECT -> field.choices().containsAll(values);
                case CHECKBOX -> values.equals(List.of("true"));
                case DATE -> values.size() == 1 && DATE.matcher(values.get(0)).matches();
                case MONTH_YEAR -> values.size() == 1 && MONTH_YEAR.matcher(values.get(0)).matches();
                case YEAR -> values.size() == 1 && YEAR.matcher(values.get(0)).matches();
                case FILE -> uploaded.test(field.key());
                default -> values.size() == 1;
            };
            if (!valid) {
                problems.add(new Problem(field.key(), "Error: The value of the field " + field.label() + " is not valid."));
            }
        }
        return problems;
    }

    static List<Problem> checkWork(List<Map<String, String>> entries) {
        List<Problem> problems = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            Map<String, String> entry = entries.get(index);
            String prefix = "work." + index + ".";
            requireText(problems, entry, prefix, "jobTitle", "Job Title");
            requireText(problems, entry, prefix, "company", "Company");
            requireDate(problems, entry, prefix, "startDate", "From", MONTH_YEAR, true);
            boolean current = "true".equals(entry.getOrDefault("currentlyWorkHere", "false"));
            requireDate(problems, entry, prefix, "endDate", "To", MONTH_YEAR, !current);
        }
        return problems;
    }

    static List<Problem> checkEducation(List<Map<String, String>> entries) {
        List<Problem> problems = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            Map<String, String> entry = entries.get(index);
            String prefix = "education." + index + ".";
            requireText(problems, entry, prefix, "school", "School or University");
            requireText(problems, entry, prefix, "degree", "Degree");
            String degree = entry.getOrDefault("degree", "");
            if (!degree.isEmpty() && !WorkdayWizard.DEGREES.contains(degree)) {
                problems.add(new Problem(prefix + "degree", "Error: The value of the field Degree is not valid."));
            }
            String field = entry.getOrDefault("fieldOfStudy", "");
            if (!field.isEmpty() && !WorkdayWizard.FIELDS_OF_STUDY.contains(field)) {
                problems.add(new Problem(prefix + "fieldOfStudy",
                        "Error: The value of the field Field of Study is not valid."));
            }
            requireDate(problems, entry, prefix, "firstYear", "From", YEAR, false);
            requireDate(problems, entry, prefix, "lastYear", "To (Actual or Expected)", YEAR, false);
        }
        return problems;
    }

    static String required(String label) {
        return "Error: The field " + label + " is required and must have a value.";
    }

    private static void requireText(List<Problem> problems, Map<String, String> entry, String prefix, String key,
                                    String label) {
        if (entry.getOrDefault(key, "").isBlank()) {
            problems.add(new Problem(prefix + key, required(label)));
        }
    }

    private static void requireDate(List<Problem> problems, Map<String, String> entry, String prefix, String key,
                                    String label, Pattern pattern, boolean required) {
        String value = entry.getOrDefault(key, "");
        if (value.isEmpty()) {
            if (required) {
                problems.add(new Problem(prefix + key, required(label)));
            }
        } else if (!pattern.matcher(value).matches()) {
            problems.add(new Problem(prefix + key, "Error: The value of the field " + label + " is not valid."));
        }
    }

    private static boolean visible(WorkdayStep step, WorkdayField field, Map<String, List<String>> values, int depth) {
        if (field.shownWhen().isEmpty()) {
            return true;
        }
        if (depth > step.fields().size()) {
            return false;
        }
        String dependency = field.shownWhen().get().fieldKey();
        WorkdayField other = step.field(dependency).orElseThrow();
        return visible(step, other, values, depth + 1)
                && field.shownWhen().get().holds(values.getOrDefault(dependency, List.of()));
    }
}
