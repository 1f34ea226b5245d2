package io.github.otpadvisor.cli;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.baseline.Baseline;
import io.github.otpadvisor.baseline.BaselineException;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.report.ReportException;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportSettings;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.report.TextReport;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.suppress.SuppressionProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code analyze [--format text|json|sarif|md|html]... [--out DIR] [--templates DIR] [--baseline FILE]
 * [--fail-on error|warning|info|none] [--include GLOB]... [--exclude GLOB]...
 * [--rule-severity ID=error|warning|info|off]... [--max-file-bytes N] PATH...}: the same analysis as the
 * Maven goal. Text findings go to stdout one a line, paths relative to the scanned root; parse errors and
 * the summary go to stderr. JSON and SARIF go to stdout too when there is no {@code --out}; md and html
 * are folders and need it.
 */
final class AnalyzeCommand implements Command {

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String synopsis() {
        return "[--format text|json|sarif|md|html]... [--out DIR] [--templates DIR] [--baseline FILE] "
                + "[--fail-on error|warning|info|none] [--include GLOB]... [--exclude GLOB]... "
                + "[--rule-severity ID=error|warning|info|off]... [--max-file-bytes N] PATH...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args,
                Set.of("format", "out", "templates", "baseline", "fail-on", "include", "exclude", "rule-severity",
                        "max-file-bytes"));
        if (parsed.positional().isEmpty()) {
            throw new UsageException("no PATH given");
        }
        Set<ReportFormat> formats = formats(parsed.all("format"));
        String outDir = parsed.option("out");
        if (outDir == null && (formats.contains(ReportFormat.MD) || formats.contains(ReportFormat.HTML))) {
            throw new UsageException("--format md and html write folders: give --out DIR");
        }
        Path templates = parsed.option("templates") == null ? null : Path.of(parsed.option("templates"));
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UsageException("--templates " + templates + ": no such folder");
        }
        Severity failOn = failOn(parsed.option("fail-on"));
        Map<String, Severity> severities = new HashMap<>();
        Set<String> disabled = new HashSet<>();
        ruleSeverities(parsed.all("rule-severity"), severities, disabled);
        List<Path> roots = new ArrayList<>();
        for (String p : parsed.positional()) {
            Path root = Path.of(p);
            if (!Files.exists(root)) {
                err.println(p + ": no such file or directory");
                return EXIT_USAGE;
            }
            roots.add(root);
        }
        AnalysisOptions options = new AnalysisOptions(severities, disabled,
                parsed.longOption("max-file-bytes", ElixirFrontEnd.DEFAULT_MAX_FILE_BYTES, 1));
        Baseline baseline = null;
        if (parsed.option("baseline") != null) {
            try {
                baseline = Baseline.read(Path.of(parsed.option("baseline")));
            } catch (BaselineException e) {
                err.println(e.getMessage());
                return EXIT_USAGE;
            }
        }
        AnalysisResult result = new Analyzer(options)
                .analyze(new ScanRequest(roots, parsed.all("include"), parsed.all("exclude")));
        int baselined = 0;
        if (baseline != null) {
            Baseline.Applied applied = baseline.apply(result.findings());
            baselined = applied.baselined().size();
            result = result.withFindings(applied.kept());
        }

        for (ParseFailure f : result.parseFailures()) {
            err.println(f.format());
        }
        for (SuppressionProblem p : result.suppressionProblems()) {
            err.println(p.format());
        }
        for (String e : result.internalErrors()) {
            err.println("internal error: " + e);
        }
        if (formats.contains(ReportFormat.TEXT)) {
            out.print(TextReport.findings(result));
        }
        if (outDir == null) {
            if (formats.contains(ReportFormat.JSON)) {
                out.print(ReportWriter.render(result, ReportFormat.JSON, Version.current()));
            }
            if (formats.contains(ReportFormat.SARIF)) {
                out.print(ReportWriter.render(result, ReportFormat.SARIF, Version.current()));
            }
        } else {
            try {
                for (Path p : ReportWriter.write(result,
                        new ReportSettings(formats, Path.of(outDir), templates, Version.current()))) {
                    err.println("wrote " + p);
                }
            } catch (ReportException e) {
                err.println(e.getMessage());
                return EXIT_USAGE;
            } catch (IOException e) {
                err.println(outDir + ": cannot write the reports: " + e.getMessage());
                return EXIT_USAGE;
            }
        }
        err.println(TextReport.summary(result) + (baselined > 0 ? " (" + baselined + " hidden by the baseline)" : ""));
        return result.countAtLeast(failOn) > 0 ? EXIT_FAILED : EXIT_OK;
    }

    private static Set<ReportFormat> formats(List<String> given) throws UsageException {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        for (String f : given.isEmpty() ? List.of("text") : given) {
            try {
                formats.add(ReportFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--format: " + e.getMessage());
            }
        }
        return formats;
    }

    /** null means "none": nothing fails the run. */
    private static Severity failOn(String value) throws UsageException {
        if (value == null) {
            return Severity.ERROR;
        }
        if (value.equals("none")) {
            return null;
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on takes error, warning, info or none, got " + value);
        }
    }

    private static void ruleSeverities(List<String> values, Map<String, Severity> severities, Set<String> disabled)
            throws UsageException {
        for (String value : values) {
            int eq = value.indexOf('=');
            String id = eq < 0 ? value : value.substring(0, eq);
            if (eq < 0 || !RuleRegistry.ids().contains(id)) {
                throw new UsageException("--rule-severity takes ID=error|warning|info|off with a known rule id, got "
                        + value);
            }
            String level = value.substring(eq + 1);
            if (level.equals("off")) {
                disabled.add(id);
                continue;
            }
            try {
                severities.put(id, Severity.parse(level));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--rule-severity " + value + ": " + e.getMessage());
            }
        }
    }
}
