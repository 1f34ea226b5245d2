package io.github.otpadvisor.site;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.report.ReportException;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sample report of the site: the example repository analyzed as the plugin's {@code report} goal does it,
 * its pages written by the same call ({@link ReportWriter#writeSite}) into {@code sample/otp-advisor/} of the
 * rendered site, and a site page {@code sample/otp-advisor.md} that introduces them; the report pages' "back"
 * link points at that page, as in a project's own site.
 */
final class SampleReport {
    /** The site page, beside the pages' folder of the same name (what the report pages link back to). */
    static final String PAGE = "sample/otp-advisor.md";
    static final String PAGES_FOLDER = "sample/otp-advisor";

    private SampleReport() {
    }

    /**
     * Analyzes {@code example}, writes its pages under {@code siteOutput} and returns the introducing page.
     *
     * @param exampleName how the page names the example (its path in the repository)
     */
    static String write(Path example, String exampleName, Path siteOutput, String toolVersion)
            throws IOException, ReportException {
        AnalysisResult result = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(example));
        if (result.filesAnalyzed() == 0) {
            throw new IllegalStateException("the sample report found no Elixir file under " + example);
        }
        ReportModel model = ReportWriter.writeSite(result, siteOutput.resolve(PAGES_FOLDER), null, toolVersion).model();
        Map<String, String> slugs = new HashMap<>();
        model.modules().forEach(m -> slugs.put(m.name(), m.slug()));
        return page(result, slugs, exampleName);
    }

    /** @param slugs module name -> the name of its page in the report, for the modules that have one */
    static String page(AnalysisResult result, Map<String, String> slugs, String exampleName) {
        StringBuilder md = new StringBuilder("# Sample report\n\n");
        md.append("What the plugin's `report` goal puts into a project's site, made for the example repository ")
                .append(Markdown.code(exampleName)).append(" (a Java service beside an Elixir umbrella with a few ")
                .append("deliberate red flags) each time this site is built.\n\n");
        md.append("**[Open the report](otp-advisor/index.html)**: modules by severity, the process inventory per OTP ")
                .append("application, supervision trees, one page per module with its `otp-decision.md`, and one ")
                .append("page per rule found.\n\n");
        md.append("| Elixir files | Process modules | Findings |\n|---|---|---|\n");
        md.append("| ").append(result.filesAnalyzed()).append(" | ").append(result.modules().size()).append(" | ")
                .append(result.findings().size()).append(" |\n\n");
        md.append("## Findings by rule\n\n| Rule | Severity | Findings |\n|---|---|---|\n");
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, String> severity = new TreeMap<>();
        for (Finding f : result.findings()) {
            byRule.merge(f.ruleId(), 1, Integer::sum);
            severity.put(f.ruleId(), f.severity().label());
        }
        byRule.forEach((id, n) -> md.append("| [").append(Markdown.inline(id)).append("](../rules/")
                .append(id).append(".html) | ").append(severity.get(id)).append(" | ").append(n).append(" |\n"));
        md.append("\n## Modules\n\n| Module | Today | Recommended | Verdict |\n|---|---|---|---|\n");
        for (ModuleSummary m : result.modules()) {
            String slug = slugs.get(m.name());
            String name = slug == null ? Markdown.code(m.name())
                    : "[" + Markdown.code(m.name()) + "](otp-advisor/modules/" + slug + ".html)";
            md.append("| ").append(name).append(" | ").append(Markdown.inline(m.abstraction()))
                    .append(" | ").append(Markdown.inline(m.recommendation().label()))
                    .append(" | ").append(Markdown.inline(m.verdict().label())).append(" |\n");
        }
        md.append("\nThe same analysis from the command line: ")
                .append("`java -jar otp-advisor-core-cli.jar analyze --format html --out target/otp-advisor ")
                .append(exampleName).append("`.\n");
        return md.toString();
    }
}
