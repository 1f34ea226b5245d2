package io.github.otpadvisor.report.render;

import io.github.otpadvisor.report.model.ApplicationReport;
import io.github.otpadvisor.report.model.FindingView;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.RuleView;
import io.github.otpadvisor.report.model.TreeView;
import io.github.otpadvisor.report.svg.SupervisionTreeSvg;
import io.github.otpadvisor.report.template.Templates;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTML pages: {@code index.html} (by severity) and {@code by-name.html}, {@code modules/<slug>.html}
 * with the module's {@code otp-decision.md} beside it, {@code apps/<slug>.html} with the trees drawn
 * inline, {@code trees/<slug>.svg}, {@code rules/<id>.html} and {@code style.css}. No scripts. Inside a Maven
 * site the pages get {@code siteHome}, the site page to go back to (relative to the pages' folder).
 */
public final class HtmlRenderer implements Renderer {
    private final String siteHome;

    /** The stand-alone pages. */
    public HtmlRenderer() {
        this(null);
    }

    /** Pages inside a site, each with a link back to {@code siteHome} (relative to the pages' folder). */
    public HtmlRenderer(String siteHome) {
        this.siteHome = siteHome;
    }

    @Override
    public Rendered render(ReportModel model, Templates templates) throws IOException, Templates.TemplateFailure {
        return Rendered.folder(files(model, templates, siteHome));
    }

    static Map<String, String> files(ReportModel model, Templates templates)
            throws IOException, Templates.TemplateFailure {
        return files(model, templates, null);
    }

    private static Map<String, String> files(ReportModel model, Templates templates, String siteHome)
            throws IOException, Templates.TemplateFailure {
        Map<String, String> files = new TreeMap<>();
        Map<String, String> slugOf = MarkdownRenderer.slugs(model);
        Map<String, String> appSlugs = new HashMap<>();
        model.applications().forEach(a -> appSlugs.put(a.name(), a.slug()));
        String version = model.toolVersion();
        files.put("style.css", templates.resource("html/style.css"));
        files.put("index.html", templates.render("html/index.html.ftlh", page(siteHome, Map.of("report", model,
                "modules", MarkdownRenderer.bySeverity(model.modules()), "byName", false, "toolVersion", version))));
        files.put("by-name.html", templates.render("html/index.html.ftlh", page(siteHome, Map.of("report", model,
                "modules", model.modules().stream().sorted(Comparator.comparing(ModuleReport::name)).toList(),
                "byName", true, "toolVersion", version))));
        for (ModuleReport m : model.modules()) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("m", m);
            vars.put("moduleRules", MarkdownRenderer.rulesOf(model, m));
            vars.put("toolVersion", version);
            if (m.app() != null && appSlugs.containsKey(m.app())) {
                vars.put("appSlug", appSlugs.get(m.app()));
            }
            files.put("modules/" + m.slug() + ".html",
                    templates.render("html/module.html.ftlh", page(siteHome, vars)));
            files.put(MarkdownRenderer.decisionPath(m), MarkdownRenderer.decision(model, m, templates));
        }
        Map<String, String> severities = MarkdownRenderer.severities(model);
        for (ApplicationReport app : model.applications()) {
            Map<String, String> svgs = new TreeMap<>();
            for (TreeView t : app.trees()) {
                // Both apps/ and trees/ sit one level below the root, so one relative link fits both.
                String svg = SupervisionTreeSvg.render(t.tree(),
                        mod -> slugOf.containsKey(mod) ? "../modules/" + slugOf.get(mod) + ".html" : null, severities);
                svgs.put(t.slug(), svg);
                files.put("trees/" + t.slug() + ".svg", svg);
            }
            files.put("apps/" + app.slug() + ".html", templates.render("html/app.html.ftlh",
                    page(siteHome, Map.of("app", app, "svgs", svgs, "slugOf", slugOf, "toolVersion", version))));
        }
        for (RuleView r : model.rules()) {
            files.put("rules/" + r.id() + ".html", templates.render("html/rule.html.ftlh", page(siteHome,
                    Map.of("r", r, "findings", model.findings().stream()
                            .filter((FindingView f) -> f.ruleId().equals(r.id())).toList(), "toolVersion", version))));
        }
        return files;
    }

    /** A page's variables, with the site page to go back to when there is one. */
    private static Map<String, Object> page(String siteHome, Map<String, ?> vars) {
        Map<String, Object> all = new HashMap<>(vars);
        if (siteHome != null) {
            all.put("siteHome", siteHome);
        }
        return all;
    }
}
