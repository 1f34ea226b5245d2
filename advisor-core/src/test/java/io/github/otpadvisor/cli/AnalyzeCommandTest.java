package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command end to end on a small project: output forms, exit statuses, configuration. */
class AnalyzeCommandTest {
    private static final String PRICING = StatelessGenServer.named("Shop.Pricing") + "\n" + """
            defmodule Shop.Application do
              use Application

              def start(_type, _args) do
                Supervisor.start_link([Shop.Pricing], strategy: :one_for_one)
              end
            end
            """;

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(project.resolve("lib/shop"));
        Files.writeString(project.resolve("lib/shop/pricing.ex"), PRICING);
        Files.createDirectories(project.resolve("deps/other/lib"));
        Files.writeString(project.resolve("deps/other/lib/bad.ex"), "spawn(fn -> :ok end)\n");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void redFlagsAreListedInCompilerFormAndFailTheRun() {
        assertEquals(1, run("analyze", project.toString()));
        assertTrue(out().contains("lib/shop/pricing.ex:2:3: error [OTP001] Shop.Pricing is a GenServer"), out());
        assertTrue(out().contains("lib/shop/pricing.ex:11:3: error [OTP002] "), out());
        assertTrue(!out().contains("deps/"), "dependencies are never analyzed: " + out());
        assertTrue(err().contains("2 findings (2 error, 0 warning, 0 info) in 1 process modules, 1 files"), err());
    }

    @Test
    void aRunOverNoFileWarnsOnStandardError() {
        assertEquals(0, run("analyze", "--include", "apps/**", project.toString()));
        assertTrue(err().contains("warning: includes pattern 'apps/**' matches no Elixir file below " + project + "\n"),
                err());
        assertTrue(err().contains("warning: the includes and excludes select none of the 1 Elixir file below "), err());
    }

    @Test
    void failOnNoneAndRuleSeveritiesChangeTheOutcome() {
        assertEquals(0, run("analyze", "--fail-on", "none", project.toString()));
        assertEquals(0, run("analyze", "--rule-severity", "OTP001=warning", "--rule-severity", "OTP002=off",
                project.toString()));
        assertTrue(out().contains("warning [OTP001]"), out());
        assertTrue(!out().contains("OTP002"), out());
        assertEquals(1, run("analyze", "--fail-on", "warning", "--rule-severity", "OTP001=warning",
                "--rule-severity", "OTP002=off", project.toString()));
    }

    @Test
    void maxAllowedFindingsToleratesThatManyAsTheGoalDoes() {
        assertEquals(0, run("analyze", "--max-allowed-findings", "2", project.toString()));
        assertTrue(out().contains("error [OTP001]"), "tolerated findings are still listed: " + out());
        assertEquals(1, run("analyze", "--max-allowed-findings=1", project.toString()));
        assertTrue(err().endsWith("2 findings at or above error, 1 allowed (--fail-on=error, "
                + "--max-allowed-findings=1)" + System.lineSeparator()), err());
        assertEquals(0, run("analyze", "--fail-on", "none", "--max-allowed-findings", "0", project.toString()));
    }

    @Test
    void maxAllowedFindingsMustBeAWholeNumberNotBelowZero() {
        assertEquals(2, run("analyze", "--max-allowed-findings", "-1", project.toString()));
        assertTrue(err().startsWith("otp-advisor analyze: --max-allowed-findings: must be 0 or more, got -1"), err());
        assertEquals(2, run("analyze", "--max-allowed-findings", "few", project.toString()));
        assertTrue(err().contains("--max-allowed-findings takes a whole number, got few"), err());
    }

    @Test
    void failOnParseErrorMakesABrokenFileFailTheRun() throws IOException {
        Files.writeString(project.resolve("lib/shop/broken.ex"), "defmodule Broken do\n  def f(, do: 1\nend\n");
        assertEquals(0, run("analyze", "--fail-on", "none", project.toString()));
        assertEquals(1, run("analyze", "--fail-on", "none", "--fail-on-parse-error", project.toString()));
        assertTrue(err().contains("lib/shop/broken.ex:3:1: unexpected reserved word: end."), err());
        assertTrue(err().contains("1 file does not parse (--fail-on-parse-error)"), err());
        assertEquals(2, run("analyze", "--fail-on-parse-error=yes", project.toString()));
        assertTrue(err().contains("option --fail-on-parse-error takes no value"), err());
    }

