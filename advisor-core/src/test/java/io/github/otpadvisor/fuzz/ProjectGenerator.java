package io.github.otpadvisor.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Elixir project decided by {@link Choices}: up to {@value #MAX_MODULES} modules (an
 * application, supervisors, dynamic supervisors, GenServers, Agents, Tasks, plain modules with
 * start sites) that refer to each other by name, so supervisors' children lists form chains,
 * shared children, self-references and cycles; laid out as one Mix application, an umbrella of two,
 * or loose files. Some modules land under {@code test/}, some names are defined twice.
 */
final class ProjectGenerator {
    /**
     * Enough for every graph shape; more would let the fuzzer spend its time in the known blow-up of
     * shared children (four children per supervisor over eight levels already take seconds, see
     * {@link KnownFindingsTest}). Raise it once those are expanded once.
     */
    static final int MAX_MODULES = 8;

    enum Kind { APPLICATION, SUPERVISOR, DYNAMIC_SUPERVISOR, GEN_SERVER, AGENT, TASK, PLAIN }

    private enum Layout { ONE_APP, UMBRELLA, LOOSE_FILES }

    private ProjectGenerator() {
    }

    static Map<String, String> generate(Choices c) {
        int count = 1 + c.next(MAX_MODULES);
        Layout layout = c.pick(List.of(Layout.values()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("Fz.M" + i);
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Kind kind = c.pick(List.of(Kind.values()));
            String name = c.oneIn(16) ? c.pick(names) : names.get(i);
            String dir = layout == Layout.UMBRELLA ? "apps/" + app(i) + "/" : "";
            String path = dir + (c.oneIn(12) ? "test/m" + i + "_test.exs" : "lib/fz/m" + i + ".ex");
            files.put(path, new ModuleSource(c, names, name).write(kind));
        }
        switch (layout) {
            case ONE_APP -> files.put("mix.exs", mixProject("Fz", "fz", "Fz.M0"));
            case UMBRELLA -> {
                files.put("mix.exs", "defmodule Fz.Umbrella.MixProject do\n  use Mix.Project\n\n"
                        + "  def project, do: [apps_path: \"apps\", version: \"0.1.0\"]\nend\n");
                files.put("apps/a/mix.exs", mixProject("A", "a", "Fz.M0"));
                files.put("apps/b/mix.exs", mixProject("B", "b", "Fz.M1"));
            }
            case LOOSE_FILES -> { }
        }
        return files;
    }

    private static String app(int module) {
        return module % 2 == 0 ? "a" : "b";
    }

    private static String mixProject(String prefix, String app, String mod) {
        return "defmodule " + prefix + ".MixProject do\n  use Mix.Project\n\n"
                + "  def project, do: [app: :" + app + ", version: \"0.1.0\", deps: []]\n\n"
                + "  def application, do: [mod: {" + mod + ", []}, extra_applications: [:logger]]\nend\n";
    }
}
