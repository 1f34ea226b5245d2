package io.github.otpadvisor.report;

import java.util.Locale;

/** The report formats and the file or folder each writes under the output directory. */
public enum ReportFormat {
    /** Findings one a line; printed, not written. */
    TEXT("text", null),
    JSON("json", "otp-advisor.json"),
    SARIF("sarif", "otp-advisor.sarif"),
    /** One {@code otp-decision.md} per process module, an index, trees. */
    MD("md", "md"),
    /** Pages: index, modules, applications with tree pictures, rules. */
    HTML("html", "html");

    private final String id;
    private final String output;

    ReportFormat(String id, String output) {
        this.id = id;
        this.output = output;
    }

    /** As given on the command line and in the Maven {@code formats} parameter. */
    public String id() {
        return id;
    }

    /** The file (json, sarif) or folder (md, html) written under the output directory; null for text. */
    public String output() {
        return output;
    }

    /** The format with this id, case-insensitive; IllegalArgumentException names the valid ones. */
    public static ReportFormat parse(String id) {
        for (ReportFormat f : values()) {
            if (f.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'; expected text, json, sarif, md or html");
    }
}
