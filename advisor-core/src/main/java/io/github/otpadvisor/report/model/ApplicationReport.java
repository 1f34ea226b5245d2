package io.github.otpadvisor.report.model;

import java.util.List;

/**
 * One OTP application: its process inventory (the seed's "check existing codebase patterns" step,
 * counted) and its supervision trees.
 *
 * @param name      the application ({@code shop_core}), or {@code "(no application)"} for files outside a Mix project
 * @param slug      file-name-safe identifier
 * @param inventory one row per abstraction in use, in a fixed order, with counts
 * @param modules   its process modules (names), sorted
 * @param trees     its supervision trees, each drawn as an SVG picture
 * @param findings  findings in its modules
 */
public record ApplicationReport(String name, String slug, List<InventoryRow> inventory, List<String> modules,
                                List<TreeView> trees, int findings) {
    public ApplicationReport {
        inventory = List.copyOf(inventory);
        modules = List.copyOf(modules);
        trees = List.copyOf(trees);
    }
}
