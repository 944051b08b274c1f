/**
 * Answers to application-form questions. {@link dev.nyx.core.answer.AnswerEngine} answers from facts:
 * the candidate's answer bank, then rules mapping profile facts to common ATS questions, then safe
 * defaults for optional questions. {@link dev.nyx.core.answer.LlmAnswerer} lets the language model
 * write the free text left (and tailor the template cover letter when the plan allows), within the
 * plan's budget and with prompt safety; {@link dev.nyx.core.answer.FormAnswerer} runs both for the
 * pipeline, in the posting's language ({@link dev.nyx.core.answer.LanguageDetector}). The rule
 * table, prompt builder and answer checks live in {@code internal}.
 */
package dev.nyx.core.answer;
