package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.project.ProjectNames;
import io.github.otpadvisor.project.Supervision;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.sketch.SketchInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One assessment per module, read everywhere (issue 9): over every fixture project and the bundled
 * example, a module's recommendation and verdict in the JSON summary and on its page, the patterns its
 * findings recommend and claim in words, its sketch, and the Registry/Task.Supervisor names its findings
 * and its sketch use never contradict each other.
 */
class ConsistencyTest {
    /**
     * Findings on a module's declaration: they are about the module's abstraction. (OTP002 is about one
     * handler, whose computation becomes a function whatever the module stays.)
     */
    private static final Set<String> MODULE_RULES = Set.of("OTP001", "OTP003", "OTP004", "OTP006");
    /** The pattern a module rule argues for, in its words. */
    private static final Map<String, Pattern> CLAIMS = Map.of("OTP001", Pattern.FUNCTIONS, "OTP004", Pattern.ETS);
    private static final java.util.regex.Pattern TASK_SUPERVISOR =
            java.util.regex.Pattern.compile("Task\\.Supervisor\\.start_child\\(([^,\\s]+),");
    private static final java.util.regex.Pattern REGISTRY =
            java.util.regex.Pattern.compile("\\{:via, Registry, \\{([^,\\s]+),");

    private static final java.util.concurrent.atomic.AtomicInteger PARTITION_CHECKS =
            new java.util.concurrent.atomic.AtomicInteger();

