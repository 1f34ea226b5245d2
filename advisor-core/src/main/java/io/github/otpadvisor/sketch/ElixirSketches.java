package io.github.otpadvisor.sketch;

/**
 * The Elixir sketches of a decision report (RULEBOOK §5): the implementation of the recommended
 * pattern written for the module, the supervision tree entry it needs, and a {@code start_supervised!}
 * test. Each sketch is deterministic, laid out as {@code mix format} would, parses with Elixir 1.14
 * whatever the module's name, contains no run of three backticks (it goes inside a Markdown fence)
 * and ends without a trailing newline.
 */
public final class ElixirSketches {
    private ElixirSketches() {
    }

    /** The module rewritten to the recommended pattern, with its real name and operations. */
    public static String implementation(SketchInput input) {
        SketchPlan p = new SketchPlan(input);
        return ElixirVersions.noted(render(p), p.code.elixir());
    }

    /** The implementation sketch of a plan (the test sketch asks what it defines). */
    static String render(SketchPlan p) {
        String partitioned = PartitionOnlySketch.render(p);
        if (partitioned != null) {
            return partitioned;
        }
        if (p.code.fits()) {
            return FitsSketch.render(p);
        }
        if (p.code.stateMachine() && p.shape == SketchPlan.Shape.GENSERVER) {
            return KeptModule.complete(p, StateMachineSketch.render(p));
        }
        // A supervisor sketch is a module of its own beside this one, not this module rewritten.
        return switch (p.shape) {
            case FUNCTIONS -> KeptModule.complete(p, FunctionsSketch.render(p));
            case ETS -> {
                String written = PersistentTermSketch.render(p);
                yield KeptModule.complete(p, written != null ? written : EtsSketch.render(p));
            }
            case AGENT -> KeptModule.complete(p, AgentSketch.render(p));
            case GENSERVER -> KeptModule.complete(p, GenServerSketch.render(p));
            case TASK -> KeptModule.complete(p, TaskSketch.render(p));
            case SUPERVISOR -> SupervisorSketch.render(p);
            case DYNAMIC_SUPERVISOR -> DynamicSupervisorSketch.render(p);
        };
    }

    /** Whether the implementation sketch puts a write-once value in :persistent_term ({@link PersistentTermSketch}). */
    public static boolean putsPersistentTerm(SketchInput input) {
        if (input.decision().abstraction() != io.github.otpadvisor.decision.Pattern.ETS) {
            return false; // only a table recommendation has this form: no plan built for the others
        }
        SketchPlan p = new SketchPlan(input);
        return !p.code.fits() && p.shape == SketchPlan.Shape.ETS && PersistentTermSketch.render(p) != null;
    }

    /**
     * The {@code children = [...]} entries and {@code Supervisor.start_link/2} with the restart strategy
     * (for per-entity processes also how one is started with {@code DynamicSupervisor.start_child});
     * null when the recommendation is plain functions (no process to supervise). For ETS it is the
     * table owner's entry.
     */
    public static String childrenEntry(SketchInput input) {
        SketchPlan p = new SketchPlan(input);
        return ElixirVersions.noted(ChildrenSketch.render(p), p.code.elixir());
    }

    /** An ExUnit test module for the recommended pattern, using the module's real operations. */
    public static String testSketch(SketchInput input) {
        SketchPlan p = new SketchPlan(input);
        return ElixirVersions.noted(TestSketch.render(p), p.code.elixir());
    }
}