    @Test
    void theUsageNamesTheNewOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("[--fail-on error|warning|info|none] [--max-allowed-findings N] "
                + "[--fail-on-parse-error]"), out());
    }

    @Test
    void jsonIsWrittenIntoTheOutputFolder() throws IOException {
        Path outDir = project.resolve("report");
        assertEquals(1, run("analyze", "--format", "json", "--out", outDir.toString(), project.toString()));
        String json = Files.readString(outDir.resolve("otp-advisor.json"));
        assertTrue(json.contains("\"schemaVersion\": 1"), json);
        assertTrue(json.contains("\"name\": \"Shop.Pricing\""), json);
        assertTrue(json.contains("\"recommendation\": \"Functions\""), json);
        assertTrue(json.contains("\"verdict\": \"heavier than needed\""), json);
        assertEquals("", out(), "json went to the file, and text was not asked for");
    }

    @Test
    void brokenFilesAreReportedWithTheirPositionAndTheOthersStillAnalyzed() throws IOException {
        Files.writeString(project.resolve("lib/shop/broken.ex"), "defmodule Broken do\n  def f(, do: 1\nend\n");
        assertEquals(1, run("analyze", project.toString()));
        assertTrue(err().contains("lib/shop/broken.ex:3:1: unexpected reserved word: end. "
                + "The \"(\" at line 2 is missing terminator \")\""), err());
        assertTrue(out().contains("[OTP001]"), out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("analyze"));
        assertEquals(2, run("analyze", "--fail-on", "sometimes", project.toString()));
        assertEquals(2, run("analyze", "--format", "pdf", project.toString()));
        assertEquals(2, run("analyze", "--rule-severity", "OTP999=error", project.toString()));
        assertEquals(2, run("analyze", project.resolve("missing").toString()));
        assertTrue(err().startsWith("otp-advisor analyze: PATH: " + project.resolve("missing") + " does not exist"),
                err());
        assertEquals(2, run("analyze", "--rule-severity", "OTP001", project.toString()));
        assertTrue(err().contains("--rule-severity takes ID=error|warning|info|off, got OTP001"), err());
    }

    @Test
    void everyFormatIsWrittenIntoTheOutputFolder() throws IOException {
        Path reports = project.resolve("reports");
        assertEquals(1, run("analyze", "--format", "json", "--format", "sarif", "--format", "md", "--format", "html",
                "--out", reports.toString(), project.resolve("lib").toString()));
        assertTrue(Files.isRegularFile(reports.resolve("otp-advisor.json")));
        assertTrue(Files.readString(reports.resolve("otp-advisor.sarif")).contains("\"version\": \"2.1.0\""));
        assertTrue(Files.readString(reports.resolve("md/modules/Shop.Pricing/otp-decision.md"))
                .startsWith("# OTP Analysis: Shop.Pricing"));
        assertTrue(Files.isRegularFile(reports.resolve("html/index.html")));
        assertTrue(err().contains("wrote " + reports.resolve("html")), err());
    }

    @Test
    void folderFormatsNeedAnOutputFolderAndTemplatesMustExist() {
        assertEquals(2, run("analyze", "--format", "md", project.toString()));
        assertTrue(err().contains("--out"), err());
        assertEquals(2, run("analyze", "--format", "html", "--out", project.resolve("r").toString(), "--templates",
                project.resolve("missing").toString(), project.toString()));
    }

    @Test
    void sarifGoesToStdoutWithoutAnOutputFolder() {
        assertEquals(1, run("analyze", "--format", "sarif", project.toString()));
        assertTrue(out().contains("\"partialFingerprints\""), out());
    }

    @Test
    void aBaselineHidesRecordedFindingsAndABadOneIsAClearError() throws IOException {
        Path baseline = project.resolve("otp-baseline.json");
        Files.writeString(baseline, "{ not json");
        assertEquals(2, run("analyze", "--baseline", baseline.toString(), project.toString()));
        assertTrue(err().startsWith(baseline.toString() + ":1:"), err());

        assertEquals(1, run("analyze", "--format", "json", project.toString()));
        var result = new io.github.otpadvisor.analysis.Analyzer(io.github.otpadvisor.analysis.AnalysisOptions.defaults())
                .analyze(new io.github.otpadvisor.scan.ScanRequest(java.util.List.of(project), java.util.List.of(),
                        java.util.List.of()));
        Files.delete(baseline); // not a baseline of ours: never overwritten
        io.github.otpadvisor.baseline.Baseline.write(baseline, result.findings());
        assertEquals(0, run("analyze", "--baseline", baseline.toString(), project.toString()));
        assertTrue(err().contains("hidden by the baseline"), err());
    }

    @Test
    void decideWritesTheSeedsReportForAPlannedFeature() {
        assertEquals(0, run("decide", "--feature", "Rate limiter", "--yes", "state", "--yes", "simple-get-update",
                "--yes", "many-readers"));
        assertTrue(out().startsWith("# OTP Analysis: "), out());
        assertTrue(out().contains("**Pattern**: ETS"), out());
        assertEquals(2, run("decide", "--yes", "state"));
        assertEquals(2, run("decide", "--feature", "x", "--yes", "maybe"));
        assertTrue(err().startsWith("otp-advisor decide: --yes: unknown answer 'maybe'; expected stateless, state, "
                + "one-off-async, simple-get-update, many-readers, timeouts-monitors-info, dynamic-children, "
                + "bottleneck"), err());
    }

    @Test
    void decideWritesTheFileNamedByOut() throws IOException {
        Path file = project.resolve("docs/sessions.md");
        assertEquals(0, run("decide", "--feature", "User sessions", "--yes", "state", "--yes",
                "timeouts-monitors-info", "--yes", "dynamic-children", "--out", file.toString()));
        assertEquals("", out());
        assertTrue(err().contains("wrote " + file), err());
        assertTrue(Files.readString(file).contains("DynamicSupervisor"));
    }
}
