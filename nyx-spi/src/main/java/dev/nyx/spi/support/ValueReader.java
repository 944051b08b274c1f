package dev.nyx.spi.support;

import java.util.Map;
import java.util.Optional;

/** Reads what a control shows from the DOM. */
final class ValueReader {

    private ValueReader() {
    }

    static FieldValue read(Scope scope, FormField field) {
        return value(field, scope.eval(field.control(), Scripts.READ_BACK, field.kind().name()));
    }

    /** Takes the focus off a field (its blur handlers run), then reads it. */
    static FieldValue blurAndRead(Scope scope, FormField field) {
        return value(field, scope.eval(field.control(), Scripts.BLUR_AND_READ, field.kind().name()));
    }

    private static FieldValue value(FormField field, Object raw) {
        Map<String, Object> shown = Scripts.map(raw);
        Object checked = shown.get("checked");
        return new FieldValue(field.kind(), Scripts.strings(shown.get("values")),
                checked instanceof Boolean flag ? Optional.of(flag) : Optional.empty());
    }
}
