package dev.nyx.core.profile.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.document.Node;
import dev.nyx.core.document.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads and checks {@code nyx.sensitive}: every entry must name a path the profile has, or be a
 * {@code prefix.*} wildcard of a known section. Not part of the API.
 */
final class SensitiveEntriesReader {
    private final SourceDocument document;

    SensitiveEntriesReader(SourceDocument document) {
        this.document = requireNonNull(document, "document is null");
    }

    /**
     * The canonical entries, always including {@link SensitivePaths#PERSONAL}.
     *
     * @param asWritten receives the valid entries as the profile wrote them
     */
    List<String> read(Node root, List<String> asWritten) {
        List<String> entries = new ArrayList<>();
        entries.add(SensitivePaths.PERSONAL);
        for (Node item : root.get("nyx").get("sensitive").items()) {
            item.text().ifPresent(entry -> {
                String canonical = SensitivePaths.canonical(entry);
                if (SensitivePaths.isWildcard(canonical)) {
                    String section = canonical.substring(0, canonical.length() - 2);
                    if (!SensitivePaths.SECTIONS.contains(section)) {
                        item.problem("\"" + entry + "\" is not a wildcard of a known section; expected one of "
                                + new TreeSet<>(SensitivePaths.SECTIONS).stream().map(name -> name + ".*").toList());
                        return;
                    }
                } else if (!document.contains(canonical)) {
                    item.problem("\"" + entry + "\" names no value in this profile; expected a path such as "
                            + "basics.phone or personal.dateOfBirth, or a wildcard such as basics.location.*");
                    return;
                }
                entries.add(canonical);
                asWritten.add(entry);
            });
        }
        return entries;
    }
}
