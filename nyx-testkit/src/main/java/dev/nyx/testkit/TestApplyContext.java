package dev.nyx.testkit;

import com.microsoft.playwright.Page;
import dev.nyx.core.captcha.CaptchaGate;
import dev.nyx.core.captcha.CaptchaGateResult;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.CandidateAccounts;
import dev.nyx.core.credentials.CredentialVault;
import dev.nyx.core.credentials.PasswordGenerator;
import dev.nyx.core.mail.ImapMailbox;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.Budget;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.model.Plan;
import dev.nyx.model.Question;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Experience;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.CaptchaPass;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.Mailbox;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.SiteAccounts;
import dev.nyx.spi.WebClient;
import dev.nyx.spi.support.CaptchaDetector;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Objects.requireNonNull;

/**
 * A real {@link ApplyContext} for adapter tests: a Playwright page the test owns, a real
 * {@link WebClient} (e.g. {@link JdkWebClient}), a resume file, an evidence folder, and optionally a
 * real CAPTCHA gate, a real credential vault for {@link #accounts()}, the answers a later step's questions get
 * ({@link Builder#stepAnswers}), a mailbox for verification emails ({@link Builder#mailbox}) and the candidate's
 * work and education entries ({@link Builder#experience}). It is the far
 * side's harness, not a fake of the pipeline: adapters run against it
 * exactly as they run in the pipeline (their settings come through their own constructor, e.g. with a
 * {@link TestExtensionContext}). It serves {@code fetchPosting} too, as a {@code PageContext}.
 *
 * <p>Immutable apart from the notes and CAPTCHA results it collects. Like the page, use it from one thread.
 */
public final class TestApplyContext implements ApplyContext {
    private final Page page;
    private final Plan plan;
    private final Resume resume;
    private final Duration stepTimeout;
    private final boolean dryRun;
    private final Path evidenceDirectory;
    private final Clock clock;
    private final WebClient web;
    private final List<String> notes;
    private final Optional<CaptchaGate> captchaGate;
    private final List<CaptchaGateResult> captchaResults;
    private final AnswerSet stepAnswers;
    private final Mailbox mailbox;
    private final List<Question> askedQuestions;
    private final Optional<SiteAccounts> accounts;
    private final Experience experience;

    private TestApplyContext(Builder builder, List<String> notes, List<CaptchaGateResult> captchaResults) {
        this.page = requireNonNull(builder.page, "page is null");
        this.plan = builder.plan;
        this.resume = requireNonNull(builder.resume, "resume is null: set one with resume(path)");
        this.stepTimeout = builder.stepTimeout;
        this.dryRun = builder.dryRun;
        this.evidenceDirectory = requireNonNull(builder.evidenceDirectory,
                "evidenceDirectory is null: set one with evidenceDirectory(path)");
        this.clock = builder.clock;
        this.web = builder.web;
        this.notes = notes;
        this.captchaGate = builder.captchaGate;
        this.captchaResults = captchaResults;
        this.stepAnswers = builder.stepAnswers;
        this.mailbox = builder.mailbox;
        this.askedQuestions = new CopyOnWriteArrayList<>();
        this.accounts = builder.vault.map(vault -> new CandidateAccounts(vault, new PasswordGenerator())
                .forCandidate(builder.email, notes::add));
        this.experience = builder.experience;
    }

    /** A builder for a context on {@code page}. */
    public static Builder builder(Page page) {
        return new Builder(page);
    }

    /** What each {@link #passCaptchas()} call ended with, oldest first. */
    public List<CaptchaGateResult> captchaResults() {
        return List.copyOf(captchaResults);
    }

    /** The questions adapters asked {@link #answer(List)} about, in the order asked. */
    public List<Question> askedQuestions() {
        return List.copyOf(askedQuestions);
    }

    /** The notes adapters appended, oldest first. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public Page page() {
        return page;
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
    public Duration stepTimeout() {
        return stepTimeout;
    }

    @Override
    public boolean dryRun() {
        return dryRun;
    }

    @Override
    public Path evidenceDirectory() {
        return evidenceDirectory;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void note(String message) {
        notes.add(requireNonNull(message, "message is null"));
    }

    @Override
    public WebClient web() {
        return web;
    }

    /**
     * Runs the {@link Builder#captchaGate gate} on the page, as the pipeline does after a submit
     * click; without a gate, passes only a page with no CAPTCHA on it.
     */
    @Override
    public CaptchaPass passCaptchas() {
        CaptchaGateResult result = captchaGate.map(gate -> gate.pass(page, evidenceDirectory.resolve(
                "captcha-" + clock.millis() + ".png"))).orElseGet(() -> new CaptchaDetector().detect(page).isEmpty()
                ? CaptchaGateResult.nothingToSolve()
                : new CaptchaGateResult(List.of(), Optional.of(ApplicationStatus.FAILED),
                "this TestApplyContext has no CAPTCHA gate: set one with captchaGate(gate)", BigDecimal.ZERO,
                List.of()));
        captchaResults.add(result);
        return result.passed() ? CaptchaPass.clearedPass() : CaptchaPass.refused(result.reason());
    }

    /**
     * The candidate's accounts in the {@link Builder#vault vault} given, as the pipeline hands them (new
     * accounts get the email given there and a generated password; creations are noted).
     *
     * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when the builder was given no vault
     */
    @Override
    public SiteAccounts accounts() {
        return accounts.orElseThrow(() -> new NyxException(ErrorCode.INVALID_CONFIGURATION, "This TestApplyContext"
                + " has no credential vault: set one with vault(vault, email), e.g. an EncryptedFileVault in a @TempDir."));
    }

