/**
 * Rule-based answers to application-form questions: {@link dev.nyx.core.answer.AnswerEngine} answers
 * from the candidate's answer bank, then from rules mapping profile facts to common ATS questions,
 * then from safe defaults for optional questions, and reports every question it cannot answer
 * from facts. The rule table and matching helpers live in {@code internal}.
 */
package dev.nyx.core.answer;
