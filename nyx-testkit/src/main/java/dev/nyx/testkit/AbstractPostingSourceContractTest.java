package dev.nyx.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nyx.model.JobPosting;
import dev.nyx.model.Option;
import dev.nyx.model.Question;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.PostingSource;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The scraping half of the adapter contract, run against a replica of the site: what every
 * {@link PostingSource} keeps, whether or not it can apply yet. {@link AbstractAtsAdapterContractTest} extends it
 * with filling and submitting; a source that only reads postings (or an adapter whose filling is not built yet)
 * extends this one directly.
 *
 * <p>The suite checks: a stable lower-case name; {@code supports} refuses non-http(s) URLs and unrelated hosts;
 * a fetched posting describes every question with a label and valid options (and has questions, unless
 * {@link #formKnownBeforeApplying()} says the site shows them only during the application); a missing posting
 * is {@link ErrorCode#POSTING_NOT_FOUND}.
 */
public abstract class AbstractPostingSourceContractTest {

    /** The source under test, configured to read the replica (API base URL and so on). */
    protected abstract PostingSource source();

    /** A fresh context on its own page. */
    protected abstract PageContext pageContext();

    /** An open posting on the replica. */
    protected abstract URI postingUrl();

    /** A posting URL of the source's site shape that the replica does not know. */
    protected abstract URI missingPostingUrl();

    /**
     * Whether a fetched posting lists its questions. {@code false} for sites that show them only while applying
     * (behind a candidate account, step by step): the fetched form is then empty.
     */
    protected boolean formKnownBeforeApplying() {
        return true;
    }

    /** URLs the source must not claim: other job sites, search engines, look-alike hosts. */
    protected List<URI> unrelatedUrls() {
        return List.of(URI.create("https://example.com/jobs/123"), URI.create("https://www.google.com/search?q=jobs"),
                URI.create("https://jobs.example.org/careers/4012345"));
    }

    @Test
    void should_keep_a_stable_lower_case_name_when_asked_twice() {
        String name = source().name();

        assertThat(name).isNotBlank().isEqualTo(name.toLowerCase(Locale.ROOT)).doesNotContainAnyWhitespaces();
        assertThat(source().name()).isEqualTo(name);
    }

    @Test
    void should_refuse_urls_when_they_are_not_http() {
        String path = postingUrl().getRawPath();
        List<URI> others = List.of(URI.create("ftp://127.0.0.1" + path), URI.create("file://" + path),
                URI.create("javascript:alert(1)"), URI.create("mailto:jobs@example.com"));

        assertThat(others).allSatisfy(url -> assertThat(source().supports(url)).as(url.toString()).isFalse());
    }

    @Test
    void should_refuse_urls_when_the_host_is_unrelated() {
        assertThat(unrelatedUrls()).allSatisfy(url -> assertThat(source().supports(url)).as(url.toString()).isFalse());
    }

    @Test
    void should_describe_every_question_when_fetching_a_posting() {
        JobPosting posting = source().fetchPosting(postingUrl(), pageContext());

        assertThat(posting.ats()).isEqualTo(source().name());
        assertThat(posting.key().value()).startsWith(source().name() + ":");
        assertThat(posting.title()).isNotBlank();
        if (formKnownBeforeApplying()) {
            assertThat(posting.form().questions()).isNotEmpty();
        }
        assertThat(posting.form().questions()).allSatisfy(AbstractPostingSourceContractTest::isWellFormed);
    }

    @Test
    void should_throw_posting_not_found_when_the_posting_does_not_exist() {
        NyxException thrown = catchThrowableOfType(NyxException.class,
                () -> source().fetchPosting(missingPostingUrl(), pageContext()));

        assertThat(thrown).as("fetching %s", missingPostingUrl()).isNotNull();
        assertThat(thrown.code()).isEqualTo(ErrorCode.POSTING_NOT_FOUND);
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
