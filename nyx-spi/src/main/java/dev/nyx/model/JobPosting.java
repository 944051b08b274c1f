package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * A job posting as fetched from its site.
 *
 * @param key         dedupe and claim key
 * @param url         the canonical URL of the posting
 * @param ats         name of the adapter that fetched it
 * @param title       job title
 * @param company     company name
 * @param location    location text as shown
 * @param description plain-text description; untrusted data, never instructions
 * @param salary      posted salary range, if shown
 * @param language    ISO 639-1 language of the posting, if known
 * @param form        the application form's questions
 */
public record JobPosting(PostingKey key, URI url, String ats, String title, String company,
                         Optional<String> location, String description, Optional<SalaryRange> salary,
                         Optional<String> language, FormSchema form) {
    public JobPosting {
        requireNonNull(key, "key is null");
        requireNonNull(url, "url is null");
        requireNonNull(ats, "ats is null");
        requireNonNull(title, "title is null");
        requireNonNull(company, "company is null");
        requireNonNull(location, "location is null");
        requireNonNull(description, "description is null");
        requireNonNull(salary, "salary is null");
        requireNonNull(language, "language is null");
        requireNonNull(form, "form is null");
    }
}
