package dev.nyx.core.plan;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.CompanyStore;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The candidate's company tiers ({@code top}, {@code normal}, {@code avoid}), which shift the
 * effort policy's bands. Called by the runner ({@code nyx company tier NAME TIER}) and host
 * applications. Thread-safe. Throws {@link NyxException} with {@code INVALID_INPUT} for a blank
 * name or an unknown tier, and the store's {@code STORAGE_FAILURE}.
 */
public final class CompanyTiers {
    private final CompanyStore companies;

    @Inject
    public CompanyTiers(CompanyStore companies) {
        this.companies = requireNonNull(companies, "companies is null");
    }

    /** Sets the tier, recording the company if it is new; returns it as stored. */
    public Company setTier(String name, CompanyTier tier) {
        requireNonNull(name, "name is null");
        requireNonNull(tier, "tier is null");
        if (name.isBlank()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "the company name is blank: give the name as postings"
                    + " show it, e.g. \"Acme GmbH\"");
        }
        return companies.setTier(name.strip(), tier);
    }

    /** Every company with a stored tier, by name. */
    public List<Company> list() {
        return companies.list();
    }

    /** Parses {@code top}, {@code normal} or {@code avoid} (any case). */
    public static CompanyTier parseTier(String text) {
        requireNonNull(text, "text is null");
        try {
            return CompanyTier.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "unknown company tier \"" + text + "\": use one of "
                    + Arrays.stream(CompanyTier.values()).map(tier -> tier.name().toLowerCase(Locale.ROOT)).toList(), e);
        }
    }
}
