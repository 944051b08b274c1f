package dev.nyx.core.interview.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.match.EmbeddingMatchScorer;
import dev.nyx.core.match.TextEmbedder;
import dev.nyx.model.InterviewPrep.Story;
import dev.nyx.model.JobPosting;
import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Work;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the candidate's stories for an interview: the positions of the work history that show
 * the most skills the posting asks for, then the most similar in meaning to the posting (embedding
 * similarity), at most {@value #MAX_STORIES}; a position showing no asked skill and below
 * {@value #MIN_SIMILARITY} similarity is not a story for this role. Thread-safe; not part of the API.
 */
public final class StoryPicker {
    /** How many stories a package holds at most. */
    public static final int MAX_STORIES = 3;
    /** Similarity a position needs to count without a shared skill. */
    public static final double MIN_SIMILARITY = 0.3;

    private final EmbeddingMatchScorer scorer;
    private final TextEmbedder embedder;

    public StoryPicker(EmbeddingMatchScorer scorer, TextEmbedder embedder) {
        this.scorer = requireNonNull(scorer, "scorer is null");
        this.embedder = requireNonNull(embedder, "embedder is null");
    }

    private record Candidate(Story story, int shared, double similarity) {
    }

    public List<Story> pick(JobPosting posting, Profile profile, Set<String> askedSkills) {
        String postingText = posting.title() + ".\n" + posting.description();
        List<Candidate> candidates = new ArrayList<>();
        for (Work work : profile.work()) {
            String text = text(work);
            Set<String> shown = new LinkedHashSet<>(scorer.skillsIn(text));
            shown.retainAll(askedSkills);
            double similarity = text.isBlank() ? 0 : embedder.similarity(postingText, text);
            if (shown.isEmpty() && similarity < MIN_SIMILARITY) {
                continue;
            }
            String why = (shown.isEmpty() ? "Close to the posting in meaning"
                    : "Shows " + String.join(", ", shown) + ", which the posting asks for")
                    + String.format(Locale.ROOT, " (similarity %.2f).", similarity);
            candidates.add(new Candidate(new Story(work.position().orElse("(position not given)"), work.name(),
                    period(work), work.summary().orElse(""), work.highlights(), List.copyOf(shown), why),
                    shown.size(), similarity));
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::shared).reversed()
                        .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed()))
                .limit(MAX_STORIES).map(Candidate::story).toList();
    }

    private static String text(Work work) {
        StringBuilder text = new StringBuilder();
        work.position().ifPresent(position -> text.append(position).append(". "));
        work.summary().ifPresent(summary -> text.append(summary).append(' '));
        work.highlights().forEach(highlight -> text.append(highlight).append(' '));
        return text.toString().strip();
    }

    private static String period(Work work) {
        Optional<String> start = work.startDate().map(PartialDate::toString);
        Optional<String> end = work.endDate().map(PartialDate::toString);
        if (start.isEmpty() && end.isEmpty()) {
            return "";
        }
        return start.orElse("?") + " – " + end.orElse("now");
    }
}
