package io.github.otpadvisor.report.model;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.TodayPlacement;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.LibraryProcess;
import io.github.otpadvisor.project.LibraryProcessModule;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.SupervisionNode;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleExplanations;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import io.github.otpadvisor.sketch.ElixirSketches;
import io.github.otpadvisor.sketch.SketchInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link ReportModel} from an analysis: one {@link ModuleReport} per process module with
 * every section of the seed's format, the applications with their inventory and trees, and the rules
 * with findings. Pure: the same analysis gives an equal model.
 */
public final class ReportModelBuilder {
    /** The application name shown for process modules outside any Mix project. */
    public static final String NO_APPLICATION = "(no application)";

    private ReportModelBuilder() {
    }

    public static ReportModel build(AnalysisResult result, String toolVersion) {
        return build(result, toolVersion, true);
    }

    /**
     * The model without the per-module pages and the applications (their sketches, trees and failure analysis
     * are most of a report's work): all that JSON and SARIF show is the summaries and the findings.
     */
    public static ReportModel summary(AnalysisResult result, String toolVersion) {
        return build(result, toolVersion, false);
    }

    private static ReportModel build(AnalysisResult result, String toolVersion, boolean pages) {
        ProjectFacts project = result.project();
        Slugs moduleSlugs = new Slugs();
        // One page per definition: two modules with one name in two files get two slugs (name, name-2).
        Map<String, String> slugOf = new LinkedHashMap<>();
        Map<String, String> slugOfDefinition = new HashMap<>();
        // a file may define one name twice (the branches of an `if Code.ensure_loaded?`): a page for each
        Map<String, String> slugAt = new HashMap<>();
        for (ModuleSummary s : result.modules()) {
            String slug = moduleSlugs.next(s.name());
            slugAt.put(s.name() + "\n" + s.file() + "\n" + s.line(), slug);
            slugOfDefinition.putIfAbsent(s.name() + "\n" + s.file(), slug);
            slugOf.putIfAbsent(s.name(), slug);
        }
        // a finding on a call in another file (an application's start/2 starting it) goes to the definition of its
        // own application when the name has several
        Map<String, String> slugInApp = new HashMap<>();
        for (ModuleSummary s : result.modules()) {
            slugInApp.putIfAbsent(s.name() + "\n" + appOf(project, s.file()), slugAt.get(s.name() + "\n" + s.file()
                    + "\n" + s.line()));
        }
        java.util.function.Function<Finding, String> slugFor = f -> f.module() == null ? null
                : slugOfDefinition.getOrDefault(f.module() + "\n" + f.file(), slugInApp.getOrDefault(
                f.module() + "\n" + appOf(project, f.file()), slugOf.get(f.module())));
        Map<String, RuleView> rules = rules(result.findings(), pages);
        List<FindingView> findings = result.findings().stream().map(f -> view(f, rules, slugFor.apply(f))).toList();
        Map<String, List<FindingView>> bySlug = new HashMap<>();
        for (FindingView f : findings) {
            if (f.moduleSlug() != null) {
                bySlug.computeIfAbsent(f.moduleSlug(), k -> new ArrayList<>()).add(f);
            }
        }
        List<ModuleReport> modules = new ArrayList<>();
        if (pages && result.assessments() != null) {
            for (ModuleSummary s : result.modules()) {
                String slug = slugAt.get(s.name() + "\n" + s.file() + "\n" + s.line());
                // its own, and the children's OTP018 (a child that comes back after ending itself): the sketch of a
                // supervisor that starts it names that change (TodayCodes keeps only its children's)
                List<Finding> sketched = result.findings().stream()
                        .filter(f -> s.name().equals(f.module()) && slug.equals(slugFor.apply(f))
                                || "OTP018".equals(f.ruleId()) && !s.name().equals(f.module())).toList();
                result.assessments().of(s.name(), s.file(), s.line()).ifPresent(a -> modules.add(
                        module(a, project, slug, bySlug.getOrDefault(slug, List.of()), sketched)));
            }
        }
        return new ReportModel(toolVersion, result.filesAnalyzed(), result.parseFailures(), modules,
                pages ? applications(project, modules, result.findings()) : List.of(), List.copyOf(rules.values()),
                findings, counts(result.findings()),
                result.modules(), result.suppressionProblems(), result.internalErrors());
    }

