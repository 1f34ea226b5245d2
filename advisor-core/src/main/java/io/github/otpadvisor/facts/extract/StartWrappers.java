package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.StartWrapper;
import java.util.List;
import java.util.Set;

/**
 * Reads a function that starts the module it is given under the name it is given (gristle's
 * {@code Common.Utils.start_link_redundant(parent, module, config, name \\ nil)}, whose branches call
 * {@code GenServer.start_link(module, config, name: name)} and its Supervisor and DynamicSupervisor twins).
 */
final class StartWrappers {
    private static final Set<String> STARTERS = Set.of("GenServer", "Supervisor", "DynamicSupervisor");

    private StartWrappers() {
    }

    /** The wrapper {@code defs} (one function's clauses) make, or null. */
    static StartWrapper of(List<ModuleUnit.Def> defs) {
        if (defs.size() != 1 || defs.get(0).body() == null || defs.get(0).params() == null
                || defs.get(0).params().size() < 2) {
            return null;
        }
        ModuleUnit.Def d = defs.get(0);
        List<Quoted> params = d.params();
        String[] names = new String[params.size()];
        Quoted[] defaults = new Quoted[params.size()];
        for (int i = 0; i < params.size(); i++) {
            Quoted p = params.get(i);
            if (Q.isLocal(p, "\\\\") && Q.args(p).size() == 2) {
                defaults[i] = Q.args(p).get(1);
                p = Q.args(p).get(0);
            }
            names[i] = Q.isUsableVar(p) ? Q.varName(p) : null;
        }
        int[] found = {-1, -1};
        Q.walk(d.body(), q -> {
            if (found[0] < 0 && q instanceof Call c && "start_link".equals(Q.remoteFun(c)) && c.args() != null
                    && c.args().size() == 3 && starter(Q.written(Q.receiver(c)))) {
                int module = index(names, c.args().get(0));
                int name = index(names, Q.kw(c.args().get(2), "name"));
                if (module >= 0 && name >= 0) {
                    found[0] = module;
                    found[1] = name;
                }
            }
            return true;
        });
        if (found[0] < 0) {
            return null;
        }
        // name = case name do nil -> module; atom -> atom end, with nil its default
        boolean nilDefault = defaults[found[1]] instanceof Atom a && a.name().equals("nil");
        String module = names[found[0]];
        boolean nilIsModule = nilDefault && Q.any(d.body(), q -> Q.isLocal(q, "->") && Q.args(q).size() == 2
                && Q.args(q).get(0) instanceof io.github.otpadvisor.elixir.ast.QList l && l.items().size() == 1
                && l.items().get(0) instanceof Atom a && a.name().equals("nil")
                && module.equals(Q.varName(Q.args(q).get(1))));
        return new StartWrapper(found[0], found[1], nilIsModule);
    }

    /** Set.of rejects null: a receiver that is no alias starts nothing here. */
    private static boolean starter(String receiver) {
        return receiver != null && STARTERS.contains(receiver);
    }

    private static int index(String[] names, Quoted q) {
        String v = q == null || !Q.isUsableVar(q) ? null : Q.varName(q);
        for (int i = 0; v != null && i < names.length; i++) {
            if (v.equals(names[i])) {
                return i;
            }
        }
        return -1;
    }
}
