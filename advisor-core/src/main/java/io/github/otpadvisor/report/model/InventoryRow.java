package io.github.otpadvisor.report.model;

import java.util.List;

/** How many process modules of one application use one abstraction, and which. */
public record InventoryRow(String abstraction, int count, List<String> modules) {
    public InventoryRow {
        modules = List.copyOf(modules);
    }
}