    /**
     * Answers a later step's questions from the {@link Builder#stepAnswers answers the test gave}, by question
     * id, as the host answers from the profile: a required question without one throws
     * {@link ErrorCode#INPUT_REQUIRED} naming it, an optional one is left out.
     */
    @Override
    public AnswerSet answer(List<Question> questions) {
        requireNonNull(questions, "questions is null");
        askedQuestions.addAll(questions);
        List<Answer> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Question question : questions) {
            Optional<Answer> answer = stepAnswers.forQuestion(question.id());
            answer.ifPresent(found::add);
            if (answer.isEmpty() && question.required()) {
                missing.add("'" + question.label() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new NyxException(ErrorCode.INPUT_REQUIRED, "required questions without an answer: "
                    + String.join("; ", missing) + ". Add answers to nyx.answers in the profile and apply again.");
        }
        return new AnswerSet(found);
    }

    /** The {@link Builder#mailbox mailbox the test gave}; by default one without settings, as the host's. */
    @Override
    public Mailbox mailbox() {
        return mailbox;
    }

    /** The {@link Builder#experience work and education entries the test gave}; none by default. */
    @Override
    public Experience experience() {
        return experience;
    }

    /** Builds a {@link TestApplyContext}; page, resume and evidence folder are required. */
    public static final class Builder {
        private final Page page;
        private Plan plan = new Plan(Decision.APPLY, Effort.MEDIUM, Budget.none(), "test");
        private Resume resume;
        private Duration stepTimeout = Duration.ofSeconds(15);
        private boolean dryRun;
        private Path evidenceDirectory;
        private Clock clock = Clock.systemUTC();
        private WebClient web = new JdkWebClient(Duration.ofSeconds(15));
        private Optional<CaptchaGate> captchaGate = Optional.empty();
        private AnswerSet stepAnswers = new AnswerSet(List.of());
        private Mailbox mailbox = new ImapMailbox(NyxConfig.Mailbox.none(), Clock.systemUTC());
        private Optional<CredentialVault> vault = Optional.empty();
        private String email = "";
        private Experience experience = Experience.none();

        private Builder(Page page) {
            this.page = requireNonNull(page, "page is null");
        }

        public Builder plan(Plan value) {
            this.plan = requireNonNull(value, "plan is null");
            return this;
        }

        /** The resume file to upload (its id is the file name). */
        public Builder resume(Path file) {
            requireNonNull(file, "file is null");
            this.resume = new Resume(file.getFileName().toString(), file.toAbsolutePath(), Optional.empty(), true);
            return this;
        }

        public Builder stepTimeout(Duration value) {
            requireNonNull(value, "stepTimeout is null");
            if (value.isNegative() || value.isZero()) {
                throw new NyxException(ErrorCode.INVALID_INPUT, "stepTimeout must be positive, not " + value + ".");
            }
            this.stepTimeout = value;
            return this;
        }

        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        public Builder evidenceDirectory(Path value) {
            this.evidenceDirectory = requireNonNull(value, "evidenceDirectory is null");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = requireNonNull(value, "clock is null");
            return this;
        }

        public Builder web(WebClient value) {
            this.web = requireNonNull(value, "web is null");
            return this;
        }

        /** The CAPTCHA gate {@link TestApplyContext#passCaptchas()} runs (real solvers, e.g. against the emulators). */
        public Builder captchaGate(CaptchaGate value) {
            this.captchaGate = Optional.of(requireNonNull(value, "captchaGate is null"));
            return this;
        }

        /** The vault {@link TestApplyContext#accounts()} keeps accounts in, and the candidate's email for new ones. */
        public Builder vault(CredentialVault value, String candidateEmail) {
            this.vault = Optional.of(requireNonNull(value, "vault is null"));
            this.email = requireNonNull(candidateEmail, "candidateEmail is null");
            return this;
        }

        /** The answers {@link TestApplyContext#answer(List)} gives a later step's questions, by question id. */
        public Builder stepAnswers(AnswerSet value) {
            this.stepAnswers = requireNonNull(value, "stepAnswers is null");
            return this;
        }

        /** The mailbox for verification emails (e.g. an {@code ImapMailbox} on a {@code MailReplica}). */
        public Builder mailbox(Mailbox value) {
            this.mailbox = requireNonNull(value, "mailbox is null");
            return this;
        }

        /** The candidate's jobs and schools {@link TestApplyContext#experience()} hands out (e.g. {@code Experience.of(profile)}). */
        public Builder experience(Experience value) {
            this.experience = requireNonNull(value, "experience is null");
            return this;
        }

        public TestApplyContext build() {
            return new TestApplyContext(copy(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        }

        private Builder copy() {
            Builder copy = new Builder(page);
            copy.plan = plan;
            copy.resume = resume;
            copy.stepTimeout = stepTimeout;
            copy.dryRun = dryRun;
            copy.evidenceDirectory = evidenceDirectory;
            copy.clock = clock;
            copy.web = web;
            copy.captchaGate = captchaGate;
            copy.stepAnswers = stepAnswers;
            copy.mailbox = mailbox;
            copy.vault = vault;
            copy.email = email;
            copy.experience = experience;
            return copy;
        }
    }
}
