package dev.nyx.model;

/** Where an answer came from, in the order the answer engine asks. */
public enum AnswerSource {
    /** The candidate's answer bank or an earlier correction. */
    BANK,
    /** A rule mapping a profile fact to the question. */
    RULE,
    /** The language model. */
    LLM,
    /** A safe default (e.g. declining an optional EEO question). */
    DEFAULT
}
