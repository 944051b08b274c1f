package dev.nyx.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A preparation package for an interview: generated when an application moves to
 * {@link ApplicationStatus#INTERVIEW}, from the posting and the candidate's work history, and
 * polished by the language model when one is configured and the budget allows.
 *
 * @param applicationId   the application it prepares
 * @param company         the hiring company
 * @param role            the job title
 * @param likelyQuestions questions the interview will likely ask, most likely first
 * @param stories         positions from the candidate's work history that answer them best, best first
 * @param briefing        the language model's briefing (talking points per question), when it wrote one
 * @param tokens          language-model tokens spent on it
 * @param costUsd         what the language model cost
 * @param createdAt       when it was generated
 */
public record InterviewPrep(long applicationId, String company, String role, List<String> likelyQuestions,
                            List<Story> stories, Optional<String> briefing, TokenUsage tokens, BigDecimal costUsd,
                            Instant createdAt) {
    public InterviewPrep {
        requireNonNull(company, "company is null");
        requireNonNull(role, "role is null");
        likelyQuestions = List.copyOf(likelyQuestions);
        stories = List.copyOf(stories);
        requireNonNull(briefing, "briefing is null");
        requireNonNull(tokens, "tokens is null");
        requireNonNull(costUsd, "costUsd is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    /**
     * One position from the work history, as a story to tell.
     *
     * @param position   the job title held
     * @param employer   where
     * @param period     "2019-03 – 2023-01", or empty text when the profile gives no dates
     * @param summary    what the candidate did there (profile text)
     * @param highlights achievements (profile text)
     * @param skills     skills the posting asks for that this position shows
     * @param why        why it was chosen, for people
     */
    public record Story(String position, String employer, String period, String summary, List<String> highlights,
                        List<String> skills, String why) {
        public Story {
            requireNonNull(position, "position is null");
            requireNonNull(employer, "employer is null");
            requireNonNull(period, "period is null");
            requireNonNull(summary, "summary is null");
            highlights = List.copyOf(highlights);
            skills = List.copyOf(skills);
            requireNonNull(why, "why is null");
        }
    }
}
