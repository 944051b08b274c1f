package dev.nyx.testkit.llm;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How the {@link OpenAiCompatibleServer} answers requests a test cares about: when {@code matches}
 * holds for a request, {@code reply} gives the assistant's text. Rules are tried newest first.
 *
 * @param matches which requests this rule answers
 * @param reply   the reply text for such a request
 */
public record ChatReplyRule(Predicate<RecordedChatRequest> matches, Function<RecordedChatRequest, String> reply) {
    public ChatReplyRule {
        requireNonNull(matches, "matches is null");
        requireNonNull(reply, "reply is null");
    }

    /** The reply for a request, if this rule matches it. */
    public Optional<String> replyTo(RecordedChatRequest request) {
        return matches.test(request) ? Optional.of(reply.apply(request)) : Optional.empty();
    }
}
