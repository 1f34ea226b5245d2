package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.OwnChildSpec;
import java.util.List;

/**
 * Reads a module's own {@code def child_spec/1}: the {@code restart:} and {@code shutdown:} it sets, written as a
 * keyword or map entry ({@code %{id: .., start: .., restart: :temporary}},
 * {@code Supervisor.child_spec(super(arg), restart: :transient)}) or as {@code Map.put(spec, :restart, ...)}; and the
 * {@code max_restarts:} of the supervisor it starts, when its start arguments give one.
 */
final class OwnChildSpecs {
    private OwnChildSpecs() {
    }

    /** Null when the module defines no {@code child_spec/1}. */
    static OwnChildSpec of(ModuleUnit unit) {
        List<ModuleUnit.Def> defs = unit.byKey.getOrDefault("child_spec/1", List.of());
        if (defs.isEmpty()) {
            return null;
        }
        String[] found = new String[3];
        String[] starts = new String[1];
        for (ModuleUnit.Def d : defs) {
            Q.walk(d.body(), q -> {
                read(q, found);
                if (starts[0] == null) {
                    starts[0] = startedModule(q, d.env() == null ? unit.env : d.env());
                }
                return !Q.isLocal(q, "quote");
            });
        }
        if (starts[0] == null) {
            // defdelegate child_spec(arg), to: __MODULE__.Supervisor (logflare's Backends): listing it starts that one
            starts[0] = unit.delegateCalls.stream().filter(d -> d.name().equals("child_spec") && d.arity() == 1
                    && d.function().equals("child_spec")).map(ModuleUnit.Delegate::toModule).findFirst().orElse(null);
        }
        String other = starts[0] == null || starts[0].equals(unit.name) || starts[0].startsWith(":") ? null
                : starts[0];
        List<String> params = defs.stream().map(d -> d.params() == null || d.params().size() != 1 ? "?"
                : SourceText.of(d.params().get(0))).toList();
        return new OwnChildSpec(defs.get(0).location(), found[0] == null ? null : found[0].replaceFirst("^:", ""),
                found[1], other, found[2], params);
    }

    /** The module of a {@code start: {M, :start_link, args}} entry, or null. */
    private static String startedModule(Quoted q, Aliases env) {
        if (!(q instanceof Tuple t) || t.items().size() != 2 || !(t.items().get(0) instanceof Atom a)
                || !a.name().equals("start")) {
            return null;
        }
        List<Quoted> mfa = Q.tuple(t.items().get(1));
        return mfa == null || mfa.size() != 3 ? null : env.resolve(mfa.get(0));
    }

    private static void read(Quoted q, String[] found) {
        String key = null;
        Quoted value = null;
        if (q instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom a) {
            key = a.name();
            value = t.items().get(1);
        } else if (q instanceof Call c && "put".equals(Q.remoteFun(c)) && c.args() != null && c.args().size() == 3
                && c.args().get(1) instanceof Atom a) { // Map.put(spec, :restart, :temporary)
            key = a.name();
            value = c.args().get(2);
        }
        // max_restarts: the options of the supervisor it starts ({DynamicSupervisor, :start_link, [[.., max_restarts:
        // 0]]}, ElixirTorrent's Torrents)
        int slot = "restart".equals(key) ? 0 : "shutdown".equals(key) ? 1 : "max_restarts".equals(key) ? 2 : -1;
        if (slot >= 0 && found[slot] == null) {
            found[slot] = SourceText.of(value);
        }
    }
}
