package io.github.otpadvisor.report.render;

import io.github.otpadvisor.report.model.FeatureContext;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.RuleView;
import io.github.otpadvisor.report.model.TreeView;
import io.github.otpadvisor.report.svg.SupervisionTreeSvg;
import io.github.otpadvisor.report.template.Templates;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown report: {@code index.md}, {@code modules/<slug>/otp-decision.md} per process module,
 * {@code rules/<id>.md} per rule with findings and {@code trees/<slug>.svg} per supervision tree (links lead to
 * the Markdown files).
 */
public final class MarkdownRenderer implements Renderer {
    static final String DECISION_TEMPLATE = "md/otp-decision.md.ftlmd";
    static final String RULE_TEMPLATE = "md/rule.md.ftlmd";

    @Override
    public Rendered render(ReportModel model, Templates templates) throws IOException, Templates.TemplateFailure {
        return Rendered.folder(files(model, templates));
    }

    /** Relative path -> content, sorted. */
    static Map<String, String> files(ReportModel model, Templates templates)
            throws IOException, Templates.TemplateFailure {
        Map<String, String> files = new TreeMap<>();
        files.put("index.md", templates.render("md/index.md.ftlmd",
                Map.of("report", model, "modules", bySeverity(model.modules()), "toolVersion", model.toolVersion())));
        for (ModuleReport m : model.modules()) {
            files.put(decisionPath(m), decision(model, m, templates));
        }
        for (RuleView r : model.rules()) { // linked from the findings instead of pasted into every report
            files.put("rules/" + r.id() + ".md", templates.render(RULE_TEMPLATE,
                    Map.of("r", r, "toolVersion", model.toolVersion())));
        }
        Map<String, String> slugOf = slugs(model);
        for (var app : model.applications()) {
            for (TreeView t : app.trees()) {
                files.put("trees/" + t.slug() + ".svg", SupervisionTreeSvg.render(t.tree(),
                        mod -> slugOf.containsKey(mod) ? "../modules/" + slugOf.get(mod) + "/otp-decision.md" : null,
                        severities(model)));
            }
        }
        return files;
    }

    static String decisionPath(ModuleReport m) {
        return "modules/" + m.slug() + "/otp-decision.md";
    }

    /** One module's {@code otp-decision.md}. */
    public static String decision(ReportModel model, ModuleReport m, Templates templates)
            throws IOException, Templates.TemplateFailure {
        return templates.render(DECISION_TEMPLATE,
                Map.of("m", m, "moduleRules", rulesOf(model, m), "toolVersion", model.toolVersion()));
    }

    /** A planned feature's {@code otp-decision.md}, with what is known beyond the answers ({@code feature}). */
    public static String decision(ReportModel model, ModuleReport m, Templates templates, FeatureContext feature)
            throws IOException, Templates.TemplateFailure {
        return templates.render(DECISION_TEMPLATE, Map.of("m", m, "moduleRules", rulesOf(model, m), "toolVersion",
                model.toolVersion(), "feature", feature));
    }

    /** Errors first, then warnings, infos and modules without findings; by name within each. */
    static List<ModuleReport> bySeverity(List<ModuleReport> modules) {
        return modules.stream().sorted(Comparator.comparingInt(ModuleReport::severityRank)
                .thenComparing(ModuleReport::name)).toList();
    }

    static List<RuleView> rulesOf(ReportModel model, ModuleReport m) {
        return model.rules().stream().filter(r -> m.findings().stream().anyMatch(f -> f.ruleId().equals(r.id())))
                .toList();
    }

    static Map<String, String> slugs(ReportModel model) {
        Map<String, String> slugOf = new TreeMap<>();
        model.modules().forEach(m -> slugOf.put(m.name(), m.slug()));
        return slugOf;
    }

    static Map<String, String> severities(ReportModel model) {
        Map<String, String> out = new TreeMap<>();
        model.modules().stream().filter(m -> m.worstSeverity() != null)
                .forEach(m -> out.put(m.name(), m.worstSeverity()));
        return out;
    }
}
