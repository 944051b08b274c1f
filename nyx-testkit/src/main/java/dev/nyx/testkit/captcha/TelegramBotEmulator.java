package dev.nyx.testkit.captcha;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.UploadedFile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Telegram Bot API on the {@link dev.nyx.testkit.ReplicaServer}: {@code /bot{token}/sendPhoto}
 * (multipart), {@code /sendMessage} and {@code /getUpdates} with {@code offset} and a long-poll
 * {@code timeout}, answered in the real {@code {"ok":...,"result":...}} envelope.
 *
 * <p>A test plays the candidate with {@link #reply}; what the bot sent is in {@link #sentPhotos()}
 * and {@link #sentMessages()}. A wrong bot token gets 401 Unauthorized. Long polls wait at most
 * {@link #MAX_LONG_POLL_SECONDS} so server threads are never held for long. Thread-safe.
 */
public final class TelegramBotEmulator implements Site {
    /** The longest a {@code getUpdates} call is held open, whatever timeout it asks for. */
    public static final int MAX_LONG_POLL_SECONDS = 10;

    private final String mountPath;
    private final String botToken;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final List<SentPhoto> photos = new CopyOnWriteArrayList<>();
    private final List<SentMessage> messages = new CopyOnWriteArrayList<>();
    private final List<String> receivedTokens = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition updateArrived = lock.newCondition();
    private final List<ObjectNode> updates = new ArrayList<>();
    private long nextUpdateId = 500_000_001L;
    private long nextMessageId = 1;

    /**
     * @param mountPath where the API is served, e.g. {@code /telegram} (the bot base URL is
     *                  {@code <server>/telegram/bot<token>/})
     * @param botToken  the one bot token accepted
     * @param clock     dates the messages
     */
    public TelegramBotEmulator(String mountPath, String botToken, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.botToken = requireNonNull(botToken, "botToken is null");
    }

    /** Queues a message from the candidate in {@code chatId}, delivered by the next {@code getUpdates}. */
    public void reply(long chatId, String text) {
        requireNonNull(text, "text is null");
        lock.lock();
        try {
            ObjectNode update = json.createObjectNode().put("update_id", nextUpdateId++);
            ObjectNode message = update.putObject("message").put("message_id", nextMessageId++)
                    .put("date", clock.instant().getEpochSecond()).put("text", text);
            message.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Ada");
            message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Ada");
            updates.add(update);
            updateArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public List<SentPhoto> sentPhotos() {
        return List.copyOf(photos);
    }

    public List<SentMessage> sentMessages() {
        return List.copyOf(messages);
    }

    /** Every bot token that came in a request path, valid or not. */
    public List<String> receivedBotTokens() {
        return List.copyOf(receivedTokens);
    }

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public String mountPath() {
        return mountPath;
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        String path = request.sitePath();
        int slash = path.indexOf('/', 1);
        if (!path.startsWith("/bot") || slash < 0) {
            return failure(404, "Not Found");
        }
        String token = path.substring(4, slash);
        receivedTokens.add(token);
        if (!botToken.equals(token)) {
            return failure(401, "Unauthorized");
        }
        return switch (path.substring(slash + 1)) {
            case "sendPhoto" -> sendPhoto(request);
            case "sendMessage" -> sendMessage(request);
            case "getUpdates" -> getUpdates(request);
            case "getMe" -> ok(json.createObjectNode().put("id", 4242).put("is_bot", true)
                    .put("first_name", "Nyx").put("username", "nyx_replica_bot"));
            default -> failure(404, "Not Found: method not found");
        };
    }

    private ReplicaResponse sendPhoto(ReplicaRequest request) {
        Optional<String> chatId = parameter(request, "chat_id");
        Optional<UploadedFile> photo = request.form().file("photo");
        if (chatId.isEmpty()) {
            return failure(400, "Bad Request: chat_id is empty");
        }
        if (photo.isEmpty()) {
            return failure(400, "Bad Request: there is no photo in the request");
        }
        photos.add(new SentPhoto(chatId.get(), parameter(request, "caption").orElse(""), photo.get().fileName(),
                photo.get().bytes()));
        return ok(sentMessage(chatId.get()).put("caption", parameter(request, "caption").orElse("")));
    }

    private ReplicaResponse sendMessage(ReplicaRequest request) {
        Optional<String> chatId = parameter(request, "chat_id");
        Optional<String> text = parameter(request, "text");
        if (chatId.isEmpty()) {
            return failure(400, "Bad Request: chat_id is empty");
        }
        if (text.isEmpty() || text.get().isEmpty()) {
            return failure(400, "Bad Request: message text is empty");
        }
        messages.add(new SentMessage(chatId.get(), text.get()));
        return ok(sentMessage(chatId.get()).put("text", text.get()));
    }

    private ReplicaResponse getUpdates(ReplicaRequest request) {
        long offset = parameter(request, "offset").map(Long::parseLong).orElse(0L);
        int timeout = Math.min(MAX_LONG_POLL_SECONDS, parameter(request, "timeout").map(Integer::parseInt).orElse(0));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        lock.lock();
        try {
            // like the real API: an offset confirms (drops) every earlier update
            updates.removeIf(update -> update.path("update_id").asLong() < offset);
            while (updates.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                updateArrived.awaitNanos(left);
            }
            ArrayNode result = json.createArrayNode();
            updates.forEach(result::add);
            return ok(result);
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
            return ok(json.createArrayNode());
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode sentMessage(String chatId) {
        ObjectNode message;
        lock.lock();
        try {
            message = json.createObjectNode().put("message_id", nextMessageId++);
        } finally {
            lock.unlock();
        }
        message.put("date", clock.instant().getEpochSecond());
        message.putObject("chat").put("id", chatId).put("type", "private");
        return message;
    }

    /** A parameter from the query, a form body or a JSON body, as the Bot API accepts all three. */
    private Optional<String> parameter(ReplicaRequest request, String name) {
        Optional<String> value = request.form().first(name).or(() -> request.query().first(name));
        if (value.isPresent() || !request.isJson()) {
            return value;
        }
        try {
            JsonNode body = json.readTree(request.bodyText());
            JsonNode field = body.get(name);
            return field == null || field.isNull() ? Optional.empty() : Optional.of(field.asText());
        } catch (JsonProcessingException malformed) {
            return Optional.empty();
        }
    }

    private ReplicaResponse ok(JsonNode result) {
        ObjectNode envelope = json.createObjectNode().put("ok", true);
        envelope.set("result", result);
        return ReplicaResponse.json(200, envelope.toString());
    }

    private ReplicaResponse failure(int status, String description) {
        return ReplicaResponse.json(status, json.createObjectNode().put("ok", false).put("error_code", status)
                .put("description", description).toString());
    }
}
