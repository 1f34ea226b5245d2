package io.github.otpadvisor.facts;

/**
 * A process name: in {@code name:} of a start call or child spec, in {@code Process.register}.
 *
 * @param kind        what kind of name
 * @param text        the name as written (after resolving local helpers such as {@code via_tuple(id)})
 * @param module      for {@link Kind#MODULE}, the resolved module name; for via names, the registry
 * @param key         for via names, the key as written; null otherwise
 * @param keyIsLiteral the via key (or global name) is a compile-time literal
 * @param atomBuilder when the name is an atom built at runtime: how ({@code String.to_atom},
 *                    {@code interpolated atom}, {@code :erlang.binary_to_atom}, {@code List.to_atom},
 *                    {@code Module.concat}); null otherwise
 * @param atomLocation where that atom is built (may be in a helper or an earlier binding)
 * @param context     where the name is given: {@code GenServer.start_link}, {@code child spec},
 *                    {@code Process.register}...
 * @param owner       the module where it is written, function as {@code name/arity}
 * @param fromOptions when the name is the default of a start option ({@code Keyword.get(opts, :name, __MODULE__)},
 *                    {@code opts[:name] || __MODULE__}), that expression as written; null otherwise (a sketch
 *                    keeps it so callers can still pass another name)
 */
public record NameRef(Kind kind, String text, String module, String key, boolean keyIsLiteral,
                      String atomBuilder, Location atomLocation, String context, Location location,
                      String owner, String function, String fromOptions) {
    public NameRef(Kind kind, String text, String module, String key, boolean keyIsLiteral, String atomBuilder,
                   Location atomLocation, String context, Location location, String owner, String function) {
        this(kind, text, module, key, keyIsLiteral, atomBuilder, atomLocation, context, location, owner, function,
                null);
    }

    /** The same name, noting the start-option expression it is the default of. */
    public NameRef withFromOptions(String expression) {
        return new NameRef(kind, text, module, key, keyIsLiteral, atomBuilder, atomLocation, context, location, owner,
                function, expression);
    }

    /**
     * This name as {@code user} registers it, when it is written in the {@code __using__} quote {@code user} uses:
     * {@code __MODULE__} there is the using module.
     */
    public NameRef inUser(String user) {
        String mod = module != null && module.equals(owner) ? user : module;
        return new NameRef(kind, text, mod, key, keyIsLiteral, atomBuilder, atomLocation, context, location, user,
                function, fromOptions);
    }

    /** The {@link #context} prefix of a lookup that rebuilds a runtime atom name to reach the process. */
    public static final String LOOKUP = "lookup by ";

    public enum Kind {
        /** {@code __MODULE__} or an alias. */
        MODULE,
        /** A literal atom. */
        ATOM,
        /** {@code {:global, term}}. */
        GLOBAL,
        /** {@code {:via, Registry, {Reg, key}}}. */
        VIA_REGISTRY,
        /** {@code {:via, PartitionSupervisor, {Name, key}}}. */
        VIA_PARTITION,
        /** Another {@code {:via, Mod, term}}. */
        VIA_OTHER,
        /** An atom built from runtime data. */
        DYNAMIC_ATOM,
        /** Something unreadable (a parameter, an unresolved call). */
        UNKNOWN
    }

    /** Registered under one fixed name: a module, a literal atom, a literal global name. */
    public boolean fixed() {
        return kind == Kind.MODULE || kind == Kind.ATOM || (kind == Kind.GLOBAL && keyIsLiteral);
    }

    /** Registered per entity: a via/global name whose key comes from runtime data. */
    public boolean perEntity() {
        return (kind == Kind.VIA_REGISTRY || kind == Kind.VIA_OTHER || kind == Kind.GLOBAL) && !keyIsLiteral
                || kind == Kind.DYNAMIC_ATOM;
    }

    /** Not a registration: a call that rebuilds the name to reach the process ({@code GenServer.call(:"r_#{id}", m)}). */
    public boolean lookup() {
        return context != null && context.startsWith(LOOKUP);
    }

    /** An atom made from runtime data (RULEBOOK OTP008). */
    public boolean runtimeAtom() {
        return atomBuilder != null;
    }
}
