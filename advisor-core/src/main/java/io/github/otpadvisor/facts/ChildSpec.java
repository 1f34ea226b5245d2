package io.github.otpadvisor.facts;

/**
 * One entry of a children list, or the child given to {@code DynamicSupervisor.start_child}.
 *
 * @param form     how it is written
 * @param module   the child's module when known ({@code MyApp.Worker}, {@code Registry},
 *                 {@code DynamicSupervisor}, {@code Task.Supervisor}, {@code PartitionSupervisor})
 * @param arg      the argument as written ({@code {Mod, arg}}), or null
 * @param argIsLiteral the argument is a compile-time literal (so the child is not per entity)
 * @param id       the {@code id} when given
 * @param name     the registered name ({@code name:} option), or null
 * @param restart  {@code restart:} when given
 * @param strategy for supervisors given inline ({@code {DynamicSupervisor, strategy: ...}}), or null
 * @param partitionChild for {@code PartitionSupervisor}: the partitioned child's module; for a {@code :poolboy}
 *                 pool: its worker module ({@code worker_module:}); else null
 * @param text     the entry as written
 * @param condition where the condition that decides whether it is listed is written ({@code if}, {@code case},
 *                 {@code cond && entry}, a helper such as vutuv's {@code optional_child(:flag, Mod)}), when the list
 *                 holds it only under that condition; null when it is always listed
 */
public record ChildSpec(Form form, String module, String arg, boolean argIsLiteral, String id, NameRef name,
                        String restart, String strategy, String partitionChild, String text, Location location,
                        Location condition) {
    /** Always listed. */
    public ChildSpec(Form form, String module, String arg, boolean argIsLiteral, String id, NameRef name,
                     String restart, String strategy, String partitionChild, String text, Location location) {
        this(form, module, arg, argIsLiteral, id, name, restart, strategy, partitionChild, text, location, null);
    }

    /** The same entry, listed only under the condition written at {@code where} (the first one set, the innermost, is kept). */
    public ChildSpec underCondition(Location where) {
        return condition != null || where == null ? this : new ChildSpec(form, module, arg, argIsLiteral, id, name,
                restart, strategy, partitionChild, text, location, where);
    }

    public enum Form {
        /** {@code Mod}. */
        MODULE,
        /** {@code {Mod, arg}}. */
        TUPLE,
        /** {@code %{id: .., start: {M, F, A}}} (or the Erlang tuple form). */
        MAP,
        /** {@code Supervisor.child_spec(spec, opts)} or {@code Mod.child_spec(arg)}. */
        CHILD_SPEC_CALL,
        /** A variable or call that could not be read: {@link #text} keeps it. */
        UNRESOLVED
    }

    /** A worker pool's spec ({@code :poolboy.child_spec/3}) whose worker module is known. */
    public boolean pool() {
        return ":poolboy".equals(module) && partitionChild != null;
    }

    public boolean resolved() {
        return form != Form.UNRESOLVED && module != null;
    }
}
