/**
 * Helpers for adapter authors. Depends only on {@code dev.nyx.spi}, {@code dev.nyx.model}, Playwright,
 * SLF4J and the JDK, so plugins may use it.
 *
 * <h2>A whole form: read, fill, submit</h2>
 * <ul>
 *   <li>{@link dev.nyx.spi.support.FormReader}: an ordinary HTML form's questions as a
 *       {@link dev.nyx.model.FormSchema} (labels, types, required, options, limits; system fields,
 *       honeypots and hidden controls left out), for sites without an API describing their form;</li>
 *   <li>{@link dev.nyx.spi.support.SchemaFiller}: fills every answered question of a schema in order,
 *       follow-ups revealed by answers last, and reads the form back; a site's own ways go into
 *       {@link dev.nyx.spi.support.FillHooks};</li>
 *   <li>{@link dev.nyx.spi.support.FormSubmitter}: the browser's validity check, one click, then the
 *       confirmation or the page's own errors as {@code FORM_REJECTED}.</li>
 * </ul>
 * A simple one-page site needs little more than this:
 * <pre>{@code
 * public JobPosting fetchPosting(URI url, PageContext context) {
 *     context.page().navigate(url.toString());
 *     FormSchema form = FormReader.read(FormFiller.forContext(context).within("form#apply"));
 *     return new JobPosting(..., form);
 * }
 *
 * public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
 *     FormFiller form = FormFiller.forContext(context).within("form#apply");
 *     SchemaFiller.of(form).withNotes(context::note).fill(posting.form(), answers, context.resume());
 * }
 *
 * public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
 *     return SchemaFiller.of(FormFiller.forContext(context).within("form#apply")).readBack(posting.form());
 * }
 *
 * public Confirmation submit(JobPosting posting, ApplyContext context) {
 *     return FormSubmitter.forPage(context.page(), "form#apply", context.stepTimeout())
 *             .confirmedByText("thank you for applying")
 *             .screenshotTo(context.evidenceDirectory().resolve("confirmation.png"))
 *             .submit();
 * }
 * }</pre>
 *
 * <h2>Answer conventions</h2>
 * What an {@link dev.nyx.model.Answer}'s values mean for each {@link dev.nyx.model.QuestionType} (the
 * host's answer engine produces them so; {@link dev.nyx.spi.support.SchemaFiller} applies them):
 * <ul>
 *   <li>{@code SHORT_TEXT}, {@code LONG_TEXT}, {@code NUMBER}: the text, typed as given (never cut to
 *       fit a {@code maxlength}: too long fails as {@code ANSWER_TOO_LONG});</li>
 *   <li>{@code DATE}: ISO {@code 2027-01-15} (or {@code 2027-01}), written as the control wants it;</li>
 *   <li>{@code SINGLE_SELECT}: the option's <em>label</em> as {@link dev.nyx.model.Question#options()}
 *       lists it (an option's value is accepted too); matched fuzzily in whatever widget the page uses;</li>
 *   <li>{@code YES_NO}: for a question whose only options are yes and no; "Yes" or "No" (also
 *       true/false, 1/0); a question that also offers "Decline to answer" is a {@code SINGLE_SELECT};</li>
 *   <li>{@code MULTI_SELECT}: one value per chosen option label;</li>
 *   <li>{@code CHECKBOX}: a single box; "true"/"yes" checks it, "false"/"no" unchecks it;</li>
 *   <li>{@code FILE}: the resume's id ({@link dev.nyx.model.Resume#id()}); the file uploaded is
 *       {@code context.resume().path()}. Text for a file question (a cover letter) goes to the site's
 *       paste box through {@link dev.nyx.spi.support.FillHooks#fillFileWithText}.</li>
 * </ul>
 *
 * <h2>One field at a time</h2>
 * {@link dev.nyx.spi.support.FormFiller} (find by label or name, fill text, choose options in native
 * selects, select2, react-select, ARIA listboxes and groups, type-aheads, checkboxes, uploads, waits,
 * read-back) and {@link dev.nyx.spi.support.FuzzyText} (the fuzzy matching behind them):
 * <pre>{@code
 * FormFiller form = FormFiller.forContext(context).within("form#application-form");
 * form.fillText("First Name", "Ada");
 * form.choose("Gender", "Decline To Self Identify");            // select2, react-select, radios, ...
 * form.typeAhead("Location", "Berl", "Berlin, Germany");        // picks the best suggestion
 * form.upload("Resume/CV", context.resume().path(),
 *         UploadCompletion.valueSet("#resume_url"));            // Greenhouse posts the file to S3 first
 * form.whenAppears("Which visa", Duration.ofSeconds(2), field -> form.fillText(field, "H-1B"));
 * form.awaitSettled(Duration.ofMillis(300));                    // after "Next" in a wizard
 *
 * // long forms: one listing for many labels, one call to read the whole form back
 * FormSnapshot fields = form.snapshot();
 * fields.findIfPresent("Email").ifPresent(field -> form.fillText(field, email));
 * FormSnapshot shown = form.snapshotWithValues();
 * shown.findIfPresent("Email").map(shown::valueOf);
 * }</pre>
 *
 * <p>For a form inside an iframe use {@link dev.nyx.spi.support.FormFiller#forFrame} (and
 * {@link dev.nyx.spi.support.FormSubmitter#forFrame}). The helpers mark the elements they work on with
 * {@code data-nyx-*} attributes so that Playwright locators can address exactly what the browser-side scan
 * found; a field keeps its mark across scans. Scopes made from a page, a frame or a selector run their
 * browser-side scripts as one frame evaluation on the marked element (about a millisecond) rather than
 * through a locator (about one rendered frame).
 */
package dev.nyx.spi.support;
