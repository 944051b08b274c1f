package dev.nyx.spi;

import com.microsoft.playwright.Page;
import dev.nyx.model.BoardPosting;
import dev.nyx.model.JobPosting;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The scraping port: reads postings, and optionally a company's board of open postings, from one job
 * site. Every {@link AtsAdapter} is one; the pipeline resolves a URL to a source with {@link #supports}
 * (falling back to {@link #recognises} on the loaded page) and fetches the posting before anything else.
 *
 * <p>Called from Nyx worker threads behind a guard with a time-out; implementations are stateless and
 * thread-safe. Failures are {@link NyxException}s ({@link ErrorCode#POSTING_NOT_FOUND},
 * {@link ErrorCode#POSTING_CLOSED}, {@link ErrorCode#NETWORK}, {@link ErrorCode#TIMEOUT}, ...).
 */
public interface PostingSource {

    /** A short, unique, lower-case name ("greenhouse"), used by {@code --ats} and in records. */
    String name();

    /** Whether this source handles the URL by its host and path alone. */
    boolean supports(URI url);

    /** Fallback for unknown hosts: whether a loaded page carries this site's form (e.g. an embedded board). */
    default boolean recognises(Page page) {
        return false;
    }

    /** Loads the posting and its form schema; the context's page is free to use. */
    JobPosting fetchPosting(URI url, PageContext context);

    /**
     * The URL of the board a company would have on this site, from the name the company goes by there
     * ({@code "acme"} gives {@code https://boards.greenhouse.io/acme}), for {@code nyx watch add acme};
     * empty when the site does not name boards that way (the default). Says nothing about whether the
     * board exists: the host lists it to find out.
     */
    default Optional<URI> boardOf(String company) {
        return Optional.empty();
    }

    /** Whether {@link #listBoard} can list the board at this URL (a company's careers board). */
    default boolean listsBoard(URI boardUrl) {
        return false;
    }

    /**
     * The open postings on a company's board, as the site lists them, every page of it (read politely:
     * through {@link PageContext#web()} where the site has an API). An existing board with no open
     * posting is an empty list; a board the site does not know is {@link ErrorCode#NOT_FOUND}; an
     * answer that cannot be read is {@link ErrorCode#NETWORK}. The default lists nothing it was not
     * written for: it throws {@link ErrorCode#UNSUPPORTED_SITE}.
     */
    default List<BoardPosting> listBoard(URI boardUrl, PageContext context) {
        throw new NyxException(ErrorCode.UNSUPPORTED_SITE, "The " + name() + " adapter cannot list the board at "
                + boardUrl + ": give the postings' own URLs instead");
    }
}
