/**
 * The language model: one langchain4j {@code ChatModel} configured from {@code llm.*} (an
 * OpenAI-compatible endpoint), calls with tokens taken from each response's {@code usage}, a price
 * table turning them into cost, and the sums per session. Also what every area that writes prompts
 * shares ({@link dev.nyx.core.llm.PromptText}: the reply language, untrusted text defused and
 * redacted; {@link dev.nyx.core.llm.ReplyCheck}: a reply checked before it becomes an answer), so no
 * area reaches into another's {@code internal}. langchain4j is used only here and in
 * {@code dev.nyx.core.answer..}.
 */
package dev.nyx.core.llm;
