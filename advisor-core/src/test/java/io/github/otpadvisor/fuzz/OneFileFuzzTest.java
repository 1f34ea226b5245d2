package io.github.otpadvisor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Fingerprints;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Assessments;
import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.report.TextReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import io.github.otpadvisor.report.render.HtmlRenderer;
import io.github.otpadvisor.report.render.JsonRenderer;
import io.github.otpadvisor.report.render.MarkdownRenderer;
import io.github.otpadvisor.report.render.Renderer;
import io.github.otpadvisor.report.template.Templates;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import io.github.otpadvisor.suppress.Suppressions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the analysis of a one-file project: the input is the bytes of
 * {@code lib/fuzz.ex}, taken through the front end, fact extraction, linking, assessment, every
 * rule, suppressions, the report model and the renderers. Each stage is called here rather than
 * through {@code Analyzer}, whose catch-alls would turn a failing rule into a line of text without
 * its stack trace. Reports are rendered in memory only (writing them is {@link ProjectFuzzTest}'s
 * business), and not as SARIF: most of its ~100 ms goes to the rule catalogue, the same for every
 * input, and would cut the executions per second several times over.
 * A normal test run replays {@code OneFileFuzzTestInputs/oneFileAnalysis/}.
 */
class OneFileFuzzTest {
    private static final String FILE = "lib/fuzz.ex";
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();
    private static final List<Renderer> RENDERERS = List.of(new JsonRenderer(), new MarkdownRenderer(),
            new HtmlRenderer());
    private static final Templates TEMPLATES = builtInTemplates();

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void oneFileAnalysis(byte[] input) throws IOException, Templates.TemplateFailure {
        ParseResult parsed = FRONT_END.parse(input);
        Defects.check(parsed, input);
        FileFacts facts = FileFactsExtractor.extract(FILE, "fuzz", parsed);
        Defects.check(facts);
        Assessments assessments = Assessor.assess(ProjectFacts.link(List.of(facts)));
        List<Finding> findings = new ArrayList<>();
        RuleContext context = new RuleContext(assessments);
        for (Rule rule : RuleRegistry.all()) {
            findings.addAll(rule.check(context));
        }
        Suppressions suppressions = Suppressions.parse(FILE, parsed.comments(), RuleRegistry.ids());
        findings = Fingerprints.assign(suppressions.apply(findings), file -> List.of(), f -> "");
        List<ParseFailure> failures = parsed.ok() ? List.of()
                : List.of(new ParseFailure(FILE, parsed.error().line(), parsed.error().column(), parsed.error().message()));
        AnalysisResult result = new AnalysisResult(1, failures, summaries(assessments), findings,
                suppressions.problems(), List.of(), assessments);
        TextReport.findings(result);
        TextReport.summary(result);
        ReportModel model = ReportModelBuilder.build(result, "0.0.0-fuzz");
        for (Renderer renderer : RENDERERS) {
            renderer.render(model, TEMPLATES);
        }
    }

    private static List<ModuleSummary> summaries(Assessments assessments) {
        List<ModuleSummary> out = new ArrayList<>();
        for (Assessment a : assessments.all()) {
            out.add(new ModuleSummary(a.name(), a.module().file(), a.module().facts().location().line(),
                    a.module().abstraction().label(), a.decision().processNeeded(), a.recommendation(), a.verdict(),
                    a.todayPlacement().placement(), a.decision().placement(), a.supervision()));
        }
        return out;
    }

    private static Templates builtInTemplates() {
        try {
            return new Templates(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
