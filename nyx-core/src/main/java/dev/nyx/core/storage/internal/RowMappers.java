package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.Rows.decimal;
import static dev.nyx.core.storage.internal.Rows.instant;
import static dev.nyx.core.storage.internal.Rows.optionalInstant;
import static dev.nyx.core.storage.internal.Rows.optionalInt;
import static dev.nyx.core.storage.internal.Rows.optionalLong;
import static dev.nyx.core.storage.internal.Rows.optionalString;

import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.Application;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import dev.nyx.model.Confirmation;
import dev.nyx.model.Effort;
import dev.nyx.model.Event;
import dev.nyx.model.EventType;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.model.Session;
import dev.nyx.model.SessionLimits;
import dev.nyx.model.SessionStatus;
import dev.nyx.model.TokenUsage;
import dev.nyx.core.storage.Correction;
import dev.nyx.core.storage.StoredPosting;
import java.net.URI;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Row mappers from our tables to model records, registered once per {@link Jdbi}. */
final class RowMappers {

    private final Json json;

    private RowMappers(Json json) {
        this.json = json;
    }

    static void registerAll(Jdbi jdbi, Json json) {
        RowMappers mappers = new RowMappers(json);
        jdbi.registerRowMapper(Application.class, (row, context) -> mappers.application(row));
        jdbi.registerRowMapper(Confirmation.class, (row, context) -> confirmation(row));
        jdbi.registerRowMapper(Answer.class, (row, context) -> mappers.answer(row));
        jdbi.registerRowMapper(Event.class, (row, context) -> mappers.event(row));
        jdbi.registerRowMapper(StoredPosting.class, (row, context) -> mappers.posting(row));
        jdbi.registerRowMapper(Session.class, (row, context) -> session(row));
        jdbi.registerRowMapper(Company.class, (row, context) ->
                new Company(row.getString("name"), CompanyTier.valueOf(row.getString("tier"))));
        jdbi.registerRowMapper(Correction.class, (row, context) -> correction(row));
    }

    private Application application(ResultSet row) throws SQLException {
        return new Application(
                row.getLong("id"),
                new PostingKey(row.getString("posting_key")),
                URI.create(row.getString("url")),
                optionalString(row, "ats"),
                ApplicationStatus.valueOf(row.getString("status")),
                optionalString(row, "effort").map(Effort::valueOf),
                optionalInt(row, "match_score"),
                optionalString(row, "resume_id"),
                new TokenUsage(row.getLong("tokens_in"), row.getLong("tokens_out")),
                decimal(row, "cost_usd"),
                decimal(row, "captcha_cost_usd"),
                optionalString(row, "session_id"),
                optionalString(row, "failure_reason"),
                row.getBoolean("retryable"),
                instant(row, "created_at"),
                instant(row, "updated_at"),
                optionalInstant(row, "submitted_at"),
                optionalLong(row, "duration_ms").map(Duration::ofMillis),
                optionalString(row, "match_reasons").map(json::readStrings).orElse(List.of()),
                optionalString(row, "company_tier").map(CompanyTier::valueOf));
    }

    private static Confirmation confirmation(ResultSet row) throws SQLException {
        return new Confirmation(URI.create(row.getString("confirmation_url")), row.getString("confirmation_message"),
                optionalString(row, "confirmation_screenshot").map(Path::of));
    }

    private Answer answer(ResultSet row) throws SQLException {
        return new Answer(row.getString("question_id"), row.getString("question"),
                json.readStrings(row.getString("answer_values")), AnswerSource.valueOf(row.getString("source")),
                row.getDouble("confidence"), json.readStrings(row.getString("facts_used")),
                new TokenUsage(row.getLong("tokens_in"), row.getLong("tokens_out")));
    }

    private Event event(ResultSet row) throws SQLException {
        return new Event(row.getLong("id"), optionalLong(row, "application_id"), optionalString(row, "session_id"),
                instant(row, "occurred_at"), EventType.valueOf(row.getString("event_type")), row.getString("message"),
                json.readStringMap(row.getString("data")));
    }

    private StoredPosting posting(ResultSet row) throws SQLException {
        Optional<SalaryRange> salary = optionalString(row, "salary_currency").isEmpty()
                ? Optional.empty()
                : Optional.of(new SalaryRange(decimal(row, "salary_min"), decimal(row, "salary_max"),
                        row.getString("salary_currency"), SalaryPeriod.valueOf(row.getString("salary_period"))));
        JobPosting posting = new JobPosting(
                new PostingKey(row.getString("posting_key")),
                URI.create(row.getString("url")),
                row.getString("ats"),
                row.getString("title"),
                row.getString("company"),
                optionalString(row, "location"),
                row.getString("description"),
                salary,
                optionalString(row, "language"),
                json.read(row.getString("form_schema"), FormSchema.class));
        return new StoredPosting(posting, instant(row, "fetched_at"));
    }

    private static Session session(ResultSet row) throws SQLException {
        SessionLimits limits = new SessionLimits(row.getInt("max_applications"), decimal(row, "max_cost_usd"),
                Duration.ofMillis(row.getLong("max_duration_ms")));
        return new Session(row.getString("id"), limits, SessionStatus.valueOf(row.getString("status")),
                row.getInt("applications"), row.getInt("submitted"), decimal(row, "cost_usd"),
                instant(row, "started_at"), optionalInstant(row, "ended_at"));
    }

    private static Correction correction(ResultSet row) throws SQLException {
        return new Correction(row.getLong("id"), row.getString("question"), row.getString("answer"),
                optionalLong(row, "application_id"), instant(row, "corrected_at"));
    }
}
