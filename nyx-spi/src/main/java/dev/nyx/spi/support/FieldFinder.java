package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds controls by label. The browser lists every control in the scope with all the label texts it
 * can find (label for/wrapping, aria-labelledby, aria-label, legend, form-field wrapper, placeholder);
 * this class scores them with {@link FuzzyText#labelScore} and picks one.
 */
final class FieldFinder {

    /** Labels must fit better than options: a wrong field is worse than a clear error. */
    static final double MINIMUM_LABEL_SCORE = 0.6;

    /**
     * One label text of a control.
     *
     * @param rank 0 = the control's own label, 1 = legend or wrapper, 2 = placeholder or title
     */
    record Label(String text, int rank) {
        Label {
            requireNonNull(text, "text is null");
        }
    }

    /** A control the browser listed, with what it showed when {@link #scan(Scope, boolean)} was asked for values. */
    record Candidate(String token, ControlKind kind, List<Label> labels, boolean visible, boolean multiple,
                     boolean member, List<String> keys, Optional<FieldValue> shown) {
        Candidate {
            requireNonNull(token, "token is null");
            requireNonNull(kind, "kind is null");
            labels = List.copyOf(labels);
            keys = List.copyOf(keys);
            requireNonNull(shown, "shown is null");
        }
    }

    /** A chosen control as handed out, and the candidate it came from. */
    record Found(FormField field, Candidate candidate) {
    }

    private record Scored(Candidate candidate, Label label, double score, int order) {
    }

    private FieldFinder() {
    }

    static List<Candidate> scan(Scope scope) {
        return scan(scope, false);
    }

    /** Every control in scope in one browser call; with {@code values}, also what each shows now. */
    static List<Candidate> scan(Scope scope, boolean values) {
        List<Candidate> candidates = new ArrayList<>();
        Object listed = scope.eval(scope.root(), Scripts.SCAN, values ? Map.of("values", true) : null);
        for (Map<String, Object> raw : Scripts.list(listed)) {
            List<Label> labels = new ArrayList<>();
            for (Map<String, Object> label : Scripts.list(raw.get("labels"))) {
                labels.add(new Label(Scripts.string(label, "text"), Scripts.integer(label.get("rank"))));
            }
            ControlKind kind = ControlKind.valueOf(Scripts.string(raw, "kind"));
            candidates.add(new Candidate(Scripts.string(raw, "token"), kind, labels, Scripts.bool(raw, "visible"),
                    Scripts.bool(raw, "multiple"), Scripts.bool(raw, "member"), Scripts.strings(raw.get("keys")),
                    shown(kind, raw.get("shown"))));
        }
        return candidates;
    }

    private static Optional<FieldValue> shown(ControlKind kind, Object raw) {
        if (!(raw instanceof Map<?, ?>)) {
            return Optional.empty();
        }
        Map<String, Object> shown = Scripts.map(raw);
        Object checked = shown.get("checked");
        return Optional.of(new FieldValue(kind, Scripts.strings(shown.get("values")),
                checked instanceof Boolean flag ? Optional.of(flag) : Optional.empty()));
    }

    /** The best fitting control of one of {@code kinds}, if any fits well enough. */
    static Optional<FormField> find(Scope scope, String wanted, Set<ControlKind> kinds) {
        return choose(scope, wanted, kinds, scan(scope));
    }

    static Optional<FormField> choose(Scope scope, String wanted, Set<ControlKind> kinds, List<Candidate> candidates) {
        return chooseFound(scope, wanted, kinds, candidates).map(Found::field);
    }

    static Optional<Found> chooseFound(Scope scope, String wanted, Set<ControlKind> kinds, List<Candidate> candidates) {
        List<Scored> scored = new ArrayList<>();
        for (int order = 0; order < candidates.size(); order++) {
            Candidate candidate = candidates.get(order);
            if (!kinds.contains(candidate.kind())) {
                continue;
            }
            Scored best = null;
            for (Label label : candidate.labels()) {
                double score = FuzzyText.labelScore(wanted, label.text());
                if (best == null || score > best.score() || (score == best.score() && label.rank() < best.label().rank())) {
                    best = new Scored(candidate, label, score, order);
                }
            }
            if (best != null && best.score() >= MINIMUM_LABEL_SCORE) {
                scored.add(best);
            }
        }
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        // exact beats fuzzy, own label beats wrapper beats placeholder, shown beats hidden, then page order
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.label().rank())
                .thenComparing(s -> !s.candidate().visible())
                .thenComparingInt(Scored::order));
        Scored first = scored.get(0);
        if (scored.size() > 1) {
            Scored second = scored.get(1);
            if (second.score() == first.score() && second.label().rank() == first.label().rank()
                    && second.candidate().visible() == first.candidate().visible()) {
                throw new NyxException(ErrorCode.NOT_FOUND, "The label '" + wanted + "' fits several fields in "
                        + scope.name() + " equally well: " + FuzzyText.describe(List.of(first.label().text(),
                        second.label().text())) + " (" + first.candidate().kind() + ", " + second.candidate().kind()
                        + "). Use the full label text or scope the search to the right section.");
            }
        }
        Candidate chosen = first.candidate();
        return Optional.of(new Found(new FormField(FuzzyText.displayLabel(first.label().text()), chosen.kind(),
                scope.marked("data-nyx-field", chosen.token()), chosen.visible(), chosen.multiple()), chosen));
    }

    /**
     * The control whose {@code name} or {@code id} is {@code key} (for groups: a member's name or the
     * group's id), of one of {@code kinds}; a name with a trailing {@code []} also matches without it.
     * A group wins over its members; otherwise the first in page order.
     */
    static Optional<Found> chooseByKey(Scope scope, String key, Set<ControlKind> kinds, List<Candidate> candidates) {
        String bare = key.endsWith("[]") ? key.substring(0, key.length() - 2) : key;
        Candidate chosen = null;
        for (Candidate candidate : candidates) {
            if (!kinds.contains(candidate.kind()) || candidate.keys().stream()
                    .noneMatch(known -> known.equals(key) || known.equals(bare) || known.equals(bare + "[]"))) {
                continue;
            }
            if (chosen == null || (chosen.member() && !candidate.member())) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        String label = chosen.labels().isEmpty() ? key : FuzzyText.displayLabel(chosen.labels().get(0).text());
        return Optional.of(new Found(new FormField(label, chosen.kind(), scope.marked("data-nyx-field", chosen.token()),
                chosen.visible(), chosen.multiple()), chosen));
    }

    static NyxException notFound(Scope scope, String wanted, Set<ControlKind> kinds, List<Candidate> candidates) {
        List<String> labels = new ArrayList<>();
        for (Candidate candidate : candidates) {
            // radio options ("Yes", "No") would drown the question labels
            if (candidate.kind() == ControlKind.RADIO && candidate.member() && kinds.contains(ControlKind.RADIO_GROUP)) {
                continue;
            }
            candidate.labels().stream().filter(label -> label.rank() < 2).findFirst()
                    .or(() -> candidate.labels().stream().findFirst())
                    .ifPresent(label -> labels.add(label.text()));
        }
        return new NyxException(ErrorCode.NOT_FOUND, "No " + describe(kinds) + " labelled '" + wanted + "' in "
                + scope.name() + "; labels found: " + FuzzyText.describe(labels)
                + ". Check the label text, or scope the search to the form, dialog or step that holds it.");
    }

    static String describe(Set<ControlKind> kinds) {
        if (kinds.equals(EnumSet.allOf(ControlKind.class))) {
            return "field";
        }
        if (kinds.stream().allMatch(kind -> kind == ControlKind.FILE || kind == ControlKind.UPLOAD_BUTTON)) {
            return "file field";
        }
        if (kinds.stream().allMatch(kind -> kind == ControlKind.CHECKBOX || kind == ControlKind.RADIO
                || kind == ControlKind.CHECKBOX_GROUP)) {
            return "checkbox or radio";
        }
        if (kinds.contains(ControlKind.RADIO_GROUP) || kinds.contains(ControlKind.NATIVE_SELECT)) {
            return "choice field";
        }
        return "text field";
    }
}
