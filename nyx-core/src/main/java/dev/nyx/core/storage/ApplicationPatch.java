package dev.nyx.core.storage;

import static java.util.Objects.requireNonNull;

import dev.nyx.model.CompanyTier;
import dev.nyx.model.Effort;
import dev.nyx.model.TokenUsage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A change to an application's details, applied by {@link ApplicationStore#update(long, ApplicationPatch)}.
 * Present values replace the stored ones; absent values leave them alone. Tokens and cost are
 * <em>added</em> to the stored totals, so concurrent steps never overwrite each other's spending.
 *
 * @param ats        the adapter's name
 * @param effort     the planned effort
 * @param matchScore the match score, 0..100
 * @param resumeId   the resume chosen
 * @param sessionId  the session that runs it
 * @param addTokens  tokens to add to the total
 * @param addCostUsd cost to add to the total; not negative
 * @param matchReasons the match's reasons, replacing the stored ones
 * @param companyTier the company's tier when planned
 * @param addCaptchaCostUsd CAPTCHA solver cost to add, both to the total and to its CAPTCHA share; not negative
 */
public record ApplicationPatch(Optional<String> ats, Optional<Effort> effort, Optional<Integer> matchScore,
                               Optional<String> resumeId, Optional<String> sessionId, TokenUsage addTokens,
                               BigDecimal addCostUsd, Optional<List<String>> matchReasons,
                               Optional<CompanyTier> companyTier, BigDecimal addCaptchaCostUsd) {
    public ApplicationPatch {
        requireNonNull(ats, "ats is null");
        requireNonNull(effort, "effort is null");
        requireNonNull(matchScore, "matchScore is null");
        requireNonNull(resumeId, "resumeId is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(addTokens, "addTokens is null");
        requireNonNull(addCostUsd, "addCostUsd is null");
        matchReasons = requireNonNull(matchReasons, "matchReasons is null").map(List::copyOf);
        requireNonNull(companyTier, "companyTier is null");
        requireNonNull(addCaptchaCostUsd, "addCaptchaCostUsd is null");
        matchScore.ifPresent(score -> {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("match score must be within 0..100: " + score);
            }
        });
        if (addCostUsd.signum() < 0 || addCaptchaCostUsd.signum() < 0) {
            throw new IllegalArgumentException("cost to add must not be negative: " + addCostUsd + ", "
                    + addCaptchaCostUsd);
        }
    }

    /** A patch that changes nothing; start here and use the {@code with...} methods. */
    public static ApplicationPatch none() {
        return new ApplicationPatch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), TokenUsage.NONE, BigDecimal.ZERO, Optional.empty(), Optional.empty(), BigDecimal.ZERO);
    }

    public ApplicationPatch withAts(String newAts) {
        return new ApplicationPatch(Optional.of(newAts), effort, matchScore, resumeId, sessionId, addTokens, addCostUsd,
                matchReasons, companyTier, addCaptchaCostUsd);
    }

    public ApplicationPatch withEffort(Effort newEffort) {
        return new ApplicationPatch(ats, Optional.of(newEffort), matchScore, resumeId, sessionId, addTokens, addCostUsd,
                matchReasons, companyTier, addCaptchaCostUsd);
    }

    public ApplicationPatch withMatchScore(int newScore) {
        return new ApplicationPatch(ats, effort, Optional.of(newScore), resumeId, sessionId, addTokens, addCostUsd,
                matchReasons, companyTier, addCaptchaCostUsd);
    }

    public ApplicationPatch withResumeId(String newResumeId) {
        return new ApplicationPatch(ats, effort, matchScore, Optional.of(newResumeId), sessionId, addTokens, addCostUsd,
                matchReasons, companyTier, addCaptchaCostUsd);
    }

    public ApplicationPatch withSessionId(String newSessionId) {
        return new ApplicationPatch(ats, effort, matchScore, resumeId, Optional.of(newSessionId), addTokens, addCostUsd,
                matchReasons, companyTier, addCaptchaCostUsd);
    }

    /** Records the match's reasons (vetoes first), replacing the stored ones. */
    public ApplicationPatch withMatchReasons(List<String> reasons) {
        return new ApplicationPatch(ats, effort, matchScore, resumeId, sessionId, addTokens, addCostUsd,
                Optional.of(reasons), companyTier, addCaptchaCostUsd);
    }

    public ApplicationPatch withCompanyTier(CompanyTier tier) {
        return new ApplicationPatch(ats, effort, matchScore, resumeId, sessionId, addTokens, addCostUsd, matchReasons,
                Optional.of(tier), addCaptchaCostUsd);
    }

    /** Adds these tokens and this cost (on top of what the patch already adds). */
    public ApplicationPatch addingSpend(TokenUsage tokens, BigDecimal costUsd) {
        return new ApplicationPatch(ats, effort, matchScore, resumeId, sessionId, addTokens.plus(tokens),
                addCostUsd.add(costUsd), matchReasons, companyTier, addCaptchaCostUsd);
    }

    /** Adds what CAPTCHA solvers charged: to the total cost and to its CAPTCHA share. */
    public ApplicationPatch addingCaptchaSpend(BigDecimal costUsd) {
        return new ApplicationPatch(ats, effort, matchScore, resumeId, sessionId, addTokens, addCostUsd, matchReasons,
                companyTier, addCaptchaCostUsd.add(costUsd));
    }
}
