package dev.nyx.core.document;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.nyx.core.problem.Problem;
import dev.nyx.core.problem.ValidationException;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON or YAML file read into a tree, with the line and column of every path. Jackson's tree
 * model forgets locations, so the tree is built here from the parser's token stream.
 *
 * <p>Immutable after {@link #read}; shared by the readers, not API for hosts.
 */
public final class SourceDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String name;
    private final Path file;
    private final JsonNode root;
    private final Map<String, JsonLocation> locations;
    private final Map<String, String> scalarTexts;
    private final List<Problem> parseProblems;

    private SourceDocument(String name, Path file, JsonNode root, Map<String, JsonLocation> locations,
                           Map<String, String> scalarTexts, List<Problem> parseProblems) {
        this.name = name;
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.scalarTexts = scalarTexts;
        this.parseProblems = List.copyOf(parseProblems);
    }

    /**
     * Reads a {@code .json}, {@code .yaml} or {@code .yml} file.
     *
     * @param code the error code for an unreadable or malformed file
     * @throws NyxException        with {@code code} when the file is missing, unreadable or of another type
     * @throws ValidationException with {@code code} and a single problem (line, column) on a syntax error
     */
    public static SourceDocument read(Path file, ErrorCode code, String what) {
        requireNonNull(file, "file is null");
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            String problem = Files.isDirectory(file) ? "is a folder, not a file"
                    : Files.exists(file) ? "is not a regular file" : "does not exist";
            throw new NyxException(code, what + " " + file.toAbsolutePath() + " " + problem + ": check the path");
        }
        if (!Files.isReadable(file)) {
            throw new NyxException(code, what + " " + file.toAbsolutePath() + " is not readable: check its permissions");
        }
        JsonFactory factory = factoryFor(file, code, what);
        Map<String, JsonLocation> locations = new HashMap<>();
        Map<String, String> scalarTexts = new HashMap<>();
        List<Problem> duplicates = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null
                    ? NODES.objectNode()
                    : new TreeBuilder(parser, locations, scalarTexts, duplicates).read("");
            return new SourceDocument(name, file, root, locations, scalarTexts, duplicates);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            Problem problem = new Problem("", lineOf(location), columnOf(location),
                    "syntax error: " + firstLine(e.getOriginalMessage()));
            throw new ValidationException(code, name, List.of(problem));
        } catch (IOException e) {
            throw new NyxException(code, what + " " + file.toAbsolutePath() + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads YAML text that is not in a file (a built-in resource), with the same positions and
     * problems as {@link #read}; {@code name} stands in for the file name in problems.
     *
     * @throws ValidationException with {@code code} and a single problem (line, column) on a syntax error
     */
    public static SourceDocument readYaml(String name, String content, ErrorCode code) {
        requireNonNull(name, "name is null");
        requireNonNull(content, "content is null");
        Map<String, JsonLocation> locations = new HashMap<>();
        Map<String, String> scalarTexts = new HashMap<>();
        List<Problem> duplicates = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(content)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null
                    ? NODES.objectNode()
                    : new TreeBuilder(parser, locations, scalarTexts, duplicates).read("");
            return new SourceDocument(name, Path.of(name), root, locations, scalarTexts, duplicates);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            Problem problem = new Problem("", lineOf(location), columnOf(location),
                    "syntax error: " + firstLine(e.getOriginalMessage()));
            throw new ValidationException(code, name, List.of(problem));
        } catch (IOException e) {
            throw new NyxException(code, name + " could not be read: " + e.getMessage(), e);
        }
    }

    private static JsonFactory factoryFor(Path file, ErrorCode code, String what) {
        String fileName = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".json")) {
            return new JsonFactory();
        }
        if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
            return new YAMLFactory();
        }
        throw new NyxException(code, what + " " + file.toAbsolutePath()
                + " has an unknown file type: expected a .json, .yaml or .yml file");
    }

    /** The file name, as problems and messages name it. */
    public String name() {
        return name;
    }

    /** The folder the file is in; relative paths inside it resolve against this. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    /** Problems found while reading (duplicate keys), to report with the others. */
    public List<Problem> parseProblems() {
        return parseProblems;
    }

    /** The root node of the document, as a {@link Node} reporting into {@code problems}. */
    public Node root(Problems problems) {
        return new Node(root, "", this, problems);
    }

    /** The scalar as written in the file ({@code 007} stays {@code 007}, not {@code 7}). */
    Optional<String> scalarText(String path) {
        return Optional.ofNullable(scalarTexts.get(path));
    }

    /** Whether the file has a value at {@code path}, e.g. {@code basics.phone} or {@code work[0].name}. */
    public boolean contains(String path) {
        return locations.containsKey(path);
    }

    /** Line and column of a path, or of its nearest ancestor the file contains. */
    Optional<JsonLocation> locate(String path) {
        String current = path;
        while (true) {
            JsonLocation location = locations.get(current);
            if (location != null || current.isEmpty()) {
                return Optional.ofNullable(location);
            }
            current = parentOf(current);
        }
    }

    static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static Optional<Integer> lineOf(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? Optional.empty() : Optional.of(location.getLineNr());
    }

    static Optional<Integer> columnOf(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? Optional.empty() : Optional.of(location.getColumnNr());
    }

    /** The parser's explanation without its position lines and source excerpts (the problem has the position). */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "malformed document";
        }
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            boolean excerpt = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (!trimmed.isEmpty() && !excerpt && !trimmed.startsWith("in '") && !trimmed.startsWith("at [Source")) {
                parts.add(trimmed);
            }
        }
        return parts.isEmpty() ? message.strip() : String.join("; ", parts);
    }

    /** Builds the tree from tokens, remembering where each path starts. */
    private static final class TreeBuilder {
        private final JsonParser parser;
        private final Map<String, JsonLocation> locations;
        private final Map<String, String> scalarTexts;
        private final List<Problem> duplicates;

        TreeBuilder(JsonParser parser, Map<String, JsonLocation> locations, Map<String, String> scalarTexts,
                    List<Problem> duplicates) {
            this.parser = parser;
            this.locations = locations;
            this.scalarTexts = scalarTexts;
            this.duplicates = duplicates;
        }

        JsonNode read(String path) throws IOException {
            JsonToken token = parser.currentToken();
            locations.putIfAbsent(path, parser.currentTokenLocation());
            switch (token) {
                case START_OBJECT:
                    return readObject(path);
                case START_ARRAY:
                    return readArray(path);
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    scalarTexts.put(path, parser.getText());
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    scalarTexts.put(path, parser.getText());
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    scalarTexts.put(path, parser.getText());
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    return MissingNode.getInstance();
            }
        }

        private ObjectNode readObject(String path) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String childPath = path.isEmpty() ? key : path + "." + key;
                JsonLocation keyLocation = parser.currentTokenLocation();
                parser.nextToken();
                if (object.has(key)) {
                    duplicates.add(new Problem(childPath, lineOf(keyLocation), columnOf(keyLocation),
                            "appears twice; remove one of them"));
                }
                // The key's position is where people look for the value (YAML values of objects start a line later).
                locations.put(childPath, keyLocation);
                object.set(key, read(childPath));
            }
            return object;
        }

        private ArrayNode readArray(String path) throws IOException {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(path + "[" + index + "]"));
                index++;
            }
            return array;
        }
    }
}
