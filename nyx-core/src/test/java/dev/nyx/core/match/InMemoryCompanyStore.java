package dev.nyx.core.match;

import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import dev.nyx.core.storage.CompanyStore;
import dev.nyx.core.storage.TextKeys;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A hand-written {@link CompanyStore} for unit tests; thread-safe. */
public final class InMemoryCompanyStore implements CompanyStore {
    private final Map<String, Company> companies = new ConcurrentHashMap<>();

    @Override
    public Optional<Company> find(String name) {
        return Optional.ofNullable(companies.get(TextKeys.companyKey(name)));
    }

    @Override
    public Company setTier(String name, CompanyTier tier) {
        return companies.compute(TextKeys.companyKey(name),
                (key, old) -> new Company(old == null ? name : old.name(), tier));
    }

    @Override
    public List<Company> list() {
        return companies.values().stream().sorted(Comparator.comparing(Company::name)).toList();
    }
}
