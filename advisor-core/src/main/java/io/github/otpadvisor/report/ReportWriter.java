package io.github.otpadvisor.report;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.output.JsonStamp;
import io.github.otpadvisor.output.OutputFolder;
import io.github.otpadvisor.output.OutputRefusedException;
import io.github.otpadvisor.output.OutputSet;
import io.github.otpadvisor.report.model.FeatureContext;
import io.github.otpadvisor.report.model.FeatureNames;
import io.github.otpadvisor.report.model.FeatureReports;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import io.github.otpadvisor.report.model.SeverityCounts;
import io.github.otpadvisor.report.render.HtmlRenderer;
import io.github.otpadvisor.report.render.SourcePages;
import io.github.otpadvisor.report.render.JsonRenderer;
import io.github.otpadvisor.report.render.MarkdownRenderer;
import io.github.otpadvisor.report.render.Rendered;
import io.github.otpadvisor.report.render.Renderer;
import io.github.otpadvisor.report.sarif.SarifRenderer;
import io.github.otpadvisor.report.template.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one call that writes reports: the CLI and the Maven goals hand it an analysis and settings. One
 * report model is built, every requested format renders it in memory (a broken template writes nothing),
 * then the files (json, sarif) and folders (md, html) are switched into the output folder as one
 * generation by {@link OutputFolder}: only reports of ours are replaced, a killed run leaves a whole old or
 * new set, concurrent runs take turns.
 */
public final class ReportWriter {
    /** One renderer per written format. */
    private static final Map<ReportFormat, Renderer> RENDERERS = new EnumMap<>(Map.of(
            ReportFormat.JSON, new JsonRenderer(),
            ReportFormat.SARIF, new SarifRenderer(),
            ReportFormat.MD, new MarkdownRenderer(),
            ReportFormat.HTML, new HtmlRenderer()));
    /** How our own JSON and SARIF files are recognised before they are replaced: the tool name the renderers write. */
    private static final Map<String, JsonStamp> STAMPS = Map.of(
            ReportFormat.JSON.output(), JsonStamp.of("otp-advisor", "tool", "name"),
            ReportFormat.SARIF.output(), SarifRenderer.OURS);

    private ReportWriter() {
    }

    /** Writes every requested format under the output directory; returns the files and folders written. */
    public static List<Path> write(AnalysisResult result, ReportSettings settings) throws IOException, ReportException {
        boolean pages = settings.formats().contains(ReportFormat.MD) || settings.formats().contains(ReportFormat.HTML);
        ReportModel model = pages ? ReportModelBuilder.build(result, settings.toolVersion())
                : ReportModelBuilder.summary(result, settings.toolVersion());
        Templates templates = new Templates(settings.templateDirectory());
        Map<ReportFormat, Rendered> rendered = new EnumMap<>(ReportFormat.class);
        try {
            for (ReportFormat format : ReportFormat.values()) {
                if (settings.formats().contains(format) && RENDERERS.containsKey(format)) {
                    Renderer renderer = format == ReportFormat.HTML
                            ? new HtmlRenderer(null, SourcePages.of(model, result.sourceFiles()::get))
                            : RENDERERS.get(format);
                    rendered.put(format, renderer.render(model, templates));
                }
            }
        } catch (Templates.TemplateFailure e) {
            throw new ReportException(e.getMessage());
        }
        if (rendered.isEmpty()) {
            return List.of(); // text only: printed by the caller, the folder is not touched
        }
        OutputSet.Builder set = OutputSet.builder();
        List<Path> written = new ArrayList<>();
        for (Map.Entry<ReportFormat, Rendered> e : rendered.entrySet()) {
            String name = e.getKey().output();
            if (e.getValue().isFolder()) {
                set.folder(name, e.getValue().folder());
            } else {
                set.file(name, e.getValue().file());
            }
            written.add(settings.outputDirectory().resolve(name));
        }
        switchIn(settings.outputDirectory(), set.build());
        return written;
    }

