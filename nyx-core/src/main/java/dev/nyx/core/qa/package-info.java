/**
 * QA before submit. {@link dev.nyx.core.qa.FormQa} checks a filled form as the page shows it: required
 * fields filled, option answers among the offered options, length limits, no contradictions between
 * answers or with the profile, no leftover template placeholders; each problem is a
 * {@link dev.nyx.core.qa.QaFinding} in a {@link dev.nyx.core.qa.QaReport}. At {@code high} effort
 * (the plan's {@code llmReview}) the {@link dev.nyx.core.qa.LlmReviewer} lets the language model read
 * the filled answers and correct the free text it (or a default) wrote, within the remaining budget.
 */
package dev.nyx.core.qa;
