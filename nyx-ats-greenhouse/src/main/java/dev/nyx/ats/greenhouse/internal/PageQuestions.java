package dev.nyx.ats.greenhouse.internal;

import dev.nyx.model.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges the Job Board API's questions with what the page asks: the page is the source of truth for
 * the form, the API an enrichment. Stateless.
 */
public final class PageQuestions {
    private PageQuestions() {
    }

    /**
     * The API's questions plus those only the page asks (Greenhouse's education block), in page order: a
     * page question the API knows by id is the API's; one whose label an API question already has (the
     * same question under another id) is left out; API questions the page does not show come last.
     *
     * @param api  the API's questions
     * @param page the page's questions in page order
     */
    public static List<Question> merge(List<Question> api, List<Question> page) {
        Map<String, Question> byId = api.stream().collect(Collectors.toMap(Question::id, Function.identity(),
                (first, second) -> first));
        Set<String> labels = api.stream().map(question -> label(question.label())).collect(Collectors.toSet());
        List<Question> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Question question : page) {
            Question known = byId.get(question.id());
            if (known != null) {
                if (seen.add(known.id())) {
                    merged.add(known);
                }
            } else if (!labels.contains(label(question.label())) && seen.add(question.id())) {
                merged.add(question);
            }
        }
        for (Question question : api) {
            if (seen.add(question.id())) {
                merged.add(question);
            }
        }
        return List.copyOf(merged);
    }

    private static String label(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
