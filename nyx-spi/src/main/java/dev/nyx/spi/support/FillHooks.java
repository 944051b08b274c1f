package dev.nyx.spi.support;

import dev.nyx.model.Question;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.List;
import java.util.Optional;

/**
 * What one site does its own way while {@link SchemaFiller} fills a form: where a question's control
 * is when no label fits, how a site-specific widget is operated, when an upload is done, and what a file
 * question answered with text means. Every method has a default, so a site whose controls carry the
 * questions' labels (or names) needs none: pass {@link #none()}.
 *
 * <p>Called by {@link SchemaFiller} from the thread that drives the page; one instance may serve one
 * fill at a time. Exceptions should be {@link NyxException}s; they end the fill.
 */
public interface FillHooks {

    /** Hooks that change nothing: every question is filled by the filler's own rules. */
    static FillHooks none() {
        return new FillHooks() {
        };
    }

    /**
     * The control of {@code question} when no field in the form carries its label or its id as
     * {@code name}/{@code id} (a site that names its fields differently, an API field name). Must not
     * wait: return the field as it is now, with {@link FormField#visible()} telling whether it is shown (a
     * hidden one is tried again after the other questions, when follow-ups have had time to appear).
     * Default: none.
     */
    default Optional<FormField> findControl(Question question, FormFiller form) {
        return Optional.empty();
    }

    /**
     * Fills {@code question} with {@code values} in a site-specific way (a widget the helpers do not
     * know, a type-ahead the site needs typed differently); {@code false} leaves it to the filler.
     * Called for every answered question whose control was found and is shown, before the filler's own
     * rules. Default: {@code false}.
     *
     * @param field  the control found for the question
     * @param values the answer's values (one, or several for a multi-select), never blank
     */
    default boolean fill(Question question, FormField field, List<String> values, FormFiller form) {
        return false;
    }

    /** How the filler knows an upload to {@code question}'s control has finished. Default: at once. */
    default UploadCompletion uploadCompletion(Question question) {
        return UploadCompletion.immediate();
    }

    /**
     * Fills a file question answered with text instead of a file (a cover letter written for this
     * posting): many sites offer a text box beside the upload. Default: fails, since the text has nowhere
     * to go.
     *
     * @throws NyxException {@link ErrorCode#ANSWER_WRONG_FORMAT} by default
     */
    default void fillFileWithText(Question question, String text, FormFiller form) {
        throw new NyxException(ErrorCode.ANSWER_WRONG_FORMAT, "'" + question.label() + "' (" + question.id()
                + ") asks for a file, but its answer is text (of length " + text.length() + ") and the site offers"
                + " no text box for it; answer a file question with the resume's id.");
    }
}