    /** The application a file belongs to, or "" (no project: a result made up in a test). */
    private static String appOf(ProjectFacts project, String file) {
        return project == null ? "" : project.filesAt(file).stream().map(f -> f.app() == null ? "" : f.app())
                .findFirst().orElse("");
    }

    private static ModuleReport module(Assessment d, ProjectFacts project, String slug, List<FindingView> findings,
                                       List<Finding> sketched) {
        ProcessModule m = d.module();
        SketchInput sketch = SketchInput.of(d, project, sketched);
        io.github.otpadvisor.facts.Location computedStart = project == null ? null
                : project.configuredStart(m.name()).map(io.github.otpadvisor.facts.StartSite::location).orElse(null);
        RecommendationView rec = new RecommendationView(d.decision().processNeeded(), d.decision().abstraction().label(),
                Placements.recommended(d, computedStart),
                // a process kept for its purpose: the questions were answered for that purpose, not from the facts
                d.purposeLabel().map(x -> "its purpose, " + x + ", a refinement that comes before the questions"
                        + " (Q1-Q4 below are answered for it)").orElse(d.decision().decidedBy().toString()),
                rationale(d), d.today().label(), todayPlacement(d),
                d.verdict().label(),
                m.abstraction().isSupervisor() ? Steps.forSupervisor(d.answers())
                        : Steps.of(d.answers(), d.decision().decidedBy(), d.decision().processNeeded(),
                                AnswerEvidence.q4(m), d.factAnswers(), d.purposeLabel().orElse(null)));
        String worst = findings.stream().map(FindingView::severity).min((a, b) -> rank(a) - rank(b)).orElse(null);
        return new ModuleReport(m.name(), slug, m.file(), m.facts().location().line(), m.app(),
                m.abstraction().label(), Requirements.describe(m, project), ContextAnswers.of(m.properties(), d.purposeLabel()), rec,
                ElixirSketches.implementation(sketch), Placements.of(d, ElixirSketches.childrenEntry(sketch),
                        ElixirSketches.putsPersistentTerm(sketch), computedStart)
                        .withFailure(Failures.of(d, project)),
                ElixirSketches.testSketch(sketch), findings, worst);
    }

    /**
     * The decision's rationale; when the placement fits but no Registry finds it today, the rationale's "found through
     * a Registry" would read as a claim about the code, so it says what the code does and when a Registry is needed.
     */
    private static String rationale(Assessment a) {
        TodayPlacement.Found found = a.decision().placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY
                ? a.todayPlacement().found(a.module()) : null;
        if (found == null) {
            return a.decision().rationale();
        }
        String how = found.phrase().replace(" (no Registry)", "");
        return switch (found.reach()) {
            case PID -> a.decision().rationale() + " Today it is " + how + ", without a Registry: one is needed only"
                    + " when callers must find it by its id.";
            // frayt's notifiers: one per match in the whole cluster; a Registry is one node's
            case GLOBAL -> a.decision().rationale() + " Today it is " + how + ", unique in the whole cluster: a"
                    + " Registry is one node's and would not keep that, so it keeps its name.";
            default -> a.decision().rationale();
        };
    }

    /** Today's placement in the recommendation's words; null when the project does not show it. */
    private static String todayPlacement(Assessment a) {
        return a.todayPlacement().words(a.module());
    }