    @TestFactory
    Stream<DynamicTest> everyProjectReadsOneAssessmentPerModule() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path root : projects()) {
            tests.add(dynamicTest(root.toString(), () -> check(root)));
        }
        tests.add(dynamicTest("OTP010 findings were checked against a placement",
                () -> assertTrue(PARTITION_CHECKS.get() > 0, "no OTP010 finding named an assessed module")));
        assertTrue(tests.size() > 20, "fixture projects found: " + tests.size());
        return tests.stream();
    }

    static List<Path> projects() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("../examples/polyglot-shop"),
                Path.of("src/test/resources/facts/umbrella"), Path.of("src/test/resources/facts/cycle"), Path.of("src/test/resources/facts/placement"),
                Path.of("src/test/resources/reports/project"), Path.of("src/test/resources/sketch/hostile")));
        try (Stream<Path> rules = Files.list(Path.of("src/test/resources/rules"))) {
            for (Path rule : rules.filter(Files::isDirectory).sorted().toList()) {
                for (String side : List.of("positive", "negative")) {
                    if (Files.isDirectory(rule.resolve(side))) {
                        roots.add(rule.resolve(side));
                    }
                }
            }
        }
        return roots;
    }

    private static void check(Path root) {
        AnalysisResult result = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        ReportModel model = ReportModelBuilder.build(result, "test");
        for (Assessment a : result.assessments().all()) {
            String at = root + " " + a.name();
            ModuleSummary summary = result.modules().stream().filter(s -> s.name().equals(a.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(at + ": not in the JSON modules"));
            assertEquals(a.recommendation(), summary.recommendation(), at);
            assertEquals(a.verdict(), summary.verdict(), at);
            ModuleReport page = model.modules().stream().filter(m -> m.name().equals(a.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(at + ": no page"));
            assertEquals(a.recommendation().label(), page.recommendation().pattern(), at);
            assertEquals(a.verdict().label(), page.recommendation().verdict(), at);
            placementAgrees(a, summary, page, at);
            if (a.verdict() == io.github.otpadvisor.decision.Verdict.FITS) {
                // What fits is not rewritten: the section says so and shows only the changes findings call for.
                assertTrue(page.implementation().startsWith("# " + a.name() + " fits as it is")
                        && !page.implementation().contains("defmodule"), at + ":\n" + page.implementation());
            } else {
                sketchFollows(a.recommendation(), page.implementation(), at);
            }
            SketchInput in = SketchInput.of(a, result.project());
            for (Finding f : result.findings()) {
                if (a.name().equals(f.module())) {
                    findingAgrees(a, f, in, at);
                }
            }
        }
        for (Finding f : result.findings()) {
            namesAgree(result, f, root);
            partitionAgrees(result, f, root);
        }
        partitionHasItsFinding(result, root);
    }

    /**
     * The converse of {@link #partitionAgrees}: a worker recommended a PartitionSupervisor it does not have
     * today is exactly one OTP010 names (keyed by an entity, from a burst-rate path; never keyed by opts).
     */
    private static void partitionHasItsFinding(AnalysisResult result, Path root) {
        for (Assessment a : result.assessments().all()) {
            if (a.module().abstraction().isSupervisor() || a.decision().placement() != Placement.PARTITION_SUPERVISOR
                    || a.todayPlacement().placement() == Placement.PARTITION_SUPERVISOR) {
                continue;
            }
            boolean named = result.findings().stream().filter(f -> f.ruleId().equals("OTP010")).map(f -> {
                Matcher m = STARTS_ONE.matcher(f.message());
                return m.find() ? m.group(1) : "";
            }).anyMatch(a.name()::equals);
            assertTrue(named, root + " " + a.name() + ": recommended a PartitionSupervisor without an OTP010 finding");
        }
    }

    /**
     * The placement is one judgement too: the JSON summary and the page show the assessment's, the verdict
     * follows from both parts, and the sketch addresses the process the way the placement says.
     */
    private static void placementAgrees(Assessment a, ModuleSummary summary, ModuleReport page, String at) {
        Placement recommended = a.decision().placement();
        assertEquals(recommended, summary.placementRecommended(), at);
        assertEquals(a.todayPlacement().placement(), summary.placementToday(), at);
        assertEquals(a.supervision(), summary.supervision(), at);
        if (recommended != null || !a.decision().processNeeded()) {
            assertEquals(recommended == null ? null : recommended.label(), page.recommendation().placement(), at);
        } else {
            // a process with no placement recommended says why on the Placement line, never "no process"
            assertTrue(page.recommendation().placement().startsWith("not known: ")
                    || page.recommendation().placement().startsWith("none: short-lived"), at);
        }
        if (!a.decision().processNeeded()) {
            assertNull(recommended, at + ": no placement when no process is needed");
        } else if (recommended == null) {
            // a process with no placement claim: an unnamed per-caller instance, or short-lived code, and it says so
            String why = a.decision().rationale();
            assertTrue(why.contains("no placement is recommended") || why.contains("needs no place in the"),
                    at + ": a process without a placement says why: " + why);
            assertTrue(a.todayPlacement().placement() == null, at);
        }
        boolean sameAbstraction = a.today() == a.recommendation();
        boolean samePlacement = !a.todayPlacement().known() || a.todayPlacement().placement() == recommended;
        switch (a.verdict()) {
            case FITS -> assertTrue(sameAbstraction && samePlacement, at);
            case PLACEMENT_DIFFERS -> {
                assertTrue(sameAbstraction && !samePlacement, at);
                assertTrue(page.supervision().note() != null && page.supervision().note().contains(recommended.label()),
                        at + ": the page says which placement: " + page.supervision().note());
            }
            default -> assertFalse(sameAbstraction, at);
        }
        if (a.supervision().status() == Supervision.Status.UNKNOWN) {
            assertFalse(a.todayPlacement().known(), at + ": no placement claim on an unresolved supervision");
        }
        String sketch = page.implementation();
        if (recommended == Placement.DYNAMIC_SUPERVISOR_REGISTRY && a.recommendation().isProcess()
                && !a.module().abstraction().isSupervisor()) {
            assertTrue(sketch.contains("Registry") && sketch.contains("DynamicSupervisor"), at + ":\n" + sketch);
        }
        if (recommended == Placement.PARTITION_SUPERVISOR) {
            assertTrue(sketch.contains("PartitionSupervisor"), at + ":\n" + sketch);
        }
    }

    private static void findingAgrees(Assessment a, Finding f, SketchInput in, String at) {
        String where = at + " " + f.format();
        if (MODULE_RULES.contains(f.ruleId()) && f.line() == declarationLine(a)) {
            assertEquals(a.recommendation(), f.recommendation(), where);
        }
        Pattern claim = CLAIMS.get(f.ruleId());
        if (claim != null) {
            assertEquals(claim, a.recommendation(), where);
            assertNotEquals(Verdict.FITS, a.verdict(), where);
        }
        if (f.ruleId().equals("OTP006") && f.line() == declarationLine(a)) {
            assertEquals(Pattern.GENSERVER, a.decision().abstraction(), where);
        }
        // The names a finding tells to use are the ones its module's sketch uses.
        expectName(TASK_SUPERVISOR.matcher(f.message()),
                Objects.requireNonNullElse(in.taskSupervisor(), ProjectNames.defaultTaskSupervisor(in.namespace())),
                where);
        expectName(REGISTRY.matcher(f.message()),
                Objects.requireNonNullElse(in.registry(), ProjectNames.defaultRegistry(in.namespace())), where);
    }

    private static final java.util.regex.Pattern STARTS_ONE = java.util.regex.Pattern.compile(" starts one (\\S+) per ");

    /**
     * OTP010 argues for partitioning the starts of the module it names: that module's placement says
     * PartitionSupervisor too, and its verdict is not "fits" (it is started under one DynamicSupervisor today).
     */
    private static void partitionAgrees(AnalysisResult result, Finding f, Path root) {
        Matcher m = STARTS_ONE.matcher(f.message());
        if (!f.ruleId().equals("OTP010") || !m.find()) {
            return;
        }
        result.assessments().of(m.group(1)).filter(a -> !a.module().abstraction().isSupervisor()).ifPresent(a -> {
            String where = root + " " + f.format();
            assertEquals(Placement.PARTITION_SUPERVISOR, a.decision().placement(), where);
            assertNotEquals(Verdict.FITS, a.verdict(), where);
            PARTITION_CHECKS.incrementAndGet();
        });
    }

    /** Findings in any module (process module or not) name what the project model says is there. */
    private static void namesAgree(AnalysisResult result, Finding f, Path root) {
        String app = result.project().fileOf(f.module() == null ? "" : f.module()).map(ff -> ff.app())
                .orElseGet(() -> result.project().files().stream().filter(ff -> ff.file().equals(f.file()))
                        .map(ff -> ff.app()).filter(Objects::nonNull).findFirst().orElse(null));
        ProjectNames names = result.assessments().namesAround(f.module(), app);
        String where = root + " " + f.format();
        expectName(TASK_SUPERVISOR.matcher(f.message()), names.taskSupervisorOrDefault(), where);
        expectName(REGISTRY.matcher(f.message()), names.registryOrDefault(), where);
    }

    private static void expectName(Matcher m, String expected, String where) {
        while (m.find()) {
            assertEquals(expected, m.group(1), where);
        }
    }

    private static int declarationLine(Assessment a) {
        var decl = a.module().facts().abstractionEvidence();
        return decl != null ? decl.line() : a.module().facts().location().line();
    }

    /** The sketch implements the recommended pattern, not another one. */
    private static void sketchFollows(Pattern p, String sketch, String at) {
        String where = at + " recommends " + p + ":\n" + sketch;
        switch (p) {
            case FUNCTIONS -> {
                assertFalse(sketch.contains("GenServer.start_link") || sketch.contains("Agent.start_link"), where);
            }
            // a write-once value is ETS's recommendation, put in :persistent_term (RULEBOOK §3)
            case ETS -> assertTrue(sketch.contains(":ets.") || sketch.contains(":persistent_term.put("), where);
            case AGENT -> assertTrue(sketch.contains("use Agent") || sketch.contains("Agent.start_link"), where);
            case GENSERVER, GEN_STATEM -> assertTrue(sketch.contains("GenServer") || sketch.contains(":gen_statem"), where);
            case TASK, TASK_SUPERVISOR -> assertTrue(sketch.contains("Task"), where);
            case SUPERVISOR -> assertTrue(sketch.contains("Supervisor"), where);
            case DYNAMIC_SUPERVISOR, DYNAMIC_SUPERVISOR_REGISTRY, PARTITION_SUPERVISOR ->
                    assertTrue(sketch.contains("Registry") || sketch.contains("DynamicSupervisor"), where);
        }
    }
}
