package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an anonymous function passed to spawn/Task: captured variables, large values, receive loops, whether
 * it reports back to the caller and whether it is a hand-made timer.
 */
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

    /** The closure sends to a process captured from the caller: {@code send(parent, ..)}, {@code GenServer.reply(from, ..)}. */
    static boolean reportsBack(Quoted fnArg, Closure closure) {
        Set<String> captured = new HashSet<>(closure.captured());
        return Q.any(fnArg, q -> {
            if (!(q instanceof Call call) || call.isVariable() || call.args() == null || call.args().isEmpty()) {
                return false;
            }
            String to = Q.varName(call.args().get(0));
            if (to == null || !captured.contains(to)) {
                return false;
            }
            return sends(call, Set.of("reply", "call", "cast"));
        });
    }

    /** {@code fn -> Process.sleep(t); ...; send(pid, msg) end}: sleeps, then ends by sending a message. */
    static boolean isTimer(Quoted fnArg) {
        List<Quoted> clauses = Q.args(fnArg);
        if (clauses.size() != 1 || Q.args(clauses.get(0)).size() != 2) {
            return false;
        }
        List<Quoted> stmts = Q.statements(Q.args(clauses.get(0)).get(1));
        if (stmts.size() < 2 || !isSend(stmts.get(stmts.size() - 1))) {
            return false;
        }
        for (int i = 0; i < stmts.size() - 1; i++) {
            if (stmts.get(i) instanceof Call call && !call.isVariable() && Q.receiver(call) != null
                    && "sleep".equals(Q.remoteFun(call))
                    && Set.of("Process", ":timer").contains(SourceText.of(Q.receiver(call)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSend(Quoted q) {
        return q instanceof Call call && !call.isVariable() && sends(call, Set.of("cast"));
    }

    /** {@code send/2}, {@code Process.send/3}, {@code Kernel.send/2}, or one of {@code genServer}'s GenServer functions. */
    private static boolean sends(Call call, Set<String> genServer) {
        if (call.target() instanceof Atom a) {
            return a.name().equals("send");
        }
        String recv = Q.receiver(call) == null ? null : SourceText.of(Q.receiver(call));
        String f = Q.remoteFun(call);
        return ("Process".equals(recv) || "Kernel".equals(recv)) && "send".equals(f)
                || ("GenServer".equals(recv) || "GenStage".equals(recv) || ":gen_statem".equals(recv)
                || "GenStateMachine".equals(recv)) && genServer.contains(f);
    }

    /**
     * The closure stops or restarts the application or the node ({@code System.stop}, {@code :init.restart},
     * {@code Application.stop}, {@code MyApp.Application.restart()}): under the application's own supervisor it
     * would be killed by the very shutdown it starts.
     */
    static boolean stopsApplication(Quoted fnArg) {
        return Q.any(fnArg, q -> {
            if (!(q instanceof Call call) || call.isVariable() || Q.receiver(call) == null) {
                return false;
            }
            String recv = SourceText.of(Q.receiver(call));
            String f = Q.remoteFun(call);
            boolean app = recv.equals("Application") || recv.equals("System") || recv.equals(":init")
                    || recv.endsWith(".Application");
            return app && (f.equals("stop") || f.equals("restart") || f.equals("halt"));
        });
    }

    /**
     * {@code code} monitors a process it did not create itself ({@code Process.monitor(caller)}, a variable not
     * bound in it by {@code =}) and receives its {@code :DOWN}: it lives as long as what it watches.
     */
    static boolean isWatcher(Quoted code) {
        return monitorsOutsider(code) && waitsForDown(code);
    }

    /** {@code Process.monitor(pid)} of a pid the code did not bind itself (a process of the caller's). */
    static boolean monitorsOutsider(Quoted code) {
        Set<String> assigned = new HashSet<>();
        Q.walk(code, q -> {
            if (Q.isLocal(q, "=") && Q.args(q).size() == 2) {
                assigned.addAll(Q.vars(Q.args(q).get(0)));
            }
            return true;
        });
        return Q.any(code, q -> q instanceof Call call && !call.isVariable() && Q.receiver(call) != null
                && "Process".equals(SourceText.of(Q.receiver(call))) && "monitor".equals(Q.remoteFun(call))
                && !call.args().isEmpty() && Q.isUsableVar(call.args().get(0))
                && !assigned.contains(Q.varName(call.args().get(0))));
    }

    /** A {@code receive} with a {@code {:DOWN, ...}} clause. */
    static boolean waitsForDown(Quoted code) {
        return Q.any(code, q -> Q.isLocal(q, "receive") && Q.any(q, p -> {
            List<Quoted> t = Q.tuple(p);
            return t != null && !t.isEmpty() && "DOWN".equals(Q.atom(t.get(0)));
        }));
    }
}