    /** One single-file format (json or sarif) as text, for printing instead of writing. */
    public static String render(AnalysisResult result, ReportFormat format, String toolVersion) {
        ReportModel model = ReportModelBuilder.summary(result, toolVersion);
        return switch (format) {
            case JSON -> JsonRenderer.render(model);
            case SARIF -> SarifRenderer.render(model);
            default -> throw new IllegalArgumentException(format.id() + " is not a single-file format");
        };
    }

    /**
     * The pages for a Maven site, written into {@code dir} (replaced as a whole, if it is a folder of ours;
     * the lock file and manifest go into its parent folder): the HTML pages
     * (index.html, modules/, apps/, rules/, trees/, style.css) with each module's
     * {@code modules/<slug>/otp-decision.md} beside its page, and {@code source/<slug>.html} per file with
     * findings. Returns the model and the source pages, for the site's own index.
     */
    public static SiteReport writeSite(AnalysisResult result, Path dir, Path templateDirectory, String toolVersion)
            throws IOException, ReportException {
        ReportModel model = ReportModelBuilder.build(result, toolVersion);
        SourcePages sources = SourcePages.of(model, result.sourceFiles()::get);
        Map<String, String> pages;
        try {
            // The site page is written beside the folder, by the same name (otp-advisor.html, otp-advisor/).
            String siteHome = "../" + dir.getFileName() + ".html";
            pages = new HtmlRenderer(siteHome, sources).render(model, new Templates(templateDirectory)).folder();
        } catch (Templates.TemplateFailure e) {
            throw new ReportException(e.getMessage());
        }
        Path folder = dir.toAbsolutePath().normalize();
        switchIn(folder.getParent(), OutputSet.builder().folder(folder.getFileName().toString(), pages).build());
        return new SiteReport(model, sources.slugs());
    }

    /**
     * What the site's own index page needs from {@link #writeSite}.
     *
     * @param sourcePages file name -> slug of its page {@code source/<slug>.html}, for the files that have one
     */
    public record SiteReport(ReportModel model, Map<String, String> sourcePages) {
        public SiteReport {
            sourcePages = Map.copyOf(sourcePages);
        }
    }

    /** The set into the folder; a refusal (not our files there, a file in the way, a busy folder) says why. */
    private static void switchIn(Path dir, OutputSet set) throws IOException, ReportException {
        try {
            new OutputFolder(dir, STAMPS).write(set);
        } catch (OutputRefusedException e) {
            throw new ReportException(e.getMessage());
        }
    }

    /**
     * The seed's {@code otp-decision.md} for a planned feature, from a person's answers (no code involved).
     *
     * @param description what the feature needs in the person's words, or null
     */
    public static String renderFeatureDecision(String feature, String description, Answers answers,
                                               Path templateDirectory, String toolVersion)
            throws IOException, ReportException {
        return renderFeatureDecision(feature, description, answers, FeatureNames.none(), FeatureContext.none(),
                templateDirectory, toolVersion);
    }

    /**
     * The same, planned in a project: the sketches use its {@code names}, and the report shows {@code context}
     * (warnings about the answers, the project's existing patterns) with the Common Scenario the answers describe.
     */
    public static String renderFeatureDecision(String feature, String description, Answers answers,
                                               FeatureNames names, FeatureContext context, Path templateDirectory,
                                               String toolVersion) throws IOException, ReportException {
        ModuleReport m = FeatureReports.forFeature(feature, description, answers, names);
        FeatureContext full = new FeatureContext(context.warnings(),
                FeatureReports.scenario(answers, feature, description, names), context.project(), context.app(),
                context.inventory(), context.names());
        ReportModel model = new ReportModel(toolVersion, 0, List.of(), List.of(m), List.of(), List.of(), List.of(),
                new SeverityCounts(0, 0, 0));
        try {
            return MarkdownRenderer.decision(model, m, new Templates(templateDirectory), full);
        } catch (Templates.TemplateFailure e) {
            throw new ReportException(e.getMessage());
        }
    }

}
