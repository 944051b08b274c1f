package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.SalaryRange;
import dev.nyx.core.storage.JobPostStore;
import dev.nyx.core.storage.StoredPosting;
import dev.nyx.core.storage.TextKeys;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link JobPostStore} on Jdbi; the form schema is stored as JSON. Thread-safe. */
public final class JdbiJobPostStore implements JobPostStore {

    /** SQL for the {@code job_posts} table. */
    public interface Dao {
        String COLUMNS = "url = :url, ats = :ats, title = :title, title_key = :titleKey, company = :company,"
                + " company_key = :companyKey, location = :location, description = :description,"
                + " salary_min = :salaryMin, salary_max = :salaryMax, salary_currency = :salaryCurrency,"
                + " salary_period = :salaryPeriod, language = :language, form_schema = :formSchema,"
                + " fetched_at = :fetchedAt";

        @SqlUpdate("UPDATE job_posts SET " + COLUMNS + " WHERE posting_key = :postingKey")
        int update(@BindMethods PostingRow row);

        @SqlUpdate("INSERT INTO job_posts (posting_key, url, ats, title, title_key, company, company_key, location,"
                + " description, salary_min, salary_max, salary_currency, salary_period, language, form_schema,"
                + " first_seen_at, fetched_at) VALUES (:postingKey, :url, :ats, :title, :titleKey, :company,"
                + " :companyKey, :location, :description, :salaryMin, :salaryMax, :salaryCurrency, :salaryPeriod,"
                + " :language, :formSchema, :fetchedAt, :fetchedAt)")
        void insert(@BindMethods PostingRow row);

        @SqlQuery("SELECT * FROM job_posts WHERE posting_key = :postingKey")
        Optional<StoredPosting> find(@Bind("postingKey") String postingKey);

        @SqlQuery("SELECT * FROM job_posts WHERE company_key = :companyKey AND title_key = :titleKey"
                + " AND fetched_at >= :since ORDER BY fetched_at DESC, posting_key")
        List<StoredPosting> findSameRole(@Bind("companyKey") String companyKey, @Bind("titleKey") String titleKey,
                                         @Bind("since") Instant since);
    }

    /** One posting as bound to the SQL above. */
    public record PostingRow(String postingKey, String url, String ats, String title, String titleKey, String company,
                             String companyKey, String location, String description, BigDecimal salaryMin,
                             BigDecimal salaryMax, String salaryCurrency, String salaryPeriod,
                             String language, String formSchema, Instant fetchedAt) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Json json;

    public JdbiJobPostStore(Jdbi jdbi, Clock clock, Json json) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public StoredPosting save(JobPosting posting) {
        requireNonNull(posting, "posting is null");
        PostingRow row = row(posting, Rows.storable(clock.instant()));
        String what = "save posting " + posting.key();
        // update first, insert if new; each statement commits alone so a lost insert race can update instead
        if (call(what, () -> jdbi.withExtension(Dao.class, dao -> dao.update(row))) == 0) {
            try {
                jdbi.useExtension(Dao.class, dao -> dao.insert(row));
            } catch (JdbiException e) {
                if (!StorageErrors.isUniqueViolation(e)) {
                    throw StorageErrors.failure(what, e);
                }
                call(what, () -> jdbi.withExtension(Dao.class, dao -> dao.update(row)));
            }
        }
        return new StoredPosting(posting, row.fetchedAt());
    }

    @Override
    public Optional<StoredPosting> find(PostingKey key) {
        requireNonNull(key, "key is null");
        return call("read posting " + key, () -> jdbi.withExtension(Dao.class, dao -> dao.find(key.value())));
    }

    @Override
    public List<StoredPosting> findSameRole(String company, String title, Instant since) {
        requireNonNull(company, "company is null");
        requireNonNull(title, "title is null");
        requireNonNull(since, "since is null");
        return call("find postings like " + title + " at " + company, () -> jdbi.withExtension(Dao.class,
                dao -> dao.findSameRole(TextKeys.companyKey(company), titleKey(title), since)));
    }

    private PostingRow row(JobPosting posting, Instant fetchedAt) {
        Optional<SalaryRange> salary = posting.salary();
        return new PostingRow(posting.key().value(), posting.url().toString(), posting.ats(), posting.title(),
                titleKey(posting.title()), posting.company(), TextKeys.companyKey(posting.company()),
                posting.location().orElse(null), posting.description(),
                salary.map(SalaryRange::min).orElse(null), salary.map(SalaryRange::max).orElse(null),
                salary.map(SalaryRange::currency).orElse(null), salary.map(range -> range.period().name()).orElse(null),
                posting.language().orElse(null), json.write(posting.form()), fetchedAt);
    }

    static String titleKey(String title) {
        String key = TextKeys.titleKey(title);
        return key.length() > 1000 ? key.substring(0, 1000) : key;
    }
}
