package io.github.otpadvisor.site;

// tag::imports[]
import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.report.ReportException;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportSettings;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
// end::imports[]

/**
 * advisor-core used as a library: the code the site's "Java library" page shows (between the tag comments),
 * compiled with the tests and run by {@code LibraryExampleTest}, so the page cannot show code that no longer
 * compiles or works.
 */
public final class LibraryExample {
    private LibraryExample() {
    }

    /** The decision model on a person's answers, no code involved. */
    static Decision decideForSessions() {
        // tag::decide[]
        Answers answers = Answers.builder()
                .stateBetweenOps(true)        // Q2: state survives between operations
                .timeoutsMonitorsInfo(true)   // Q4: an idle timeout per session
                .dynamicChildren(true)        // Q5: one process per user, started at runtime
                .build();
        Decision decision = DecisionModel.decide(answers);
        // decision.summary():   "GenServer under DynamicSupervisor + Registry"
        // decision.rationale(): why, in the framework's words
        // end::decide[]
        return decision;
    }

    /** The analyzer on a source tree: findings, one line per process module, reports written. */
    static AnalysisResult analyze(Path project, Path reports, PrintStream out) throws IOException, ReportException {
        // tag::analyze[]
        AnalysisOptions options = new AnalysisOptions(
                Map.of("OTP009", Severity.INFO),  // rule id -> severity replacing the default
                Set.of("OTP014"),                 // rules that do not run
                1_000_000);                       // bigger files are reported and skipped
        AnalysisResult result = new Analyzer(options).analyze(ScanRequest.of(project));

        for (Finding f : result.findings()) {
            out.println(f.format());              // lib/x.ex:12:3: error [OTP004] ...
        }
        for (ModuleSummary m : result.modules()) {
            out.println(m.name() + ": " + m.abstraction() + " -> " + m.recommendation().label()
                    + " (" + m.verdict().label() + ")");
        }
        long failing = result.countAtLeast(Severity.ERROR);

        ReportWriter.write(result, new ReportSettings(
                Set.of(ReportFormat.JSON, ReportFormat.HTML), reports, null, "my-build"));
        // end::analyze[]
        out.println(failing + " findings at error");
        return result;
    }

    /** Runs both on a folder: {@code LibraryExample PROJECT REPORTS}. */
    public static void main(String[] args) throws IOException, ReportException {
        System.out.println(decideForSessions().summary());
        analyze(Path.of(args[0]), Path.of(args[1]), System.out);
    }
}
