package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.ProjectNames;
import io.github.otpadvisor.report.model.ApplicationReport;
import io.github.otpadvisor.report.model.FeatureContext;
import io.github.otpadvisor.report.model.FeatureNames;
import io.github.otpadvisor.report.model.InventoryRow;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import io.github.otpadvisor.scan.ScanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's "Check existing codebase patterns" for a feature planned in a project: its process modules counted
 * per kind, and the Registry, DynamicSupervisor, Task.Supervisor and PartitionSupervisor it already runs, from the
 * application that runs most of them, so the feature's sketches reuse them instead of inventing new ones.
 *
 * @param names     what the sketches reuse
 * @param app       the application the names come from, or null
 * @param inventory process modules per kind over every application (library processes included)
 * @param nameLines the names as the report lists them ({@code Registry Shop.Registry})
 */
record ProjectContext(FeatureNames names, String app, List<InventoryRow> inventory, List<String> nameLines) {
    /** Reads the project at {@code folder} (already checked to be a directory). */
    static ProjectContext of(Path folder, String toolVersion) {
        AnalysisResult result = new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(folder), List.of(), List.of()));
        ReportModel model = ReportModelBuilder.build(result, toolVersion);
        ProjectFacts project = result.project();
        String bestApp = null;
        ProjectNames best = null;
        int bestCount = -1;
        if (project != null) {
            for (ApplicationReport app : model.applications()) {
                String name = app.name().equals(ReportModelBuilder.NO_APPLICATION) ? null : app.name();
                ProjectNames n = ProjectNames.around(null, name, project);
                int count = count(n);
                if (count > bestCount) {
                    bestApp = name;
                    best = n;
                    bestCount = count;
                }
            }
        }
        FeatureNames names = best == null ? FeatureNames.none() : new FeatureNames(best.namespace(), best.registry(),
                best.dynamicSupervisor(), best.taskSupervisor(), best.partitionSupervisor());
        List<String> lines = new ArrayList<>();
        line(lines, "Registry", names.registry());
        line(lines, "DynamicSupervisor", names.dynamicSupervisor());
        line(lines, "Task.Supervisor", names.taskSupervisor());
        line(lines, "PartitionSupervisor", names.partitionSupervisor());
        return new ProjectContext(names, bestApp, inventory(model), lines);
    }

    static boolean isProject(Path folder) {
        return Files.isDirectory(folder);
    }

    /** The same context in the report's terms, with the warnings about the answers. */
    FeatureContext context(String project, List<String> warnings) {
        return new FeatureContext(warnings, null, project, app, inventory, nameLines);
    }

    private static int count(ProjectNames n) {
        int c = 0;
        for (String s : new String[] {n.registry(), n.dynamicSupervisor(), n.taskSupervisor(),
                n.partitionSupervisor()}) {
            c += s == null ? 0 : 1;
        }
        return c;
    }

    private static void line(List<String> lines, String kind, String name) {
        if (name != null) {
            lines.add(kind + " " + name);
        }
    }

    /** Rows per kind, summed over the applications, in the order the inventory lists them. */
    private static List<InventoryRow> inventory(ReportModel model) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (ApplicationReport app : model.applications()) {
            for (InventoryRow row : app.inventory()) {
                byKind.computeIfAbsent(row.abstraction(), k -> new ArrayList<>()).addAll(row.modules());
            }
        }
        List<InventoryRow> rows = new ArrayList<>();
        byKind.forEach((kind, modules) -> rows.add(new InventoryRow(kind, modules.size(), modules)));
        return rows;
    }
}
