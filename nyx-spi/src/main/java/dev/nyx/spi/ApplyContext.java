package dev.nyx.spi;

import dev.nyx.model.AnswerSet;
import dev.nyx.model.Plan;
import dev.nyx.model.Question;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Experience;
import java.util.List;

/**
 * What {@link AtsAdapter#fill}, {@link AtsAdapter#readBack} and {@link AtsAdapter#submit} get on top
 * of the {@link PageContext}: the policy's plan, the resume to upload, whether this is a dry run, and
 * the host's CAPTCHA gate. Every value is there from the start: nothing here depends on the phase.
 * Only the profile facts an adapter needs reach it: answers come separately as an {@code AnswerSet}.
 *
 * <p>Multi-step flows (a wizard behind a sign-in, a modal with several pages) use four more services:
 * {@link #accounts()} for the candidate's account on the site (found in or created into the host's credential
 * vault), {@link #answer(List)} for the questions a later step shows, answered exactly like the form's
 * questions, {@link #mailbox()} for a verification email, and {@link #experience()} for the candidate's jobs
 * and schools when a step asks for them entry by entry. All four are default methods: a host that does not
 * offer one throws saying so (see each), and an adapter built for an older host keeps working as long as it
 * does not call them.
 *
 * <p>One context belongs to one application and one thread; it is not shared.
 */
public interface ApplyContext extends PageContext {

    /** The policy's plan for this application. */
    Plan plan();

    /** The resume chosen for this posting: upload {@code resume().path()} for a resume question. */
    Resume resume();

    /** Whether this is a dry run; the pipeline then never calls {@link AtsAdapter#submit}. */
    boolean dryRun();

    /**
     * Runs the host's CAPTCHA gate on the page as it is now: detects the CAPTCHAs it shows, asks the
     * configured solvers and injects their tokens, running each widget's callback (which often submits
     * the form itself). For {@link AtsAdapter#submit}: call it when the submit click brought up a
     * challenge instead of the confirmation (invisible reCAPTCHA, a server's "captcha failed"). The
     * pipeline solves the challenges it can see <em>before</em> the click on its own.
     *
     * <p>Click submit again afterwards only when the page shows that the first click was held back
     * for the CAPTCHA and the callback did not submit: never twice otherwise. Blocks while solvers
     * (or a person, for a hand-off) work; the cost is added to the application.
     *
     * @return whether the page may go on, and why not; on a refusal call {@link CaptchaPass#orThrow()}
     *         so the pipeline records the application as held back by the CAPTCHA
     */
    CaptchaPass passCaptchas();

    /**
     * Answers questions the adapter found during {@code fill} that the posting's form did not show (a wizard
     * step after the sign-in, a modal's next page), through the same answer engine, policy and budget as
     * the form's questions: answer bank and corrections, rules from the profile, the language model for
     * what is left, never a guess. Each answer is recorded as an event with its source and cost and stored
     * with the application's answers; QA and the read-back stay with the posting's form.
     *
     * <p>Give every question an id unique within the application (prefix the step's name when the site
     * reuses ids across steps): an answer stored earlier under the same id is replaced.
     *
     * @param questions the step's questions, in page order, read like the form's ({@code FormReader})
     * @return an answer for every question that has one; optional questions without one are left out
     * @throws NyxException {@link ErrorCode#INPUT_REQUIRED} when a required question has no answer (the
     *         message names each; the pipeline records {@code NEEDS_INPUT}, as for the form's own questions:
     *         let it propagate and fill nothing of that step); the language model's failures as for the form
     */
    default AnswerSet answer(List<Question> questions) {
        throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "Answering questions mid-flow is not supported by"
                + " this host: update the host to a Nyx version with ApplyContext.answer().");
    }

    /**
     * The candidate's mailbox, for a site's verification email. Always returns a mailbox: whether one is
     * configured shows when it is used ({@link Mailbox#awaitVerification} throws
     * {@link ErrorCode#INPUT_REQUIRED} saying which settings to give).
     */
    default Mailbox mailbox() {
        return query -> {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "Reading verification emails is not supported"
                    + " by this host: update the host to a Nyx version with ApplyContext.mailbox().");
        };
    }

    /**
     * The candidate's site accounts in the host's credential vault, for sites that want an account
     * before they take an application: {@link SiteAccounts#find} the one for the site's host, or
     * {@link SiteAccounts#create} one (stored before it is returned) and register with it.
     *
     * <p>A host that keeps no accounts leaves this default, which throws: an adapter that needs accounts
     * then fails with {@link ErrorCode#INVALID_CONFIGURATION} saying the host is too old for it.
     *
     * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when the host does not support accounts
     */
    default SiteAccounts accounts() {
        throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "Site accounts are not supported by this host"
                + " (its ApplyContext has no credential vault): update the host to a Nyx version with"
                + " ApplyContext.accounts().");
    }

    /**
     * The candidate's work and education entries from the profile, for a step that asks for them entry by entry
     * (one panel per job with title, company and dates, one per school with degree and field of study), as
     * Workday's "My Experience" does. A single question about the candidate's experience is a question for
     * {@link #answer(List)}, not a reason to read this.
     *
     * <p>Sensitive like the rest of the profile: do not log the entries or put them in exception messages.
     *
     * @return the entries in the profile's order; empty lists when the profile has none
     * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} when the host does not hand them out
     */
    default Experience experience() {
        throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "The candidate's work and education entries are not"
                + " available from this host: update the host to a Nyx version with ApplyContext.experience().");
    }
}
