package dev.nyx.core.answer.internal;

import dev.nyx.model.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Language proficiency on one scale, from a profile's fluency words and from a form's level options.
 *
 * <p>The scale follows the ILR/LinkedIn steps, with the CEFR levels placed on it: 0 none, 1
 * elementary (A1, A2; "Basic", "Grundkenntnisse", "Notions"), 2 limited working (B1;
 * "Intermediate", "Conversational", "Gute Kenntnisse", "Intermédiaire"), 3 professional working (B2;
 * "Professional working proficiency", "Professionnel"), 4 full professional (C1; "Fluent",
 * "Full professional proficiency", "Courant"), 5 native or bilingual (C2; "Native speaker",
 * "Muttersprache", "Langue maternelle"). A CEFR code in a label ("C1 - Advanced") decides over its
 * words.
 *
 * <p>Some words sit on either of two steps by convention: "Fließend" and "Verhandlungssicher" (3 or
 * 4: LinkedIn puts "Fließend" below "Verhandlungssicher", many forms the other way round),
 * "Professional", "Advanced", "Proficient" (3 or 4). In a form's option list their step is read
 * from the list's own order: in "Muttersprache, Fließend, Verhandlungssicher, Grundkenntnisse",
 * "Fließend" is 4 and "Verhandlungssicher" 3. From a profile such a word is read as the step its
 * literal sense names (fluent, business-fluent: 4; professional, advanced: 3).
 *
 * <p>The option chosen is the one at the profile's step; when the list has none at that step, the
 * highest one below it (never a higher one, and never "None" for a language the profile lists).
 * A list whose order leaves the choice open gives no answer. Bare numbers ("1" .. "5") count only
 * when the question names what the ends mean ("1 = basic, 5 = native") and the steps between fit.
 * Stateless.
 */
final class LanguageLevel {
    /** The step of "none"/"Keine"/"Aucune". */
    static final int NONE = 0;
    /** The step of "Fluent"/"Courant"/C1 (full professional). */
    static final int FLUENT = 4;

    /** Words (normalised) and their possible steps; longer phrases are tried first. */
    private static final Map<String, Set<Integer>> WORDS = Map.ofEntries(
            Map.entry("native", Set.of(5)), Map.entry("native speaker", Set.of(5)), Map.entry("mother tongue", Set.of(5)),
            Map.entry("first language", Set.of(5)), Map.entry("bilingual", Set.of(5)),
            Map.entry("muttersprache", Set.of(5)), Map.entry("muttersprachlich", Set.of(5)),
            Map.entry("muttersprachler", Set.of(5)), Map.entry("zweisprachig", Set.of(5)),
            Map.entry("langue maternelle", Set.of(5)), Map.entry("bilingue", Set.of(5)),
            Map.entry("fluent", Set.of(4)), Map.entry("fluently", Set.of(4)), Map.entry("fluency", Set.of(4)),
            Map.entry("full professional", Set.of(4)), Map.entry("business fluent", Set.of(4)),
            Map.entry("courant", Set.of(4)), Map.entry("couramment", Set.of(4)),
            Map.entry("fliessend", Set.of(3, 4)), Map.entry("verhandlungssicher", Set.of(3, 4)),
            Map.entry("proficient", Set.of(3, 4)), Map.entry("advanced", Set.of(3, 4)),
            Map.entry("professional", Set.of(3, 4)), Map.entry("avance", Set.of(3, 4)),
            Map.entry("professional working", Set.of(3)), Map.entry("upper intermediate", Set.of(3)),
            Map.entry("sehr gute kenntnisse", Set.of(3)), Map.entry("professionnel", Set.of(3)),
            Map.entry("professionnelle", Set.of(3)), Map.entry("business", Set.of(3)),
            Map.entry("intermediate", Set.of(2)), Map.entry("conversational", Set.of(2)),
            Map.entry("limited working", Set.of(2)), Map.entry("gute kenntnisse", Set.of(2)),
            Map.entry("mittel", Set.of(2)), Map.entry("intermediaire", Set.of(2)), Map.entry("moyen", Set.of(2)),
            Map.entry("conversationnel", Set.of(2)),
            Map.entry("basic", Set.of(1)), Map.entry("elementary", Set.of(1)), Map.entry("beginner", Set.of(1)),
            Map.entry("basics", Set.of(1)), Map.entry("grundkenntnisse", Set.of(1)), Map.entry("anfanger", Set.of(1)),
            Map.entry("notions", Set.of(1)), Map.entry("debutant", Set.of(1)), Map.entry("elementaire", Set.of(1)),
            Map.entry("scolaire", Set.of(1)), Map.entry("basique", Set.of(1)),
            Map.entry("none", Set.of(0)), Map.entry("no knowledge", Set.of(0)), Map.entry("keine", Set.of(0)),
            Map.entry("keine kenntnisse", Set.of(0)), Map.entry("aucune", Set.of(0)), Map.entry("aucun", Set.of(0)),
            Map.entry("not at all", Set.of(0)), Map.entry("pas du tout", Set.of(0)),
            Map.entry("aucune connaissance", Set.of(0)));
    private static final List<String> PHRASES = WORDS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
    private static final Pattern CEFR = Pattern.compile("\\b([abc])\\s?([12])\\b");
    /** "1 = basic", "5: native", "(1 - Grundkenntnisse ...": a number naming a step of the question's scale. */
    private static final Pattern ANCHOR = Pattern.compile("(\\d+)\\s*(?:=|:|-|–)\\s*([\\p{L}][\\p{L} ]*)");

