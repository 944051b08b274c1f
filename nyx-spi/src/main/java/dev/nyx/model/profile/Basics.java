package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Resume {@code basics} section.
 *
 * @param name  full name as written; may be empty when {@code nyx.firstName}/{@code nyx.lastName} are given
 * @param label headline, e.g. "Senior Java Engineer"
 */
public record Basics(Optional<String> name, Optional<String> label, String email, Optional<String> phone,
                     Optional<URI> url, Optional<String> summary, Location location, List<SocialProfile> profiles) {
    public Basics {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(email, "email is null");
        requireNonNull(phone, "phone is null");
        requireNonNull(url, "url is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(location, "location is null");
        profiles = List.copyOf(profiles);
    }

    /** Contact details (email, phone, address) are personal and may be sensitive: they are not printed. */
    @Override
    public String toString() {
        return "Basics[name=" + name.orElse("") + ", label=" + label.orElse("") + ", location=" + location
                + ", profiles=" + profiles.size() + "]";
    }
}
