package dev.nyx.core.pipeline.internal;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Plan;
import dev.nyx.model.Question;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Experience;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.CaptchaPass;
import dev.nyx.spi.Mailbox;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.SiteAccounts;
import dev.nyx.spi.WebClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link ApplyContext} of one application run, made once the plan and the resume are known: the
 * run's {@link PageContext} plus those, the dry-run flag, the CAPTCHA step after the click, the candidate's
 * site accounts in the credential vault, the answering of a later step's questions ({@code AnswerStep}), the
 * candidate's mailbox and the profile's work and education entries.
 *
 * <p>Belongs to one application and its worker thread; not thread-safe. Public only for wiring.
 */
public final class DefaultApplyContext implements ApplyContext {
    private final PageContext page;
    private final Plan plan;
    private final Resume resume;
    private final boolean dryRun;
    private final Supplier<CaptchaPass> captchaGate;
    private final SiteAccounts accounts;
    private final Function<List<Question>, AnswerSet> stepAnswers;
    private final Mailbox mailbox;
    private final Experience experience;

    public DefaultApplyContext(PageContext page, Plan plan, Resume resume, boolean dryRun,
                               Supplier<CaptchaPass> captchaGate, SiteAccounts accounts,
                               Function<List<Question>, AnswerSet> stepAnswers, Mailbox mailbox,
                               Experience experience) {
        this.page = requireNonNull(page, "page is null");
        this.plan = requireNonNull(plan, "plan is null");
        this.resume = requireNonNull(resume, "resume is null");
        this.dryRun = dryRun;
        this.captchaGate = requireNonNull(captchaGate, "captchaGate is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.stepAnswers = requireNonNull(stepAnswers, "stepAnswers is null");
        this.mailbox = requireNonNull(mailbox, "mailbox is null");
        this.experience = requireNonNull(experience, "experience is null");
    }

    @Override
    public Page page() {
        return page.page();
    }

    @Override
    public Duration stepTimeout() {
        return page.stepTimeout();
    }

    @Override
    public Path evidenceDirectory() {
        return page.evidenceDirectory();
    }

    @Override
    public Clock clock() {
        return page.clock();
    }

    @Override
    public void note(String message) {
        page.note(message);
    }

    @Override
    public WebClient web() {
        return page.web();
    }

    @Override
    public Plan plan() {
        return plan;
    }

    @Override
    public Resume resume() {
        return resume;
    }

    @Override
    public boolean dryRun() {
        return dryRun;
    }

    @Override
    public CaptchaPass passCaptchas() {
        return captchaGate.get(); // counted: Recovery relies on a submit call not outlasting the time-out
    }

    @Override
    public SiteAccounts accounts() {
        return accounts;
    }

    @Override
    public AnswerSet answer(List<Question> questions) {
        List<Question> asked = List.copyOf(requireNonNull(questions, "questions is null"));
        return PluginGuard.hostWork(() -> stepAnswers.apply(asked));
    }

    @Override
    public Mailbox mailbox() {
        return query -> PluginGuard.hostWork(() -> mailbox.awaitVerification(query));
    }

    @Override
    public Experience experience() {
        return experience;
    }
}
