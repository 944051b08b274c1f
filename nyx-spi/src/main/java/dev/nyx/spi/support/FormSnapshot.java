package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every control of a form as it was at one moment, listed with one browser call: find many fields
 * by label without asking the browser again, and (when taken {@linkplain FormFiller#snapshotWithValues()
 * with values}) read back the whole form at once. Labels match as in {@link FormFiller#find}.
 *
 * <p>A snapshot does not follow the page: a field revealed or hidden afterwards (a follow-up question
 * after an answer) is not in it or shows its old visibility; take a new one after answers that can
 * change the form. The {@link FormField}s it hands out stay usable with {@link FormFiller} for as long as
 * the page keeps their elements. Cheap to keep; must be used from the thread that drives the page.
 */
public final class FormSnapshot {
    private static final Set<ControlKind> ANY = EnumSet.allOf(ControlKind.class);

    private final Scope scope;
    private final List<FieldFinder.Candidate> candidates;
    // the fields handed out, so valueOf can answer from the snapshot without asking the browser
    private final Map<FormField, FieldFinder.Candidate> handedOut = new IdentityHashMap<>();

    FormSnapshot(Scope scope, List<FieldFinder.Candidate> candidates) {
        this.scope = requireNonNull(scope, "scope is null");
        this.candidates = List.copyOf(candidates);
    }

    /** How many controls the form had. */
    public int size() {
        return candidates.size();
    }

    /**
     * The field labelled {@code label} of one of {@code kinds} (any kind when none are given), as
     * {@link FormFiller#findIfPresent}; empty when none fits.
     *
     * @throws NyxException {@link ErrorCode#NOT_FOUND} when several fit equally well
     */
    public Optional<FormField> findIfPresent(String label, ControlKind... kinds) {
        requireNonNull(label, "label is null");
        Set<ControlKind> accepted = kinds.length == 0 ? ANY : EnumSet.copyOf(List.of(kinds));
        Optional<FieldFinder.Found> found = FieldFinder.chooseFound(scope, label, accepted, candidates);
        found.ifPresent(chosen -> handedOut.put(chosen.field(), chosen.candidate()));
        return found.map(FieldFinder.Found::field);
    }

    /**
     * The field whose {@code name} or {@code id} attribute is {@code name} (for a radio or checkbox group:
     * its members' name, or the group's id), of one of {@code kinds}; empty when none has it. A name ending
     * in {@code []} also matches without it. For questions whose id is the form's field name (as
     * {@link FormReader} gives them) when no label fits.
     */
    public Optional<FormField> findByName(String name, ControlKind... kinds) {
        requireNonNull(name, "name is null");
        Set<ControlKind> accepted = kinds.length == 0 ? ANY : EnumSet.copyOf(List.of(kinds));
        Optional<FieldFinder.Found> found = FieldFinder.chooseByKey(scope, name, accepted, candidates);
        found.ifPresent(chosen -> handedOut.put(chosen.field(), chosen.candidate()));
        return found.map(FieldFinder.Found::field);
    }

    /**
     * What {@code field} showed when the snapshot was taken with values; for a field that did not come
     * from this snapshot, or a snapshot taken without values, it is read from the page now.
     */
    public FieldValue valueOf(FormField field) {
        requireNonNull(field, "field is null");
        FieldFinder.Candidate candidate = handedOut.get(field);
        if (candidate != null && candidate.shown().isPresent()) {
            return candidate.shown().get();
        }
        return FormFiller.read(scope, field);
    }
}
