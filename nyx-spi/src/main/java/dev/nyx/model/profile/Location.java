package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where the candidate lives ({@code basics.location}).
 *
 * @param countryCode ISO 3166-1 alpha-2, upper case
 */
public record Location(Optional<String> address, Optional<String> postalCode, Optional<String> city,
                       Optional<String> countryCode, Optional<String> region) {
    public Location {
        requireNonNull(address, "address is null");
        requireNonNull(postalCode, "postalCode is null");
        requireNonNull(city, "city is null");
        requireNonNull(countryCode, "countryCode is null");
        requireNonNull(region, "region is null");
    }

    /** No location given. */
    public static Location unknown() {
        return new Location(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Street address and postal code are personal; only city, region and country are printed. */
    @Override
    public String toString() {
        return "Location[city=" + city.orElse("") + ", region=" + region.orElse("") + ", countryCode="
                + countryCode.orElse("") + "]";
    }
}
