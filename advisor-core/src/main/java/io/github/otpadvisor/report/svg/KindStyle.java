package io.github.otpadvisor.report.svg;

import io.github.otpadvisor.project.SupervisionNode.Kind;

/** Per node kind: CSS class, tag drawn in the box, legend text and colours. */
enum KindStyle {
    APPLICATION("app", "app", "application", "#f3e8ff", "#7e22ce"),
    SUPERVISOR("sup", "sup", "Supervisor", "#dbeafe", "#1e40af"),
    DYNAMIC_SUPERVISOR("dynsup", "dyn sup", "DynamicSupervisor", "#ccfbf1", "#0f766e"),
    PARTITION_SUPERVISOR("partsup", "part sup", "PartitionSupervisor", "#e0e7ff", "#4338ca"),
    TASK_SUPERVISOR("tasksup", "task sup", "Task.Supervisor", "#fef9c3", "#854d0e"),
    REGISTRY("registry", "registry", "Registry", "#fce7f3", "#9d174d"),
    WORKER("worker", "worker", "worker", "#f1f5f9", "#475569"),
    DYNAMIC_CHILD("dynchild", "dyn child", "child started at runtime", "#dcfce7", "#166534"),
    UNRESOLVED("unresolved", "unresolved", "child spec not resolved (dashed)", "#ffffff", "#6b7280");

    final String css;
    final String tag;
    final String legend;
    final String fill;
    final String stroke;

    KindStyle(String css, String tag, String legend, String fill, String stroke) {
        this.css = css;
        this.tag = tag;
        this.legend = legend;
        this.fill = fill;
        this.stroke = stroke;
    }

    static KindStyle of(Kind kind) {
        return kind == null ? UNRESOLVED : valueOf(kind.name());
    }
}
