package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.core.storage.Watch;
import dev.nyx.core.storage.WatchStore;
import dev.nyx.core.storage.WatchedPosting;
import dev.nyx.model.BoardPosting;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** {@link WatchStore} on Jdbi (tables {@code watches} and {@code watched_postings}). Thread-safe. */
public final class JdbiWatchStore implements WatchStore {
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiWatchStore(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Watch add(URI boardUrl, String source) {
        requireNonNull(boardUrl, "boardUrl is null");
        requireNonNull(source, "source is null");
        String what = "add a watch of " + boardUrl;
        Optional<Watch> existing = byUrl(boardUrl);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO watches (board_url, source, created_at)"
                            + " VALUES (:url, :source, :now)")
                    .bind("url", boardUrl.toString()).bind("source", source)
                    .bind("now", Rows.storable(clock.instant())).execute());
        } catch (JdbiException e) {
            if (!StorageErrors.isUniqueViolation(e)) {
                throw StorageErrors.failure(what, e);
            }
        }
        return byUrl(boardUrl).orElseThrow(() -> StorageErrors.failure(what, null));
    }

    @Override
    public Optional<Watch> find(long id) {
        return call("read watch " + id, () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM watches WHERE id = :id").bind("id", id)
                .map((row, context) -> watch(row)).findOne()));
    }

    @Override
    public List<Watch> list() {
        return call("list watches", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM watches ORDER BY id").map((row, context) -> watch(row)).list()));
    }

    @Override
    public boolean remove(long id) {
        return call("remove watch " + id, () -> jdbi.inTransaction(handle -> {
            handle.createUpdate("DELETE FROM watched_postings WHERE watch_id = :id").bind("id", id).execute();
            return handle.createUpdate("DELETE FROM watches WHERE id = :id").bind("id", id).execute() > 0;
        }));
    }

    @Override
    public List<WatchedPosting> postings(long watchId) {
        return call("list the postings of watch " + watchId, () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM watched_postings WHERE watch_id = :id ORDER BY first_seen_at, posting_url")
                .bind("id", watchId).map((row, context) -> posting(row)).list()));
    }

    @Override
    public boolean see(long watchId, BoardPosting posting, Instant now) {
        requireNonNull(posting, "posting is null");
        requireNonNull(now, "now is null");
        String what = "record posting " + posting.url() + " of watch " + watchId;
        Instant at = Rows.storable(now);
        int updated = call(what, () -> jdbi.withHandle(handle -> handle.createUpdate("UPDATE watched_postings"
                        + " SET last_seen_at = :now, closed_at = NULL, title = :title, location = :location"
                        + " WHERE watch_id = :watch AND posting_url = :url")
                .bind("now", at).bind("title", clip(posting.title())).bind("location", posting.location()
                        .map(JdbiWatchStore::clip).orElse(null))
                .bind("watch", watchId).bind("url", posting.url().toString()).execute()));
        if (updated > 0) {
            return false;
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO watched_postings (watch_id, posting_url, title,"
                            + " location, first_seen_at, last_seen_at) VALUES (:watch, :url, :title, :location, :now, :now)")
                    .bind("watch", watchId).bind("url", posting.url().toString()).bind("title", clip(posting.title()))
                    .bind("location", posting.location().map(JdbiWatchStore::clip).orElse(null)).bind("now", at)
                    .execute());
            return true;
        } catch (JdbiException e) {
            if (StorageErrors.isUniqueViolation(e)) {
                return false; // another process saw it first: it handles it
            }
            throw StorageErrors.failure(what, e);
        }
    }

    @Override
    public void forget(long watchId, URI postingUrl) {
        requireNonNull(postingUrl, "postingUrl is null");
        call("forget posting " + postingUrl + " of watch " + watchId, () -> jdbi.withHandle(handle -> handle
                .createUpdate("DELETE FROM watched_postings WHERE watch_id = :watch AND posting_url = :url")
                .bind("watch", watchId).bind("url", postingUrl.toString()).execute()));
    }

    @Override
    public void linkApplication(long watchId, URI postingUrl, long applicationId) {
        requireNonNull(postingUrl, "postingUrl is null");
        call("link posting " + postingUrl + " to application " + applicationId, () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE watched_postings SET application_id = :application"
                        + " WHERE watch_id = :watch AND posting_url = :url")
                .bind("application", applicationId).bind("watch", watchId).bind("url", postingUrl.toString())
                .execute()));
    }

    @Override
    public void close(long watchId, URI postingUrl, Instant now) {
        requireNonNull(postingUrl, "postingUrl is null");
        requireNonNull(now, "now is null");
        call("close posting " + postingUrl + " of watch " + watchId, () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE watched_postings SET closed_at = :now"
                        + " WHERE watch_id = :watch AND posting_url = :url AND closed_at IS NULL")
                .bind("now", Rows.storable(now)).bind("watch", watchId).bind("url", postingUrl.toString())
                .execute()));
    }

    @Override
    public void ran(long watchId, Instant now) {
        requireNonNull(now, "now is null");
        call("record the run of watch " + watchId, () -> jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE watches SET last_run_at = :now WHERE id = :id")
                .bind("now", Rows.storable(now)).bind("id", watchId).execute()));
    }

    private Optional<Watch> byUrl(URI boardUrl) {
        return call("read the watch of " + boardUrl, () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM watches WHERE board_url = :url").bind("url", boardUrl.toString())
                .map((row, context) -> watch(row)).findOne()));
    }

    private static Watch watch(ResultSet row) throws SQLException {
        return new Watch(row.getLong("id"), URI.create(row.getString("board_url")), row.getString("source"),
                Rows.instant(row, "created_at"), Rows.optionalInstant(row, "last_run_at"));
    }

    private static WatchedPosting posting(ResultSet row) throws SQLException {
        return new WatchedPosting(row.getLong("watch_id"), URI.create(row.getString("posting_url")),
                row.getString("title"), Rows.optionalString(row, "location"), Rows.instant(row, "first_seen_at"),
                Rows.instant(row, "last_seen_at"), Rows.optionalInstant(row, "closed_at"),
                Rows.optionalLong(row, "application_id"));
    }

    private static String clip(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
