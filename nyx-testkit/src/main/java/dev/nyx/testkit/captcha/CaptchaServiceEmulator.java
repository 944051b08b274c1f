package dev.nyx.testkit.captcha;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.model.CaptchaKind;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A CAPTCHA-solving service on the {@link dev.nyx.testkit.ReplicaServer}: the createTask /
 * getTaskResult JSON API in one {@link ServiceDialect} and, for 2Captcha, also the classic
 * {@code in.php} / {@code res.php} API (json=1 and plain text).
 *
 * <p>Tasks answer {@code processing} (classic: {@code CAPCHA_NOT_READY}) for a configurable number
 * of polls, then {@code ready} with a random token remembered in {@link IssuedTokens} for the
 * task's site key. A test can make it fail ({@link #failWith}) and read what it received
 * ({@link #receivedTasks()}, {@link #receivedKeys()}). Thread-safe.
 */
public final class CaptchaServiceEmulator implements Site {
    private final String name;
    private final String mountPath;
    private final ServiceDialect dialect;
    private final String validKey;
    private final IssuedTokens tokens;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong nextTaskId = new AtomicLong(72_345_678_901L);
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final List<ReceivedTask> received = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile Optional<ServiceFailure> failure = Optional.empty();
    private volatile int readyAfterPolls = 1;
    private volatile BigDecimal cost = new BigDecimal("0.00299");

    /**
     * @param name      site name, e.g. {@code 2captcha}
     * @param mountPath where it is served, e.g. {@code /2captcha}
     * @param dialect   which service it plays
     * @param validKey  the one API key it accepts
     * @param tokens    where issued tokens are remembered (shared with the replica widgets)
     */
    public CaptchaServiceEmulator(String name, String mountPath, ServiceDialect dialect, String validKey,
                                  IssuedTokens tokens) {
        this.name = requireNonNull(name, "name is null");
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.dialect = requireNonNull(dialect, "dialect is null");
        this.validKey = requireNonNull(validKey, "validKey is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
    }

    /** Makes every following request fail the given way. */
    public CaptchaServiceEmulator failWith(ServiceFailure failure) {
        this.failure = Optional.of(requireNonNull(failure, "failure is null"));
        return this;
    }

    /** Back to solving. */
    public CaptchaServiceEmulator succeed() {
        this.failure = Optional.empty();
        return this;
    }

    /** How many result polls answer "not ready" before the token is ready (default 1). */
    public CaptchaServiceEmulator readyAfterPolls(int notReadyPolls) {
        if (notReadyPolls < 0) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "notReadyPolls must be 0 or more, got " + notReadyPolls);
        }
        this.readyAfterPolls = notReadyPolls;
        return this;
    }

    /** The price reported per solved task (2Captcha and Anti-Captcha report one). */
    public CaptchaServiceEmulator cost(BigDecimal cost) {
        this.cost = requireNonNull(cost, "cost is null");
        return this;
    }

    /** Every task received, in order, refused ones included. */
    public List<ReceivedTask> receivedTasks() {
        return List.copyOf(received);
    }

    /** Every API key sent with any request, in order. */
    public List<String> receivedKeys() {
        return List.copyOf(keys);
    }

    /** How many result polls arrived. */
    public int pollCount() {
        return polls.get();
    }

    /** The dialect this emulator speaks. */
    public ServiceDialect dialect() {
        return dialect;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String mountPath() {
        return mountPath;
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        return switch (request.sitePath()) {
            case "/createTask" -> createTask(readJson(request));
            case "/getTaskResult" -> getTaskResult(readJson(request));
            case "/getBalance" -> getBalance(readJson(request));
            case "/in.php" -> classicSubmit(request);
            case "/res.php" -> classicResult(request);
            default -> ReplicaResponse.notFound(request.path());
        };
    }

    private ReplicaResponse createTask(JsonNode body) {
        String key = body.path("clientKey").asText("");
        keys.add(key);
        Map<String, String> fields = new LinkedHashMap<>();
        body.path("task").fields().forEachRemaining(field -> fields.put(field.getKey(),
                field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
        received.add(new ReceivedTask("createTask", key, fields));
        Optional<String> refusal = refusalOnCreate(key);
        if (refusal.isPresent()) {
            return error(refusal.get());
        }
        CaptchaKind kind = dialect.kindOf(fields.getOrDefault("type", ""));
        if (kind == null) {
            return error("ERROR_TASK_NOT_SUPPORTED");
        }
        String siteKey = fields.get("websiteKey");
        if (siteKey == null || fields.get("websiteURL") == null) {
            return error(dialect == ServiceDialect.CAPSOLVER ? "ERROR_INVALID_TASK_DATA" : "ERROR_TASK_ABSENT");
        }
        String taskId = dialect == ServiceDialect.CAPSOLVER ? UUID.randomUUID().toString()
                : Long.toString(nextTaskId.incrementAndGet());
        tasks.put(taskId, new Task(kind, siteKey));
        ObjectNode answer = json.createObjectNode().put("errorId", 0);
        if (dialect == ServiceDialect.CAPSOLVER) {
            answer.put("status", "idle").put("taskId", taskId);
        } else {
            answer.put("taskId", Long.parseLong(taskId));
        }
        return ReplicaResponse.json(200, answer.toString());
    }

    private ReplicaResponse getTaskResult(JsonNode body) {
        String key = body.path("clientKey").asText("");
        keys.add(key);
        polls.incrementAndGet();
        if (!validKey.equals(key) || failure.equals(Optional.of(ServiceFailure.BAD_KEY))) {
            return error(ServiceFailure.BAD_KEY.code());
        }
        Task task = tasks.get(body.path("taskId").asText(""));
        if (task == null) {
            return error(dialect == ServiceDialect.ANTI_CAPTCHA ? "ERROR_NO_SUCH_CAPCHA_ID" : "ERROR_TASKID_INVALID");
        }
        if (failure.equals(Optional.of(ServiceFailure.UNSOLVABLE))) {
            return error(ServiceFailure.UNSOLVABLE.code());
        }
        Optional<String> token = task.poll(readyAfterPolls, failure, tokens);
        if (token.isEmpty()) {
            return ReplicaResponse.json(200, json.createObjectNode().put("errorId", 0).put("status", "processing")
                    .toString());
        }
        ObjectNode answer = json.createObjectNode().put("errorId", 0).put("status", "ready");
        ObjectNode solution = answer.putObject("solution");
        if (task.kind == CaptchaKind.TURNSTILE) {
            solution.put("token", token.get()).put("userAgent", "Mozilla/5.0 (replica)");
        } else {
            solution.put("gRecaptchaResponse", token.get());
            if (dialect == ServiceDialect.TWO_CAPTCHA) {
                solution.put("token", token.get());
            }
        }
        if (dialect != ServiceDialect.CAPSOLVER) {
            answer.put("cost", cost.toPlainString());
        }
        if (dialect == ServiceDialect.ANTI_CAPTCHA) {
            answer.put("ip", "127.0.0.1").put("createTime", 0).put("endTime", 1).put("solveCount", 0);
        }
        return ReplicaResponse.json(200, answer.toString());
    }

    private ReplicaResponse getBalance(JsonNode body) {
        String key = body.path("clientKey").asText("");
        keys.add(key);
        if (!validKey.equals(key) || failure.equals(Optional.of(ServiceFailure.BAD_KEY))) {
            return error(ServiceFailure.BAD_KEY.code());
        }
        boolean broke = failure.equals(Optional.of(ServiceFailure.ZERO_BALANCE));
        return ReplicaResponse.json(200, json.createObjectNode().put("errorId", 0).put("balance", broke ? 0 : 9.5)
                .toString());
    }

    private ReplicaResponse classicSubmit(ReplicaRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.query().fields().forEach((field, values) -> fields.put(field, values.get(0)));
        request.form().fields().forEach((field, values) -> fields.put(field, values.get(0)));
        String key = fields.getOrDefault("key", "");
        keys.add(key);
        Map<String, String> taskFields = new LinkedHashMap<>(fields);
        taskFields.remove("key");
        received.add(new ReceivedTask("in.php", key, taskFields));
        boolean jsonMode = "1".equals(fields.get("json"));
        Optional<String> refusal = refusalOnCreate(key)
                .map(code -> code.equals(ServiceFailure.BAD_KEY.code()) && key.length() != 32
                        ? "ERROR_WRONG_USER_KEY" : code);
        if (refusal.isPresent()) {
            return classic(jsonMode, 0, refusal.get());
        }
        CaptchaKind kind = switch (fields.getOrDefault("method", "")) {
            case "userrecaptcha" -> "v3".equals(fields.get("version")) ? CaptchaKind.RECAPTCHA_V3
                    : CaptchaKind.RECAPTCHA_V2;
            case "hcaptcha" -> CaptchaKind.HCAPTCHA;
            case "turnstile" -> CaptchaKind.TURNSTILE;
            default -> null;
        };
        if (kind == null) {
            return classic(jsonMode, 0, "ERROR_BAD_PARAMETERS");
        }
        String siteKey = kind == CaptchaKind.RECAPTCHA_V2 || kind == CaptchaKind.RECAPTCHA_V3
                ? fields.get("googlekey") : fields.get("sitekey");
        if (siteKey == null || fields.get("pageurl") == null) {
            return classic(jsonMode, 0, kind == CaptchaKind.TURNSTILE || kind == CaptchaKind.HCAPTCHA
                    ? "ERROR_BAD_PARAMETERS" : "ERROR_GOOGLEKEY");
        }
        String taskId = Long.toString(nextTaskId.incrementAndGet());
        tasks.put(taskId, new Task(kind, siteKey));
        return classic(jsonMode, 1, taskId);
    }

    private ReplicaResponse classicResult(ReplicaRequest request) {
        String key = request.query().first("key").orElse("");
        keys.add(key);
        boolean jsonMode = "1".equals(request.query().first("json").orElse(""));
        if (!"get".equals(request.query().first("action").orElse(""))) {
            return classic(jsonMode, 0, "ERROR_BAD_ACTION");
        }
        polls.incrementAndGet();
        if (!validKey.equals(key) || failure.equals(Optional.of(ServiceFailure.BAD_KEY))) {
            return classic(jsonMode, 0, key.length() == 32 ? "ERROR_KEY_DOES_NOT_EXIST" : "ERROR_WRONG_USER_KEY");
        }
        Task task = tasks.get(request.query().first("id").orElse(""));
        if (task == null) {
            return classic(jsonMode, 0, "ERROR_WRONG_CAPTCHA_ID");
        }
        if (failure.equals(Optional.of(ServiceFailure.UNSOLVABLE))) {
            return classic(jsonMode, 0, ServiceFailure.UNSOLVABLE.code());
        }
        Optional<String> token = task.poll(readyAfterPolls, failure, tokens);
        return token.map(value -> classic(jsonMode, 1, value))
                .orElseGet(() -> classic(jsonMode, 0, "CAPCHA_NOT_READY"));
    }

    private Optional<String> refusalOnCreate(String key) {
        Optional<ServiceFailure> current = failure;
        if (!validKey.equals(key) || current.equals(Optional.of(ServiceFailure.BAD_KEY))) {
            return Optional.of(ServiceFailure.BAD_KEY.code());
        }
        return current.filter(kind -> kind == ServiceFailure.ZERO_BALANCE || kind == ServiceFailure.NO_SLOT)
                .map(ServiceFailure::code);
    }

    private ReplicaResponse error(String code) {
        return ReplicaResponse.json(200, json.createObjectNode().put("errorId", errorIdOf(code))
                .put("errorCode", code).put("errorDescription", describe(code)).toString());
    }

    private ReplicaResponse classic(boolean jsonMode, int status, String request) {
        if (jsonMode) {
            return ReplicaResponse.json(200, json.createObjectNode().put("status", status).put("request", request)
                    .toString());
        }
        // plain-text mode: OK|value on success, the bare code otherwise
        return ReplicaResponse.text(200, "text/plain; charset=utf-8", status == 1 ? "OK|" + request : request);
    }

    private JsonNode readJson(ReplicaRequest request) {
        try {
            return json.readTree(request.bodyText().isBlank() ? "{}" : request.bodyText());
        } catch (JsonProcessingException malformed) {
            return json.createObjectNode();
        }
    }

    private static int errorIdOf(String code) {
        return switch (code) {
            case "ERROR_KEY_DOES_NOT_EXIST" -> 1;
            case "ERROR_NO_SLOT_AVAILABLE" -> 2;
            case "ERROR_ZERO_BALANCE" -> 10;
            case "ERROR_CAPTCHA_UNSOLVABLE" -> 12;
            default -> 16;
        };
    }

    private static String describe(String code) {
        return switch (code) {
            case "ERROR_KEY_DOES_NOT_EXIST" -> "Account authorization key not found in the system";
            case "ERROR_NO_SLOT_AVAILABLE" -> "No idle workers are available at the moment";
            case "ERROR_ZERO_BALANCE" -> "Account has zero balance";
            case "ERROR_CAPTCHA_UNSOLVABLE" -> "Workers could not solve the Captcha";
            default -> "Request refused: " + code;
        };
    }

    /** One accepted task: counts its polls and issues its token once. */
    private static final class Task {
        private final CaptchaKind kind;
        private final String siteKey;
        private int polls;
        private String token;

        Task(CaptchaKind kind, String siteKey) {
            this.kind = kind;
            this.siteKey = siteKey;
        }

        synchronized Optional<String> poll(int notReadyPolls, Optional<ServiceFailure> failure, IssuedTokens tokens) {
            polls++;
            if (failure.equals(Optional.of(ServiceFailure.NEVER_READY)) || polls <= notReadyPolls) {
                return Optional.empty();
            }
            if (token == null) {
                token = tokens.issue(siteKey);
            }
            return Optional.of(token);
        }
    }

}
