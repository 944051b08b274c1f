package dev.nyx.testkit;

import dev.nyx.model.AnswerSet;
import dev.nyx.model.Confirmation;
import dev.nyx.model.JobPosting;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.PostingSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract every {@link AtsAdapter} keeps, run against a replica of its site: the scraping checks of
 * {@link AbstractPostingSourceContractTest} plus filling and submitting. Extend it in the adapter's module (one
 * subclass per page style if the site has several) and provide the adapter, the replica server with postings,
 * and a fresh {@link ApplyContext} per call (usually a {@link TestApplyContext} on a new page of a
 * {@link TestBrowser}).
 *
 * <p>On top of the scraping checks: {@code fill} never submits; fill + submit records exactly one submission
 * and returns a confirmation; a page validation error surfaces as {@link ErrorCode#FORM_REJECTED} carrying the
 * page's message.
 */
public abstract class AbstractAtsAdapterContractTest extends AbstractPostingSourceContractTest {
    /** The message the replica shows when the suite injects a validation error. */
    protected static final String VALIDATION_MESSAGE = "Your phone number looks invalid (contract check).";

    /** The adapter under test, configured to read the replica (API base URL and so on). */
    protected abstract AtsAdapter adapter();

    /** The running replica server that records submissions; the subclass owns its lifetime. */
    protected abstract ReplicaServer server();

    /** A fresh context on its own page (serves fetchPosting as a {@code PageContext} too). */
    protected abstract ApplyContext context();

    /** Complete answers for the posting at {@link #postingUrl()}. */
    protected abstract AnswerSet answers(JobPosting posting);

    /** The replica path glob the form's submission goes to, for injecting a validation error. */
    protected abstract String submitPathGlob();

    @Override
    protected final PostingSource source() {
        return adapter();
    }

    @Override
    protected final PageContext pageContext() {
        return context();
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
}
