package io.github.otpadvisor.cli;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.frontend.ElixirFrontEnd;
import io.github.otpadvisor.report.JsonReport;
import io.github.otpadvisor.report.AtomicFiles;
import io.github.otpadvisor.report.TextReport;
import io.github.otpadvisor.rules.RuleRegistry;
import io.github.otpadvisor.rules.Severity;
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
 * {@code analyze [--format text|json]... [--out DIR] [--fail-on error|warning|info|none]
 * [--include GLOB]... [--exclude GLOB]... [--rule-severity ID=error|warning|info|off]...
 * [--max-file-bytes N] PATH...}: the same analysis as the Maven goal. Text findings go to stdout
 * one a line, paths relative to the scanned root; parse errors and the summary go to stderr.
 */
final class AnalyzeCommand implements Command {
    private static final Set<String> FORMATS = Set.of("text", "json");
    private static final Set<String> LATER_FORMATS = Set.of("sarif", "md", "html");

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String synopsis() {
        return "[--format text|json]... [--out DIR] [--fail-on error|warning|info|none] [--include GLOB]... "
                + "[--exclude GLOB]... [--rule-severity ID=error|warning|info|off]... [--max-file-bytes N] PATH...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args,
                Set.of("format", "out", "fail-on", "include", "exclude", "rule-severity", "max-file-bytes"));
        if (parsed.positional().isEmpty()) {
            throw new UsageException("no PATH given");
        }
        Set<String> formats = formats(parsed.all("format"));
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
        AnalysisResult result = new Analyzer(options)
                .analyze(new ScanRequest(roots, parsed.all("include"), parsed.all("exclude")));

        for (ParseFailure f : result.parseFailures()) {
            err.println(f.format());
        }
        for (SuppressionProblem p : result.suppressionProblems()) {
            err.println(p.format());
        }
        for (String e : result.internalErrors()) {
            err.println("internal error: " + e);
        }
        if (formats.contains("text")) {
            out.print(TextReport.findings(result));
        }
        if (formats.contains("json") && !writeOrPrint(parsed.option("out"), "otp-advisor.json",
                JsonReport.render(result, Version.current()), out, err)) {
            return EXIT_USAGE;
        }
        err.println(TextReport.summary(result));
        return result.countAtLeast(failOn) > 0 ? EXIT_FAILED : EXIT_OK;
    }

    private static Set<String> formats(List<String> given) throws UsageException {
        Set<String> formats = new LinkedHashSet<>();
        for (String f : given.isEmpty() ? List.of("text") : given) {
            if (LATER_FORMATS.contains(f)) {
                throw new UsageException("--format " + f + " is not available yet; use text or json");
            }
            if (!FORMATS.contains(f)) {
                throw new UsageException("unknown --format " + f + "; expected text or json");
            }
            formats.add(f);
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

    private static boolean writeOrPrint(String outDir, String name, String content, PrintStream out, PrintStream err) {
        if (outDir == null) {
            out.print(content);
            return true;
        }
        Path target = Path.of(outDir).resolve(name);
        try {
            AtomicFiles.write(target, content);
            return true;
        } catch (IOException e) {
            err.println(target + ": cannot write: " + e.getMessage());
            return false;
        }
    }
}
