package dev.nyx.core.config.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.internal.Durations;
import dev.nyx.core.internal.Formats;
import dev.nyx.core.internal.Node;
import dev.nyx.core.internal.Problems;
import dev.nyx.core.internal.SourceDocument;
import dev.nyx.core.internal.Suggestions;
import dev.nyx.spi.ErrorCode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads one configuration: file values, then {@code NYX_...} environment overrides, then defaults,
 * collecting every problem before failing. One instance reads once; not part of the API.
 */
public final class ConfigReader {
    private static final Set<String> PRICE_KEYS = Set.of("inputPerMillion", "outputPerMillion");

    private final Optional<SourceDocument> document;
    private final Map<String, String> environment;
    private final ConfigDefaults defaults;
    private final Path workingDirectory;
    private final Problems problems;

    public ConfigReader(Optional<SourceDocument> document, Map<String, String> environment, ConfigDefaults defaults,
                        Path workingDirectory) {
        this.document = requireNonNull(document, "document is null");
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.defaults = requireNonNull(defaults, "defaults is null");
        this.workingDirectory = requireNonNull(workingDirectory, "workingDirectory is null");
        this.problems = new Problems(document);
        // Secret settings (and everything inside secret maps) are never echoed in problems.
        this.problems.hideValuesAt(path -> ConfigSchema.SETTINGS.stream().filter(Setting::secret)
                .anyMatch(setting -> path.equals(setting.path()) || path.startsWith(setting.path() + ".")));
    }

    /**
     * @param source the name problems are reported under, e.g. {@code nyx.yaml}
     * @throws dev.nyx.core.ValidationException with {@link ErrorCode#INVALID_CONFIGURATION} listing every problem
     */
    public NyxConfig read(String source) {
        Optional<Node> root = document.map(file -> file.root(problems));
        if (root.isPresent() && root.get().isObject()) {
            checkKeys(root.get(), "");
        }
        Map<String, Object> values = new HashMap<>();
        for (Setting setting : ConfigSchema.SETTINGS) {
            read(setting, root.filter(Node::isPresent)).ifPresent(value -> values.put(setting.path(), value));
        }
        reportMisspeltVariables();
        problems.throwIfAny(ErrorCode.INVALID_CONFIGURATION, source);
        return new ConfigAssembler(values, defaults, pluginVariables()).assemble();
    }

    private void checkKeys(Node node, String prefix) {
        Set<String> known = ConfigSchema.keysUnder(prefix);
        node.rejectUnknownKeys(known);
        for (String key : node.keys()) {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (known.contains(key) && ConfigSchema.isGroup(path) && node.get(key).isObject()) {
                checkKeys(node.get(key), path);
            }
        }
    }

    private Optional<Object> read(Setting setting, Optional<Node> root) {
        if (setting.hasEnvironmentVariable()) {
            String variable = setting.environmentVariable();
            String override = environment.get(variable);
            if (override != null && !override.isBlank()) {
                Consumer<String> report = message -> problems.addUnpositioned(setting.path(),
                        "from environment variable " + variable + ": " + message);
                return fromText(setting, override.strip(), report, workingDirectory);
            }
        }
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Node node = root.get();
        for (String key : setting.path().split("\\.")) {
            node = node.get(key);
        }
        if (!node.isPresent()) {
            return Optional.empty();
        }
        Node value = node;
        return switch (setting.kind()) {
            case BOOLEAN -> value.bool().map(Object.class::cast);
            case POSITIVE_INT -> value.integer().filter(number -> atLeastOne(number, value::problem)).map(Object.class::cast);
            case NON_NEGATIVE_DECIMAL -> value.decimal().filter(number -> notNegative(number, value::problem))
                    .map(Object.class::cast);
            case TEXT_MAP -> Optional.of(textMap(value));
            case SETTINGS_MAP -> Optional.of(settingsMap(value));
            case PRICE_MAP -> Optional.of(prices(value));
            case NAME_LIST -> value.isScalar() ? value.text().flatMap(text -> names(text, value::problem))
                    : names(value.texts(), value::problem);
            default -> value.text().flatMap(text -> fromText(setting, text, value::problem, document.orElseThrow().folder()));
        };
    }