    private LanguageLevel() {
    }

    /** The step a profile's fluency text names, if it names one ("Professional working proficiency": 3). */
    static Optional<Integer> ofProfile(String fluency) {
        return steps(fluency).stream().min(Integer::compare).map(step -> literal(fluency).orElse(step));
    }

    /** The option for a candidate at {@code step}, or empty when the list leaves it open. */
    static Optional<String> choose(List<Option> options, String questionLabel, int step) {
        List<Set<Integer>> candidates = new ArrayList<>();
        Map<Integer, Integer> anchors = anchors(questionLabel);
        for (Option option : options) {
            Set<Integer> found = steps(option.label());
            if (found.isEmpty() && option.label().strip().matches("\\d+")) {
                Integer anchored = anchors.get(Integer.parseInt(option.label().strip()));
                found = anchored == null ? Set.of() : Set.of(anchored);
            }
            candidates.add(found);
        }
        List<int[]> orders = monotonicAssignments(candidates);
        if (orders.isEmpty()) {
            // an unordered list: only options whose step is certain count
            int[] certain = new int[candidates.size()];
            for (int index = 0; index < candidates.size(); index++) {
                certain[index] = candidates.get(index).size() == 1 ? candidates.get(index).iterator().next() : -1;
            }
            orders = List.of(certain);
        }
        // readings of the list that have an option at the candidate's step come first ("Advanced" between
        // "Intermediate" and "Native" is a professional speaker's level, whether it means 3 or 4)
        List<int[]> exact = orders.stream().filter(order -> IntStream.of(order)
                .anyMatch(value -> value == step)).toList();
        if (!exact.isEmpty()) {
            orders = exact;
        }
        Optional<Integer> chosen = Optional.empty();
        for (int[] order : orders) {
            Optional<Integer> pick = pick(order, step);
            if (pick.isEmpty() || chosen.isPresent() && !chosen.equals(pick)) {
                return Optional.empty();
            }
            chosen = pick;
        }
        return chosen.map(index -> options.get(index).label());
    }

