package dev.nyx.model;

import static java.util.Objects.requireNonNull;

/** A company and the candidate's tier for it. */
public record Company(String name, CompanyTier tier) {
    public Company {
        requireNonNull(name, "name is null");
        requireNonNull(tier, "tier is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("company name is blank");
        }
    }
}
