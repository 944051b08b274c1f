package dev.nyx.core.answer.internal;

import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a {@link Fact} into the values a question's control takes: an offered option's label for
 * option questions (a number, also one the answer bank gives as text, goes to the range that holds it),
 * digits for numbers, an ISO date for date inputs, text otherwise. When the fact
 * does not fit the control (no option matches, a text where a number is asked, an answer longer
 * than the field allows) the result names the problem instead. Stateless.
 */
public final class AnswerShaper {

    /** The values to give, with confidence; or the problem when there are none. */
    public record Shaped(List<String> values, double confidence, Optional<String> problem) {
        static Shaped of(String value, double confidence) {
            return new Shaped(List.of(value), confidence, Optional.empty());
        }

        static Shaped problem(String problem) {
            return new Shaped(List.of(), 0, Optional.of(problem));
        }

        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

    private AnswerShaper() {
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.strip().replace(',', '.'));
    }

    public static Shaped shape(Fact fact, Question question, Optional<String> language) {
        Shaped shaped = switch (question.type()) {
            case SINGLE_SELECT, YES_NO -> toOption(fact, question);
            case MULTI_SELECT -> toOptions(fact, question);
            case CHECKBOX -> question.options().isEmpty() ? toCheckbox(fact) : toOptions(fact, question);
            case NUMBER -> toNumber(fact);
            case DATE -> fact instanceof Fact.Day day ? Shaped.of(day.date().toString(), 1.0)
                    : Shaped.problem("no date known for this date field");
            case SHORT_TEXT, LONG_TEXT -> question.options().isEmpty() ? toText(fact, question, language)
                    : toOption(fact, question);
            case FILE -> fact instanceof Fact.Text file && file.factsUsed().stream().anyMatch(path -> path.startsWith("nyx.resumes."))
                    ? Shaped.of(file.value(), 1.0) : Shaped.problem("no file in the profile fits this upload field");
            case UNKNOWN -> Shaped.problem("the form's control could not be classified; answer it by hand");
        };
        if (shaped.ok() && question.maxLength().isPresent()
                && String.join(", ", shaped.values()).length() > question.maxLength().get()) {
            return Shaped.problem("the answer is longer than the field's limit of " + question.maxLength().get()
                    + " characters");
        }
        return shaped;
    }

    private static Shaped toOption(Fact fact, Question question) {
        if (question.options().isEmpty() && question.type() == QuestionType.YES_NO && fact instanceof Fact.Flag flag) {
            return Shaped.of(flag.yes() ? "Yes" : "No", 1.0);
        }
        Optional<OptionMatcher.Match> match;
        if (fact instanceof Fact.Flag flag && flag.yes() && question.type() == QuestionType.CHECKBOX
                && question.options().size() == 1) {
            // a lone checkbox ("I agree", "Ich stimme zu", "J'accepte") is a yes by being ticked, whatever its words
            match = Optional.of(new OptionMatcher.Match(question.options().get(0).label(), 0.9));
        } else if (fact instanceof Fact.Flag flag) {
            match = OptionMatcher.byFlag(question.options(), flag.yes());
        } else if (fact instanceof Fact.Amount amount) {
            match = OptionMatcher.byAmount(question.options(), amount.number());
        } else if (fact instanceof Fact.Decline) {
            match = OptionMatcher.decline(question.options());
        } else if (fact instanceof Fact.Choice choice) {
            match = OptionMatcher.bySpelling(question.options(), choice.spellings());
        } else if (fact instanceof Fact.Text text && NUMBER.matcher(text.value().strip()).matches()
                && OptionMatcher.byAmount(question.options(), number(text.value())).isPresent()) {
            // a bank answer "7" to "0-2 / 3-5 / 6-8 / 9+": the range that holds it, not an option spelling 7
            match = OptionMatcher.byAmount(question.options(), number(text.value()));
        } else if (fact instanceof Fact.Text text) {
            match = Text.yesNo(text.value()).flatMap(yes -> OptionMatcher.byFlag(question.options(), yes))
                    .or(() -> OptionMatcher.bySpelling(question.options(), List.of(text.value())));
        } else {
            match = Optional.empty();
        }
        return match.map(found -> Shaped.of(found.label(), found.confidence()))
                .orElseGet(() -> Shaped.problem("no offered option fits the profile's answer"));
    }

    private static Shaped toOptions(Fact fact, Question question) {
        if (!(fact instanceof Fact.Many many)) {
            return toOption(fact, question);
        }
        List<String> labels = new ArrayList<>();
        double confidence = 1.0;
        for (Fact.Choice choice : many.choices()) {
            Optional<OptionMatcher.Match> match = OptionMatcher.bySpelling(question.options(), choice.spellings());
            if (match.isPresent() && !labels.contains(match.get().label())) {
                labels.add(match.get().label());
                confidence = Math.min(confidence, match.get().confidence());
            }
        }
        return labels.isEmpty() ? Shaped.problem("no offered option fits the profile's answer")
                : new Shaped(labels, confidence, Optional.empty());
    }

    private static Shaped toCheckbox(Fact fact) {
        if (fact instanceof Fact.Flag flag) {
            return Shaped.of(flag.yes() ? "Yes" : "No", 1.0);
        }
        return Shaped.problem("a single checkbox needs a yes/no fact");
    }

    private static Shaped toNumber(Fact fact) {
        if (fact instanceof Fact.Amount amount) {
            return Shaped.of(plain(amount.number()), 1.0);
        }
        if (fact instanceof Fact.Text text && text.value().strip().matches("\\d+(\\.\\d+)?")) {
            return Shaped.of(text.value().strip(), 1.0);
        }
        return Shaped.problem("the profile's answer is not a number");
    }

    private static Shaped toText(Fact fact, Question question, Optional<String> language) {
        if (fact instanceof Fact.Text text) {
            return Shaped.of(text.value(), 1.0);
        }
        if (fact instanceof Fact.Flag flag) {
            return Shaped.of(Text.yesNoWord(flag.yes(), language), 1.0);
        }
        if (fact instanceof Fact.Amount amount) {
            return Shaped.of((plain(amount.number()) + " " + amount.unit()).strip(), 1.0);
        }
        if (fact instanceof Fact.Day day) {
            return Shaped.of(formatDate(day.date(), question.label()), 1.0);
        }
        if (fact instanceof Fact.Choice choice) {
            return Shaped.of(choice.spellings().get(0), 1.0);
        }
        if (fact instanceof Fact.Many many) {
            return Shaped.of(String.join(", ", many.choices().stream().map(choice -> choice.spellings().get(0)).toList()),
                    1.0);
        }
        return Shaped.problem("a free-text field cannot be declined; leave it for the candidate");
    }

    /** Digits without grouping or trailing zeros. */
    static String plain(BigDecimal number) {
        return number.setScale(Math.max(0, Math.min(2, number.stripTrailingZeros().scale())), RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String formatDate(LocalDate date, String label) {
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("dd.mm.yyyy") || lower.contains("tt.mm.jjjj")) {
            return date.format(DateTimeFormatter.ofPattern("dd.MM.uuuu"));
        }
        if (lower.contains("mm/dd/yyyy")) {
            return date.format(DateTimeFormatter.ofPattern("MM/dd/uuuu"));
        }
        if (lower.contains("dd/mm/yyyy") || lower.contains("jj/mm/aaaa")) {
            return date.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        }
        return date.toString();
    }
}
