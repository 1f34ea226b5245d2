package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run: analysis, baseline, reports; and recording the baseline it applies. */
class AnalysisRunTest {
    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws Exception {
        Projects.redFlag(project);
    }

    @Test
    void findsTheRedFlagAndWritesTheReportsAskedFor() throws Exception {
        Path out = project.resolve("target/otp-advisor");
        RunOutcome outcome = AnalysisRun.run(RunPlan.validate(RunRequest.builder(project)
                .formats(List.of("text", "json", "sarif")).outputDirectory(out).toolVersion("1.2.3").build()));
        assertEquals(1, outcome.result().findings().size());
        String finding = outcome.result().findings().get(0).format();
        assertTrue(finding.startsWith("lib/shop/price_cache.ex:3:3: error [OTP004] "), finding);
        assertEquals(List.of(out.resolve("otp-advisor.json"), out.resolve("otp-advisor.sarif")), outcome.reports());
        assertTrue(Files.readString(out.resolve("otp-advisor.json")).contains("\"version\": \"1.2.3\""));
        assertNull(outcome.baseline());
        assertEquals(List.of(), outcome.problems());
    }

    @Test
    void withoutAnOutputDirectoryNothingIsWritten() throws Exception {
        RunOutcome outcome = AnalysisRun.run(RunPlan.validate(RunRequest.builder(project)
                .formats(List.of("json")).build()));
        assertEquals(List.of(), outcome.reports());
        assertEquals(1, outcome.result().findings().size());
    }

    @Test
    void rulesSwitchedOffFindNothing() throws Exception {
        RunOutcome outcome = AnalysisRun.run(RunPlan.validate(RunRequest.builder(project)
                .ruleSeverities(Map.of("OTP004", "off")).build()));
        assertEquals(List.of(), outcome.result().findings());
    }

    @Test
    void aRecordedBaselineHidesItsFindingsAndReportsStaleEntries() throws Exception {
        RunPlan plain = RunPlan.validate(RunRequest.builder(project).build());
        BaselineRecorder.Recorded recorded =
                BaselineRecorder.record(plain, BaselineFiles.location(null, project));
        assertEquals(new BaselineRecorder.Recorded(project.resolve("otp-advisor-baseline.json"), 1), recorded);

        RunPlan withBaseline = RunPlan.validate(RunRequest.builder(project).defaultBaseline(true).build());
        RunOutcome outcome = AnalysisRun.run(withBaseline);
        assertEquals(List.of(), outcome.result().findings());
        assertEquals(new BaselineOutcome(recorded.file(), 1, 0, 0), outcome.baseline());
        assertEquals(Optional.empty(), withBaseline.policy().violation(outcome, Spelling.PARAMETER));

        Files.delete(project.resolve("lib/shop/price_cache.ex"));
        assertEquals(new BaselineOutcome(recorded.file(), 0, 1, 0), AnalysisRun.run(withBaseline).baseline());
    }

    @Test
    void aParseErrorFailsOnlyWhenAskedAndIsAProblemWithItsPosition() throws Exception {
        Projects.write(project, "lib/shop/broken.ex", Projects.BROKEN);
        RunPlan plan = RunPlan.validate(RunRequest.builder(project).failOnSeverity("none").failOnParseError(true)
                .build());
        RunOutcome outcome = AnalysisRun.run(plan);
        Problem problem = outcome.problems().get(0);
        assertEquals(Problem.Kind.PARSE_ERROR, problem.kind());
        assertEquals("lib/shop/broken.ex:3:1:", problem.position());
        assertEquals(Optional.of("1 file does not parse (failOnParseError=true)"),
                plan.policy().violation(outcome, Spelling.PARAMETER));
    }

    @Test
    void hasSourcesOnlyWalks() throws Exception {
        assertTrue(AnalysisRun.hasSources(RunPlan.validate(RunRequest.builder(project).build())));
        assertFalse(AnalysisRun.hasSources(RunPlan.validate(RunRequest.builder(project)
                .includes(List.of("*.exs")).build())));
    }

    @Test
    void aRunOverNoFileSaysSoAndWritesNothing() throws Exception {
        Path out = project.resolve("target/otp-advisor");
        RunOutcome outcome = AnalysisRun.run(RunPlan.validate(RunRequest.builder(project)
                .includes(List.of("apps/*/lib/**")).formats(List.of("json")).outputDirectory(out).build()));
        assertEquals(List.of(
                "includes pattern 'apps/*/lib/**' matches no Elixir file below .",
                "the includes and excludes select none of the 2 Elixir files below .: nothing analyzed, no report written"),
                outcome.sources().warnings());
        assertTrue(outcome.sources().empty());
        assertFalse(outcome.sources().noElixirCode());
        assertEquals(List.of(), outcome.reports());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderWithoutElixirCodeIsOneSentence(@TempDir Path javaModule) throws Exception {
        Files.writeString(javaModule.resolve("pom.xml"), "<project/>");
        SourceCheck sources = AnalysisRun.sources(RunPlan.validate(RunRequest.builder(javaModule)
                .excludes(List.of("test/**")).build()));
        assertTrue(sources.noElixirCode());
        assertEquals(List.of("no Elixir file (.ex, .exs) below .: nothing analyzed, no report written"),
                sources.warnings(), "no pattern is blamed when there is nothing to match");
    }

    @Test
    void aPatternThatMatchesNothingIsNamedEvenWhenOthersMatch() throws Exception {
        Files.createDirectories(project.resolve("test"));
        Files.writeString(project.resolve("test/shop_test.exs"), "defmodule ShopTest do\nend\n");
        SourceCheck sources = AnalysisRun.sources(RunPlan.validate(RunRequest.builder(project)
                .includes(List.of("lib/**", "lbi/**")).excludes(List.of("test/**", "**/legacy/**"))
                .excludedDirectories(List.of(project.resolve("billing"))).build()));
        assertEquals(2, sources.files());
        assertEquals(List.of("includes pattern 'lbi/**' matches no Elixir file below .",
                "excludes pattern '**/legacy/**' matches no Elixir file below ., so it leaves nothing out"),
                sources.warnings(), "the module folder the run leaves out itself is not the user's pattern");
    }

    @Test
    void aReportThatCannotBeWrittenIsARunError() throws Exception {
        Path file = project.resolve("occupied");
        RunPlan plan = RunPlan.validate(RunRequest.builder(project).formats(List.of("json"))
                .outputDirectory(file).build());
        Files.writeString(file, "a file where the output folder should be"); // after the check: seen by the writer
        RunException e = assertThrows(RunException.class, () -> AnalysisRun.run(plan));
        assertEquals(file + ": is a file, not a folder", e.getMessage());
    }

    @Test
    void anOutputFolderThatIsAFileIsAConfigurationError() throws Exception {
        Path file = project.resolve("occupied");
        Files.writeString(file, "a file where the output folder should be");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RunPlan.validate(
                RunRequest.builder(project).formats(List.of("json")).outputDirectory(file.resolve("reports")).build()));
        assertEquals(Setting.OUTPUT_DIRECTORY, e.setting());
        assertEquals(file + " is a file, not a folder", e.problem());
    }

    @Test
    void findingsKeepTheirFingerprints() throws Exception {
        Finding f = AnalysisRun.analyze(RunPlan.validate(RunRequest.builder(project).build())).findings().get(0);
        assertTrue(f.fingerprint() != null && !f.fingerprint().isEmpty());
    }
}
