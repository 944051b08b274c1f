package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One field of a replica wizard step. The replica renders it with the widget of its {@link #kind()} inside a
 * {@code div[data-automation-id=formField-...]} wrapper with a {@code label} (a {@code legend} for radios and
 * checkbox groups) ending in a required marker, and records what the candidate saved under {@link #key()}.
 *
 * <p>Identity per UI generation (ATS-NOTES 3.4): in {@link UiGeneration#LEGACY} the control carries
 * {@code data-automation-id="{legacyId}"} and the wrapper is {@code formField-{legacyId}}; in
 * {@link UiGeneration#FKIT} the control has {@code id="{fkitId}"} (such as {@code name--legalName--firstName}) and
 * the wrapper is {@code formField-{fkitId without its first segment}} ({@code formField-legalName--firstName}).
 *
 * @param key        the field's key within its step ({@code firstName}); letters, digits and {@code _}
 * @param kind       the widget
 * @param label      the visible label, without the required marker
 * @param required   whether "Save and Continue" refuses an empty value
 * @param legacyId   the control's {@code data-automation-id} in the legacy UI
 * @param fkitId     the control's {@code id} in the fkit UI
 * @param options    the options of a dropdown, radio group, checkbox group or flat multi-select, in page order
 * @param categories a multi-select's categories, in page order, each with its leaves (a category with no leaves
 *                   is itself a choice); empty for other kinds
 * @param shownWhen  the condition under which the field is shown, or empty when always shown
 */
public record WorkdayField(String key, WorkdayFieldKind kind, String label, boolean required, String legacyId,
                           String fkitId, List<String> options, Map<String, List<String>> categories,
                           Optional<WorkdayCondition> shownWhen) {
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    public WorkdayField {
        requireNonNull(key, "key is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(label, "label is null");
        requireNonNull(legacyId, "legacyId is null");
        requireNonNull(fkitId, "fkitId is null");
        requireNonNull(shownWhen, "shownWhen is null");
        options = List.copyOf(options);
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        categories.forEach((name, leaves) -> ordered.put(requireNonNull(name, "category is null"), List.copyOf(leaves)));
        categories = Collections.unmodifiableMap(ordered);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("field key must be letters, digits or _: " + key);
        }
        if (!ID.matcher(legacyId).matches() || !ID.matcher(fkitId).matches()) {
            throw new IllegalArgumentException("ids of " + key + " must be letters, digits, - or _: " + legacyId
                    + ", " + fkitId);
        }
        boolean needsOptions = kind == WorkdayFieldKind.DROPDOWN || kind == WorkdayFieldKind.RADIO
                || kind == WorkdayFieldKind.CHECKBOXES;
        if (needsOptions && options.isEmpty()) {
            throw new IllegalArgumentException(kind + " field " + key + " needs options");
        }
        if (kind == WorkdayFieldKind.MULTISELECT && options.isEmpty() && categories.isEmpty()) {
            throw new IllegalArgumentException("multi-select " + key + " needs options or categories");
        }
        if (kind != WorkdayFieldKind.MULTISELECT && !categories.isEmpty()) {
            throw new IllegalArgumentException("only a multi-select has categories: " + key);
        }
        if (kind == WorkdayFieldKind.HIDDEN && required) {
            throw new IllegalArgumentException("a hidden field cannot be required: " + key);
        }
        shownWhen.ifPresent(condition -> {
            if (condition.fieldKey().equals(key)) {
                throw new IllegalArgumentException("field " + key + " cannot depend on itself");
            }
        });
    }

    /** A field without options, categories or condition. */
    public static WorkdayField of(String key, WorkdayFieldKind kind, String label, boolean required, String legacyId,
                                  String fkitId) {
        return new WorkdayField(key, kind, label, required, legacyId, fkitId, List.of(), Map.of(), Optional.empty());
    }

    /** A field with options (dropdown, radios, checkboxes, flat multi-select). */
    public static WorkdayField of(String key, WorkdayFieldKind kind, String label, boolean required, String legacyId,
                                  String fkitId, List<String> options) {
        return new WorkdayField(key, kind, label, required, legacyId, fkitId, options, Map.of(), Optional.empty());
    }

    /** A searchable multi-select whose choices sit under categories. */
    public static WorkdayField categorised(String key, String label, boolean required, String legacyId, String fkitId,
                                           Map<String, List<String>> categories) {
        return new WorkdayField(key, WorkdayFieldKind.MULTISELECT, label, required, legacyId, fkitId, List.of(),
                categories, Optional.empty());
    }

    /**
     * An application question ({@code primaryQuestionnaire--{hash}} in both generations, ATS-NOTES 3.4); the hash is
     * derived from the key, so the same key gives the same id.
     */
    public static WorkdayField question(String key, WorkdayFieldKind kind, String label, boolean required,
                                        List<String> options) {
        String id = "primaryQuestionnaire--" + hash(key);
        return new WorkdayField(key, kind, label, required, id, id, options, Map.of(), Optional.empty());
    }

    /** A honeypot: an input nobody sees, which must stay empty. */
    public static WorkdayField hidden(String key, String legacyId, String fkitId) {
        return new WorkdayField(key, WorkdayFieldKind.HIDDEN, key, false, legacyId, fkitId, List.of(), Map.of(),
                Optional.empty());
    }

    /** The same field, shown only while {@code condition} holds. */
    public WorkdayField shownWhen(WorkdayCondition condition) {
        return new WorkdayField(key, kind, label, required, legacyId, fkitId, options, categories,
                Optional.of(condition));
    }

    /** The same field, required or not. */
    public WorkdayField required(boolean value) {
        return new WorkdayField(key, kind, label, value, legacyId, fkitId, options, categories, shownWhen);
    }

    /** The same field with another label. */
    public WorkdayField labelled(String value) {
        return new WorkdayField(key, kind, value, required, legacyId, fkitId, options, categories, shownWhen);
    }

    /** The wrapper's {@code data-automation-id} in the given UI generation. */
    public String wrapperId(UiGeneration ui) {
        if (ui == UiGeneration.LEGACY) {
            return "formField-" + legacyId;
        }
        int separator = fkitId.indexOf("--");
        return "formField-" + (separator < 0 ? fkitId : fkitId.substring(separator + 2));
    }

    /** Every choice a person can pick: the options, or the categories' leaves (and leafless categories). */
    public List<String> choices() {
        if (categories.isEmpty()) {
            return options;
        }
        return categories.entrySet().stream()
                .flatMap(entry -> entry.getValue().isEmpty() ? java.util.stream.Stream.of(entry.getKey())
                        : entry.getValue().stream())
                .toList();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
