package io.github.otpadvisor.report.model;

import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.suppress.SuppressionProblem;
import java.util.List;

/**
 * Everything the reports show, built once from an analysis and rendered by every format (JSON, SARIF,
 * Markdown, HTML). Plain records in a stable order: renderers and templates only read them, and the
 * same input gives the same model, so the same bytes.
 *
 * @param toolVersion   the version of otp-advisor that made it
 * @param filesAnalyzed Elixir files read
 * @param parseFailures files that did not parse, with line and column
 * @param modules       one report per process module, sorted by name
 * @param applications  one per OTP application with process modules or a tree, sorted by name
 * @param rules         the rules that have findings, sorted by id, with their explanations
 * @param findings      every finding, in the analysis order (file, line, column, rule)
 * @param counts        findings by severity
 * @param summaries     one line per process module, sorted by name (the JSON {@code modules})
 * @param suppressionProblems malformed or unused suppression comments
 * @param internalErrors defects of ours (a rule that failed), reported beside the findings
 */
public record ReportModel(String toolVersion, int filesAnalyzed, List<ParseFailure> parseFailures,
                          List<ModuleReport> modules, List<ApplicationReport> applications, List<RuleView> rules,
                          List<FindingView> findings, SeverityCounts counts, List<ModuleSummary> summaries,
                          List<SuppressionProblem> suppressionProblems, List<String> internalErrors) {
    public ReportModel {
        parseFailures = List.copyOf(parseFailures);
        modules = List.copyOf(modules);
        applications = List.copyOf(applications);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        summaries = List.copyOf(summaries);
        suppressionProblems = List.copyOf(suppressionProblems);
        internalErrors = List.copyOf(internalErrors);
    }

    /** A model of pages only (a planned feature, the site index): no summaries, problems or errors. */
    public ReportModel(String toolVersion, int filesAnalyzed, List<ParseFailure> parseFailures,
                       List<ModuleReport> modules, List<ApplicationReport> applications, List<RuleView> rules,
                       List<FindingView> findings, SeverityCounts counts) {
        this(toolVersion, filesAnalyzed, parseFailures, modules, applications, rules, findings, counts, List.of(),
                List.of(), List.of());
    }
}
