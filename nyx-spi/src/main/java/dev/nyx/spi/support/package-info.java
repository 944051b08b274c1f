/**
 * Form-filling helpers for adapter authors: {@link dev.nyx.spi.support.FormFiller} (find by label,
 * fill text, choose options in native selects, select2, react-select, ARIA listboxes and groups,
 * type-aheads, checkboxes, uploads, waits, read-back) and {@link dev.nyx.spi.support.FuzzyText} (the
 * fuzzy matching behind them). Depends only on {@code dev.nyx.spi}, {@code dev.nyx.model}, Playwright,
 * SLF4J and the JDK, so plugins may use it.
 *
 * <pre>{@code
 * FormFiller form = FormFiller.forContext(context).within("form#application-form");
 * form.fillText("First Name", answers.text("first_name"));
 * form.choose("Gender", "Decline To Self Identify");            // select2, react-select, radios, ...
 * form.typeAhead("Location", "Berl", "Berlin, Germany");        // picks the best suggestion
 * form.upload("Resume/CV", context.resume().path(),
 *         UploadCompletion.valueSet("#resume_url"));            // Greenhouse posts the file to S3 first
 * form.choose("Do you require sponsorship?", "Yes");
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
 * <p>For a form inside an iframe use {@link dev.nyx.spi.support.FormFiller#forFrame}. The helpers mark
 * the elements they work on with {@code data-nyx-*} attributes so that Playwright locators can address
 * exactly what the browser-side scan found; a field keeps its mark across scans. Scopes made from a
 * page, a frame or a selector run their browser-side scripts as one frame evaluation on the marked
 * element (about a millisecond) rather than through a locator (about one rendered frame).
 */
package dev.nyx.spi.support;
