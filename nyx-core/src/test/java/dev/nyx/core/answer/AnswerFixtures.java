package dev.nyx.core.answer;

import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.profile.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fixture profile, a fixed clock and short ways to write form questions. */
final class AnswerFixtures {
    /** 25 November 2026, noon UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    /** A German posting by Acme, written in English. */
    static final PostingContext ACME_DE = new PostingContext(Optional.of("DE"), Optional.of("Acme"),
            Optional.of("Senior Backend Engineer"), Optional.of("en"));

    private AnswerFixtures() {
    }

    static String fixtureYaml() {
        try (InputStream in = AnswerFixtures.class.getResourceAsStream("/answers/profile.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the profile and its two resume files into the folder and loads it. */
    static Profile load(Path folder, String yaml) {
        try {
            for (String resume : List.of("resume-en.pdf", "resume-de.pdf")) {
                Files.writeString(folder.resolve(resume), "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
            }
            return new ProfileLoader().load(Files.writeString(folder.resolve("profile.yaml"), yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Question text(String label) {
        return Question.of(id(label), label, QuestionType.SHORT_TEXT, true);
    }

    static Question longText(String label) {
        return Question.of(id(label), label, QuestionType.LONG_TEXT, true);
    }

    static Question number(String label) {
        return Question.of(id(label), label, QuestionType.NUMBER, true);
    }

    static Question date(String label) {
        return Question.of(id(label), label, QuestionType.DATE, true);
    }

    static Question file(String label) {
        return Question.of(id(label), label, QuestionType.FILE, true);
    }

    static Question checkbox(String label) {
        return Question.of(id(label), label, QuestionType.CHECKBOX, true);
    }

    /** A checkbox group (a lone box when given one label), values 1, 2, 3, ... */
    static Question checkbox(String label, String... labels) {
        return Question.withOptions(id(label), label, QuestionType.CHECKBOX, true, options(labels));
    }

    /** A single select whose option values are 1, 2, 3, ... as on Greenhouse. */
    static Question select(String label, String... labels) {
        return Question.withOptions(id(label), label, QuestionType.SINGLE_SELECT, true, options(labels));
    }

    static Question multi(String label, String... labels) {
        return Question.withOptions(id(label), label, QuestionType.MULTI_SELECT, true, options(labels));
    }

    /** Greenhouse's yes/no select: "Yes" = 1, "No" = 0. */
    static Question yesNo(String label) {
        return Question.withOptions(id(label), label, QuestionType.YES_NO, true,
                List.of(new Option("1", "Yes"), new Option("0", "No")));
    }

    static Question yesNo(String label, String yes, String no) {
        return Question.withOptions(id(label), label, QuestionType.YES_NO, true,
                List.of(new Option("1", yes), new Option("0", no)));
    }

    static Question optional(Question question) {
        return new Question(question.id(), question.label(), question.type(), false, question.options(),
                question.maxLength(), question.section(), question.rawControl());
    }

    static Question withMaxLength(Question question, int maxLength) {
        return new Question(question.id(), question.label(), question.type(), question.required(), question.options(),
                Optional.of(maxLength), question.section(), question.rawControl());
    }

    private static List<Option> options(String... labels) {
        List<Option> options = new ArrayList<>();
        for (int index = 0; index < labels.length; index++) {
            options.add(new Option(String.valueOf(index + 1), labels[index]));
        }
        return options;
    }

    private static String id(String label) {
        return "q_" + Integer.toHexString(label.hashCode());
    }
}
