package dev.nyx.testkit.scripted;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Confirmation;
import dev.nyx.model.FormSchema;
import dev.nyx.model.JobPosting;
import dev.nyx.model.PostingKey;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written {@link AtsAdapter} for the {@link ScriptedSite}, with fault control for pipeline
 * tests: any step can be made to throw or to hang until released, and calls are counted. It drives
 * the replica's real pages, so the far side records what was submitted.
 *
 * <p>Thread-safe: the pipeline may call it from several workers; fault settings are read atomically.
 */
public final class ScriptedAtsAdapter implements AtsAdapter {
    /** The adapter's calls that tests can intercept. */
    public enum Step { FETCH, FILL, SUBMIT }

    private final String name;
    private final boolean byUrl;
    private final Map<Step, RuntimeException> failures = new ConcurrentHashMap<>();
    private final Map<Step, CountDownLatch[]> hangs = new ConcurrentHashMap<>();
    private final Map<Step, AtomicInteger> calls = new EnumMap<>(Step.class);

    /** Handles {@code /scripted/jobs/...} URLs by address. */
    public ScriptedAtsAdapter() {
        this("scripted", true);
    }

    /**
     * @param name  the adapter's name
     * @param byUrl whether {@link #supports} accepts the site's URLs; when not, only page recognition
     *              (or {@code --ats}) finds it
     */
    public ScriptedAtsAdapter(String name, boolean byUrl) {
        this.name = requireNonNull(name, "name is null");
        this.byUrl = byUrl;
        for (Step step : Step.values()) {
            calls.put(step, new AtomicInteger());
        }
    }

    /** Makes every later call of {@code step} throw {@code failure}. */
    public ScriptedAtsAdapter failOn(Step step, RuntimeException failure) {
        failures.put(requireNonNull(step, "step is null"), requireNonNull(failure, "failure is null"));
        return this;
    }

    /** Makes the next calls of {@code step} count down {@code entered} and wait for {@code release}. */
    public ScriptedAtsAdapter hangOn(Step step, CountDownLatch entered, CountDownLatch release) {
        hangs.put(requireNonNull(step, "step is null"), new CountDownLatch[] {requireNonNull(entered, "entered is null"),
                requireNonNull(release, "release is null")});
        return this;
    }

    /** How often {@code step} was called. */
    public int calls(Step step) {
        return calls.get(step).get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(URI url) {
        return byUrl && url.getPath() != null && url.getPath().startsWith(ScriptedSite.MOUNT + "/jobs/");
    }

    @Override
    public boolean recognises(Page page) {
        return page.locator("form#apply").count() > 0 || page.locator("p.closed").count() > 0;
    }

    @Override
    public JobPosting fetchPosting(URI url, PageContext context) {
        intercept(Step.FETCH);
        Page page = context.page();
        Response response = page.navigate(url.toString(),
                new Page.NavigateOptions().setTimeout(context.stepTimeout().toMillis()));
        if (response == null || response.status() == 404) {
            throw new NyxException(ErrorCode.POSTING_NOT_FOUND, "No posting at '" + url
                    + "' (HTTP 404): check the URL; the job may have been removed");
        }
        if (page.locator("p.closed").count() > 0) {
            throw new NyxException(ErrorCode.POSTING_CLOSED, "The posting at '" + url
                    + "' no longer accepts applications");
        }
        List<Question> questions = new ArrayList<>();
        for (Locator input : page.locator("form#apply input").all()) {
            questions.add(Question.of(input.getAttribute("id"), input.getAttribute("data-label"),
                    QuestionType.SHORT_TEXT,
                    "true".equals(input.getAttribute("data-required"))));
        }
        String path = url.getPath();
        String jobId = path.substring(path.lastIndexOf('/') + 1);
        return new JobPosting(PostingKey.of(name, jobId), url, name, page.locator("h1.title").innerText(),
                page.locator("div.company").innerText(), location(page), "", Optional.empty(), Optional.of("en"),
                new FormSchema(questions));
    }

    /** The location line, when the posting shows one. */
    private static Optional<String> location(Page page) {
        Locator location = page.locator("div.location");
        return location.count() > 0 ? Optional.of(location.innerText().strip()) : Optional.empty();
    }

    @Override
    public void fill(JobPosting posting, AnswerSet answers, ApplyContext context) {
        intercept(Step.FILL);
        for (Answer answer : answers.answers()) {
            context.page().fill("#" + answer.questionId(), answer.value());
        }
    }

    @Override
    public Map<String, List<String>> readBack(JobPosting posting, ApplyContext context) {
        FormSchema form = posting.form();
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (Question question : form.questions()) {
            shown.put(question.id(), List.of(context.page().inputValue("#" + question.id())));
        }
        return shown;
    }

    @Override
    public Confirmation submit(JobPosting posting, ApplyContext context) {
        intercept(Step.SUBMIT);
        Page page = context.page();
        page.waitForNavigation(() -> page.click("#submit"));
        if (page.locator(".error").count() > 0) {
            throw new NyxException(ErrorCode.FORM_REJECTED, "The site refused the form: "
                    + page.locator(".error").innerText());
        }
        Locator confirmation = page.locator("#confirmation");
        if (confirmation.count() == 0) {
            throw new NyxException(ErrorCode.INTERNAL, "No confirmation after submitting at '" + page.url() + "'");
        }
        return new Confirmation(URI.create(page.url()), confirmation.innerText(), Optional.empty());
    }

    private void intercept(Step step) {
        calls.get(step).incrementAndGet();
        CountDownLatch[] hang = hangs.get(step);
        if (hang != null) {
            hang[0].countDown();
            try {
                hang[1].await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NyxException(ErrorCode.TIMEOUT, name + " was interrupted in " + step);
            }
        }
        RuntimeException failure = failures.get(step);
        if (failure != null) {
            throw failure;
        }
    }
}
