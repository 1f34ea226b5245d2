package io.github.otpadvisor.report;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.output.AtomicFiles;
import io.github.otpadvisor.report.model.FeatureReports;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import io.github.otpadvisor.report.model.SeverityCounts;
import io.github.otpadvisor.report.sarif.SarifReport;
import io.github.otpadvisor.report.template.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one call that writes reports: the CLI and the Maven goals hand it an analysis and settings.
 * Everything is rendered in memory first, so a broken template or a failure half-way writes nothing;
 * then each file (json, sarif) or folder (md, html) is replaced atomically.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes every requested format under the output directory; returns the files and folders written. */
    public static List<Path> write(AnalysisResult result, ReportSettings settings) throws IOException, ReportException {
        String json = null;
        String sarif = null;
        Map<String, String> md = null;
        Map<String, String> html = null;
        ReportModel model = null;
        Templates templates = null;
        if (settings.formats().contains(ReportFormat.MD) || settings.formats().contains(ReportFormat.HTML)) {
            model = ReportModelBuilder.build(result, settings.toolVersion());
            templates = new Templates(settings.templateDirectory());
        }
        try {
            if (settings.formats().contains(ReportFormat.JSON)) {
                json = JsonReport.render(result, settings.toolVersion());
            }
            if (settings.formats().contains(ReportFormat.SARIF)) {
                sarif = SarifReport.render(result, settings.toolVersion());
            }
            if (settings.formats().contains(ReportFormat.MD)) {
                md = MarkdownReport.files(model, templates);
            }
            if (settings.formats().contains(ReportFormat.HTML)) {
                html = HtmlReport.files(model, templates);
            }
        } catch (Templates.TemplateFailure e) {
            throw new ReportException(e.getMessage());
        }
        Path out = settings.outputDirectory();
        List<Path> written = new ArrayList<>();
        if (json != null) {
            written.add(writeFile(out.resolve(ReportFormat.JSON.output()), json));
        }
        if (sarif != null) {
            written.add(writeFile(out.resolve(ReportFormat.SARIF.output()), sarif));
        }
        if (md != null) {
            ReportFolder.replace(out.resolve(ReportFormat.MD.output()), md);
            written.add(out.resolve(ReportFormat.MD.output()));
        }
        if (html != null) {
            ReportFolder.replace(out.resolve(ReportFormat.HTML.output()), html);
            written.add(out.resolve(ReportFormat.HTML.output()));
        }
        return written;
    }

    /**
     * The pages for a Maven site, written into {@code dir} (replaced as a whole): the HTML pages
     * (index.html, modules/, apps/, rules/, trees/, style.css) with each module's
     * {@code modules/<slug>/otp-decision.md} beside its page. Returns the model, for the site's own index.
     */
    public static ReportModel writeSite(AnalysisResult result, Path dir, Path templateDirectory, String toolVersion)
            throws IOException, ReportException {
        ReportModel model = ReportModelBuilder.build(result, toolVersion);
        try {
            ReportFolder.replace(dir, HtmlReport.files(model, new Templates(templateDirectory)));
        } catch (Templates.TemplateFailure e) {
            throw new ReportException(e.getMessage());
        }
        return model;
    }

    /**
     * The seed's {@code otp-decision.md} for a planned feature, from a person's answers (no code involved).
     *
     * @param description what the feature needs in the person's words, or null
     */
    public static String renderFeatureDecision(String feature, String description, Answers answers,
                                               Path templateDirectory, String toolVersion)
            throws IOException, ReportException {
        ModuleReport m = FeatureReports.forFeature(feature, description, answers);
        ReportModel model = new ReportModel(toolVersion, 0, List.of(), List.of(m), List.of(), List.of(), List.of(),
                new SeverityCounts(0, 0, 0));
        try {
            return MarkdownReport.decision(model, m, new Templates(templateDirectory));
        } catch (Templates.TemplateFailure e) {
            throw new ReportException(e.getMessage());
        }
    }

    private static Path writeFile(Path target, String content) throws IOException {
        AtomicFiles.write(target, content);
        return target;
    }
}