    /**
     * The rules that have findings. Only pages show a rule's explanation: a summary model (JSON, SARIF) leaves it
     * out (null) rather than render every explanation's Markdown to HTML for nothing.
     */
    private static Map<String, RuleView> rules(List<Finding> findings, boolean pages) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        Map<String, RuleView> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            RuleRegistry.byId(e.getKey()).ifPresent(r -> out.put(e.getKey(), pages ? rule(r, e.getValue())
                    : new RuleView(r.info().id(), r.info().summary(), r.info().severity().label(), null, null,
                    e.getValue())));
        }
        return out;
    }

    /** A rule's view for the pages, with how many findings it has in this report. */
    public static RuleView rule(Rule r, int findings) {
        String md = RuleExplanations.of(r.info().id()).orElse(r.info().summary());
        // The explanation's own headings go two levels down: pages put it under their own h1 and h2.
        return new RuleView(r.info().id(), r.info().summary(), r.info().severity().label(), md,
                MarkdownToHtml.render(md, 2), findings);
    }

    private static FindingView view(Finding f, Map<String, RuleView> rules, String moduleSlug) {
        RuleView r = rules.get(f.ruleId());
        return new FindingView(f.ruleId(), r == null ? f.ruleId() : r.title(), f.severity().label(), f.file(),
                f.line(), f.column(), f.module(), moduleSlug, f.message(),
                f.fingerprint(), f.recommendation() == null ? null : f.recommendation().label());
    }

    private static List<ApplicationReport> applications(ProjectFacts project, List<ModuleReport> modules,
                                                        List<Finding> allFindings) {
        Map<String, List<ModuleReport>> byApp = new TreeMap<>();
        // Every finding counts for the application of its file, not only those of its process modules: an
        // unsupervised start or a dynamic atom in a controller is that application's too.
        Map<String, String> appOfFile = new HashMap<>();
        if (project != null) {
            project.files().forEach(f -> appOfFile.put(f.file(), f.app() == null ? NO_APPLICATION : f.app()));
        }
        Map<String, Integer> findingsOfApp = new HashMap<>();
        for (Finding f : allFindings) {
            String app = appOfFile.getOrDefault(f.file(), NO_APPLICATION);
            findingsOfApp.merge(app, 1, Integer::sum);
            byApp.computeIfAbsent(app, k -> new ArrayList<>());
        }
        for (ModuleReport m : modules) {
            byApp.computeIfAbsent(m.app() == null ? NO_APPLICATION : m.app(), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<LibraryProcessModule>> libraries = new TreeMap<>();
        if (project != null) {
            for (LibraryProcessModule l : project.libraryProcesses()) {
                String app = l.app() == null ? NO_APPLICATION : l.app();
                libraries.computeIfAbsent(app, k -> new ArrayList<>()).add(l);
                byApp.computeIfAbsent(app, k -> new ArrayList<>());
            }
            project.trees().forEach((app, roots) -> {
                if (!roots.isEmpty()) {
                    byApp.computeIfAbsent(app == null || app.isEmpty() ? NO_APPLICATION : app, k -> new ArrayList<>());
                }
            });
        }
        Slugs appSlugs = new Slugs();
        Slugs treeSlugs = new Slugs();
        List<ApplicationReport> apps = new ArrayList<>();
        for (Map.Entry<String, List<ModuleReport>> e : byApp.entrySet()) {
            String app = e.getKey();
            List<ModuleReport> ms = e.getValue();
            List<SupervisionNode> roots = project == null ? List.of()
                    : project.trees().getOrDefault(app.equals(NO_APPLICATION) ? "" : app, List.of());
            List<TreeView> trees = new ArrayList<>();
            for (SupervisionNode root : roots) {
                trees.add(new TreeView(root.label(), treeSlugs.next(app + "-" + root.label()), root.draw(), root,
                        root.size()));
            }
            int findings = findingsOfApp.getOrDefault(app, 0);
            List<InventoryRow> inventory = new ArrayList<>(inventory(ms));
            inventory.addAll(libraryRows(libraries.getOrDefault(app, List.of())));
            apps.add(new ApplicationReport(app, appSlugs.next(app), inventory,
                    ms.stream().map(ModuleReport::name).sorted().toList(), trees, findings));
        }
        return apps;
    }

    /** Rows in the order of {@link Abstraction}, only for abstractions in use. */
    private static List<InventoryRow> inventory(List<ModuleReport> modules) {
        List<InventoryRow> rows = new ArrayList<>();
        for (Abstraction a : Abstraction.values()) {
            List<String> names = modules.stream().filter(m -> m.today().equals(a.label())).map(ModuleReport::name)
                    .sorted().toList();
            if (!names.isEmpty()) {
                rows.add(new InventoryRow(a.label(), names.size(), names));
            }
        }
        return rows;
    }

    /** Library processes (LiveView, GenStage...) by kind: counted in the inventory, with no decision of their own. */
    private static List<InventoryRow> libraryRows(List<LibraryProcessModule> libraries) {
        List<InventoryRow> rows = new ArrayList<>();
        for (LibraryProcess kind : LibraryProcess.values()) {
            List<String> names = libraries.stream().filter(l -> l.kind() == kind).map(LibraryProcessModule::name)
                    .distinct().sorted().toList();
            if (!names.isEmpty()) {
                rows.add(new InventoryRow(kind.label() + " (library process)", names.size(), names));
            }
        }
        return rows;
    }

    private static SeverityCounts counts(List<Finding> findings) {
        int[] c = new int[3];
        for (Finding f : findings) {
            c[f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
        }
        return new SeverityCounts(c[0], c[1], c[2]);
    }

    static int rank(String severity) {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }
}
