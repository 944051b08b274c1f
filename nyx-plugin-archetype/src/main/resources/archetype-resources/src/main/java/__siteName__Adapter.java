package ${package};

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Confirmation;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.support.FormFiller;
import dev.nyx.spi.support.UploadCompletion;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Applies on ${siteName}'s one-page application form ({@code https://${siteHost}/jobs/<id>}).
 *
 * <p>Built by the host through the {@code @Inject} constructor and shared by all applications:
 * stateless. Settings ({@code plugins.settings.${pluginId}.*}): {@code hosts}, a comma-separated
 * list of the hosts it applies on (default {@code ${siteHost}}).
 */
@Extension
public class ${siteName}Adapter implements AtsAdapter {
    public static final String NAME = "${pluginId}";

    private final Set<String> hosts;

    @Inject
    public ${siteName}Adapter(ExtensionContext context) {
        requireNonNull(context, "context is null");
        hosts = Set.of(context.settings().get("hosts").orElse("${siteHost}").toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(URI url) {
        return ("https".equals(url.getScheme()) || "http".equals(url.getScheme())) && url.getHost() != null
                && hosts.contains(url.getHost().toLowerCase(Locale.ROOT)) && url.getPath().contains("/jobs/");
    }

    @Override
    public JobPosting fetchPosting(URI url, PageContext context) {
        Page page = context.page();
        Response response = page.navigate(url.toString());
        if (response == null || response.status() == 404 || response.status() == 410) {
            throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "No posting at " + url);
        }
        String jobId = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        String title = page.locator("h1").first().innerText().strip();
        Locator description = page.locator(".description");
        return new JobPosting(PostingKey.of(NAME, jobId), url, NAME, title, "${siteName}", Optional.empty(),
                description.count() > 0 ? description.first().innerText() : "", Optional.empty(), Optional.empty(),
                new FormSchema(readForm(page)));
    }

    @Override
    public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
        if (!context.page().url().equals(posting.url().toString())) {
            context.page().navigate(posting.url().toString());
        }
        FormFiller form = FormFiller.forContext(context).within("form");
        for (Question question : posting.form().questions()) {
            answers.forQuestion(question.id()).ifPresent(answer -> {
                switch (question.type()) {
                    case FILE -> form.upload(question.label(), context.resume().path(), UploadCompletion.immediate());
                    case SINGLE_SELECT, YES_NO -> form.choose(question.label(), answer.value());
                    case MULTI_SELECT -> form.chooseAll(question.label(), answer.values());
                    case CHECKBOX -> form.setChecked(question.label(), List.of("yes", "true").contains(
                            answer.value().toLowerCase(Locale.ROOT)));
                    default -> form.fillText(question.label(), answer.value());
                }
            });
        }
    }

    @Override
    public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
        FormFiller form = FormFiller.forContext(context).within("form");
        Map<String, List<String>> shown = new LinkedHashMap<>();
        posting.form().questions().forEach(question -> shown.put(question.id(), form.readBack(question.label()).values()));
        return shown;
    }

    @Override
    public Confirmation submit(JobPosting posting, ApplyContext context) {
        Page page = context.page();
        Response response = page.waitForResponse(answer -> "POST".equals(answer.request().method()),
                () -> page.locator("form [type=submit]").first().click());
        page.waitForLoadState();
        Locator errors = page.locator("[role=alert]");
        if (response.status() >= 400 || errors.count() > 0) {
            throw new NyxException(ErrorCode.FORM_REJECTED, "${siteName} refused the application: "
                    + (errors.count() > 0 ? errors.first().innerText().strip() : "HTTP " + response.status()));
        }
        return new Confirmation(URI.create(page.url()), page.locator("h1").first().innerText().strip(), Optional.empty());
    }

    /** The form's questions: one per field name, labelled by its label (or a radio group's legend). */
    @SuppressWarnings("unchecked")
    private static List<Question> readForm(Page page) {
        List<Map<String, Object>> fields = (List<Map<String, Object>>) page.evaluate("""
                () => Object.values([...document.querySelectorAll('form [name]')].reduce((all, e) => {
                  if (['hidden', 'submit', 'button'].includes(e.type)) return all;
                  const text = node => node ? node.textContent.trim() : '';
                  const q = all[e.name] ??= { id: e.name, required: false, options: [], type: e.type,
                    label: (e.type === 'radio' ? text(e.closest('fieldset')?.querySelector('legend')) : text(e.labels?.[0])) || e.name };
                  q.required ||= e.required;
                  if (e.type === 'radio') q.options.push(text(e.labels?.[0]) || e.value);
                  if (e.tagName === 'SELECT') q.options.push(...[...e.options].filter(o => o.value).map(o => text(o)));
                  return all;
                }, {}))""");
        return fields.stream().map(field -> {
            List<Option> options = ((List<String>) field.get("options")).stream().map(label -> new Option(label, label)).toList();
            QuestionType type = switch ((String) field.get("type")) {
                case "textarea" -> QuestionType.LONG_TEXT;
                case "select-one", "radio" -> options.stream().map(Option::label).toList().equals(List.of("Yes", "No"))
                        ? QuestionType.YES_NO : QuestionType.SINGLE_SELECT;
                case "select-multiple" -> QuestionType.MULTI_SELECT;
                case "checkbox" -> QuestionType.CHECKBOX;
                case "file" -> QuestionType.FILE;
                case "number" -> QuestionType.NUMBER;
                case "date" -> QuestionType.DATE;
                default -> QuestionType.SHORT_TEXT;
            };
            return Question.withOptions((String) field.get("id"), (String) field.get("label"), type,
                    (Boolean) field.get("required"), options);
        }).toList();
    }
}
