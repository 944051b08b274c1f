package dev.nyx.model;

import java.util.List;
import java.util.Optional;

/** Every question of an application form, in page order (across all steps of a wizard). */
public record FormSchema(List<Question> questions) {
    public FormSchema {
        questions = List.copyOf(questions);
        long distinct = questions.stream().map(Question::id).distinct().count();
        if (distinct != questions.size()) {
            throw new IllegalArgumentException("question ids are not unique");
        }
    }

    public static FormSchema empty() {
        return new FormSchema(List.of());
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    public List<Question> required() {
        return questions.stream().filter(Question::required).toList();
    }
}
