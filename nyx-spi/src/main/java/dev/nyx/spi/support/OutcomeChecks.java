package dev.nyx.spi.support;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How {@link FormSubmitter} tells a confirmation and a rejection apart after the click: the caller's
 * descriptions of the confirmation (any one is enough; none means "the page moved to another address")
 * and where the page shows its errors. Immutable.
 *
 * @param selector an element that shows the confirmation
 * @param text     a JavaScript regular expression the page's text matches once confirmed
 * @param url      a JavaScript regular expression the address matches once confirmed
 * @param check    a check of the caller's own
 * @param errors   where the page shows its error messages
 */
record OutcomeChecks(Optional<String> selector, Optional<String> text, Optional<String> url,
                     Optional<Predicate<Page>> check, String errors) {
    private static final String OUTCOME = "arg => {\n" + Scripts.library() + "\nreturn submitOutcome(arg);\n}";

    OutcomeChecks {
        requireNonNull(selector, "selector is null");
        requireNonNull(text, "text is null");
        requireNonNull(url, "url is null");
        requireNonNull(check, "check is null");
        requireNonNull(errors, "errors is null");
    }

    static OutcomeChecks defaults(String errors) {
        return new OutcomeChecks(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), errors);
    }

    OutcomeChecks withSelector(String newSelector) {
        return new OutcomeChecks(Optional.of(newSelector), text, url, check, errors);
    }

    OutcomeChecks withText(String regex) {
        return new OutcomeChecks(selector, Optional.of(regex), url, check, errors);
    }

    OutcomeChecks withUrl(String regex) {
        return new OutcomeChecks(selector, text, Optional.of(regex), check, errors);
    }

    OutcomeChecks withCheck(Predicate<Page> newCheck) {
        return new OutcomeChecks(selector, text, url, Optional.of(newCheck), errors);
    }

    OutcomeChecks withErrors(String newErrors) {
        return new OutcomeChecks(selector, text, url, check, newErrors);
    }

    /**
     * One look at the page: the outcome, if it shows one. The caller's confirmation wins over errors; the
     * address moving away from {@code urlBefore} counts only when no confirmation was described.
     */
    Optional<SubmitOutcome> probe(Page page, Frame frame, String urlBefore) {
        Frame current = frame.isDetached() ? page.mainFrame() : frame;
        Map<String, Object> shown;
        try {
            Map<String, Object> arg = new HashMap<>();
            selector.ifPresent(value -> arg.put("confirmSelector", value));
            text.ifPresent(value -> arg.put("confirmText", value));
            url.ifPresent(value -> arg.put("confirmUrl", value));
            arg.put("errorSelector", errors);
            shown = Scripts.map(current.evaluate(OUTCOME, arg));
        } catch (PlaywrightException navigating) {
            return Optional.empty(); // the document went away mid-navigation: look again on the next one
        }
        URI address = URI.create(page.url());
        String state = Scripts.string(shown, "state");
        String heading = Scripts.string(shown, "heading");
        if (state.equals("confirmed")) {
            return Optional.of(SubmitOutcome.confirmation(address, Scripts.string(shown, "message")));
        }
        if (check.isPresent() && check.get().test(page)) {
            return Optional.of(SubmitOutcome.confirmation(address, heading));
        }
        if (state.equals("errors")) {
            return Optional.of(SubmitOutcome.rejection(address, Scripts.strings(shown.get("errors"))));
        }
        boolean described = selector.isPresent() || text.isPresent() || url.isPresent() || check.isPresent();
        if (!described && !heading.isBlank() && !withoutFragment(current.url()).equals(withoutFragment(urlBefore))) {
            return Optional.of(SubmitOutcome.confirmation(address, heading));
        }
        return Optional.empty();
    }

    private static String withoutFragment(String address) {
        int hash = address.indexOf('#');
        return hash < 0 ? address : address.substring(0, hash);
    }
}
