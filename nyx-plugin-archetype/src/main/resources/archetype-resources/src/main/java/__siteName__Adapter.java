package ${package};

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Confirmation;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ExtensionContext;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.support.FormFiller;
import dev.nyx.spi.support.FormReader;
import dev.nyx.spi.support.FormSubmitter;
import dev.nyx.spi.support.SchemaFiller;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Applies on ${siteName}'s one-page application form ({@code https://${siteHost}/jobs/<id>}): the
 * questions are read from the page ({@link FormReader}), filled by {@link SchemaFiller} and sent by
 * {@link FormSubmitter}.
 *
 * <p>Built by the host through the {@code @Inject} constructor and shared by all applications:
 * stateless. Settings ({@code plugins.settings.${pluginId}.*}): {@code hosts}, a comma-separated
 * list of the hosts it applies on (default {@code ${siteHost}}).
 */
@Extension
public class ${siteName}Adapter implements AtsAdapter {
    public static final String NAME = "${pluginId}";
    private static final String FORM = "form";

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
                FormReader.read(form(context)));
    }

    @Override
    public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
        if (!context.page().url().equals(posting.url().toString())) {
            context.page().navigate(posting.url().toString());
        }
        SchemaFiller.of(form(context)).withNotes(context::note).fill(posting.form(), answers, context.resume());
    }

    @Override
    public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
        return SchemaFiller.of(form(context)).readBack(posting.form());
    }

    @Override
    public Confirmation submit(JobPosting posting, ApplyContext context) {
        return FormSubmitter.forPage(context.page(), FORM, context.stepTimeout())
                .named("the ${siteName} form on " + context.page().url())
                .confirmedByText("thank you for applying")
                .screenshotTo(context.evidenceDirectory().resolve(NAME + "-" + context.clock().millis() + ".png"))
                .submit();
    }

    private static FormFiller form(PageContext context) {
        return FormFiller.forContext(context).within(FORM);
    }
}
