package io.github.otpadvisor.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import io.github.otpadvisor.report.template.Templates;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source pages: every line anchored, the code escaped, page names that never follow the file's own path. */
class SourcePagesTest {
    @TempDir
    Path dir;

    private static Finding finding(String file, int line) {
        return new Finding("OTP005", Severity.ERROR, file, line, 3, "Evil", "spawned <b>outside</b>", Pattern.TASK,
                "v2:00000000000000000000000000000001");
    }

    @Test
    void linesAreAnchoredAndEscapedAndPagesStayInTheirFolder() throws Exception {
        Path source = dir.resolve("evil.ex");
        Files.writeString(source, "defmodule Evil do\n  def f, do: spawn(fn -> \"</pre><script>x()</script>\" end)\nend\n");
        String file = "../../etc/evil.ex";
        AnalysisResult result = new AnalysisResult(1, List.of(), List.of(), List.of(finding(file, 2)), List.of(),
                List.of(), null, Map.of(file, source));
        ReportModel model = ReportModelBuilder.build(result, "1.0");
        SourcePages pages = SourcePages.of(model, result.sourceFiles()::get);
        String slug = pages.slugs().get(file);
        assertFalse(slug.contains("/") || slug.startsWith("."), slug);

        Map<String, String> files = new HtmlRenderer(null, pages).render(model, new Templates(null)).folder();
        String page = files.get("source/" + slug + ".html");
        assertTrue(page.contains("<tr id=\"L2\" class=\"hit row-error\">"), page);
        assertTrue(page.contains("&lt;/pre&gt;&lt;script&gt;"), page);
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("spawned &lt;b&gt;outside&lt;/b&gt;"), page);
        assertTrue(files.get("index.html").contains("href=\"source/" + slug + ".html#L2\""));
    }

    @Test
    void aFileThatCannotBeReadGetsNoPageAndAPlainLocation() throws Exception {
        String file = "lib/gone.ex";
        AnalysisResult result = new AnalysisResult(1, List.of(), List.of(), List.of(finding(file, 2)), List.of(),
                List.of(), null, Map.of(file, dir.resolve("gone.ex")));
        ReportModel model = ReportModelBuilder.build(result, "1.0");
        SourcePages pages = SourcePages.of(model, result.sourceFiles()::get);
        assertEquals(Map.of(), pages.slugs());
        Map<String, String> files = new HtmlRenderer(null, pages).render(model, new Templates(null)).folder();
        assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("source/")), files.keySet()::toString);
        assertTrue(files.get("index.html").contains("<code class=\"loc\">lib/gone.ex:2:3</code>"));
    }
}
