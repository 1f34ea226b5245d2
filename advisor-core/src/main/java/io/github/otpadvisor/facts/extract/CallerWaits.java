package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.StartSite.Trait;
import io.github.otpadvisor.facts.StartSite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** After a start, whether the caller waits for the new process in a receive, or hangs on it. */
final class CallerWaits {
    private CallerWaits() {
    }

    /**
     * After the start, does the caller wait in a receive? In the same function (outside the closure) or in a
     * local helper it calls: with an {@code after} or a {@code :DOWN} clause it waits; a bare receive in the
     * same function after an unlinked, unmonitored {@code spawn} hangs if the child dies first.
     */
    static void read(FnCtx ctx, StartSite.Kind kind, Quoted fnArg, boolean linked,
                              Set<Trait> out) {
        List<Quoted> own = new ArrayList<>();
        boolean[] monitors = {false};
        List<Quoted> helpers = new ArrayList<>();
        Q.walk(ctx.def.body(), q -> {
            if (q == fnArg || Q.isLocal(q, "quote")) {
                return false;
            }
            if (Q.isLocal(q, "receive")) {
                own.add(q);
            } else if (q instanceof Call call && !call.isVariable() && Q.receiver(call) != null
                    && "Process".equals(SourceText.of(Q.receiver(call))) && "monitor".equals(Q.remoteFun(call))) {
                monitors[0] = true;
            } else if (q instanceof Call call && !call.isVariable() && call.target() instanceof Atom a
                    && ctx.unit.byKey.containsKey(a.name() + "/" + call.args().size())
                    && !a.name().equals(ctx.def.name())) {
                helpers.add(q);
            }
            return true;
        });
        boolean unmonitored = !monitors[0] && !linked
                && (kind == StartSite.Kind.SPAWN || kind == StartSite.Kind.PROCESS_SPAWN);
        if (!own.isEmpty()) {
            boolean bounded = own.stream().anyMatch(CallerWaits::bounded);
            out.add(bounded || !unmonitored ? Trait.CALLER_WAITS : Trait.CALLER_HANGS);
            return;
        }
        for (Quoted h : helpers) {
            Call call = (Call) h;
            if (TaskAwaits.reaches(ctx, ctx.unit.clauses(((Atom) call.target()).name(), call.args().size()),
                    (x, d) -> Q.any(d.body(), q -> Q.isLocal(q, "receive")), new HashSet<>(), 1)) {
                out.add(Trait.CALLER_WAITS);
                return;
            }
        }
    }

    /** A receive with an {@code after} or a {@code :DOWN} clause: the wait ends even if the process dies. */
    private static boolean bounded(Quoted receive) {
        List<Quoted> a = Q.args(receive);
        Quoted kw = a.isEmpty() ? null : a.get(a.size() - 1);
        if (Q.kw(kw, "after") != null) {
            return true;
        }
        Quoted clauses = Q.kw(kw, "do");
        if (clauses instanceof QList l) {
            for (Quoted cl : l.items()) {
                Quoted ps = Q.args(cl).isEmpty() ? null : Q.args(cl).get(0);
                List<Quoted> params = ps instanceof QList pl ? pl.items() : List.of();
                for (Quoted p : params) {
                    Quoted pat = Q.isLocal(p, "when") && !Q.args(p).isEmpty() ? Q.args(p).get(0) : p;
                    List<Quoted> t = Q.tuple(pat);
                    if (t != null && !t.isEmpty() && "DOWN".equals(Q.atom(t.get(0)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

}
