package dev.nyx.core.qa;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.LanguageDetector;
import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.llm.LlmClient;
import dev.nyx.core.llm.LlmClients;
import dev.nyx.core.llm.LlmReply;
import dev.nyx.core.llm.LlmRequest;
import dev.nyx.core.llm.LlmUsage;
import dev.nyx.core.llm.ReplyCheck;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.core.qa.internal.Placeholders;
import dev.nyx.core.qa.internal.ReviewPrompts.Item;
import dev.nyx.core.qa.internal.ReviewPrompts;
import dev.nyx.core.qa.internal.ReviewReply;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.AnswerSource;
import dev.nyx.model.Budget;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.QuestionType;
import dev.nyx.model.TokenUsage;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM reviewer at {@code high} effort (the plan's {@link Budget#llmReview()}): one call in which the
 * language model reads the filled free-text answers (question and answer, the posting as delimited data,
 * QA's notes, no profile facts and no sensitive values) and may propose corrections. Only answers the
 * model or a default wrote ({@link AnswerSource#LLM}, {@link AnswerSource#DEFAULT}) in text fields may
 * change: facts from the answer bank or the rules never do. A proposed correction is refused when it is
 * for another answer, fails the answer engine's reply checks (sensitive values, signs of followed
 * instructions, dates, e-mail addresses, length) or contains a placeholder or a tag of ours. The call is
 * made only within what the plan's budget has left after answering.
 *
 * <p>Called by the pipeline after QA; the caller fills corrected answers again and runs QA again, and
 * adds {@link LlmReview#usage()} to the application's spend. Stateless and thread-safe. Throws the
 * {@link LlmClient}'s retryable {@link NyxException}s (rate limit, time-out, network) and configuration
 * errors; logs question ids, reasons and token counts, never prompts, answers or corrections.
 */
public final class LlmReviewer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmReviewer.class);
    private static final int REVIEW_OUTPUT_TOKENS = 900;
    private static final int MIN_OUTPUT_TOKENS = 64;
    private static final double CORRECTED_CONFIDENCE = 0.6;

    private final Optional<LlmClient> client;
    private final LanguageDetector languages;

    @Inject
    public LlmReviewer(LlmClients clients, LanguageDetector languages) {
        this(requireNonNull(clients, "clients is null").client(), languages);
    }

    public LlmReviewer(Optional<LlmClient> client, LanguageDetector languages) {
        this.client = requireNonNull(client, "client is null");
        this.languages = requireNonNull(languages, "languages is null");
    }

    /**
     * Reviews the filled answers.
     *
     * @param spent    what answering this application already cost (counts against the budget)
     * @param findings QA's findings, shown to the model as notes on the answers it may change
     */
    public LlmReview review(FormSchema form, AnswerSet answers, PostingContext posting, Profile profile, Budget budget,
                            LlmUsage spent, List<QaFinding> findings) {
        requireNonNull(form, "form is null");
        requireNonNull(answers, "answers is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(budget, "budget is null");
        requireNonNull(spent, "spent is null");
        requireNonNull(findings, "findings is null");
        if (!budget.llmReview()) {
            return LlmReview.skipped(answers, "the plan asks for no LLM review");
        }
        if (client.isEmpty()) {
            return LlmReview.skipped(answers, "no language model is configured for the review");
        }
        List<Item> items = reviewable(form, answers);
        if (items.isEmpty()) {
            return LlmReview.skipped(answers, "no answer written by the language model or a default to review");
        }
        SensitiveValues sensitive = SensitiveValues.of(profile).with(client.get().secrets());
        String system = ReviewPrompts.system(languages.languageOf(posting));
        String user = ReviewPrompts.user(posting, items, findings, sensitive);
        Optional<Integer> cap = outputCap(budget, spent, system + user);
        if (cap.isEmpty()) {
            return LlmReview.skipped(answers, "the application's LLM budget (" + budget.maxTokens() + " tokens, "
                    + budget.maxCostUsd().toPlainString() + " USD) has too little left for a review");
        }
        LlmRequest request = new LlmRequest(system, user, cap.get());
        // the last gate before the network: refuse rather than leak
        if (sensitive.appearsIn(request.fullText())) {
            LOG.warn("the LLM review prompt would have contained a sensitive value or secret; it was not sent");
            return LlmReview.skipped(answers, "not sent: the review prompt would have contained a sensitive value");
        }
        LlmReply reply;
        try {
            reply = client.get().chat(request);
        } catch (NyxException failure) {
            if (failure.code() == ErrorCode.UNSAFE_PROMPT) {
                return LlmReview.skipped(answers, "not sent: " + failure.getMessage());
            }
            throw failure;
        }
        return apply(form, answers, items, ReviewReply.corrections(reply.text()), sensitive, reply.usage());
    }

    private static LlmReview apply(FormSchema form, AnswerSet answers, List<Item> items, Map<String, String> proposed,
                                   SensitiveValues sensitive, LlmUsage usage) {
        List<Answer> result = new ArrayList<>(answers.answers());
        List<String> corrected = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, String> correction : proposed.entrySet()) {
            Optional<Item> item = itemFor(items, correction.getKey());
            if (item.isEmpty()) {
                refused.add("a correction for an answer the reviewer may not change (id '"
                        + sensitive.redact(correction.getKey()) + "') was refused");
                continue;
            }
            Question question = item.get().question();
            Optional<String> problem = problem(correction.getValue(), question, sensitive);
            if (problem.isPresent()) {
                refused.add("the correction of '" + question.label() + "' was refused: " + problem.get());
                LOG.warn("LLM review correction of question {} refused: {}", question.id(), problem.get());
                continue;
            }
            if (correction.getValue().equals(item.get().answer().value())) {
                continue;
            }
            Answer before = item.get().answer();
            result.replaceAll(answer -> answer.questionId().equals(question.id())
                    ? new Answer(question.id(), question.label(), List.of(correction.getValue()), AnswerSource.LLM,
                    Math.min(before.confidence(), CORRECTED_CONFIDENCE), before.factsUsed(), before.tokens())
                    : answer);
            corrected.add(question.id());
        }
        List<String> ordered = form.questions().stream().map(Question::id).filter(corrected::contains).toList();
        LOG.debug("LLM review: {} corrections accepted, {} refused ({} tokens)", ordered.size(), refused.size(),
                usage.tokens().total());
        return new LlmReview(new AnswerSet(result), ordered, refused, usage, Optional.empty());
    }

    private static Optional<String> problem(String text, Question question, SensitiveValues sensitive) {
        Optional<String> problem = ReplyCheck.problem(text, ReviewPrompts.SYSTEM_MARKER, sensitive, question.maxLength());
        if (problem.isPresent()) {
            return problem;
        }
        if (text.contains(ReviewPrompts.SYSTEM_MARKER) || text.matches("(?is).*</?\\s*(answers?|text|correction|note)\\b.*")) {
            return Optional.of("it quotes the reviewer's instructions or tags");
        }
        return Placeholders.find(text).map(placeholder -> "it contains the placeholder '" + placeholder + "'");
    }

    private static Optional<Item> itemFor(List<Item> items, String id) {
        for (int index = 0; index < items.size(); index++) {
            if (ReviewPrompts.idOf(index).equals(id)) {
                return Optional.of(items.get(index));
            }
        }
        return Optional.empty();
    }

    /** Free-text answers the model or a default wrote, in form order. */
    private static List<Item> reviewable(FormSchema form, AnswerSet answers) {
        List<Item> items = new ArrayList<>();
        for (Question question : form.questions()) {
            boolean text = question.type() == QuestionType.SHORT_TEXT || question.type() == QuestionType.LONG_TEXT;
            answers.forQuestion(question.id())
                    .filter(answer -> text && (answer.source() == AnswerSource.LLM
                            || answer.source() == AnswerSource.DEFAULT))
                    .ifPresent(answer -> items.add(new Item(question, answer)));
        }
        return items;
    }

    /** The output cap for the review call, or empty when what is left of the budget cannot pay for it. */
    private Optional<Integer> outputCap(Budget budget, LlmUsage spent, String prompt) {
        // a rough size of the prompt decides whether to ask at all; what is recorded comes from usage
        long promptEstimate = (prompt.length() + 3) / 4;
        long tokensLeft = budget.maxTokens() - spent.tokens().total() - promptEstimate;
        int cap = (int) Math.min(REVIEW_OUTPUT_TOKENS, tokensLeft);
        if (cap < MIN_OUTPUT_TOKENS) {
            return Optional.empty();
        }
        BigDecimal costLeft = budget.maxCostUsd().subtract(spent.costUsd());
        LlmClient llm = client.orElseThrow();
        BigDecimal estimate = llm.prices().cost(llm.model(), new TokenUsage(promptEstimate, cap));
        return estimate.compareTo(costLeft) > 0 ? Optional.empty() : Optional.of(cap);
    }
}
