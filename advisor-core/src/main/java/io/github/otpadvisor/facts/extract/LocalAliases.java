package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A function body's own {@code alias} lines (blockscout's {@code setup_and_define_children/0}: {@code alias
 * BlockScoutWeb.Counters.{BlocksIndexedCounter, ..}} before the children it lists): the statements after one name
 * the modules in full, so that reading them with the module's aliases finds the same modules Elixir does.
 */
final class LocalAliases {
    private static final int MAX_DEPTH = 24;

    private LocalAliases() {
    }

    /** {@code stmts} with each alias a body's alias line made written in full; the same list when there is none. */
    static List<Quoted> expand(List<Quoted> stmts, Aliases module) {
        if (stmts.stream().noneMatch(s -> Q.isLocal(s, "alias"))) {
            return stmts;
        }
        Aliases local = module;
        List<Quoted> out = new ArrayList<>(stmts.size());
        for (Quoted s : stmts) {
            if (Q.isLocal(s, "alias")) {
                local = local.afterAlias(Q.args(s));
                out.add(s);
            } else {
                out.add(local == module ? s : rewrite(s, local, module, 0));
            }
        }
        return out;
    }

    private static Quoted rewrite(Quoted q, Aliases local, Aliases module, int depth) {
        if (depth > MAX_DEPTH || q == null) {
            return q;
        }
        if (q instanceof Tuple t) {
            return new Tuple(t.items().stream().map(x -> rewrite(x, local, module, depth + 1)).toList());
        }
        if (q instanceof QList l) {
            return new QList(l.items().stream().map(x -> rewrite(x, local, module, depth + 1)).toList());
        }
        if (!(q instanceof Call c) || c.isVariable() || c.args() == null) {
            return q;
        }
        if (Q.isLocal(q, "__aliases__")) {
            String full = local.resolve(q);
            if (full == null || full.equals(module.resolve(q))) {
                return q;
            }
            List<Quoted> segments = new ArrayList<>();
            for (String part : full.split("\\.")) {
                segments.add(new Atom(part));
            }
            return new Call(c.target(), c.meta(), segments);
        }
        Quoted target = c.target() instanceof Atom ? c.target() : rewrite(c.target(), local, module, depth + 1);
        return new Call(target, c.meta(), c.args().stream().map(x -> rewrite(x, local, module, depth + 1)).toList());
    }
}
