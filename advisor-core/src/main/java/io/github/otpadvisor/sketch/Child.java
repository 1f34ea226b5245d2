package io.github.otpadvisor.sketch;

/**
 * A child spec tuple {@code {head, args}} as children lists and {@code start_supervised!} take it, kept
 * in two parts so a long one can be broken where the formatter breaks it.
 *
 * @param head the module ({@code Registry}, {@code ShopCore.Cart})
 * @param args its argument: keyword options ({@code keys: :unique, name: X}) or a term ({@code []})
 */
record Child(String head, String args) {
    static Child of(String module) {
        return new Child(module, "[]");
    }

    static Child registry(SketchPlan p) {
        return new Child("Registry", "keys: :unique, name: " + p.registry);
    }

    static Child dynamicSupervisor(SketchPlan p) {
        return new Child("DynamicSupervisor", "strategy: :one_for_one, name: " + p.dynamicSupervisor);
    }

    /** A PartitionSupervisor of {@code partitioned} (DynamicSupervisor, or a DynamicSupervisor module). */
    static Child partitionSupervisor(SketchPlan p, String partitioned) {
        return new Child("PartitionSupervisor", "child_spec: " + partitioned + ", name: " + p.partitionSupervisor);
    }

    static Child taskSupervisor(SketchPlan p) {
        return new Child("Task.Supervisor", "name: " + p.taskSupervisor);
    }

    String text() {
        return "{" + head + ", " + args + "}";
    }

    /** As a list item, {@code tail} being the comma or nothing. */
    void write(CodeWriter w, String tail) {
        w.keywordTuple(head, args, tail);
    }

    /** {@code start_supervised!(child)}, broken as the formatter breaks it when it is too long. */
    void startSupervised(CodeWriter w, String assign) {
        String call = "start_supervised!(" + text() + ")";
        if (assign != null) {
            w.binary(assign, "=", call);
        } else if (w.fits(call)) {
            w.line(call);
        } else {
            w.blank();
            w.open("start_supervised!(");
            write(w, "");
            w.close(")");
            w.blank();
        }
    }
}
