package dev.nyx.core.profile;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.document.SourceDocument;
import dev.nyx.core.problem.ValidationException;
import dev.nyx.core.profile.internal.ProfileReader;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.nio.file.Path;

/**
 * Loads the candidate profile from a JSON Resume file ({@code .json}, {@code .yaml} or {@code .yml})
 * with a {@code nyx} section, and validates all of it: every problem is reported at once, each with
 * its path ({@code nyx.salary.currency}, {@code work[2].startDate}; list indexes count from 0), its
 * line where the file has one, and what is expected.
 *
 * <p>Called by hosts and the runner ({@code nyx profile check FILE}). Stateless and thread-safe.
 */
public final class ProfileLoader {

    @Inject
    public ProfileLoader() {
    }

    /**
     * Reads and validates a profile. Relative resume paths resolve against the file's folder.
     *
     * @throws ValidationException with {@link ErrorCode#INVALID_PROFILE} listing every problem (a syntax
     *                             error is reported alone, with line and column)
     * @throws NyxException        with {@link ErrorCode#INVALID_PROFILE} when the file is missing, unreadable
     *                             or not {@code .json}/{@code .yaml}/{@code .yml}; the message names the path
     */
    public Profile load(Path file) {
        requireNonNull(file, "file is null");
        SourceDocument document = SourceDocument.read(file, ErrorCode.INVALID_PROFILE, "profile");
        return new ProfileReader(document).read();
    }
}
