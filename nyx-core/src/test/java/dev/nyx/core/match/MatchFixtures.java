package dev.nyx.core.match;

import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.SalaryRange;
import dev.nyx.model.profile.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The matching fixture profile, a fixed clock and a short way to write postings. */
public final class MatchFixtures {
    /** 25 November 2026, noon UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private MatchFixtures() {
    }

    public static String profileYaml() {
        try (InputStream in = MatchFixtures.class.getResourceAsStream("/match/profile.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the fixture profile, after replacing {@code from} with {@code to} in its YAML (pairs). */
    public static Profile profile(Path folder, String... replacements) {
        String yaml = profileYaml();
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            if (!yaml.contains(replacements[i])) {
                throw new IllegalArgumentException("the fixture has no " + replacements[i]);
            }
            yaml = yaml.replace(replacements[i], replacements[i + 1]);
        }
        try {
            return new ProfileLoader().load(Files.writeString(folder.resolve("profile.yaml"), yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JobPosting posting(String id, String title, String company, String location, String description) {
        return posting(id, title, company, location, description, Optional.empty());
    }

    public static JobPosting posting(String id, String title, String company, String location, String description,
                                     Optional<SalaryRange> salary) {
        return new JobPosting(PostingKey.of("test", id), URI.create("https://jobs.example.com/" + id), "test", title,
                company, Optional.of(location), description, salary, Optional.of("en"), FormSchema.empty());
    }

    public static Optional<SalaryRange> salary(long min, long max, String currency, SalaryPeriod period) {
        return Optional.of(new SalaryRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), currency, period));
    }
}
