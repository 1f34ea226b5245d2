package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.otpadvisor.analysis.AnalysisResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module and application names from {@code reports/hostile}: markup, quotes, pipes, backticks, a
 * newline and a heading, path traversal, Windows device names, a {@code javascript:} URL, CDATA ends.
 * Each must come out as text in every medium and decide no path outside the output folder.
 */
class HostileReportTest {
    private static final String SCRIPT_MODULE = ":<script>alert('x')</script>|`pipe`\n# Heading";

    @TempDir
    static Path out;
    static Map<String, String> files;

    @BeforeAll
    static void write() throws Exception {
        AnalysisResult result = ReportFixtures.analyze("hostile");
        ReportFixtures.write(result, out, ReportFormat.MD, ReportFormat.HTML, ReportFormat.JSON, ReportFormat.SARIF);
        files = ReportFixtures.read(out);
    }

    @Test
    void everyFileStaysInsideTheOutputFolderWithASafeName() throws Exception {
        Path root = out.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                assertTrue(p.toRealPath().startsWith(root), p.toString());
                String name = p.getFileName().toString();
                assertTrue(p.equals(root) || name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*")
                        || ReportFixtures.BOOKKEEPING.contains(name), name);
            }
        }
        assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("html/modules/_CON")), "device name prefixed");
        long con = files.keySet().stream().filter(f -> f.toLowerCase(java.util.Locale.ROOT).startsWith("html/modules/_con")
                && f.endsWith(".html")).count();
        assertEquals(2, con, "CON and con get two pages even on a case-insensitive file system");
    }

    @Test
    void htmlPagesHoldTheNamesAsTextAndNoMarkupOfTheirs() {
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (!e.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(e.getValue());
            assertTrue(doc.select("script").isEmpty(), e.getKey() + ": a script element");
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                assertFalse(href.toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"), e.getKey() + ": " + href);
                assertFalse(href.contains(".."+"/..") , e.getKey() + ": " + href);
            }
            for (Element el : doc.getAllElements()) {
                el.attributes().forEach(attr -> assertFalse(attr.getKey().startsWith("on"),
                        e.getKey() + ": event handler attribute " + attr));
            }
        }
        Document index = Jsoup.parse(files.get("html/index.html"));
        assertTrue(index.select("table.modules a").eachText().contains(SCRIPT_MODULE.replace('\n', ' ')),
                index.select("table.modules a").eachText().toString());
    }

    @Test
    void svgPicturesAreWellFormedAndKeepNamesAsText() throws Exception {
        var svgs = files.entrySet().stream().filter(e -> e.getKey().endsWith(".svg")).toList();
        assertFalse(svgs.isEmpty());
        for (var e : svgs) {
            Document doc = Jsoup.parse(e.getValue(), "", Parser.xmlParser());
            assertTrue(doc.select("script").isEmpty(), e.getKey());
            assertTrue(doc.text().contains("<script>alert('x')</script>"), e.getKey() + " names kept as text");
        }
    }

    @Test
    void markdownKeepsTablesAndHeadingsIntact() {
        String index = files.get("md/index.md");
        assertFalse(withoutCodeBlocks(index).contains("<script"), "raw markup in index.md");
        for (String line : index.split("\n")) {
            if (line.startsWith("| [")) {
                assertEquals(8, unescapedPipes(line), "a module row keeps its seven cells: " + line);
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getKey().endsWith("otp-decision.md")) {
                String md = withoutCodeBlocks(e.getValue());
                assertEquals(1, md.lines().filter(l -> l.startsWith("# ")).count(), e.getKey() + ": one title");
                assertTrue(md.lines().filter(l -> l.startsWith("#")).allMatch(l -> l.startsWith("# OTP Analysis")
                        || l.matches("#{2,6} .*")), e.getKey());
                assertFalse(withoutCodeBlocks(md).contains("<script"), e.getKey());
            }
        }
    }

    @Test
    void jsonAndSarifParseBackWithTheNamesIntact() throws Exception {
        for (String name : new String[] {"otp-advisor.json", "otp-advisor.sarif"}) {
            StringBuilder strings = new StringBuilder();
            try (JsonParser p = new JsonFactory().createParser(files.get(name))) {
                while (p.nextToken() != null) {
                    if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                        strings.append(p.getText()).append('\u0000');
                    }
                }
            }
            assertTrue(strings.toString().contains(SCRIPT_MODULE), name);
        }
    }

    /** Markup inside code blocks and code spans is shown as code, so only the rest is checked. */
    private static String withoutCodeBlocks(String md) {
        String noBlocks = md.replaceAll("(?s)(`{3,})[a-z]*\\n.*?\\n\\1", "");
        return noBlocks.replaceAll("(`+)(?:(?!\\1).)*?\\1", "");
    }

    /** GFM splits table cells at every pipe not escaped with a backslash, inside code spans too. */
    private static int unescapedPipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                n++;
            }
        }
        return n;
    }
}
