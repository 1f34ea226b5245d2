package io.github.otpadvisor.report.model;

import java.util.List;

/** One line of a source page: its number, its text, and the findings reported on it (usually none). */
public record SourceLine(int number, String text, List<FindingView> findings) {
    public SourceLine {
        findings = List.copyOf(findings);
    }
}
