package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.model.QuestionType;
import java.util.List;
import java.util.Optional;

/**
 * One question of a fixture posting, in the Job Board API's shape plus what the replica pages
 * need to render it.
 *
 * @param label       the question text
 * @param required    whether it must be answered (while shown, for conditional questions)
 * @param description optional HTML help text
 * @param fields      its API fields; "Resume/CV" has {@code resume} + {@code resume_text}
 * @param kind        the control the pages use (number and date are plain text in the API)
 * @param wiring      how the pages tie the label to the control
 * @param showWhen    for a follow-up question: when it is shown
 * @param widget      the control a question with options is rendered as ({@link Widget#DEFAULT}: the style's own)
 * @param group       how a radio or checkbox group is labelled
 */
public record GreenhouseQuestion(String label, boolean required, Optional<String> description,
                                 List<GreenhouseField> fields, QuestionType kind, LabelWiring wiring,
                                 Optional<ShowWhen> showWhen, Widget widget, GroupMarkup group) {
    public GreenhouseQuestion {
        requireNonNull(widget, "widget is null");
        requireNonNull(group, "group is null");
        requireNonNull(label, "label is null");
        requireNonNull(description, "description is null");
        fields = List.copyOf(fields);
        requireNonNull(kind, "kind is null");
        requireNonNull(wiring, "wiring is null");
        requireNonNull(showWhen, "showWhen is null");
        if (fields.isEmpty()) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "question '" + label + "' needs at least one field");
        }
        if (wiring == LabelWiring.PLACEHOLDER_ONLY && required) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION,
                    "question '" + label + "' is required and so needs a real label");
        }
    }

    /** A question rendered with the page style's own controls, groups as fieldsets. */
    public GreenhouseQuestion(String label, boolean required, Optional<String> description,
                              List<GreenhouseField> fields, QuestionType kind, LabelWiring wiring,
                              Optional<ShowWhen> showWhen) {
        this(label, required, description, fields, kind, wiring, showWhen, Widget.DEFAULT, GroupMarkup.FIELDSET_LEGEND);
    }

    /** A question with one field, label wired with {@code for}. */
    public static GreenhouseQuestion of(String label, boolean required, QuestionType kind, GreenhouseField field) {
        return new GreenhouseQuestion(label, required, Optional.empty(), List.of(field), kind, LabelWiring.FOR,
                Optional.empty());
    }

    public GreenhouseQuestion wiredBy(LabelWiring labelWiring) {
        return new GreenhouseQuestion(label, required, description, fields, kind, labelWiring, showWhen, widget, group);
    }

    public GreenhouseQuestion describedBy(String descriptionHtml) {
        return new GreenhouseQuestion(label, required, Optional.of(descriptionHtml), fields, kind, wiring, showWhen,
                widget, group);
    }

    public GreenhouseQuestion shownWhen(String fieldName, String value) {
        return new GreenhouseQuestion(label, required, description, fields, kind, wiring,
                Optional.of(new ShowWhen(fieldName, value)), widget, group);
    }

    /** The same question rendered as {@code as}, a group labelled as {@code markup}. */
    public GreenhouseQuestion renderedAs(Widget as, GroupMarkup markup) {
        return new GreenhouseQuestion(label, required, description, fields, kind, wiring, showWhen, as, markup);
    }

    /** The first (main) field. */
    public GreenhouseField field() {
        return fields.get(0);
    }

    /** Whether this is a custom question ({@code question_{id}}) rather than a standard field. */
    public boolean isCustom() {
        return field().name().startsWith("question_");
    }

    /** The numeric id of a custom question. */
    public String customId() {
        String name = field().name();
        return name.substring("question_".length()).replace("[]", "");
    }
}
