package dev.nyx.core.answer;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.internal.AnswerShaper.Shaped;
import dev.nyx.core.answer.internal.AnswerShaper;
import dev.nyx.core.answer.internal.Fact;
import dev.nyx.core.answer.internal.OptionReply;
import dev.nyx.core.answer.internal.ProfileExcerpt;
import dev.nyx.core.answer.internal.Prompts;
import dev.nyx.core.answer.internal.QuestionRoute.Route;
import dev.nyx.core.answer.internal.QuestionRoute.Topic;
import dev.nyx.core.answer.internal.QuestionRoute;
import dev.nyx.core.llm.LlmClient;
import dev.nyx.core.llm.LlmClients;
import dev.nyx.core.llm.LlmReply;
import dev.nyx.core.llm.LlmRequest;
import dev.nyx.core.llm.LlmUsage;
import dev.nyx.core.llm.ReplyCheck;
import dev.nyx.core.profile.SensitiveValues;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer engine's last stage: the language model writes what facts cannot answer. After the
 * bank, the rules and the defaults, each open <em>free-text</em> question (a long text, "Why do you
 * want to work here?", a cover letter when the plan's budget allows one) gets one call, within the
 * plan's {@link Budget} (tokens and cost per application; when it is spent the rest stay
 * unanswered). A <em>required</em> question blocks the submit, so it is asked first (its free text
 * before any choice among offered options, which the model may also be asked); when the plan
 * allows no language model at all (low effort), the required ones are still written, short, within
 * a small fixed floor ({@link #REQUIRED_FLOOR}), and the optional ones are not: effort governs those
 * and the length. A plan's own budget stays a hard cap. A question about a fact (numbers, yes/no, dates, authorisation, options about the
 * candidate, anything a rule recognised) is never sent: it stays unanswered for the candidate.
 * A cover letter the rules filled from the profile's template is tailored only when the plan allows.
 *
 * <p>Prompts carry the posting as tagged data and only the profile facts the question needs; a
 * prompt containing a sensitive value or secret is not sent, and an answer is checked before use
 * (no sensitive values, no signs of followed instructions, fits the field) and dropped otherwise.
 * Each answer records source {@link AnswerSource#LLM}, a confidence, the profile paths in its prompt
 * and the tokens from the response's {@code usage}.
 *
 * <p>Called by {@link FormAnswerer} (and the benchmark's {@link #baseline}). Stateless and
 * thread-safe. Throws the {@link LlmClient}'s retryable {@link NyxException}s (rate limit, time-out,
 * network) and configuration errors (a rejected key) to fail the application; logs question ids,
 * reasons and token counts, never prompts or answers.
 */
public final class LlmAnswerer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final double FREE_TEXT_CONFIDENCE = 0.6;
    private static final double LETTER_CONFIDENCE = 0.7;
    private static final int FREE_TEXT_OUTPUT_TOKENS = 400;
    private static final int LETTER_OUTPUT_TOKENS = 700;
    private static final int MIN_OUTPUT_TOKENS = 32;
    private static final String TEMPLATE_PATH = "nyx.coverLetter.template";
    /**
     * What the required questions of an application may spend when the plan allows no language model
     * (low effort): they block the submit, so they get short answers even then.
     */
    public static final Budget REQUIRED_FLOOR = new Budget(1_000, new BigDecimal("0.01"), false, false);
    /** Output tokens and characters of such a short answer. */
    private static final int SHORT_OUTPUT_TOKENS = 150;
    private static final int SHORT_ANSWER_CHARS = 500;
    private static final int CHOICE_OUTPUT_TOKENS = 60;
    private static final double CHOICE_CONFIDENCE = 0.5;

    private final Optional<LlmClient> client;
    private final LanguageDetector languages;

    @Inject
    public LlmAnswerer(LlmClients clients, LanguageDetector languages) {
        this(requireNonNull(clients, "clients is null").client(), languages);
    }

    public LlmAnswerer(Optional<LlmClient> client, LanguageDetector languages) {
        this.client = requireNonNull(client, "client is null");
        this.languages = requireNonNull(languages, "languages is null");
    }

    /** Whether a language model is configured at all. */
    public boolean available() {
        return client.isPresent();
    }

    /** Completes the rules' result with free-text answers from the model, within the budget. */
    public AnswerResult complete(AnswerResult rules, FormSchema form, PostingContext posting, Profile profile,
                                 Budget budget) {
        requireNonNull(rules, "rules is null");
        requireNonNull(form, "form is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(budget, "budget is null");
        Map<String, Answer> answers = new LinkedHashMap<>();
        rules.answers().answers().forEach(answer -> answers.put(answer.questionId(), answer));
        Map<String, UnansweredQuestion> open = new LinkedHashMap<>();
        rules.unanswered().forEach(missing -> open.put(missing.question().id(), missing));
        // required questions first: they block the submit, so they get the budget before optional ones; among them
        // free text before choices among options, so a form's option questions never starve its motivation text
        List<Task> tasks = tasks(form, answers, open, budget).stream()
                .sorted(Comparator.comparing((Task task) -> !task.question().required())
                        .thenComparing(task -> task.route() == Route.CHOICE)).toList();
        if (tasks.isEmpty()) {
            return rules;
        }
        if (client.isEmpty()) {
            // an option question keeps the rules' reason: without a model it is simply theirs to answer
            tasks.stream().filter(task -> task.route() != Route.CHOICE).forEach(task -> explain(open, task,
                    "no language model is configured to write free text;"
                    + " write the answer yourself or set llm.baseUrl and llm.model (NYX_LLM_BASE_URL, NYX_LLM_MODEL)"));
            return result(form, answers, open, LlmUsage.NONE, rules.notes());
        }
        if (budget.maxTokens() == 0) {
            // effort governs the optional questions; a required one blocks the submit, so it is still written
            tasks.stream().filter(task -> !task.question().required() && task.route() != Route.CHOICE)
                    .forEach(task -> explain(open, task,
                    "the plan's effort allows no language model for this application; write the answer yourself"));
            tasks = tasks.stream().filter(task -> task.question().required()).toList();
            if (tasks.isEmpty()) {
                return result(form, answers, open, LlmUsage.NONE, rules.notes());
            }
        }
        boolean shortOnly = budget.maxTokens() == 0;
        String language = languages.languageOf(posting);
        SensitiveValues sensitive = SensitiveValues.of(profile).with(client.get().secrets());
        LlmUsage spent = LlmUsage.NONE;
        for (Task task : tasks) {
            Question question = task.question();
            boolean choice = task.route() == Route.CHOICE;
            Topic topic = task.letter().isPresent() || task.route() == Route.COVER_LETTER ? Topic.COVER_LETTER
                    : QuestionRoute.topic(question);
            ProfileExcerpt facts = ProfileExcerpt.of(topic, profile, sensitive);
            Optional<Integer> maxChars = shortOnly && !choice
                    ? Optional.of(Math.min(SHORT_ANSWER_CHARS, question.maxLength().orElse(SHORT_ANSWER_CHARS)))
                    : question.maxLength();
            String system = Prompts.system(language, maxChars);
            int wanted = choice ? CHOICE_OUTPUT_TOKENS : shortOnly ? SHORT_OUTPUT_TOKENS
                    : topic == Topic.COVER_LETTER ? LETTER_OUTPUT_TOKENS : FREE_TEXT_OUTPUT_TOKENS;
            // a plan that allows no model still pays the floor for a required question; a plan's own budget is a hard cap
            Budget allowed = shortOnly && question.required() && task.letter().isEmpty() ? REQUIRED_FLOOR : budget;
            // a choice must be one or more of the offered labels: any other reply is refused and asked once more
            int attempts = choice ? 2 : 1;
            for (int attempt = 1; attempt <= attempts; attempt++) {
                String user = Prompts.user(question, posting, facts, language, task.letter(), sensitive)
                        + (attempt > 1 ? "\n" + Prompts.CHOICE_RETRY : "");
                Optional<Integer> cap = outputCap(allowed, spent, system + user, wanted);
                if (cap.isEmpty()) {
                    explain(open, task, "the application's LLM budget (" + allowed.maxTokens() + " tokens, "
                            + allowed.maxCostUsd().toPlainString() + " USD) is spent; write the answer yourself");
                    break;
                }
                Optional<Ask> asked = ask(new LlmRequest(system, user, cap.get()), sensitive);
                if (asked.isEmpty()) {
                    explain(open, task, "not sent: the prompt would have contained a sensitive profile value or secret");
                    break;
                }
                LlmReply reply = asked.get().reply();
                spent = spent.plus(reply.usage());
                Optional<String> problem = ReplyCheck.problem(reply.text(), Prompts.SYSTEM_MARKER, sensitive,
                        question.maxLength());
                if (problem.isPresent()) {
                    LOG.warn("LLM answer to question {} dropped: {}", question.id(), problem.get());
                    explain(open, task, problem.get());
                    break;
                }
                List<String> values = List.of(reply.text());
                if (choice) {
                    Optional<List<String>> chosen = OptionReply.labels(reply.text(), question);
                    if (chosen.isEmpty()) {
                        LOG.debug("LLM reply to option question {} refused (attempt {}): not the offered labels",
                                question.id(), attempt);
                        explain(open, task, "the language model's reply was not one of the offered options"
                                + " (asked twice); choose the answer yourself");
                        continue;
                    }
                    values = chosen.get();
                }
                List<String> used = new ArrayList<>(facts.factsUsed());
                task.letter().ifPresent(letter -> used.add(0, TEMPLATE_PATH));
                answers.put(question.id(), new Answer(question.id(), question.label(), values, AnswerSource.LLM,
                        choice ? CHOICE_CONFIDENCE : task.letter().isPresent() ? LETTER_CONFIDENCE : FREE_TEXT_CONFIDENCE,
                        used, reply.tokens()));
                open.remove(question.id());
                LOG.debug("question {} answered by the LLM ({} tokens)", question.id(), reply.tokens().total());
                break;
            }
        }
        return result(form, answers, open, spent, rules.notes());
    }

    /**
     * The baseline for benchmarks: every question (except file uploads) sent to the model with every
     * non-sensitive profile fact, no rules, no budget. Option answers must match an offered option.
     * Never used to apply; it only measures what Nyx saves.
     */
    public AnswerResult baseline(FormSchema form, PostingContext posting, Profile profile) {
        requireNonNull(form, "form is null");
        requireNonNull(posting, "posting is null");
        requireNonNull(profile, "profile is null");
        LlmClient llm = client.orElseThrow(() -> new NyxException(ErrorCode.INVALID_CONFIGURATION,
                "the baseline needs a language model; set llm.baseUrl and llm.model"));
        String language = languages.languageOf(posting);
        SensitiveValues sensitive = SensitiveValues.of(profile).with(llm.secrets());
        ProfileExcerpt facts = ProfileExcerpt.of(Topic.EVERYTHING, profile, sensitive);
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, UnansweredQuestion> open = new LinkedHashMap<>();
        LlmUsage spent = LlmUsage.NONE;
        for (Question question : form.questions()) {
            if (question.type() == QuestionType.FILE || question.type() == QuestionType.UNKNOWN) {
                open.put(question.id(), new UnansweredQuestion(question, "the baseline sends no files",
                        Optional.empty()));
                continue;
            }
            String system = Prompts.system(language, question.maxLength());
            String user = Prompts.user(question, posting, facts, language, Optional.empty(), sensitive);
            Optional<Ask> asked = ask(new LlmRequest(system, user, FREE_TEXT_OUTPUT_TOKENS), sensitive);
            if (asked.isEmpty()) {
                open.put(question.id(), new UnansweredQuestion(question, "not sent: unsafe prompt", Optional.empty()));
                continue;
            }
            LlmReply reply = asked.get().reply();
            spent = spent.plus(reply.usage());
            Shaped shaped = AnswerShaper.shape(new Fact.Text(reply.text(), facts.factsUsed()), question,
                    Optional.of(language));
            if (shaped.ok()) {
                answers.put(question.id(), new Answer(question.id(), question.label(), shaped.values(),
                        AnswerSource.LLM, FREE_TEXT_CONFIDENCE * shaped.confidence(), facts.factsUsed(),
                        reply.tokens()));
            } else {
                open.put(question.id(), new UnansweredQuestion(question, shaped.problem().orElse("no answer"),
                        Optional.empty()));
            }
        }
        return result(form, answers, open, spent, List.of());
    }

    private record Task(Question question, Route route, Optional<String> letter) {
    }

    private record Ask(LlmReply reply) {
    }

    private static List<Task> tasks(FormSchema form, Map<String, Answer> answers, Map<String, UnansweredQuestion> open,
                                    Budget budget) {
        List<Task> tasks = new ArrayList<>();
        for (Question question : form.questions()) {
            UnansweredQuestion missing = open.get(question.id());
            if (missing != null) {
                Route route = QuestionRoute.route(question, missing.concept());
                if (route == Route.FREE_TEXT || route == Route.CHOICE
                        || route == Route.COVER_LETTER && budget.coverLetter()) {
                    tasks.add(new Task(question, route, Optional.empty()));
                }
                continue;
            }
            Answer answer = answers.get(question.id());
            boolean textField = question.type() == QuestionType.LONG_TEXT || question.type() == QuestionType.SHORT_TEXT;
            if (answer != null && answer.source() == AnswerSource.RULE && answer.factsUsed().contains(TEMPLATE_PATH)
                    && textField && budget.coverLetter()) {
                tasks.add(new Task(question, Route.COVER_LETTER, Optional.of(answer.value())));
            }
        }
        return tasks;
    }

    private Optional<Ask> ask(LlmRequest request, SensitiveValues sensitive) {
        // the last gate before the network: refuse rather than leak
        if (sensitive.appearsIn(request.fullText())) {
            LOG.warn("an LLM prompt would have contained a sensitive value or secret; it was not sent");
            return Optional.empty();
        }
        try {
            return Optional.of(new Ask(client.orElseThrow().chat(request)));
        } catch (NyxException failure) {
            if (failure.code() == ErrorCode.UNSAFE_PROMPT) {
                LOG.warn("LLM prompt refused: {}", failure.getMessage());
                return Optional.empty();
            }
            throw failure;
        }
    }

    /** The output cap for the next call, or empty when the budget cannot pay for it. */
    private Optional<Integer> outputCap(Budget budget, LlmUsage spent, String prompt, int wanted) {
        // a rough size of the prompt decides whether to ask at all; what is recorded comes from usage
        long promptEstimate = (prompt.length() + 3) / 4;
        long tokensLeft = budget.maxTokens() - spent.tokens().total() - promptEstimate;
        int cap = (int) Math.min(wanted, tokensLeft);
        if (cap < MIN_OUTPUT_TOKENS) {
            return Optional.empty();
        }
        BigDecimal costLeft = budget.maxCostUsd().subtract(spent.costUsd());
        LlmClient llm = client.orElseThrow();
        BigDecimal estimate = llm.prices().cost(llm.model(), new TokenUsage(promptEstimate, cap));
        if (estimate.compareTo(costLeft) > 0) {
            return Optional.empty();
        }
        return Optional.of(cap);
    }

    private static void explain(Map<String, UnansweredQuestion> open, Task task, String reason) {
        Question question = task.question();
        if (task.letter().isPresent()) {
            // the template letter stays; only the tailoring is skipped
            LOG.debug("cover letter {} not tailored: {}", question.id(), reason);
            return;
        }
        UnansweredQuestion before = open.get(question.id());
        open.put(question.id(), new UnansweredQuestion(question, reason,
                before == null ? Optional.empty() : before.concept()));
    }

    private static AnswerResult result(FormSchema form, Map<String, Answer> answers,
                                       Map<String, UnansweredQuestion> open, LlmUsage spent, List<String> notes) {
        List<Answer> ordered = new ArrayList<>();
        List<UnansweredQuestion> missing = new ArrayList<>();
        for (Question question : form.questions()) {
            Optional.ofNullable(answers.get(question.id())).ifPresent(ordered::add);
            Optional.ofNullable(open.get(question.id())).ifPresent(missing::add);
        }
        return new AnswerResult(new AnswerSet(ordered), missing, spent, notes);
    }
}
