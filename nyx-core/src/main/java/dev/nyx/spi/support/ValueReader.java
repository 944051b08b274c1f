package dev.nyx.spi.support;

import java.util.Map;
import java.util.Optional;

/** Reads what a control shows from the DOM. */
final class ValueReader {

    private ValueReader() {
    }

    static FieldValue read(Scope scope, FormField field) {
        Map<String, Object> shown = Scripts.map(scope.eval(field.control(), Scripts.READ_BACK, field.kind().name()));
        Object checked = shown.get("checked");
        return new FieldValue(field.kind(), Scripts.strings(shown.get("values")),
                checked instanceof Boolean flag ? Optional.of(flag) : Optional.empty());
    }
}
