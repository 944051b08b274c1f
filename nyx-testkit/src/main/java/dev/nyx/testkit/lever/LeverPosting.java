package dev.nyx.testkit.lever;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One posting the Lever replicas serve: what the postings API returns and what the hosted posting and
 * apply pages show. Immutable; thread-safe.
 *
 * @param site          the company's Lever site name ({@code jobs.lever.co/<site>})
 * @param id            the posting's UUID
 * @param company       the company name the pages show
 * @param title         the posting's title ({@code text} in the API)
 * @param team          its team category
 * @param location      its location category
 * @param commitment    its commitment ("Full-time")
 * @param description   the description as plain text (paragraphs separated by blank lines)
 * @param language      the language of the apply page's own words: {@code en}, {@code de} or {@code fr}
 * @param form          what the apply page asks
 * @param open          false once the posting is closed: the API and the pages answer 404
 */
public record LeverPosting(String site, String id, String company, String title, String team, String location,
                           String commitment, String description, String language, LeverForm form, boolean open) {
    public LeverPosting {
        requireNonNull(site, "site is null");
        requireNonNull(id, "id is null");
        requireNonNull(company, "company is null");
        requireNonNull(title, "title is null");
        requireNonNull(team, "team is null");
        requireNonNull(location, "location is null");
        requireNonNull(commitment, "commitment is null");
        requireNonNull(description, "description is null");
        requireNonNull(language, "language is null");
        requireNonNull(form, "form is null");
    }

    /** The same posting, closed. */
    public LeverPosting closed() {
        return new LeverPosting(site, id, company, title, team, location, commitment, description, language, form,
                false);
    }

    /**
     * What the apply page asks beyond name, email and the resume.
     *
     * @param phone          whether the phone field is shown
     * @param org            whether "Current company" ({@code org}) is shown
     * @param locationField  whether the location type-ahead is shown (and required)
     * @param links          the {@code urls[...]} kinds shown, in order ("LinkedIn", "GitHub", "Portfolio", "Other")
     * @param cards          the custom question cards
     * @param eeo            whether the EEO survey ({@code eeo[gender|race|veteran|disability]}) is shown
     * @param consent        whether the consent boxes are shown: {@code consent[store]} (required) and
     *                       {@code consent[marketing]} (optional)
     * @param resumeRequired whether the resume is required
     * @param extraHtml      inputs put into the form as they are (hidden system fields, honeypots)
     */
    public record LeverForm(boolean phone, boolean org, boolean locationField, List<String> links,
                            List<LeverCard> cards, boolean eeo, boolean consent, boolean resumeRequired,
                            String extraHtml) {
        public LeverForm {
            links = List.copyOf(links);
            cards = List.copyOf(cards);
            requireNonNull(extraHtml, "extraHtml is null");
        }
    }
}
