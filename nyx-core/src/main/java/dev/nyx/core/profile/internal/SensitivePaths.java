package dev.nyx.core.profile.internal;

import java.util.List;
import java.util.Set;

/**
 * How {@code nyx.sensitive} entries name profile paths. Entries may leave out the {@code nyx.}
 * prefix for the {@code nyx} section's own keys ({@code personal.dateOfBirth} means
 * {@code nyx.personal.dateOfBirth}); {@code prefix.*} covers everything under a section.
 * Stateless; not part of the API.
 */
public final class SensitivePaths {
    /** Always sensitive, whatever the profile says. */
    public static final String PERSONAL = "nyx.personal.*";

    /** Sections a wildcard may name, in canonical form. */
    public static final Set<String> SECTIONS = Set.of("basics", "basics.location", "basics.profiles", "work",
            "education", "skills", "languages", "nyx", "nyx.personal", "nyx.salary", "nyx.eeo",
            "nyx.workAuthorization", "nyx.answers", "nyx.resumes", "nyx.coverLetter");

    static final Set<String> NYX_KEYS = Set.of("firstName", "lastName", "workAuthorization", "requiresSponsorship",
            "salary", "noticePeriodDays", "willingToRelocate", "remote", "eeo", "resumes", "answers", "coverLetter",
            "personal", "sensitive", "marketingOptIn");

    private SensitivePaths() {
    }

    /** The canonical form: {@code personal.x} becomes {@code nyx.personal.x}. */
    public static String canonical(String entry) {
        String trimmed = entry.strip();
        int end = trimmed.length();
        for (int index = 0; index < trimmed.length(); index++) {
            char character = trimmed.charAt(index);
            if (character == '.' || character == '[') {
                end = index;
                break;
            }
        }
        return NYX_KEYS.contains(trimmed.substring(0, end)) ? "nyx." + trimmed : trimmed;
    }

    /** Whether {@code entry} ({@code prefix.*} or a path) is a wildcard. */
    public static boolean isWildcard(String entry) {
        return entry.endsWith(".*");
    }

    /** Whether canonical {@code path} lies at or under any of the canonical {@code entries}. */
    public static boolean covers(List<String> entries, String path) {
        return entries.stream().anyMatch(entry -> covers(entry, path));
    }

    static boolean covers(String entry, String path) {
        String base = isWildcard(entry) ? entry.substring(0, entry.length() - 2) : entry;
        return path.equals(base) || path.startsWith(base + ".") || path.startsWith(base + "[");
    }
}
