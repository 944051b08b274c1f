package dev.nyx.core.plan;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.document.SourceDocument;
import dev.nyx.core.plan.internal.PolicyReader;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the effort policy: a YAML file ({@code policyFile} in the configuration), or the built-in
 * defaults ({@code dev/nyx/core/plan/default-policy.yaml}) when no file is given. A file may leave
 * out {@code tiers} and {@code budgets} (or single entries); the defaults fill them in.
 *
 * <p>Called once at start-up. Stateless and thread-safe. Throws {@link dev.nyx.core.problem.ValidationException}
 * with {@link ErrorCode#INVALID_POLICY} listing every problem with its path and line (unknown keys,
 * missing, overlapping or out-of-range bands, unknown decisions or efforts, bad budgets), and
 * {@link NyxException} with {@code INVALID_POLICY} for a missing or unreadable file.
 */
public final class PolicyLoader {
    /** The class-path resource holding the built-in defaults. */
    public static final String DEFAULTS_RESOURCE = "/dev/nyx/core/plan/default-policy.yaml";

    /** The file's policy, or the built-in defaults when {@code file} is empty. */
    public EffortPolicy load(Optional<Path> file) {
        requireNonNull(file, "file is null");
        return file.map(this::load).orElseGet(this::defaults);
    }

    /** The policy in {@code file}, completed from the defaults. */
    public EffortPolicy load(Path file) {
        requireNonNull(file, "file is null");
        SourceDocument document = SourceDocument.read(file, ErrorCode.INVALID_POLICY, "Policy file");
        return PolicyReader.read(document, Optional.of(defaults()));
    }

    /** The built-in defaults. */
    public EffortPolicy defaults() {
        return PolicyReader.read(SourceDocument.readYaml("default-policy.yaml", defaultsText(), ErrorCode.INTERNAL),
                Optional.empty());
    }

    /** The text of the built-in defaults, e.g. to start a policy file from. */
    public static String defaultsText() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new NyxException(ErrorCode.INTERNAL, "the built-in policy " + DEFAULTS_RESOURCE
                        + " is missing from the class path: the nyx-core jar is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NyxException(ErrorCode.INTERNAL, "the built-in policy could not be read: " + e.getMessage(), e);
        }
    }
}
