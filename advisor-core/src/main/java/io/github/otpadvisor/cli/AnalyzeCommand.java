package io.github.otpadvisor.cli;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.report.TextReport;
import io.github.otpadvisor.run.AnalysisRun;
import io.github.otpadvisor.run.ConfigurationException;
import io.github.otpadvisor.run.Problem;
import io.github.otpadvisor.run.RunException;
import io.github.otpadvisor.run.RunOutcome;
import io.github.otpadvisor.run.RunPlan;
import io.github.otpadvisor.run.RunRequest;
import io.github.otpadvisor.run.Spelling;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code analyze [--format text|json|sarif|md|html]... [--out DIR] ... PATH...}: the same run as the Maven
 * goal ({@link AnalysisRun}), its options mapped one to one onto the goal's parameters. Text findings go
 * to stdout one a line, paths relative to the repository root (the nearest folder above the current one with
 * {@code .git}, or {@code --repository-root}; a file outside it keeps its path below its scanned root); parse errors, the summary and why the run
 * failed go to stderr. JSON and SARIF go to stdout too when there is no {@code --out}; md and html are
 * folders and need it. Per-file facts are cached in the output folder ({@code --cache DIR} elsewhere,
 * {@code --no-cache} not at all); how far a long run is goes to stderr ({@link ProgressLine}).
 */
final class AnalyzeCommand implements Command {
    private static final Set<String> VALUE_OPTIONS = Set.of("format", "out", "templates", "baseline", "fail-on",
            "max-allowed-findings", "include", "exclude", "rule-severity", "max-file-bytes", "repository-root",
            "cache");
    private static final Set<String> FLAGS = Set.of("fail-on-parse-error", "include-tests", "no-cache", "progress");

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String synopsis() {
        return "[--format text|json|sarif|md|html]... [--out DIR] [--templates DIR] [--baseline FILE] "
                + "[--fail-on error|warning|info|none] [--max-allowed-findings N] [--fail-on-parse-error] "
                + "[--include GLOB]... [--exclude GLOB]... [--rule-severity ID=error|warning|info|off]... "
                + "[--max-file-bytes N] [--repository-root DIR] [--include-tests] [--cache DIR | --no-cache] [--progress] PATH...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, VALUE_OPTIONS, FLAGS);
        if (parsed.positional().isEmpty()) {
            throw new UsageException("no PATH given");
        }
        if (parsed.flag("no-cache") && parsed.option("cache") != null) {
            throw new UsageException("--cache and --no-cache exclude each other");
        }
        RunRequest request = RunRequest.builder(Path.of(""))
                .sourceRoots(parsed.positional().stream().map(Path::of).toList())
                .includes(parsed.all("include"))
                .excludes(parsed.all("exclude"))
                .ruleSeverities(ruleSeverities(parsed.all("rule-severity")))
                .maxFileBytes(parsed.number("max-file-bytes", AnalysisOptions.defaults().maxFileBytes()))
                .formats(parsed.all("format").isEmpty() ? List.of(ReportFormat.TEXT.id()) : parsed.all("format"))
                .outputDirectory(parsed.path("out"))
                .templateDirectory(parsed.path("templates"))
                .failOnSeverity(parsed.option("fail-on"))
                .maxAllowedFindings(parsed.number("max-allowed-findings", 0))
                .failOnParseError(parsed.flag("fail-on-parse-error"))
                .baselineFile(parsed.path("baseline"))
                .repositoryRoot(parsed.path("repository-root"))
                .includeTests(parsed.flag("include-tests"))
                .toolVersion(Version.current())
                .analysisCache(!parsed.flag("no-cache"))
                .analysisCacheLocation(parsed.path("cache"))
                .build();
        RunPlan plan;
        RunOutcome outcome;
        try {
            plan = RunPlan.validate(request);
            outcome = AnalysisRun.run(plan, ProgressLine.of(err, parsed.flag("progress")));
        } catch (ConfigurationException e) {
            return Command.configurationError(e, err);
        } catch (RunException e) {
            err.println(e.getMessage());
            return EXIT_USAGE;
        }
        print(plan, outcome, out, err);
        Optional<String> violation = plan.policy().violation(outcome, Spelling.OPTION);
        violation.ifPresent(err::println);
        return violation.isPresent() ? EXIT_FAILED : EXIT_OK;
    }

    private static void print(RunPlan plan, RunOutcome outcome, PrintStream out, PrintStream err) {
        AnalysisResult result = outcome.result();
        outcome.sources().warnings().forEach(w -> err.println("warning: " + w));
        for (Problem p : outcome.problems()) {
            err.println(switch (p.kind()) {
                case PARSE_ERROR -> p.position() + " " + p.message();
                case SUPPRESSION -> p.position() + " warning [suppression] " + p.message();
                case INTERNAL_ERROR -> "internal error: " + p.message();
            });
        }
        if (plan.formats().contains(ReportFormat.TEXT)) {
            out.print(TextReport.findings(result));
        }
        if (plan.outputDirectory() == null) {
            if (plan.formats().contains(ReportFormat.JSON)) {
                out.print(ReportWriter.render(result, ReportFormat.JSON, plan.toolVersion()));
            }
            if (plan.formats().contains(ReportFormat.SARIF)) {
                out.print(ReportWriter.render(result, ReportFormat.SARIF, plan.toolVersion()));
            }
        }
        outcome.reports().forEach(p -> err.println("wrote " + p));
        int baselined = outcome.baseline() == null ? 0 : outcome.baseline().baselined();
        if (outcome.baseline() != null && outcome.baseline().outdatedWarning() != null) {
            err.println("warning: " + outcome.baseline().outdatedWarning());
        }
        err.println(TextReport.summary(result) + (baselined > 0 ? " (" + baselined + " hidden by the baseline)" : ""));
    }

    /** {@code OTP004=warning} pairs; the ids and levels themselves are the run layer's to check. */
    private static Map<String, String> ruleSeverities(List<String> values) throws UsageException {
        Map<String, String> severities = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            if (eq < 0) {
                throw new UsageException("--rule-severity takes ID=error|warning|info|off, got " + value);
            }
            severities.put(value.substring(0, eq), value.substring(eq + 1));
        }
        return severities;
    }
}
