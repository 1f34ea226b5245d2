package io.github.otpadvisor.report.model;

/** Findings counted by severity. */
public record SeverityCounts(int error, int warning, int info) {
    public int total() {
        return error + warning + info;
    }
}
