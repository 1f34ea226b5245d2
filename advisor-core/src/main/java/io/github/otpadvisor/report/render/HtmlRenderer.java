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
 * inline, {@code trees/<slug>.svg}, {@code rules/<id>.html}, {@code source/<slug>.html} (the source of each
 * file with findings, lines anchored, when the files can be read) and {@code style.css}. No scripts. Inside a
 * Maven site the pages get {@code siteHome}, the site page to go back to (relative to the pages' folder).
 */
public final class HtmlRenderer implements Renderer {
    private final String siteHome;
    private final SourcePages sources;

    /** The stand-alone pages, without source pages. */
    public HtmlRenderer() {
        this(null, null);
    }

    /**
     * @param siteHome    inside a site, the site page each page links back to (relative to the pages' folder),
     *                    or null
     * @param sources  the source pages to write and link to, or null for none
     */
    public HtmlRenderer(String siteHome, SourcePages sources) {
        this.siteHome = siteHome;
        this.sources = sources;
    }

    @Override
    public Rendered render(ReportModel model, Templates templates) throws IOException, Templates.TemplateFailure {
        return Rendered.folder(files(model, templates, siteHome,
                sources != null ? sources : SourcePages.of(model, null)));
    }

    static Map<String, String> files(ReportModel model, Templates templates)
            throws IOException, Templates.TemplateFailure {
        return files(model, templates, null, SourcePages.of(model, null));
    }

    private static Map<String, String> files(ReportModel model, Templates templates, String home,
                                             SourcePages sources)
            throws IOException, Templates.TemplateFailure {
        // Every page gets the links back to the site and to the source lines.
        Map<String, Object> common = new HashMap<>();
        if (home != null) {
            common.put("siteHome", home);
        }
        common.put("sources", sources.slugs());
        Map<String, String> files = new TreeMap<>();
        Map<String, String> slugOf = MarkdownRenderer.slugs(model);
        Map<String, String> appSlugs = new HashMap<>();
        model.applications().forEach(a -> appSlugs.put(a.name(), a.slug()));
        String version = model.toolVersion();
        files.put("style.css", templates.resource("html/style.css"));
        files.put("index.html", templates.render("html/index.html.ftlh", page(common, Map.of("report", model,
                "modules", MarkdownRenderer.bySeverity(model.modules()), "byName", false, "toolVersion", version))));
        files.put("by-name.html", templates.render("html/index.html.ftlh", page(common, Map.of("report", model,
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
                    templates.render("html/module.html.ftlh", page(common, vars)));
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
                    page(common, Map.of("app", app, "svgs", svgs, "slugOf", slugOf, "toolVersion", version))));
        }
        for (RuleView r : model.rules()) {
            files.put("rules/" + r.id() + ".html", templates.render("html/rule.html.ftlh", page(common,
                    Map.of("r", r, "findings", model.findings().stream()
                            .filter((FindingView f) -> f.ruleId().equals(r.id())).toList(), "toolVersion", version))));
        }
        for (SourcePages.Page p : sources.pages()) {
            files.put("source/" + p.slug() + ".html", templates.render("html/source.html.ftlh",
                    page(common, Map.of("path", p.file(), "lines", p.lines(), "toolVersion", version))));
        }
        return files;
    }

    /** A page's variables with those every page gets. */
    private static Map<String, Object> page(Map<String, Object> common, Map<String, ?> vars) {
        Map<String, Object> all = new HashMap<>(vars);
        all.putAll(common);
        return all;
    }
}
