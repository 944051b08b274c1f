package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.PostingKey;
import java.net.URI;
import java.util.Optional;

/**
 * What {@link ApplicationStore#create(NewApplication)} needs to record a new application.
 *
 * @param postingKey the posting it applies to
 * @param url        the URL it started from
 * @param ats        the adapter's name, if already resolved
 * @param sessionId  the session that runs it, if any
 * @param status     the first status, usually {@link ApplicationStatus#DISCOVERED}
 */
public record NewApplication(PostingKey postingKey, URI url, Optional<String> ats, Optional<String> sessionId,
                             ApplicationStatus status) {
    public NewApplication {
        requireNonNull(postingKey, "postingKey is null");
        requireNonNull(url, "url is null");
        requireNonNull(ats, "ats is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(status, "status is null");
    }

    /** A newly discovered application, not yet resolved to an adapter or a session. */
    public static NewApplication discovered(PostingKey postingKey, URI url) {
        return new NewApplication(postingKey, url, Optional.empty(), Optional.empty(), ApplicationStatus.DISCOVERED);
    }
}
