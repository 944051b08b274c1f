package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.internal.AnswerShaper;
import dev.nyx.core.answer.internal.AnswerShaper.Shaped;
import dev.nyx.core.answer.internal.Asked;
import dev.nyx.core.answer.internal.BankMatch;
import dev.nyx.core.answer.internal.Fact;
import dev.nyx.core.answer.internal.OptionMeaning;
import dev.nyx.core.answer.internal.Rule;
import dev.nyx.core.answer.internal.RuleTable;
import dev.nyx.core.llm.LlmUsage;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.TokenUsage;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.core.storage.AnswerBank;
import dev.nyx.core.storage.Correction;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a form's questions from facts: for each question, first the candidate's own answers
 * (stored corrections, then the profile's answer bank, then either of them for a question worded
 * differently but meaning the same: see {@code BankMatch}), then the rule table mapping profile facts to common ATS questions (names, contact, links,
 * work authorisation, sponsorship, salary, notice, start date, years of experience, education,
 * languages, EEO, consent, cover letter, resume), then safe defaults for optional questions only
 * (decline optional demographic questions; "Job board" for an optional "how did you hear").
 * It never guesses: a question no fact answers is returned as unanswered, and a required one means
 * the application needs the candidate's input. Option questions are answered with an offered
 * option's label or not at all: chosen by its words, then by meaning (the posting's company read as
 * "the company", then the {@link QuestionSimilarity} above a threshold); a bank entry or rule whose
 * answer fits none of the options is passed over for that question, with a note in
 * {@link AnswerResult#notes()}, and the next source answers; numbers as digits; answers longer than the field allows are not
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
    private final AnswerBank corrections;
    private final QuestionSimilarity similarity;

    /** Without stored corrections and without meaning-based matching: the profile's bank and the rules. */
    public AnswerEngine(Clock clock) {
        this(clock, NoCorrections.INSTANCE, QuestionSimilarity.none());
    }

    /**
     * @param corrections the candidate's stored corrections, read once per form (newest per question)
     * @param similarity  compares question wordings by meaning, for re-worded questions
     */
    @Inject
    public AnswerEngine(Clock clock, AnswerBank corrections, QuestionSimilarity similarity) {
        this.clock = requireNonNull(clock, "clock is null");
        this.rules = RuleTable.standard();
        this.corrections = requireNonNull(corrections, "corrections is null");
        this.similarity = requireNonNull(similarity, "similarity is null");
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
        List<String> notes = new ArrayList<>();
        BankMatch bank = new BankMatch(corrections.latest(), profile.nyx().answers(), similarity);
        for (Question question : form.questions()) {
            Asked asked = Asked.of(question, profile, posting, today);
            Outcome outcome = answerOne(asked, bank, sensitive, notes);
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
        return new AnswerResult(new AnswerSet(answers), unanswered, LlmUsage.NONE, notes);
    }

    private record Outcome(Optional<Answer> answer, String reason, Optional<String> concept) {
        static Outcome missing(String reason, Optional<String> concept) {
            return new Outcome(Optional.empty(), reason, concept);
        }
    }

    private Outcome answerOne(Asked asked, BankMatch bank, SensitiveValues sensitive, List<String> notes) {
        Question question = asked.question();
        Optional<BankMatch.Found> banked = bank.find(question.label());
        String passedOver = "";
        if (banked.isPresent()) {
            Outcome outcome = give(asked, banked.get().fact(), AnswerSource.BANK, Optional.empty(), sensitive,
                    "the answer bank's answer does not fit: ");
            if (outcome.answer().isPresent()) {
                return outcome;
            }
            // an entry that fits none of the offered options is meant for another question: the next source answers
            passedOver = outcome.reason();
            notes.add("Passed over the answer bank's entry for '" + question.label() + "': "
                    + outcome.reason().replace("the answer bank's answer does not fit: ", ""));
        }
        Outcome outcome = fromRules(asked, sensitive, notes);
        if (outcome.answer().isPresent() || passedOver.isEmpty()) {
            return outcome;
        }
        return Outcome.missing(passedOver + "; " + outcome.reason(), outcome.concept());
    }

    private Outcome fromRules(Asked asked, SensitiveValues sensitive, List<String> notes) {
        Question question = asked.question();
        if (question.type() == QuestionType.UNKNOWN) {
            return Outcome.missing("the form's control could not be classified; answer it by hand", Optional.empty());
        }
        Optional<Rule> rule = rules.ruleFor(asked);
        Optional<String> concept = rule.map(Rule::concept);
        String reason = rule.isPresent() ? "the profile does not say (" + concept.get() + ")"
                : "no rule or answer-bank entry answers this question";
        if (rule.isPresent()) {
            Optional<Fact> fact = rule.get().derive().apply(asked);
            if (fact.isPresent()) {
                Outcome outcome = give(asked, fact.get(), AnswerSource.RULE, concept, sensitive, "");
                if (outcome.answer().isPresent()) {
                    return outcome;
                }
                notes.add("Passed over the " + concept.get() + " rule for '" + question.label() + "': "
                        + outcome.reason());
                reason = outcome.reason();
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
        return Outcome.missing(reason, concept);
    }

    private Outcome give(Asked asked, Fact fact, AnswerSource source, Optional<String> concept,
                         SensitiveValues sensitive, String problemPrefix) {
        Question question = asked.question();
        Shaped shaped = AnswerShaper.shape(fact, question, asked.posting().language());
        if (!shaped.ok()) {
            Optional<Shaped> byMeaning = byMeaning(asked, fact);
            if (byMeaning.isEmpty()) {
                return Outcome.missing(problemPrefix + shaped.problem().get(), concept);
            }
            shaped = byMeaning.get();
        }
        if (source != AnswerSource.BANK && !sensitiveUseAllowed(fact, shaped, sensitive)) {
            return Outcome.missing("the answer would reveal a sensitive profile value", concept);
        }
        List<String> facts = new ArrayList<>(fact.factsUsed());
        facts.addAll(fact.notes());
        return new Outcome(Optional.of(new Answer(question.id(), question.label(), shaped.values(), source,
                shaped.confidence(), facts, TokenUsage.NONE)), "", concept);
    }

    /** A text or choice no option spells: the option that means it, the company read as "the company". */
    private Optional<Shaped> byMeaning(Asked asked, Fact fact) {
        Question question = asked.question();
        List<String> spellings = fact instanceof Fact.Text text ? List.of(text.value())
                : fact instanceof Fact.Choice choice ? choice.spellings() : List.of();
        if (spellings.isEmpty() || question.options().isEmpty() || question.type() == QuestionType.YES_NO) {
            return Optional.empty();
        }
        return OptionMeaning.match(question.options(), spellings, asked.posting().company(), similarity::similarity)
                .map(match -> new Shaped(List.of(match.label()), match.confidence(), Optional.empty()))
                .filter(found -> question.maxLength().map(max -> found.values().get(0).length() <= max).orElse(true));
    }

    /** The engine without a database: no corrections were ever stored. */
    private enum NoCorrections implements AnswerBank {
        INSTANCE;

        @Override
        public Correction add(String question, String answer, Optional<Long> applicationId, Instant at) {
            throw new NyxException(ErrorCode.INVALID_STATE, "this answer engine has no storage for corrections;"
                    + " use the one Nyx assembles (nyx.answers())");
        }

        @Override
        public List<Correction> latest() {
            return List.of();
        }

        @Override
        public List<Correction> history(String question) {
            return List.of();
        }
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
