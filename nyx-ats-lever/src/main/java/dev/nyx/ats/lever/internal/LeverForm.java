package dev.nyx.ats.lever.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Question;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.support.FillHooks;
import dev.nyx.spi.support.FormFiller;
import dev.nyx.spi.support.FormReader;
import dev.nyx.spi.support.SchemaFiller;
import dev.nyx.spi.support.UploadCompletion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads, fills and reads back a Lever apply form with the shared helpers ({@link FormReader},
 * {@link SchemaFiller}). Question ids are the posted names ({@code name}, {@code urls[LinkedIn]},
 * {@code cards[<uuid>][field<N>]}, {@code eeo[gender]}, {@code consent[store]}, {@code comments}); sections are
 * the card titles, "Links", "EEO" and "Consent". What is Lever's own: the resume goes first and the fill waits
 * for Lever's resume parse to finish (it pre-fills the basics, and what the profile says must win), which
 * {@link FillHooks#uploadCompletion} does. Stateless; call from the page's thread.
 */
public final class LeverForm {
    private static final String SECTIONS = """
            form => {
              const sections = {};
              form.querySelectorAll('[name]').forEach(control => {
                const name = control.getAttribute('name');
                if (sections[name] !== undefined) { return; }
                const block = control.closest('.section, [data-qa=additional-cards]');
                const heading = block ? block.querySelector('h4') : null;
                sections[name] = heading ? heading.textContent.replace(/\\s+/g, ' ').trim() : '';
              });
              return sections;
            }""";
    private static final String PARSE_SETTLED = """
            () => {
              const form = document.querySelector('form#application-form');
              if (!form) { return true; }
              const status = Array.from(form.querySelectorAll('.resume-upload-working, .resume-upload-success,'
                + ' .resume-upload-failure, .resume-upload-oversize'));
              if (status.length === 0) { return true; }
              const shown = e => !e.hidden && getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden';
              const working = status.filter(e => e.classList.contains('resume-upload-working')).some(shown);
              return !working && status.filter(e => !e.classList.contains('resume-upload-working')).some(shown);
            }""";

    private LeverForm() {
    }

    /** The form's questions, resume first, with Lever's sections. */
    public static FormSchema read(Frame frame, Duration timeout) {
        requireNonNull(frame, "frame is null");
        FormSchema read = FormReader.read(FormFiller.forFrame(frame, timeout).within(LeverPage.FORM));
        @SuppressWarnings("unchecked")
        Map<String, Object> headings = (Map<String, Object>) frame.locator(LeverPage.FORM).first().evaluate(SECTIONS);
        List<Question> questions = new ArrayList<>();
        for (Question question : read.questions()) {
            Question withSection = new Question(question.id(), question.label(), question.type(), question.required(),
                    question.options(), question.maxLength(), section(question.id(), headings), question.rawControl());
            if (isResume(question)) {
                questions.add(0, withSection);
            } else {
                questions.add(withSection);
            }
        }
        return new FormSchema(questions);
    }

    /** Fills the answered questions; opens nothing (the caller shows the form), never submits. */
    public static void fill(ApplyContext context, Frame frame, JobPosting posting, AnswerSet answers) {
        FormSchema schema = resumeFirst(posting.form());
        SchemaFiller.of(scoped(frame, context.stepTimeout())).withNotes(context::note)
                .withHooks(new Hooks(frame)).fill(schema, answers, context.resume());
    }

    /** What the form shows per question id. */
    public static Map<String, List<String>> readBack(Frame frame, Duration timeout, FormSchema schema) {
        return SchemaFiller.of(scoped(frame, timeout)).readBack(schema);
    }

    private static FormFiller scoped(Frame frame, Duration timeout) {
        return FormFiller.forFrame(frame, timeout).within(LeverPage.FORM);
    }

    private static FormSchema resumeFirst(FormSchema schema) {
        List<Question> ordered = new ArrayList<>(schema.questions().stream().filter(LeverForm::isResume).toList());
        schema.questions().stream().filter(question -> !isResume(question)).forEach(ordered::add);
        return new FormSchema(ordered);
    }

    private static boolean isResume(Question question) {
        return question.id().equals("resume");
    }

    private static Optional<String> section(String id, Map<String, Object> headings) {
        if (id.startsWith("eeo[")) {
            return Optional.of("EEO");
        }
        if (id.startsWith("consent[")) {
            return Optional.of("Consent");
        }
        if (id.startsWith("urls[")) {
            return Optional.of("Links");
        }
        Object heading = headings.get(id);
        String text = heading == null ? "" : heading.toString();
        return id.startsWith("cards[") && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    /** Lever's own ways during a fill: the resume upload is done once the parse has answered. */
    private record Hooks(Frame frame) implements FillHooks {
        @Override
        public UploadCompletion uploadCompletion(Question question) {
            if (!isResume(question)) {
                return UploadCompletion.immediate();
            }
            return (page, file, upload, timeout) -> {
                upload.run();
                try {
                    // the parse shows "working", then pre-fills the basics and shows its result
                    frame.waitForTimeout(50);
                    frame.waitForFunction(PARSE_SETTLED, null,
                            new Frame.WaitForFunctionOptions().setTimeout(timeout.toMillis()));
                } catch (com.microsoft.playwright.TimeoutError slow) {
                    throw new NyxException(ErrorCode.TIMEOUT, "Lever's resume parse did not finish within "
                            + timeout.toSeconds() + " s after the upload; try again later.", slow);
                }
            };
        }
    }
}
