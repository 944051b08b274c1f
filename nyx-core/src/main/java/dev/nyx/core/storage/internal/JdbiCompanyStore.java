package dev.nyx.core.storage.internal;

import static dev.nyx.core.storage.internal.StorageErrors.call;
import static java.util.Objects.requireNonNull;

import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.CompanyStore;
import dev.nyx.core.storage.TextKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link CompanyStore} on Jdbi; names are keyed by {@link TextKeys#companyKey}. Thread-safe. */
public final class JdbiCompanyStore implements CompanyStore {

    /** SQL for the {@code companies} table. */
    public interface Dao {
        @SqlUpdate("UPDATE companies SET tier = :tier, updated_at = :now WHERE company_key = :companyKey")
        int updateTier(@Bind("companyKey") String companyKey, @Bind("tier") String tier, @Bind("now") Instant now);

        @SqlUpdate("INSERT INTO companies (company_key, name, tier, updated_at) VALUES (:companyKey, :name, :tier, :now)")
        void insert(@Bind("companyKey") String companyKey, @Bind("name") String name, @Bind("tier") String tier,
                    @Bind("now") Instant now);

        @SqlQuery("SELECT * FROM companies WHERE company_key = :companyKey")
        Optional<Company> find(@Bind("companyKey") String companyKey);

        @SqlQuery("SELECT * FROM companies ORDER BY company_key")
        List<Company> list();
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiCompanyStore(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Optional<Company> find(String name) {
        String key = key(name);
        return call("read company " + name, () -> jdbi.withExtension(Dao.class, dao -> dao.find(key)));
    }

    @Override
    public Company setTier(String name, CompanyTier tier) {
        requireNonNull(tier, "tier is null");
        String key = key(name);
        String what = "set the tier of company " + name;
        Instant now = Rows.storable(clock.instant());
        // update first, insert if new; each statement commits alone so a lost insert race can update instead
        if (call(what, () -> jdbi.withExtension(Dao.class, dao -> dao.updateTier(key, tier.name(), now))) == 0) {
            try {
                jdbi.useExtension(Dao.class, dao -> dao.insert(key, name.strip(), tier.name(), now));
            } catch (JdbiException e) {
                if (!StorageErrors.isUniqueViolation(e)) {
                    throw StorageErrors.failure(what, e);
                }
                call(what, () -> jdbi.withExtension(Dao.class, dao -> dao.updateTier(key, tier.name(), now)));
            }
        }
        return find(name).orElseThrow(() -> StorageErrors.failure(what, null));
    }

    @Override
    public List<Company> list() {
        return call("list companies", () -> jdbi.withExtension(Dao.class, Dao::list));
    }

    private static String key(String name) {
        requireNonNull(name, "name is null");
        if (name.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "company name is blank; give the company's name");
        }
        return TextKeys.companyKey(name);
    }
}
