package dev.nyx.core.document;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A value in a {@link SourceDocument} together with its path. Typed getters return empty and record
 * a problem naming the path when the value has the wrong type; absent and {@code null} values are
 * simply empty. Shared by the readers, not API for hosts; not thread-safe (it records into {@link Problems}).
 */
public final class Node {
    private final JsonNode value;
    private final String path;
    private final SourceDocument document;
    private final Problems problems;

    Node(JsonNode value, String path, SourceDocument document, Problems problems) {
        this.value = requireNonNull(value, "value is null");
        this.path = requireNonNull(path, "path is null");
        this.document = requireNonNull(document, "document is null");
        this.problems = requireNonNull(problems, "problems is null");
    }

    public String path() {
        return path;
    }

    /** The child at {@code key}; absent when this is not an object or has no such key. */
    public Node get(String key) {
        JsonNode child = value.isObject() && value.has(key) ? value.get(key) : MissingNode.getInstance();
        return new Node(child, path.isEmpty() ? key : path + "." + key, document, problems);
    }

    /** Whether a non-null value is there. */
    public boolean isPresent() {
        return !value.isMissingNode() && !value.isNull();
    }

    /** Whether a non-null text, number or boolean is there. */
    public boolean isScalar() {
        return isPresent() && value.isValueNode();
    }

    /** Records a problem at this path. */
    public void problem(String message) {
        problems.add(path, message);
    }

    /** Text; numbers and booleans count as text written as in the file. Blank text is empty. */
    public Optional<String> text() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            String text = value.textValue().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (value.isValueNode()) {
            return Optional.of(document.scalarText(path).orElse(value.asText()));
        }
        problem("expected text, found " + describeType());
        return Optional.empty();
    }

    /** {@code true} or {@code false}. */
    public Optional<Boolean> bool() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        problem("expected true or false, found " + describeType());
        return Optional.empty();
    }

    /** A number. */
    public Optional<BigDecimal> decimal() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        problem("expected a number, found " + describeType());
        return Optional.empty();
    }

    /** A whole number that fits an {@code int}. */
    public Optional<Integer> integer() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.bigIntegerValue().bitLength() < 32) {
            return Optional.of(value.intValue());
        }
        if (value.isNumber() && !value.isIntegralNumber()) {
            BigDecimal decimal = value.decimalValue().stripTrailingZeros();
            if (decimal.scale() <= 0 && decimal.toBigInteger().bitLength() < 32) {
                return Optional.of(decimal.intValue());
            }
        }
        problem("expected a whole number, found " + describeType());
        return Optional.empty();
    }

    /** A whole number that must not be negative. */
    public Optional<Integer> nonNegativeInteger() {
        Optional<Integer> number = integer();
        if (number.isPresent() && number.get() < 0) {
            problem(number.get() + " is negative; expected 0 or more");
            return Optional.empty();
        }
        return number;
    }

    /** The items of a list; a single value where a list is expected is reported. */
    public List<Node> items() {
        if (!isPresent()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem("expected a list, found " + describeType());
            return List.of();
        }
        List<Node> items = new ArrayList<>();
        for (int index = 0; index < value.size(); index++) {
            items.add(new Node(value.get(index), path + "[" + index + "]", document, problems));
        }
        return items;
    }

    /** Texts of a list of texts. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Node item : items()) {
            item.text().ifPresent(texts::add);
        }
        return texts;
    }

    /** Whether this is an object; a present value of another type is reported as a problem. */
    public boolean isObject() {
        if (value.isObject()) {
            return true;
        }
        if (isPresent()) {
            problem("expected an object (keys and values), found " + describeType());
        }
        return false;
    }

    /** The keys of an object, in file order; empty for other values. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** Reports each key not in {@code known}, suggesting the closest known one. */
    public void rejectUnknownKeys(Collection<String> known) {
        for (String key : keys()) {
            if (!known.contains(key)) {
                String suggestion = Suggestions.didYouMean(key, known);
                get(key).problem("unknown key \"" + key + "\"" + suggestion
                        + (suggestion.isEmpty() ? "; expected one of " + new TreeSet<>(known) : ""));
            }
        }
    }

    /** "text \"abc\"", "a number", "a list", ... for messages; never longer than a few words. */
    public String describeType() {
        if (problems.isHidden(path) && value.isValueNode()) {
            return value.isTextual() ? "text (not shown: sensitive)" : "a value (not shown: sensitive)";
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return "text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (value.isBoolean()) {
            return "a boolean (" + value.booleanValue() + ")";
        }
        if (value.isNumber()) {
            return "a number (" + document.scalarText(path).orElse(value.asText()) + ")";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "nothing";
    }
}