    private Optional<Object> fromText(Setting setting, String text, Consumer<String> report, Path base) {
        String shown = setting.secret() ? "the value" : "\"" + text + "\"";
        switch (setting.kind()) {
            case TEXT:
                return Optional.of(text);
            case JDBC_URL:
                if (!text.startsWith("jdbc:")) {
                    report.accept(shown + " is not a JDBC URL; expected e.g. jdbc:postgresql://localhost:5432/nyx, "
                            + "or leave it out for the embedded H2 database");
                    return Optional.empty();
                }
                return Optional.of(text);
            case HTTP_URL:
                if (!Formats.isHttpUrl(text)) {
                    report.accept(shown + " is not an http(s) URL; expected e.g. https://api.openai.com/v1");
                    return Optional.empty();
                }
                return Optional.of(URI.create(text));
            case PATH:
                return path(text, base, report).map(Object.class::cast);
            case EXISTING_FILE:
                return path(text, base, report).filter(file -> {
                    if (!Files.isRegularFile(file)) {
                        report.accept("file " + file + " does not exist; fix the path or remove the setting");
                        return false;
                    }
                    return true;
                }).map(Object.class::cast);
            case BOOLEAN:
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    report.accept(shown + " is not a boolean; expected true or false");
                    return Optional.empty();
                }
                return Optional.of(Boolean.parseBoolean(text));
            case POSITIVE_INT:
                try {
                    int number = Integer.parseInt(text);
                    return atLeastOne(number, report) ? Optional.of(number) : Optional.empty();
                } catch (NumberFormatException e) {
                    report.accept(shown + " is not a whole number; expected e.g. 2");
                    return Optional.empty();
                }
            case NON_NEGATIVE_DECIMAL:
                try {
                    BigDecimal number = new BigDecimal(text);
                    return notNegative(number, report) ? Optional.of(number) : Optional.empty();
                } catch (NumberFormatException e) {
                    report.accept(shown + " is not a number; expected e.g. 5.00");
                    return Optional.empty();
                }
            case DURATION:
            case POSITIVE_DURATION:
                return duration(setting, text, shown, report).map(Object.class::cast);
            case PLUGIN_MODE:
                for (NyxConfig.PluginMode mode : NyxConfig.PluginMode.values()) {
                    if (mode.name().equalsIgnoreCase(text)) {
                        return Optional.of(mode);
                    }
                }
                report.accept(shown + " is not a plugin mode; expected one of deployment, development");
                return Optional.empty();
            case LOCALE:
                if (!text.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
                    report.accept(shown + " is not a locale; expected a language tag such as en-US or de-DE");
                    return Optional.empty();
                }
                return Optional.of(text.replace('_', '-'));
            case TIMEZONE:
                try {
                    return Optional.of(ZoneId.of(text).getId());
                } catch (DateTimeException e) {
                    report.accept(shown + " is not a time zone; expected an IANA zone such as Europe/Berlin or UTC");
                    return Optional.empty();
                }
            case NAME_LIST:
                return names(text, report);
            default:
                throw new IllegalArgumentException("maps are not read from text: " + setting.path());
        }
    }

    private static Optional<Object> names(String text, Consumer<String> report) {
        return names(Arrays.stream(text.split(",")).map(String::strip).toList(), report);
    }

    private static Optional<Object> names(List<String> names, Consumer<String> report) {
        List<String> given = names.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (given.isEmpty()) {
            report.accept("is empty; expected at least one name, e.g. [2captcha, telegram] or \"2captcha, telegram\"");
            return Optional.empty();
        }
        return Optional.of(given);
    }

    private Optional<Duration> duration(Setting setting, String text, String shown, Consumer<String> report) {
        Optional<Duration> duration = Durations.parse(text);
        if (duration.isEmpty()) {
            report.accept(shown + " is not a duration; expected e.g. 30s, 5m, 2h or PT30S");
            return Optional.empty();
        }
        boolean positive = setting.kind() == Setting.Kind.POSITIVE_DURATION;
        if (duration.get().isNegative() || (positive && duration.get().isZero())) {
            report.accept(shown + " is too short; expected " + (positive ? "more than 0, e.g. 30s" : "0 or more"));
            return Optional.empty();
        }
        return duration;
    }

    private Optional<Path> path(String text, Path base, Consumer<String> report) {
        try {
            if (text.equals("~") || text.startsWith("~/")) {
                return Optional.of(defaults.home().resolve(text.substring(Math.min(2, text.length()))).normalize());
            }
            return Optional.of(base.resolve(text).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            report.accept("\"" + text + "\" is not a valid path: " + e.getReason());
            return Optional.empty();
        }
    }

    private static boolean atLeastOne(int number, Consumer<String> report) {
        if (number < 1) {
            report.accept(number + " is too small; expected 1 or more");
            return false;
        }
        return true;
    }

    private static boolean notNegative(BigDecimal number, Consumer<String> report) {
        if (number.signum() < 0) {
            report.accept(number.toPlainString() + " is negative; expected 0 or more");
            return false;
        }
        return true;
    }

    private static Map<String, String> textMap(Node node) {
        Map<String, String> map = new HashMap<>();
        if (node.isObject()) {
            for (String key : node.keys()) {
                node.get(key).text().ifPresent(text -> map.put(key, text));
            }
        }
        return map;
    }

    private static Map<String, Map<String, String>> settingsMap(Node node) {
        Map<String, Map<String, String>> map = new HashMap<>();
        if (node.isObject()) {
            for (String name : node.keys()) {
                map.put(name, textMap(node.get(name)));
            }
        }
        return map;
    }

    private static Map<String, NyxConfig.Price> prices(Node node) {
        Map<String, NyxConfig.Price> prices = new HashMap<>();
        if (!node.isObject()) {
            return prices;
        }
        for (String model : node.keys()) {
            Node price = node.get(model);
            if (!price.isObject()) {
                continue;
            }
            price.rejectUnknownKeys(PRICE_KEYS);
            Optional<BigDecimal> input = priceComponent(price.get("inputPerMillion"));
            Optional<BigDecimal> output = priceComponent(price.get("outputPerMillion"));
            if (input.isPresent() && output.isPresent()) {
                prices.put(model, new NyxConfig.Price(input.get(), output.get()));
            }
        }
        return prices;
    }

    private static Optional<BigDecimal> priceComponent(Node node) {
        if (!node.isPresent()) {
            node.problem("missing; expected USD per million tokens, e.g. 0.15");
            return Optional.empty();
        }
        return node.decimal().filter(number -> notNegative(number, node::problem));
    }

    /** The {@code NYX_PLUGINS_<ID>_<KEY>} variables: plugin settings, which the plugins' contexts read. */
    private Map<String, String> pluginVariables() {
        Set<String> known = ConfigSchema.SETTINGS.stream().filter(Setting::hasEnvironmentVariable)
                .map(Setting::environmentVariable).collect(Collectors.toSet());
        Map<String, String> variables = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(NyxConfig.Plugins.VARIABLE_PREFIX) && !known.contains(name)) {
                variables.put(name, value);
            }
        });
        return variables;
    }

    private void reportMisspeltVariables() {
        Set<String> known = ConfigSchema.SETTINGS.stream().filter(Setting::hasEnvironmentVariable)
                .map(Setting::environmentVariable).collect(Collectors.toSet());
        environment.keySet().stream()
                .filter(name -> name.startsWith("NYX_") && !known.contains(name))
                .filter(name -> !name.startsWith(NyxConfig.Plugins.VARIABLE_PREFIX))
                .sorted()
                .forEach(name -> Suggestions.closestTypo(name, known).ifPresent(suggestion -> problems.addUnpositioned(
                        name, "unknown environment variable " + name + "; did you mean " + suggestion + "?")));
    }
}
