package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads an anonymous function passed to spawn/Task: captured variables, large values, receive loops. */
final class ClosureReader {
    private ClosureReader() {
    }

    static Closure read(Quoted fn, FnCtx ctx, Location fallback) {
        if (!Q.isLocal(fn, "fn")) {
            return null;
        }
        Set<String> bound = new HashSet<>();
        Q.walk(fn, x -> {
            if ((Q.isLocal(x, "->") || Q.isLocal(x, "=") || Q.isLocal(x, "<-")) && Q.args(x).size() == 2) {
                bound.addAll(Q.vars(Q.args(x).get(0)));
            }
            return !Q.isLocal(x, "quote");
        });
        Set<String> captured = new LinkedHashSet<>(Q.vars(fn));
        captured.removeAll(bound);
        List<Closure.ValueUse> large = new ArrayList<>();
        for (String v : captured) {
            String why = ValueUses.largeWhy(v, ctx);
            if (why != null) {
                Closure.ValueUse use = ValueUses.of(fn, v, why, true);
                List<String> shape = StateShape.fields(v, ctx);
                List<String> growing = shape.isEmpty() ? List.of()
                        : StateShape.growing(ctx.unit).stream().filter(shape::contains).toList();
                large.add(new Closure.ValueUse(v, why, use.fields(), use.wholeUsed(), shape, growing));
            }
        }
        return new Closure(Q.loc(ctx.x.file, fn, fallback), new ArrayList<>(captured), large,
                runsLoop(fn, ctx, new HashSet<>(), 0));
    }

    /** Whether {@code code} runs a receive loop: a local function that receives and calls itself. */
    static boolean runsLoop(Quoted code, FnCtx ctx, Set<String> seen, int depth) {
        if (ctx.unit == null || depth > 4) {
            return false;
        }
        boolean[] found = {false};
        Q.walk(code, x -> {
            if (found[0]) {
                return false;
            }
            if (x instanceof Call c && !c.isVariable() && c.target() instanceof io.github.otpadvisor.elixir.ast.Atom a) {
                String key = a.name() + "/" + c.args().size();
                List<ModuleUnit.Def> defs = ctx.unit.clauses(a.name(), c.args().size());
                if (!defs.isEmpty() && seen.add(key)) {
                    if (Extraction.isReceiveLoop(defs)) {
                        found[0] = true;
                        return false;
                    }
                    for (ModuleUnit.Def d : defs) {
                        if (runsLoop(d.body(), ctx, seen, depth + 1)) {
                            found[0] = true;
                            return false;
                        }
                    }
                }
            }
            return !Q.isLocal(x, "quote");
        });
        return found[0];
    }
}
