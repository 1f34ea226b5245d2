package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation: every mistake is found before any file is analyzed, and its message names the valid values. */
class RunPlanTest {
    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws Exception {
        Projects.redFlag(project);
    }

    @Test
    void aValidRequestBecomesAPlan() throws Exception {
        RunPlan plan = RunPlan.validate(RunRequest.builder(project).formats(List.of("json", "md"))
                .outputDirectory(Path.of("target/out")).templateDirectory(Path.of("lib")).failOnSeverity("warning")
                .maxAllowedFindings(3).failOnParseError(true).toolVersion("9.9").build());
        assertEquals(Set.of(ReportFormat.JSON, ReportFormat.MD), plan.formats());
        assertEquals(project.resolve("target/out"), plan.outputDirectory());
        assertEquals(project.resolve("lib"), plan.templateDirectory());
        assertEquals(new FailurePolicy(Severity.WARNING, 3, true), plan.policy());
        assertEquals("9.9", plan.toolVersion());
        assertNull(plan.baseline());
    }

    @Test
    void eachMistakeNamesItsSettingAndTheValidValues() {
        assertProblem(Setting.RULE_SEVERITIES,
                "unknown severity 'loud' for OTP004; expected error, warning, info or off",
                RunRequest.builder(project).ruleSeverities(Map.of("OTP004", "loud")));
        assertProblem(Setting.FORMATS, "unknown format 'pdf'; expected text, json, sarif, md or html",
                RunRequest.builder(project).formats(List.of("pdf")));
        assertProblem(Setting.FAIL_ON_SEVERITY, "expected error, warning, info or none, got 'fatal'",
                RunRequest.builder(project).failOnSeverity("fatal"));
        assertProblem(Setting.MAX_ALLOWED_FINDINGS, "must be 0 or more, got -1",
                RunRequest.builder(project).maxAllowedFindings(-1));
        assertProblem(Setting.MAX_FILE_BYTES, "must be at least 1, got 0", RunRequest.builder(project).maxFileBytes(0));
        assertProblem(Setting.TEMPLATE_DIRECTORY, project.resolve("missing") + " is not a folder",
                RunRequest.builder(project).templateDirectory(Path.of("missing")));
        assertProblem(Setting.OUTPUT_DIRECTORY, "needed by the md and html formats, which write folders",
                RunRequest.builder(project).formats(List.of("html")));
        assertProblem(Setting.BASELINE_FILE, project.resolve("b.json")
                        + " does not exist; record one with mvn otp-advisor:baseline",
                RunRequest.builder(project).baselineFile(Path.of("b.json")));
    }

    @Test
    void aMistakeFailsBeforeAnyReportIsWritten() {
        Path out = project.resolve("out");
        assertThrows(ConfigurationException.class, () -> RunPlan.validate(RunRequest.builder(project)
                .formats(List.of("json")).outputDirectory(out).failOnSeverity("fatal").build()));
        assertFalse(Files.exists(out));
    }

    @Test
    void withSeveralMistakesThePolicyIsReportedFirstAndTheSourcesLast() {
        RunRequest.Builder request = RunRequest.builder(project).sourceRoots(List.of(Path.of("gone")))
                .ruleSeverities(Map.of("OTP999", "warning")).formats(List.of("pdf"));
        assertEquals(Setting.FORMATS, assertThrows(ConfigurationException.class,
                () -> RunPlan.validate(request.build())).setting());
        assertEquals(Setting.FAIL_ON_SEVERITY, assertThrows(ConfigurationException.class,
                () -> RunPlan.validate(request.failOnSeverity("fatal").build())).setting());
        assertEquals(Setting.SOURCE_ROOTS, assertThrows(ConfigurationException.class,
                () -> RunPlan.validate(RunRequest.builder(project).sourceRoots(List.of(Path.of("gone")))
                        .ruleSeverities(Map.of("OTP999", "warning")).build())).setting());
    }

    @Test
    void theDefaultBaselineIsUsedOnlyWhenItExists() throws Exception {
        RunRequest.Builder request = RunRequest.builder(project).defaultBaseline(true);
        assertNull(RunPlan.validate(request.build()).baseline());
        Files.writeString(project.resolve(BaselineFiles.DEFAULT_NAME),
                "{\"schemaVersion\": 1, \"tool\": \"otp-advisor\", \"findings\": []}");
        assertEquals(project.resolve(BaselineFiles.DEFAULT_NAME), RunPlan.validate(request.build()).baseline().file());
        assertNull(RunPlan.validate(RunRequest.builder(project).build()).baseline(), "not asked for: not read");
    }

    @Test
    void aBaselineThatIsNotJsonIsReportedAtItsPosition() throws Exception {
        Path file = project.resolve("baseline.json");
        Files.writeString(file, "{ not json");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RunPlan.validate(RunRequest.builder(project).baselineFile(file).build()));
        assertNull(e.setting());
        assertTrue(e.message(Spelling.PARAMETER).startsWith(file + ":1:"), e.getMessage());
        assertEquals(e.message(Spelling.PARAMETER), e.message(Spelling.OPTION));
    }

    private static void assertProblem(Setting setting, String problem, RunRequest.Builder request) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RunPlan.validate(request.build()));
        assertEquals(setting, e.setting(), e::getMessage);
        assertEquals(problem, e.problem());
    }
}
