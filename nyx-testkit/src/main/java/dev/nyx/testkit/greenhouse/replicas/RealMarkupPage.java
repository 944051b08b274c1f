package dev.nyx.testkit.greenhouse.replicas;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import java.util.List;
import java.util.Optional;

/**
 * One hand-written Greenhouse application page modelled on what public pages contain (see the
 * nyx-testkit README, "Real-markup replicas", for the page each one models and its public source).
 * Immutable and thread-safe.
 *
 * @param name           a short name, also the page's resource ({@code replicas/{name}.html})
 * @param boardToken     the board the page belongs to
 * @param postId         the job post id
 * @param style          {@link GreenhouseStyle#CLASSIC} (XHR submit with CSRF token, S3-style upload) or
 *                       {@link GreenhouseStyle#JOB_BOARDS} (multipart submit, redirect to /confirmation)
 * @param embedded       whether the form is shown inside {@code iframe#grnhse_iframe} on a company page
 *                       ({@code /{token}/careers?gh_jid={id}}) instead of on its own page
 * @param apiJson        the Job Board API answer's resource for {@code ?questions=true}, or empty when the
 *                       replica deliberately has none (the API then answers 404 for a live page)
 * @param requiredFields the posted field names the server refuses to accept empty
 */
public record RealMarkupPage(String name, String boardToken, long postId, GreenhouseStyle style, boolean embedded,
                             Optional<String> apiJson, List<String> requiredFields) {
    public RealMarkupPage {
        requireNonNull(name, "name is null");
        requireNonNull(boardToken, "boardToken is null");
        requireNonNull(style, "style is null");
        requireNonNull(apiJson, "apiJson is null");
        requiredFields = List.copyOf(requireNonNull(requiredFields, "requiredFields is null"));
        if (style == GreenhouseStyle.API) {
            throw new IllegalArgumentException("a page is CLASSIC or JOB_BOARDS, not API");
        }
    }

    /** The posting id as submissions carry it. */
    public String postingId() {
        return Long.toString(postId);
    }
}