    /** The index at the step, else the highest step below it (above "none"); -1 in {@code order} is unknown. */
    private static Optional<Integer> pick(int[] order, int step) {
        List<Integer> exact = new ArrayList<>();
        int below = -1;
        for (int index = 0; index < order.length; index++) {
            if (order[index] == step) {
                exact.add(index);
            } else if (order[index] > NONE && order[index] < step && (below < 0 || order[index] > order[below])) {
                below = index;
            }
        }
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
        }
        if (below < 0) {
            return Optional.empty();
        }
        int belowIndex = below;
        long sameStep = IntStream.of(order).filter(value -> value == order[belowIndex]).count();
        return sameStep == 1 ? Optional.of(below) : Optional.empty();
    }

    /**
     * Every way to give each option with known words one of its steps such that the steps strictly
     * rise or strictly fall down the list (options without known words are skipped, -1).
     */
    private static List<int[]> monotonicAssignments(List<Set<Integer>> candidates) {
        List<int[]> found = new ArrayList<>();
        long known = candidates.stream().filter(set -> !set.isEmpty()).count();
        if (known < 2) {
            return found;
        }
        assign(candidates, 0, new int[candidates.size()], found);
        return found;
    }

    private static void assign(List<Set<Integer>> candidates, int index, int[] current, List<int[]> found) {
        if (found.size() > 64) {
            return;
        }
        if (index == candidates.size()) {
            if (monotonic(current)) {
                found.add(current.clone());
            }
            return;
        }
        if (candidates.get(index).isEmpty()) {
            current[index] = -1;
            assign(candidates, index + 1, current, found);
            return;
        }
        for (int step : candidates.get(index)) {
            current[index] = step;
            assign(candidates, index + 1, current, found);
        }
    }

    private static boolean monotonic(int[] steps) {
        boolean rising = true;
        boolean falling = true;
        int previous = -1;
        for (int step : steps) {
            if (step < 0) {
                continue;
            }
            if (previous >= 0) {
                rising &= step > previous;
                falling &= step < previous;
            }
            previous = step;
        }
        return rising || falling;
    }

    /** The steps a label's words may name: a CEFR code decides; else the longest phrase found. */
    static Set<Integer> steps(String label) {
        String normalised = Text.normalise(label);
        Matcher cefr = CEFR.matcher(normalised);
        Set<Integer> codes = new TreeSet<>();
        while (cefr.find()) {
            codes.add(cefrStep(cefr.group(1).charAt(0), cefr.group(2).charAt(0)));
        }
        if (!codes.isEmpty()) {
            // "B2-C1" or "C1/C2" names a range: the lower end is what the label promises
            return Set.of(codes.iterator().next());
        }
        for (String phrase : PHRASES) {
            if (Text.containsWords(normalised, phrase)) {
                return WORDS.get(phrase);
            }
        }
        return Set.of();
    }

    /** A profile's word read by its literal sense where forms differ ("Fließend" is fluent: 4). */
    private static Optional<Integer> literal(String fluency) {
        String normalised = Text.normalise(fluency);
        if (CEFR.matcher(normalised).find()) {
            return Optional.empty();
        }
        if (Text.containsWords(normalised, "fliessend") || Text.containsWords(normalised, "verhandlungssicher")) {
            return Optional.of(4);
        }
        return Optional.empty();
    }

    private static int cefrStep(char letter, char digit) {
        return switch (letter) {
            case 'a' -> 1;
            case 'b' -> digit == '1' ? 2 : 3;
            default -> digit == '1' ? 4 : 5;
        };
    }

    /** Numbers the question names a step for ("1 = basic, 5 = native"), filled in when the steps between fit. */
    private static Map<Integer, Integer> anchors(String questionLabel) {
        Map<Integer, Integer> named = new TreeMap<>();
        Matcher matcher = ANCHOR.matcher(questionLabel);
        while (matcher.find()) {
            Set<Integer> steps = steps(matcher.group(2));
            if (steps.size() == 1) {
                named.put(Integer.parseInt(matcher.group(1)), steps.iterator().next());
            }
        }
        if (named.size() == 2) {
            List<Map.Entry<Integer, Integer>> ends = List.copyOf(named.entrySet());
            int fromNumber = ends.get(0).getKey();
            int toNumber = ends.get(1).getKey();
            int fromStep = ends.get(0).getValue();
            int toStep = ends.get(1).getValue();
            if (Math.abs(toStep - fromStep) == toNumber - fromNumber) {
                int direction = toStep > fromStep ? 1 : -1;
                for (int number = fromNumber; number <= toNumber; number++) {
                    named.put(number, fromStep + direction * (number - fromNumber));
                }
            }
        }
        return named;
    }
}
