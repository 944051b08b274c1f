package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.country.PostingCountries;
import dev.nyx.model.JobPosting;
import dev.nyx.model.SalaryRange;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What the answer rules may know about the posting beyond its form: the country the job is in
 * (decides which work-authorisation and currency apply when a question names none), the company
 * (cover letters, "have you worked for us before?"), the job title, the posting's language
 * (which resume to attach, how "Yes" is spelled in free text) and its salary range (what to ask for).
 *
 * @param countryCode ISO 3166-1 alpha-2, upper case (lower case is accepted and upper-cased)
 * @param company     the hiring company's name
 * @param title       the job title
 * @param language    ISO 639-1 language of the posting, lower case
 * @param description the posting's plain-text description: untrusted data, only ever shown to the
 *                    language model wrapped as data (free-text answers, language detection)
 * @param salary      the salary range the posting shows, if any (the salary oracle aims within it)
 */
public record PostingContext(Optional<String> countryCode, Optional<String> company, Optional<String> title,
                             Optional<String> language, Optional<String> description, Optional<SalaryRange> salary) {
    public PostingContext {
        requireNonNull(salary, "salary is null");
        requireNonNull(description, "description is null");
        requireNonNull(countryCode, "countryCode is null");
        requireNonNull(company, "company is null");
        requireNonNull(title, "title is null");
        requireNonNull(language, "language is null");
        countryCode = countryCode.map(code -> code.strip().toUpperCase(Locale.ROOT));
        language = language.map(code -> code.strip().toLowerCase(Locale.ROOT));
        if (countryCode.isPresent() && !countryCode.get().matches("[A-Z]{2}")) {
            throw new NyxException(ErrorCode.INVALID_POSTING, "posting country '" + countryCode.get()
                    + "' is not an ISO 3166-1 alpha-2 code; use two letters such as DE or US, or leave it empty");
        }
        if (language.isPresent() && !language.get().matches("[a-z]{2}")) {
            throw new NyxException(ErrorCode.INVALID_POSTING, "posting language '" + language.get()
                    + "' is not an ISO 639-1 code; use two letters such as en or de, or leave it empty");
        }
    }

    /** A context without a posted salary range. */
    public PostingContext(Optional<String> countryCode, Optional<String> company, Optional<String> title,
                          Optional<String> language, Optional<String> description) {
        this(countryCode, company, title, language, description, Optional.empty());
    }

    /** A context without a description (what the rules need). */
    public PostingContext(Optional<String> countryCode, Optional<String> company, Optional<String> title,
                          Optional<String> language) {
        this(countryCode, company, title, language, Optional.empty(), Optional.empty());
    }

    /** Nothing known about the posting. */
    public static PostingContext unknown() {
        return new PostingContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same context with the posting language set (e.g. once detected). */
    public PostingContext withLanguage(String languageCode) {
        return new PostingContext(countryCode, company, title, Optional.of(languageCode), description, salary);
    }

    /** The same context with the posted salary range set. */
    public PostingContext withSalary(SalaryRange range) {
        return new PostingContext(countryCode, company, title, language, description, Optional.of(range));
    }

    /** The description may hold anything a site shows: only its size is printed. */
    @Override
    public String toString() {
        return "PostingContext[countryCode=" + countryCode + ", company=" + company + ", title=" + title
                + ", language=" + language + ", description=" + description.map(text -> text.length() + " chars")
                .orElse("none") + ", salary=" + salary + "]";
    }

    /**
     * Company, title, language, description and posted salary range from a fetched posting, and the
     * country its location is in ({@link PostingCountries}: empty when unknown or ambiguous, never guessed).
     */
    public static PostingContext of(JobPosting posting) {
        requireNonNull(posting, "posting is null");
        return of(posting, posting.location().flatMap(PostingCountries::of));
    }

    /**
     * Company, title, language, description and posted salary range from a fetched posting, with the
     * country given by the caller if known.
     */
    public static PostingContext of(JobPosting posting, Optional<String> countryCode) {
        requireNonNull(posting, "posting is null");
        return new PostingContext(countryCode, Optional.of(posting.company()), Optional.of(posting.title()),
                posting.language(), Optional.of(posting.description()), posting.salary());
    }
}
