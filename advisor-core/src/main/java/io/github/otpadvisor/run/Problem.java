package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Something other than a finding that the console shows: a file that does not parse, a suppression
 * comment that is wrong or unused, or a defect of ours. One shape for all three, so a front end prints
 * them without knowing where in the analysis each comes from.
 *
 * @param kind    what it is
 * @param file    the file, relative to its root; null for an internal error
 * @param line    1-based; 0 for an internal error
 * @param column  1-based; 0 for an internal error
 * @param message what is wrong, possibly with line breaks
 */
public record Problem(Kind kind, String file, int line, int column, String message) {
    public enum Kind { PARSE_ERROR, SUPPRESSION, INTERNAL_ERROR }

    /** In result order: parse errors, then suppression problems, then internal errors. */
    static List<Problem> of(AnalysisResult result) {
        List<Problem> problems = new ArrayList<>();
        result.parseFailures().forEach(p ->
                problems.add(new Problem(Kind.PARSE_ERROR, p.file(), p.line(), p.column(), p.message())));
        result.suppressionProblems().forEach(s ->
                problems.add(new Problem(Kind.SUPPRESSION, s.file(), s.line(), s.column(), s.message())));
        result.internalErrors().forEach(e -> problems.add(new Problem(Kind.INTERNAL_ERROR, null, 0, 0, e)));
        return problems;
    }

    /** {@code file:line:column:}, as compilers write it so that IDEs and CI link it. */
    public String position() {
        return file + ":" + line + ":" + column + ":";
    }
}
