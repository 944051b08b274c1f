package dev.nyx.testkit.workday;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A replica Workday tenant and its career site.
 *
 * @param host                  the tenant host the replica is mounted under ({@code northwind.wd5.myworkdayjobs.com})
 * @param cxsTenant             the tenant path of its CXS API (usually the host's first label, occasionally not)
 * @param site                  the career site ({@code External})
 * @param company               the hiring organisation's name
 * @param ui                    the candidate UI generation of its apply pages
 * @param offersAutofill        whether the "Start Your Application" dialog offers "Autofill with Resume"
 * @param offersLastApplication whether it offers "Use My Last Application"
 */
public record WorkdayTenant(String host, String cxsTenant, String site, String company, UiGeneration ui,
                            boolean offersAutofill, boolean offersLastApplication) {
    private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.wd\\d{1,3})?\\.myworkdayjobs\\.com");

    public WorkdayTenant {
        requireNonNull(host, "host is null");
        requireNonNull(cxsTenant, "cxsTenant is null");
        requireNonNull(site, "site is null");
        requireNonNull(company, "company is null");
        requireNonNull(ui, "ui is null");
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("not a myworkdayjobs.com tenant host: " + host);
        }
    }

    /** A tenant whose CXS tenant path is its host's first label, offering autofill and the last application. */
    public static WorkdayTenant of(String host, String site, String company, UiGeneration ui) {
        return new WorkdayTenant(host, host.substring(0, host.indexOf('.')), site, company, ui, true, true);
    }

    /** The same tenant with another CXS tenant path. */
    public WorkdayTenant withCxsTenant(String value) {
        return new WorkdayTenant(host, value, site, company, ui, offersAutofill, offersLastApplication);
    }
}
