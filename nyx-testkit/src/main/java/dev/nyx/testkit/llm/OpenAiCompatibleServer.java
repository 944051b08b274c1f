package dev.nyx.testkit.llm;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible {@code POST /v1/chat/completions} endpoint on {@code 127.0.0.1}, for tests
 * and benchmarks of everything that calls a language model.
 *
 * <p>It answers by the {@link ChatReplyRule}s a test sets ({@link #reply(String, String)}: a regular
 * expression found in the last user message → a reply text), else with a deterministic default
 * reply (the first option when the prompt lists options as {@code "- option"} lines after a line
 * mentioning options; otherwise a fixed sentence). Every response carries {@code usage}
 * ({@code prompt_tokens}, {@code completion_tokens}, {@code total_tokens}) computed from the texts
 * by {@link #tokensOf} (4 per message plus 3 per request on the prompt side, like OpenAI's chat
 * format), so tests can assert exact sums. A reply longer than the request's
 * {@code max_completion_tokens}/{@code max_tokens} is cut, with {@code finish_reason} "length".
 *
 * <p>It records every request, including those answered with an injected failure
 * ({@link #failNext}, {@link #rateLimitNext}, {@link #delayNext}), so a test can scan all prompts a
 * suite sent. The server is an instance (no static registry): a test class owns one and scans
 * {@link #requests()} at the end.
 *
 * <p>When the system property {@value #PROMPT_LOG_PROPERTY} names a folder (the parent pom sets it for
 * every module's Surefire and Failsafe runs), every recorded request is also appended as one JSON line
 * ({@code model}, {@code receivedAt}, {@code messages} with {@code role} and {@code content}) to a file
 * of its own per server in that folder, so one test at the end of the build can scan every prompt
 * the whole suite sent. Unset, nothing is written.
 *
 * <p>Thread-safe. Built on a {@link ReplicaServer} (its own, or one shared with replica sites).
 */
public final class OpenAiCompatibleServer implements AutoCloseable {
    /** Where the endpoint is mounted on the replica server; {@link #baseUrl()} ends in {@code /v1}. */
    public static final String MOUNT_PATH = "/openai";
    /** What the server says when no rule matches and the prompt lists no options. */
    public static final String DEFAULT_REPLY = "I would enjoy this role because it builds on my experience with"
            + " reliable backend systems, and I like working with teams that care about quality.";

    /** The system property naming the folder every recorded prompt is appended to (JSON lines). */
    public static final String PROMPT_LOG_PROPERTY = "nyx.test.llmPromptLog";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]{1,4}|[^\\p{L}\\p{N}\\s]");
    private static final Pattern OPTION_LINE = Pattern.compile("(?m)^- (.+)$");

    private final ReplicaServer replicaServer;
    private final boolean ownsServer;
    private final ObjectMapper json = new ObjectMapper();
    private final List<RecordedChatRequest> requests = new CopyOnWriteArrayList<>();
    private final List<ChatReplyRule> rules = new CopyOnWriteArrayList<>();
    private final List<ReportedUsage> usages = new CopyOnWriteArrayList<>();
    private final Deque<PlannedFault> faults = new ArrayDeque<>();
    private final AtomicLong completions = new AtomicLong();
    // released on close so delayed requests end at once
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Optional<Path> promptLog = promptLogFile();

    private OpenAiCompatibleServer(ReplicaServer replicaServer, boolean ownsServer) {
        this.replicaServer = requireNonNull(replicaServer, "replicaServer is null");
        this.ownsServer = ownsServer;
        replicaServer.mount(new ChatSite());
    }

    /** Starts a server of its own on a free port. */
    public static OpenAiCompatibleServer start() {
        return new OpenAiCompatibleServer(ReplicaServer.start(), true);
    }

    /** Mounts the endpoint on an existing replica server (closing this leaves that server running). */
    public static OpenAiCompatibleServer mountOn(ReplicaServer server) {
        return new OpenAiCompatibleServer(server, false);
    }

    /** The base URL to configure as {@code llm.baseUrl}, e.g. {@code http://127.0.0.1:41234/openai/v1}. */
    public URI baseUrl() {
        return replicaServer.url(MOUNT_PATH + "/v1");
    }

    /** Replies {@code text} to requests whose last user message contains a match of {@code regex}. */
    public OpenAiCompatibleServer reply(String regex, String text) {
        requireNonNull(text, "text is null");
        Pattern pattern = Pattern.compile(requireNonNull(regex, "regex is null"));
        return reply(new ChatReplyRule(request -> pattern.matcher(request.lastUserMessage()).find(), request -> text));
    }

    /** Adds a rule; the newest matching rule answers. */
    public OpenAiCompatibleServer reply(ChatReplyRule rule) {
        rules.add(0, requireNonNull(rule, "rule is null"));
        return this;
    }

    /** Removes every reply rule (the default reply answers again). */
    public void clearRules() {
        rules.clear();
    }

    /** The next {@code count} requests fail with {@code status} (e.g. 500, 401) after being recorded. */
    public void failNext(int count, int status) {
        plan(count, new PlannedFault(status, Duration.ZERO, Optional.empty()));
    }

    /** The next {@code count} requests get 429 with {@code Retry-After} in whole seconds. */
    public void rateLimitNext(int count, Duration retryAfter) {
        plan(count, new PlannedFault(429, Duration.ZERO, Optional.of(requireNonNull(retryAfter, "retryAfter is null"))));
    }

    /** The next {@code count} requests are answered only after {@code delay} (to provoke client time-outs). */
    public void delayNext(int count, Duration delay) {
        plan(count, new PlannedFault(200, requireNonNull(delay, "delay is null"), Optional.empty()));
    }

    /** Drops planned failures and delays not yet used. */
    public void clearFaults() {
        synchronized (faults) {
            faults.clear();
        }
    }

    /** Every request received so far, oldest first. */
    public List<RecordedChatRequest> requests() {
        return List.copyOf(requests);
    }

    /** Requests received since the first {@code skip} (for per-test counts on a shared server). */
    public List<RecordedChatRequest> requestsSince(int skip) {
        List<RecordedChatRequest> all = requests();
        return all.subList(Math.min(skip, all.size()), all.size());
    }

    /** How many requests were answered with a completion (not failed on purpose). */
    public long completions() {
        return completions.get();
    }

    /** The {@code usage} of every completion so far, oldest first. */
    public List<ReportedUsage> usages() {
        return List.copyOf(usages);
    }

    /**
     * The token count the server reports for a text: one per run of up to four letters or digits,
     * one per other non-space character. Deterministic; close to real tokenisers for English prose.
     */
    public static int tokensOf(String text) {
        Matcher matcher = TOKEN.matcher(requireNonNull(text, "text is null"));
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The prompt tokens the server reports for these messages. */
    public static int promptTokensOf(List<RecordedMessage> messages) {
        return 3 + messages.stream().mapToInt(message -> 4 + tokensOf(message.content())).sum();
    }

    @Override
    public void close() {
        closing.countDown();
        if (ownsServer) {
            replicaServer.close();
        }
    }

    /** One file per server in the folder the system property names, or empty when it is unset. */
    private static Optional<Path> promptLogFile() {
        String folder = System.getProperty(PROMPT_LOG_PROPERTY, "").strip();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path directory = Files.createDirectories(Path.of(folder));
            return Optional.of(directory.resolve("prompts-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID()
                    + ".jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the prompt log folder " + folder + " (system property "
                    + PROMPT_LOG_PROPERTY + ")", e);
        }
    }

    private void appendTo(Path file, RecordedChatRequest request) {
        ObjectNode line = json.createObjectNode();
        line.put("model", request.model());
        line.put("receivedAt", request.receivedAt().toString());
        ArrayNode messages = line.putArray("messages");
        request.messages().forEach(message -> messages.addObject().put("role", message.role())
                .put("content", message.content()));
        synchronized (promptLog) {
            try {
                Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the prompt log " + file, e);
            }
        }
    }

    private void plan(int count, PlannedFault fault) {
        if (count <= 0) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "fault count must be positive, got " + count);
        }
        synchronized (faults) {
            for (int index = 0; index < count; index++) {
                faults.addLast(fault);
            }
        }
    }

    private Optional<PlannedFault> nextFault() {
        synchronized (faults) {
            return Optional.ofNullable(faults.pollFirst());
        }
    }

    private record PlannedFault(int status, Duration delay, Optional<Duration> retryAfter) {
    }

    private final class ChatSite implements Site {
        @Override
        public String name() {
            return "openai-compatible";
        }

        @Override
        public String mountPath() {
            return MOUNT_PATH;
        }

        @Override
        public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
            if (!request.sitePath().equals("/v1/chat/completions")) {
                return error(404, "invalid_request_error", "Unknown path " + request.sitePath()
                        + "; only POST /v1/chat/completions is served");
            }
            if (!request.method().equals("POST")) {
                return error(405, "invalid_request_error", "Use POST for /v1/chat/completions");
            }
            RecordedChatRequest recorded;
            try {
                recorded = parse(request);
            } catch (JsonProcessingException | RuntimeException malformed) {
                return error(400, "invalid_request_error", "The body is not a chat-completions request: "
                        + malformed.getClass().getSimpleName());
            }
            requests.add(recorded);
            promptLog.ifPresent(file -> appendTo(file, recorded));
            Optional<PlannedFault> fault = nextFault();
            if (fault.isPresent() && !fault.get().delay().isZero()) {
                awaitDelay(fault.get().delay());
            } else if (fault.isPresent()) {
                ReplicaResponse failure = error(fault.get().status(), fault.get().status() == 429 ? "rate_limit_exceeded"
                        : "server_error", "Injected failure: HTTP " + fault.get().status());
                return fault.get().retryAfter().map(after -> failure.withHeader("Retry-After",
                        Long.toString(Math.max(0, (after.toMillis() + 999) / 1000)))).orElse(failure);
            }
            return completion(recorded);
        }

        private RecordedChatRequest parse(ReplicaRequest request) throws JsonProcessingException {
            JsonNode body = json.readTree(request.bodyText());
            List<RecordedMessage> messages = new ArrayList<>();
            for (JsonNode message : body.path("messages")) {
                messages.add(new RecordedMessage(message.path("role").asText(), content(message.path("content"))));
            }
            JsonNode max = body.hasNonNull("max_completion_tokens") ? body.get("max_completion_tokens")
                    : body.get("max_tokens");
            return new RecordedChatRequest(body.path("model").asText(""), messages, request.header("Authorization"),
                    max == null || max.isNull() ? Optional.empty() : Optional.of(max.asInt()), request.bodyText(),
                    request.receivedAt());
        }

        /** Content is a string, or an array of parts whose {@code text} fields are joined. */
        private String content(JsonNode content) {
            if (content.isArray()) {
                StringBuilder text = new StringBuilder();
                content.forEach(part -> text.append(part.path("text").asText("")));
                return text.toString();
            }
            return content.asText("");
        }

        private ReplicaResponse completion(RecordedChatRequest request) {
            String reply = rules.stream().map(rule -> rule.replyTo(request)).flatMap(Optional::stream).findFirst()
                    .orElseGet(() -> defaultReply(request));
            String finishReason = "stop";
            if (request.maxTokens().isPresent() && tokensOf(reply) > request.maxTokens().get()) {
                reply = cut(reply, request.maxTokens().get());
                finishReason = "length";
            }
            int promptTokens = promptTokensOf(request.messages());
            int completionTokens = tokensOf(reply);
            long number = completions.incrementAndGet();
            usages.add(new ReportedUsage(promptTokens, completionTokens));
            ObjectNode body = json.createObjectNode();
            body.put("id", "chatcmpl-testkit-" + number);
            body.put("object", "chat.completion");
            body.put("created", request.receivedAt().getEpochSecond());
            body.put("model", request.model());
            ArrayNode choices = body.putArray("choices");
            ObjectNode choice = choices.addObject();
            choice.put("index", 0);
            ObjectNode message = choice.putObject("message");
            message.put("role", "assistant");
            message.put("content", reply);
            choice.put("finish_reason", finishReason);
            ObjectNode usage = body.putObject("usage");
            usage.put("prompt_tokens", promptTokens);
            usage.put("completion_tokens", completionTokens);
            usage.put("total_tokens", promptTokens + completionTokens);
            return ReplicaResponse.json(200, body.toString());
        }

        private String defaultReply(RecordedChatRequest request) {
            String prompt = request.lastUserMessage();
            int options = prompt.toLowerCase(java.util.Locale.ROOT).lastIndexOf("options");
            if (options >= 0) {
                Matcher option = OPTION_LINE.matcher(prompt.substring(options));
                if (option.find()) {
                    return option.group(1).strip();
                }
            }
            return DEFAULT_REPLY;
        }

        private String cut(String reply, int maxTokens) {
            Matcher matcher = TOKEN.matcher(reply);
            int end = 0;
            for (int count = 0; count < maxTokens && matcher.find(); count++) {
                end = matcher.end();
            }
            return reply.substring(0, end);
        }

        private ReplicaResponse error(int status, String type, String message) {
            ObjectNode body = json.createObjectNode();
            ObjectNode error = body.putObject("error");
            error.put("message", message);
            error.put("type", type);
            error.putNull("param");
            error.put("code", type);
            return ReplicaResponse.json(status, body.toString());
        }

        private void awaitDelay(Duration delay) {
            try {
                closing.await(delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
