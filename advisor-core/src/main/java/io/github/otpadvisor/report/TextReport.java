package io.github.otpadvisor.report;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.console.ConsoleText;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.util.EnumMap;
import java.util.Map;

/** The plain-text output: one finding a line in compiler form, and a one-line summary. */
public final class TextReport {
    private TextReport() {
    }

    /**
     * {@code path:line:column: severity [OTP00N] message}, one a line, in result order; line breaks, escape
     * sequences and bidi controls from the code are escaped ({@link ConsoleText}).
     */
    public static String findings(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) {
            out.append(ConsoleText.line(f.format())).append('\n');
        }
        return out.toString();
    }

    /** e.g. {@code 3 findings (1 error, 2 warnings, 0 info) in 12 process modules, 40 files, 1 parse error}. */
    public static String summary(AnalysisResult result) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : result.findings()) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        int findings = result.findings().size();
        int parseErrors = result.parseFailures().size();
        return findings + (findings == 1 ? " finding" : " findings")
                + " (" + counts.getOrDefault(Severity.ERROR, 0) + " error, "
                + counts.getOrDefault(Severity.WARNING, 0) + " warning, "
                + counts.getOrDefault(Severity.INFO, 0) + " info) in "
                + result.modules().size() + " process modules, " + result.filesAnalyzed() + " files, "
                + parseErrors + (parseErrors == 1 ? " parse error" : " parse errors");
    }
}
