package dev.nyx.model.profile;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/** An online profile ({@code basics.profiles[]}), e.g. GitHub or LinkedIn. */
public record SocialProfile(String network, Optional<String> username, Optional<URI> url) {
    public SocialProfile {
        requireNonNull(network, "network is null");
        requireNonNull(username, "username is null");
        requireNonNull(url, "url is null");
    }
}
