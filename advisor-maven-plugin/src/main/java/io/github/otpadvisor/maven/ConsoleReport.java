package io.github.otpadvisor.maven;

import io.github.otpadvisor.report.TextReport;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.run.BaselineOutcome;
import io.github.otpadvisor.run.FailurePolicy;
import io.github.otpadvisor.run.Problem;
import io.github.otpadvisor.run.RunOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * The build log lines, in compiler form ({@code lib/x.ex:12:3: [OTP004] message}) so that IDEs and CI
 * annotate them. The level says what the line means for this build: {@code [ERROR]} for the findings
 * that count towards failing it, {@code [WARNING]}/{@code [INFO]} for the others by their severity.
 * Every line is escaped ({@link EscapingLog}): one finding, one line, whatever the names in it.
 */
final class ConsoleReport {
    private final Log log;

    ConsoleReport(Log log) {
        this.log = new EscapingLog(log); // escaping twice changes nothing
    }

    /** The findings, then the other problems, then the summary. */
    void print(RunOutcome outcome, FailurePolicy policy, Path basedir) {
        findings(outcome.result().findings(), policy);
        problems(outcome.problems(), policy.failOnParseError());
        summary(outcome, basedir);
    }

    private void findings(List<Finding> findings, FailurePolicy policy) {
        for (Finding f : findings) {
            String line = position(f.file(), f.line(), f.column()) + " [" + f.ruleId() + "] " + f.message();
            if (policy.counts(f)) {
                log.error(line);
            } else if (f.severity() == Severity.INFO) {
                log.info(line);
            } else {
                log.warn(line);
            }
        }
    }

    /** Files that do not parse, suppression comments that are wrong or unused, and defects of ours. */
    private void problems(List<Problem> problems, boolean parseErrorsFail) {
        for (Problem p : problems) {
            switch (p.kind()) {
                case PARSE_ERROR -> {
                    String line = p.position() + " " + p.message();
                    if (parseErrorsFail) {
                        log.error(line);
                    } else {
                        log.warn(line);
                    }
                }
                case SUPPRESSION -> log.warn(p.position() + " [suppression] " + p.message());
                case INTERNAL_ERROR -> log.warn("OTP Advisor internal error, please report it: " + p.message());
            }
        }
    }

    /** One line of counts, then what the baseline hid and where the reports are. */
    private void summary(RunOutcome outcome, Path basedir) {
        log.info("OTP Advisor: " + TextReport.summary(outcome.result()));
        BaselineOutcome baseline = outcome.baseline();
        if (baseline != null) {
            log.info("OTP Advisor: " + count(baseline.baselined(), "finding") + " in the baseline "
                    + shown(baseline.file(), basedir) + " not shown");
            String outdated = baseline.outdatedWarning();
            if (outdated != null) {
                log.warn("OTP Advisor: " + outdated);
            } else if (baseline.stale() > 0) {
                log.info("OTP Advisor: " + count(baseline.stale(), "baseline entry matches", "baseline entries match")
                        + " no finding any more (fixed?); refresh the file with mvn otp-advisor:baseline");
            }
        }
        if (!outcome.reports().isEmpty()) {
            log.info("OTP Advisor reports: "
                    + outcome.reports().stream().map(p -> shown(p, basedir)).collect(Collectors.joining(", ")));
        }
    }

    /** A path relative to the project when it is inside it, as people type them. */
    static String shown(Path path, Path basedir) {
        Path p = path.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        return (p.startsWith(base) && !p.equals(base) ? base.relativize(p) : p).toString().replace('\\', '/');
    }

    private static String position(String file, int line, int column) {
        return file + ":" + line + ":" + column + ":";
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
