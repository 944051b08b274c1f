package dev.nyx.core.qa;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What QA found in a filled form, in form order; empty when the form may be submitted.
 *
 * @param findings every problem found
 */
public record QaReport(List<QaFinding> findings) {
    public QaReport {
        findings = List.copyOf(findings);
    }

    /** Whether nothing stops the submit. */
    public boolean passed() {
        return findings.isEmpty();
    }

    /** The findings about one question. */
    public List<QaFinding> about(String questionId) {
        return findings.stream().filter(finding -> finding.questionId().equals(questionId)).toList();
    }

    /** One sentence for the candidate: every reason, and what to do. */
    public String summary() {
        if (findings.isEmpty()) {
            return "QA found nothing to fix";
        }
        return "QA stopped the submit: " + findings.stream().map(QaFinding::reason).collect(Collectors.joining("; "))
                + ". Fix the profile's answers (nyx.answers) or the facts they come from, and apply again.";
    }
}
