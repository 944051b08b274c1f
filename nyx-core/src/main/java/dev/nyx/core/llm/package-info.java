/**
 * The language model: one langchain4j {@code ChatModel} configured from {@code llm.*} (an
 * OpenAI-compatible endpoint), calls with tokens taken from each response's {@code usage}, a price
 * table turning them into cost, and the sums per session. langchain4j is used only here and in
 * {@code dev.nyx.core.answer..}.
 */
package dev.nyx.core.llm;
