package io.github.otpadvisor.sketch;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A small Mix project, application {@code :shop} started by {@code Shop.Application}, written and analyzed for sketch tests. */
final class ShopProject {
    private ShopProject() {
    }

    /** Writes the project's mix.exs and {@code files} (path below {@code root} -> source) and analyzes it. */
    static AnalysisResult analyze(Path root, Map<String, String> files) throws IOException {
        Files.writeString(root.resolve("mix.exs"), """
                defmodule Shop.MixProject do
                  use Mix.Project
                  def project, do: [app: :shop, version: "0.1.0"]
                  def application, do: [mod: {Shop.Application, []}]
                end
                """);
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
    }

    /** The sketch input of {@code module} as the analysis decided it, with its findings. */
    /** The report pages of the project {@code files} make, by module name. */
    static Map<String, io.github.otpadvisor.report.model.ModuleReport> pages(Path root, Map<String, String> files)
            throws IOException {
        Map<String, io.github.otpadvisor.report.model.ModuleReport> out = new java.util.LinkedHashMap<>();
        io.github.otpadvisor.report.model.ReportModelBuilder.build(analyze(root, files), "test").modules()
                .forEach(m -> out.put(m.name(), m));
        return out;
    }

    static SketchInput input(AnalysisResult r, String module) {
        Assessment a = r.assessments().of(module).orElseThrow();
        return SketchInput.of(a, r.project(), r.findings().stream().filter(f -> module.equals(f.module())).toList());
    }

    /** The module's test sketch, which must be Elixir that parses. */
    static String testSketch(AnalysisResult r, String module) {
        String t = ElixirSketches.testSketch(input(r, module));
        org.junit.jupiter.api.Assertions.assertTrue(Messages.parses(t), t);
        return t;
    }
}
