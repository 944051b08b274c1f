package dev.nyx.testkit;

import dev.nyx.model.AnswerSet;
import dev.nyx.model.Confirmation;
import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The contract every {@link AtsAdapter} keeps, run against a replica of its site. Extend it in the
 * adapter's module (one subclass per page style if the site has several) and provide the adapter,
 * the replica server with postings, and a fresh {@link ApplyContext} per call (usually a
 * {@link TestApplyContext} on a new page of a {@link TestBrowser}).
 *
 * <p>The suite checks: a stable lower-case name; {@code supports} refuses non-http(s) URLs and
 * unrelated hosts; a fetched posting describes every question with a label and valid options; a
 * missing posting is {@link ErrorCode#POSTING_NOT_FOUND}; {@code fill} never submits; fill + submit
 * records exactly one submission and returns a confirmation; a page validation error surfaces as
 * {@link ErrorCode#FORM_REJECTED} carrying the page's message.
 */
public abstract class AbstractAtsAdapterContractTest {
    /** The message the replica shows when the suite injects a validation error. */
    protected static final String VALIDATION_MESSAGE = "Your phone number looks invalid (contract check).";

    /** The adapter under test, configured to read the replica (API base URL and so on). */
    protected abstract AtsAdapter adapter();

    /** The running replica server that records submissions; the subclass owns its lifetime. */
    protected abstract ReplicaServer server();

    /** A fresh context on its own page (serves fetchPosting as a {@code PageContext} too). */
    protected abstract ApplyContext context();

    /** An open posting on the replica whose form the adapter can fill with {@link #answers}. */
    protected abstract URI postingUrl();

    /** A posting URL of the adapter's site shape that the replica does not know. */
    protected abstract URI missingPostingUrl();

    /** Complete answers for the posting at {@link #postingUrl()}. */
    protected abstract AnswerSet answers(JobPosting posting);

    /** The replica path glob the form's submission goes to, for injecting a validation error. */
    protected abstract String submitPathGlob();

    /** URLs the adapter must not claim: other job sites, search engines, look-alike hosts. */
    protected List<URI> unrelatedUrls() {
        return List.of(URI.create("https://example.com/jobs/123"), URI.create("https://www.google.com/search?q=jobs"),
                URI.create("https://jobs.example.org/careers/4012345"));
    }

    @Test
    void should_keep_a_stable_lower_case_name_when_asked_twice() {
        String name = adapter().name();

        assertThat(name).isNotBlank().isEqualTo(name.toLowerCase(Locale.ROOT)).doesNotContainAnyWhitespaces();
        assertThat(adapter().name()).isEqualTo(name);
    }

    @Test
    void should_refuse_urls_when_they_are_not_http() {
        String path = postingUrl().getRawPath();
        List<URI> others = List.of(URI.create("ftp://127.0.0.1" + path), URI.create("file://" + path),
                URI.create("javascript:alert(1)"), URI.create("mailto:jobs@example.com"));

        assertThat(others).allSatisfy(url -> assertThat(adapter().supports(url)).as(url.toString()).isFalse());
    }

    @Test
    void should_refuse_urls_when_the_host_is_unrelated() {
        assertThat(unrelatedUrls()).allSatisfy(url -> assertThat(adapter().supports(url)).as(url.toString()).isFalse());
    }

    @Test
    void should_describe_every_question_when_fetching_a_posting() {
        JobPosting posting = adapter().fetchPosting(postingUrl(), context());

        assertThat(posting.ats()).isEqualTo(adapter().name());
        assertThat(posting.key().value()).startsWith(adapter().name() + ":");
        assertThat(posting.title()).isNotBlank();
        assertThat(posting.form().questions()).isNotEmpty().allSatisfy(AbstractAtsAdapterContractTest::isWellFormed);
    }

    @Test
    void should_throw_posting_not_found_when_the_posting_does_not_exist() {
        NyxException thrown = catchThrowableOfType(NyxException.class,
                () -> adapter().fetchPosting(missingPostingUrl(), context()));

        assertThat(thrown).as("fetching %s", missingPostingUrl()).isNotNull();
        assertThat(thrown.code()).isEqualTo(ErrorCode.POSTING_NOT_FOUND);
    }

    @Test
    void should_record_no_submission_when_only_filling() {
        JobPosting posting = adapter().fetchPosting(postingUrl(), context());
        int before = server().recorder().count();

        adapter().fill(posting, answers(posting), context());

        assertThat(server().recorder().count()).isEqualTo(before);
    }

    @Test
    void should_record_exactly_one_submission_and_confirm_when_filled_and_submitted() {
        JobPosting posting = adapter().fetchPosting(postingUrl(), context());
        ApplyContext context = context();
        int before = server().recorder().count();

        adapter().fill(posting, answers(posting), context);
        Confirmation confirmation = adapter().submit(posting, context);

        assertThat(server().recorder().count()).isEqualTo(before + 1);
        assertThat(confirmation.message()).isNotBlank();
        assertThat(confirmation.finalUrl().getScheme()).isIn("http", "https");
    }

    @Test
    void should_throw_form_rejected_with_the_page_message_when_the_page_reports_a_validation_error() {
        JobPosting posting = adapter().fetchPosting(postingUrl(), context());
        ApplyContext context = context();
        adapter().fill(posting, answers(posting), context);
        int before = server().recorder().count();
        server().faults().inject(Fault.validationError(submitPathGlob(), VALIDATION_MESSAGE).forMethod("POST").once());

        assertThatThrownBy(() -> adapter().submit(posting, context))
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.FORM_REJECTED);
                    assertThat(thrown.getMessage()).contains(VALIDATION_MESSAGE);
                });
        assertThat(server().recorder().count()).isEqualTo(before);
    }

    private static void isWellFormed(Question question) {
        assertThat(question.label()).as("label of %s", question.id()).isNotBlank();
        if (question.type().hasOptions()) {
            assertThat(question.options()).as("options of %s", question.id()).isNotEmpty();
        }
        assertThat(question.options()).as("options of %s", question.id())
                .allSatisfy(option -> assertThat(option.label()).isNotBlank())
                .extracting(Option::value).doesNotHaveDuplicates();
    }
}
