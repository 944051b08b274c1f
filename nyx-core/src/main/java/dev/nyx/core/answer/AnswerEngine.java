package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.internal.AnswerShaper;
import dev.nyx.core.answer.internal.AnswerShaper.Shaped;
import dev.nyx.core.answer.internal.Asked;
import dev.nyx.core.answer.internal.BankLookup;
import dev.nyx.core.answer.internal.Fact;
import dev.nyx.core.answer.internal.Rule;
import dev.nyx.core.answer.internal.RuleTable;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.TokenUsage;
import dev.nyx.model.profile.Profile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a form's questions from facts: for each question, first the candidate's answer bank,
 * then the rule table mapping profile facts to common ATS questions (names, contact, links,
 * work authorisation, sponsorship, salary, notice, start date, years of experience, education,
 * languages, EEO, consent, cover letter, resume), then safe defaults for optional questions only
 * (decline optional demographic questions; "Job board" for an optional "how did you hear").
 * It never guesses: a question no fact answers is returned as unanswered, and a required one means
 * the application needs the candidate's input. Option questions are answered with an offered
 * option's label or not at all; numbers as digits; answers longer than the field allows are not
 * given. A sensitive profile value only appears in the answer to the question that asks for it.
 *
 * <p>Called by the pipeline before filling a form. Stateless and thread-safe; today's date comes
 * from the injected {@link Clock}. Throws only for null arguments; bad postings are rejected when
 * the {@link PostingContext} is built. Logs question ids and sources, never answer values.
 */
public final class AnswerEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerEngine.class);

    private final Clock clock;
    private final RuleTable rules;

    @Inject
    public AnswerEngine(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.rules = RuleTable.standard();
    }

    /** Answers every question of the form for this posting and profile. */
    public AnswerResult answer(FormSchema form, PostingContext posting, Profile profile) {
        requireNonNull(form, "form is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        LocalDate today = LocalDate.now(clock);
        SensitiveValues sensitive = SensitiveValues.of(profile);
        List<Answer> answers = new ArrayList<>();
        List<UnansweredQuestion> unanswered = new ArrayList<>();
        for (Question question : form.questions()) {
            Asked asked = Asked.of(question, profile, posting, today);
            Outcome outcome = answerOne(asked, sensitive);
            if (outcome.answer().isPresent()) {
                answers.add(outcome.answer().get());
                LOG.debug("question {} answered from {} ({})", question.id(), outcome.answer().get().source(),
                        outcome.concept().orElse("bank"));
            } else {
                unanswered.add(new UnansweredQuestion(question, outcome.reason(), outcome.concept()));
                LOG.debug("question {} left unanswered ({}, required={}): {}", question.id(),
                        outcome.concept().orElse("unknown concept"), question.required(), outcome.reason());
            }
        }
        return new AnswerResult(new AnswerSet(answers), unanswered);
    }

    private record Outcome(Optional<Answer> answer, String reason, Optional<String> concept) {
        static Outcome missing(String reason, Optional<String> concept) {
            return new Outcome(Optional.empty(), reason, concept);
        }
    }

    private Outcome answerOne(Asked asked, SensitiveValues sensitive) {
        Question question = asked.question();
        Optional<Fact> banked = BankLookup.find(asked.profile().nyx().answers(), question.label());
        if (banked.isPresent()) {
            return give(asked, banked.get(), AnswerSource.BANK, Optional.empty(), sensitive,
                    "the answer bank's answer does not fit: ");
        }
        if (question.type() == QuestionType.UNKNOWN) {
            return Outcome.missing("the form's control could not be classified; answer it by hand", Optional.empty());
        }
        Optional<Rule> rule = rules.ruleFor(asked);
        Optional<String> concept = rule.map(Rule::concept);
        if (rule.isPresent()) {
            Optional<Fact> fact = rule.get().derive().apply(asked);
            if (fact.isPresent()) {
                return give(asked, fact.get(), AnswerSource.RULE, concept, sensitive, "");
            }
        }
        if (!question.required()) {
            Optional<Rule> fallback = rules.defaultFor(asked);
            Optional<Fact> fact = fallback.flatMap(found -> found.derive().apply(asked));
            if (fact.isPresent()) {
                Outcome outcome = give(asked, fact.get(), AnswerSource.DEFAULT, fallback.map(Rule::concept), sensitive, "");
                if (outcome.answer().isPresent()) {
                    return outcome;
                }
            }
        }
        return Outcome.missing(rule.isPresent() ? "the profile does not say (" + concept.get() + ")"
                : "no rule or answer-bank entry answers this question", concept);
    }

    private Outcome give(Asked asked, Fact fact, AnswerSource source, Optional<String> concept,
                         SensitiveValues sensitive, String problemPrefix) {
        Question question = asked.question();
        Shaped shaped = AnswerShaper.shape(fact, question, asked.posting().language());
        if (!shaped.ok()) {
            return Outcome.missing(problemPrefix + shaped.problem().get(), concept);
        }
        if (source != AnswerSource.BANK && !sensitiveUseAllowed(fact, shaped, sensitive)) {
            return Outcome.missing("the answer would reveal a sensitive profile value", concept);
        }
        return new Outcome(Optional.of(new Answer(question.id(), question.label(), shaped.values(), source,
                shaped.confidence(), fact.factsUsed(), TokenUsage.NONE)), "", concept);
    }

    /**
     * A sensitive value may only go to the question that asks for it: an answer derived from a
     * sensitive path must be derived from that one path alone (the phone field, the date-of-birth
     * field, "are you over 18?"), and any other answer must not contain a sensitive value at all.
     */
    private static boolean sensitiveUseAllowed(Fact fact, Shaped shaped, SensitiveValues sensitive) {
        long sensitivePaths = fact.factsUsed().stream().filter(sensitive::isSensitivePath).count();
        if (sensitivePaths > 0) {
            return sensitivePaths == 1 && fact.factsUsed().size() == 1;
        }
        return shaped.values().stream().noneMatch(sensitive::appearsIn);
    }
}
