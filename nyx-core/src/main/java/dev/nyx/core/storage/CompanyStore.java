package dev.nyx.core.storage;

import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import java.util.List;
import java.util.Optional;

/**
 * Companies and the candidate's tier for each. Names are compared case-insensitively
 * ({@link TextKeys#companyKey}); the spelling first stored is kept.
 *
 * <p>Called by the effort policy and by configuration tools. Thread-safe. Throws
 * {@link dev.nyx.spi.NyxException} with {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE} when the
 * database fails.
 */
public interface CompanyStore {

    Optional<Company> find(String name);

    /** Sets the company's tier, recording the company first if it is new; returns it as stored. */
    Company setTier(String name, CompanyTier tier);

    /** Every company, by name. */
    List<Company> list();
}
