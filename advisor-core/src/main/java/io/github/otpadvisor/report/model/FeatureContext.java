package io.github.otpadvisor.report.model;

import java.util.List;

/**
 * What a planned feature's decision knows beyond the answers (the seed's first steps): the warnings about
 * missing or contradictory answers, each with the question to answer; the Common Scenario the answers describe;
 * and, given a project, its existing patterns ("Check existing codebase patterns", counted per kind) and the
 * Registry and supervisors the sketches reuse.
 *
 * @param warnings  one sentence each, naming the question to answer; empty when the answers are complete
 * @param scenario  the seed's Common Scenario recognised, or null
 * @param project   the project's folder as given, or null without one
 * @param app       the OTP application whose names the sketches use, or null
 * @param inventory the project's process modules counted per kind, over all its applications
 * @param names     the names reused, as {@code Registry Shop.Registry}; empty when the project has none
 */
public record FeatureContext(List<String> warnings, ScenarioView scenario, String project, String app,
                             List<InventoryRow> inventory, List<String> names) {
    public FeatureContext {
        warnings = List.copyOf(warnings);
        inventory = List.copyOf(inventory);
        names = List.copyOf(names);
    }

    /** No project and nothing to warn about. */
    public static FeatureContext none() {
        return new FeatureContext(List.of(), null, null, null, List.of(), List.of());
    }
}
