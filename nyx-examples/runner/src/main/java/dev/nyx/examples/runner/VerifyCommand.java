package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.pipeline.SubmissionVerifications;
import dev.nyx.model.Application;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code nyx verify} lists the applications whose submission is unknown ({@code NEEDS_VERIFICATION}: Nyx was
 * interrupted during the submit click, so it never submits their postings again on its own);
 * {@code nyx verify ID submitted|not-submitted} settles one after the candidate looked at the site or their
 * mailbox. {@code not-submitted} releases the posting, so the next {@code nyx apply} applies again. Goes
 * through {@code Nyx.verifications()} on a Nyx without plugins (no browser).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Lists applications whose submission is unknown, or settles one: 'nyx verify ID submitted'"
                + " or 'nyx verify ID not-submitted' (the posting can then be applied to again).")
final class VerifyCommand implements Callable<Integer> {
    /** What the candidate found. */
    enum Finding {
        SUBMITTED, NOT_SUBMITTED;

        static Finding parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "submitted" -> SUBMITTED;
                case "not-submitted", "not_submitted" -> NOT_SUBMITTED;
                default -> throw new TypeConversionException("'" + text
                        + "' is not a finding: say 'submitted' or 'not-submitted'");
            };
        }
    }

    @ParentCommand
    private NyxCommand nyx;

    @Mixin
    private StorageOptions storage;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The application's id.")
    private Long id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FINDING", converter = FindingConverter.class,
            description = "What you found on the site: submitted or not-submitted.")
    private Finding finding;

    @Override
    public Integer call() {
        PrintWriter out = nyx.out();
        if (id != null && finding == null) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "Say what you found for application " + id
                    + ": nyx verify " + id + " submitted|not-submitted");
        }
        try (Nyx assembled = nyx.withoutPlugins(storage)) {
            SubmissionVerifications verifications = assembled.verifications();
            if (id == null) {
                List<Application> pending = verifications.pending();
                if (pending.isEmpty()) {
                    out.println("No application waits for verification.");
                } else {
                    out.println(pending.size() + (pending.size() == 1 ? " application was" : " applications were")
                            + " interrupted during the submit click; check the site or your mailbox, then"
                            + " 'nyx verify ID submitted|not-submitted':");
                    pending.forEach(application -> out.println("  " + application.id() + "  " + application.url()));
                }
                return ExitCodes.OK;
            }
            Application settled = finding == Finding.SUBMITTED ? verifications.submitted(id)
                    : verifications.notSubmitted(id);
            out.println(finding == Finding.SUBMITTED
                    ? "Application " + settled.id() + " is recorded as submitted: " + settled.url()
                    : "Application " + settled.id() + " is recorded as not submitted; 'nyx apply " + settled.url()
                            + "' applies again.");
            return ExitCodes.OK;
        }
    }

    static final class FindingConverter implements ITypeConverter<Finding> {
        @Override
        public Finding convert(String value) {
            return Finding.parse(value);
        }
    }
}
