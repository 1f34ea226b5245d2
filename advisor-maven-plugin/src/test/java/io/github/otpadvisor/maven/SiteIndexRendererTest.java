package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.report.model.ApplicationReport;
import io.github.otpadvisor.report.model.FindingView;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.RecommendationView;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.RuleView;
import io.github.otpadvisor.report.model.SeverityCounts;
import java.io.StringWriter;
import java.util.List;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

/** The site page drawn from a report model: what it lists, in which order, linked where. */
class SiteIndexRendererTest {
    private static final FindingView CACHE_ERROR = new FindingView("OTP004", "Global cache GenServer", "error",
            "lib/cache.ex", 3, 3, "MyApp.Cache", "MyApp.Cache", "a {:get, key} call per read <script>", "v2:a");
    private static final FindingView WORKER_INFO = new FindingView("OTP009", "Sending unnecessary data", "info",
            "lib/worker.ex", 9, 5, "MyApp.Worker", "MyApp.Worker", "sends the whole state", "v2:b");
    private static final FindingView LOOSE_WARNING = new FindingView("OTP008", "Dynamic atom names", "warning",
            "lib/names.ex", 2, 1, null, null, "String.to_atom/1 on input", "v2:c");

    @Test
    void listsModulesWorstFirstLinkedToTheirPages() {
        String html = render(model());
        int cache = html.indexOf(">MyApp.Cache</a>");
        int worker = html.indexOf(">MyApp.Worker</a>");
        int alpha = html.indexOf(">MyApp.Alpha</a>");
        assertTrue(cache >= 0 && cache < worker && worker < alpha, html);
        assertTrue(html.contains("href=\"otp-advisor/modules/MyApp.Cache.html\""), html);
        assertTrue(html.contains("href=\"otp-advisor/index.html\""), html);
        assertTrue(html.contains(
                "<td>GenServer</td>\n<td>ETS</td>\n<td>-</td>\n<td>heavier than needed</td>\n<td>1 (worst: error)</td>"),
                html);
    }

    @Test
    void findingsBySeverityAndParseErrors() {
        String html = render(model());
        int error = html.indexOf("error (1)");
        int warning = html.indexOf("warning (1)");
        int info = html.indexOf("info (1)");
        assertTrue(error >= 0 && error < warning && warning < info, html);
        assertTrue(html.contains("<b>lib/names.ex</b>"), "the file heads its findings: " + html);
        assertTrue(html.contains("<td>2:1</td>\n<td>"), "no source page, no link: " + html);
        assertTrue(html.contains("<td>lib/broken.ex</td>\n<td>4</td>\n<td>7</td>\n<td>unexpected end</td>"), html);
    }

    @Test
    void codeTextIsEscapedAndBracesAreNotLinks() {
        String html = render(model());
        assertTrue(html.contains("a {:get, key} call per read &lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void anEmptyAnalysisHasOnlyTheSummary() {
        String html = render(new ReportModel("1.0", 0, List.of(), List.of(), List.of(), List.of(), List.of(),
                new SeverityCounts(0, 0, 0)));
        assertTrue(html.contains("0 Elixir files analyzed by otp-advisor 1.0: 0 process modules, 0 findings"), html);
        assertFalse(html.contains("Process modules"), html);
        assertFalse(html.contains("Parse errors"), html);
    }

    @Test
    void countsPerRuleAndPerApplicationLinkedToTheirPages() {
        RuleView otp004 = new RuleView("OTP004", "Global cache GenServer", "error", "md", "html", 1);
        RuleView otp008 = new RuleView("OTP008", "Dynamic atom names", "error", "md", "html", 1);
        ApplicationReport shop = new ApplicationReport("my_app", "my_app", List.of(), List.of("MyApp.Cache"),
                List.of(), 3);
        String html = render(new ReportModel("1.0", 5, List.of(), List.of(module("MyApp.Cache", CACHE_ERROR)),
                List.of(shop), List.of(otp008, otp004), List.of(CACHE_ERROR, LOOSE_WARNING),
                new SeverityCounts(1, 1, 0)));
        int rule4 = html.indexOf("<a href=\"otp-advisor/rules/OTP004.html\">OTP004</a></td>\n<td>Global cache GenServer</td>"
                + "\n<td>error</td>\n<td>1</td>");
        int rule8 = html.indexOf("<a href=\"otp-advisor/rules/OTP008.html\">OTP008</a></td>\n<td>Dynamic atom names</td>");
        assertTrue(rule4 >= 0 && rule4 < rule8, "by id: " + html);
        assertTrue(html.contains("<a href=\"otp-advisor/apps/my_app.html\">my_app</a></td>\n<td>1</td>\n<td>0</td>\n"
                + "<td>3</td>"), html);
        assertTrue(html.contains("<td><a href=\"otp-advisor/rules/OTP008.html\">OTP008</a></td>"),
                "each finding links to its rule: " + html);
    }

    @Test
    void locationsLinkToTheirLineOnTheSourcePage() {
        ReportModel model = new ReportModel("1.0", 5, List.of(), List.of(module("MyApp.Cache", CACHE_ERROR)),
                List.of(), List.of(), List.of(CACHE_ERROR, WORKER_INFO), new SeverityCounts(1, 0, 1));
        StringWriter out = new StringWriter();
        new SiteIndexRenderer(new Xhtml5BaseSink(out), model, java.util.Map.of("lib/cache.ex", "lib.cache.ex"),
                "otp-advisor/").render();
        String html = out.toString();
        assertTrue(html.contains("<a href=\"otp-advisor/source/lib.cache.ex.html\">lib/cache.ex</a>"), html);
        assertTrue(html.contains("<a href=\"otp-advisor/source/lib.cache.ex.html#L3\">3:3</a>"), html);
        assertTrue(html.contains("<b>lib/worker.ex</b>") && html.contains("<td>9:5</td>"),
                "no source page, no link: " + html);
    }

    private static ReportModel model() {
        return new ReportModel("1.0", 5, List.of(new ParseFailure("lib/broken.ex", 4, 7, "unexpected end")),
                List.of(module("MyApp.Alpha", null), module("MyApp.Worker", WORKER_INFO),
                        module("MyApp.Cache", CACHE_ERROR)),
                List.of(), List.of(), List.of(CACHE_ERROR, LOOSE_WARNING, WORKER_INFO), new SeverityCounts(1, 1, 1));
    }

    private static ModuleReport module(String name, FindingView finding) {
        List<FindingView> findings = finding == null ? List.of() : List.of(finding);
        return new ModuleReport(name, name, "lib/x.ex", 1, "my_app", "GenServer", "req", List.of(),
                new RecommendationView(false, "ETS", null, "Q3", "why", "GenServer", "static child",
                        "heavier than needed", List.of()),
                "impl", null, "test", findings, finding == null ? null : finding.severity());
    }

    private static String render(ReportModel model) {
        StringWriter out = new StringWriter();
        new SiteIndexRenderer(new Xhtml5BaseSink(out), model, java.util.Map.of(), "otp-advisor/").render();
        return out.toString();
    }
}
