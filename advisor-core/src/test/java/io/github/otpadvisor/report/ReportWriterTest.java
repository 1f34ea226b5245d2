package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template overrides, broken templates, locked-down FreeMarker and whole-folder replacement. */
class ReportWriterTest {
    private static final AnalysisResult RESULT = ReportFixtures.analyze("project");

    private static ReportSettings settings(Path out, Path templates, ReportFormat... formats) {
        return new ReportSettings(Set.of(formats), out, templates, ReportFixtures.VERSION);
    }

    @Test
    void aUserTemplateReplacesTheBuiltInOneOfTheSameNameOnly(@TempDir Path out, @TempDir Path own) throws Exception {
        Files.createDirectories(own.resolve("md"));
        Files.writeString(own.resolve("md/otp-decision.md.ftlmd"), "Custom: ${m.name} -> ${m.recommendation.pattern}\n");
        ReportWriter.write(RESULT, settings(out, own, ReportFormat.MD));
        assertEquals("Custom: Inventory.StockTable -> ETS\n",
                Files.readString(out.resolve("md/modules/Inventory.StockTable/otp-decision.md")));
        assertTrue(Files.readString(out.resolve("md/index.md")).startsWith("# OTP Advisor report"), "built-in index");
    }

    @Test
    void userTemplatesAutoEscapeToo(@TempDir Path out, @TempDir Path own) throws Exception {
        Files.createDirectories(own.resolve("html"));
        Files.writeString(own.resolve("html/index.html.ftlh"), "<p>${'<b>'}</p>");
        ReportWriter.write(RESULT, settings(out, own, ReportFormat.HTML));
        assertEquals("<p>&lt;b&gt;</p>", Files.readString(out.resolve("html/index.html")));
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheApi(@TempDir Path out, @TempDir Path own) throws Exception {
        Files.createDirectories(own.resolve("md"));
        Files.writeString(own.resolve("md/index.md.ftlmd"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        ReportException e = assertThrows(ReportException.class,
                () -> ReportWriter.write(RESULT, settings(out, own, ReportFormat.MD)));
        assertTrue(e.getMessage().startsWith("md/index.md.ftlmd:1:"), e.getMessage());
        Files.writeString(own.resolve("md/index.md.ftlmd"), "${report?api.getClass()}");
        assertThrows(ReportException.class, () -> ReportWriter.write(RESULT, settings(out, own, ReportFormat.MD)));
    }

    @Test
    void templatesReachTheReportModelOnly(@TempDir Path out, @TempDir Path own) throws Exception {
        Files.createDirectories(own.resolve("html"));
        Files.writeString(own.resolve("html/index.html.ftlh"), "${report.getClass().getProtectionDomain()}");
        ReportException e = assertThrows(ReportException.class,
                () -> ReportWriter.write(RESULT, settings(out, own, ReportFormat.HTML)));
        assertTrue(e.getMessage().startsWith("html/index.html.ftlh:1:"), e.getMessage());
        Files.writeString(own.resolve("html/index.html.ftlh"), "${report.counts.total()} ${report.modules[0].name}");
        ReportWriter.write(RESULT, settings(out, own, ReportFormat.HTML));
        assertEquals("11 Inventory.Device", Files.readString(out.resolve("html/index.html")));
    }

    @Test
    void aBrokenTemplateNamesItsLineAndLeavesThePreviousReportIntact(@TempDir Path out, @TempDir Path own)
            throws Exception {
        ReportWriter.write(RESULT, settings(out, null, ReportFormat.MD, ReportFormat.HTML, ReportFormat.JSON));
        Map<String, String> before = ReportFixtures.read(out);
        Files.createDirectories(own.resolve("html"));
        Files.writeString(own.resolve("html/module.html.ftlh"), "ok\nok\n  <#if>broken</#if>\n");
        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.write(RESULT,
                settings(out, own, ReportFormat.MD, ReportFormat.HTML, ReportFormat.JSON)));
        assertTrue(e.getMessage().startsWith("html/module.html.ftlh:3:"), e.getMessage());
        assertEquals(before, ReportFixtures.read(out), "nothing was written");
    }

    @Test
    void aMissingTemplateFolderIsAClearError(@TempDir Path out) {
        Path missing = out.resolve("nope");
        var e = assertThrows(java.io.IOException.class,
                () -> ReportWriter.write(RESULT, settings(out, missing, ReportFormat.MD)));
        assertTrue(e.getMessage().contains("template directory does not exist"), e.getMessage());
    }

    @Test
    void aNewReportReplacesTheOldFolderAsAWhole(@TempDir Path out) throws Exception {
        ReportWriter.write(RESULT, settings(out, null, ReportFormat.HTML));
        Files.writeString(out.resolve("html/modules/Gone.html"), "stale");
        ReportWriter.write(RESULT, settings(out, null, ReportFormat.HTML));
        assertTrue(Files.notExists(out.resolve("html/modules/Gone.html")), "stale page removed");
        try (var siblings = Files.list(out)) {
            assertEquals(Set.of("html", ".otp-advisor.lock", ".otp-advisor-manifest"),
                    Set.copyOf(siblings.map(p -> p.getFileName().toString()).toList()),
                    "no staging folders left behind, only the lock file and the manifest");
        }
    }

    @Test
    void aFeatureDecisionFollowsTheSeedFormat() throws Exception {
        var answers = io.github.otpadvisor.decision.Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true)
                .dynamicChildren(true).build();
        String md = ReportWriter.renderFeatureDecision("User sessions", "Track each signed-in user's session.",
                answers, null, ReportFixtures.VERSION);
        assertTrue(md.startsWith("# OTP Analysis: User sessions\n"), md);
        assertTrue(md.contains("**Pattern**: GenServer\n"), md);
        assertTrue(md.contains("**Placement**: DynamicSupervisor + Registry\n"), md);
        assertTrue(md.contains("Track each signed-in user's session."), md);
        for (String code : ReportGoldenTest.elixirBlocks(md)) {
            assertTrue(new io.github.otpadvisor.elixir.ElixirFrontEnd().parse(code).ok(), code);
        }
    }
}
