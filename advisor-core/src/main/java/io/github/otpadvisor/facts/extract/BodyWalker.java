package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the code of one function clause (or module-level code) and hands every call to the
 * detectors. Aliases declared in a block apply to the rest of that block only; {@code quote} bodies
 * and nested modules are not walked.
 */
final class BodyWalker {
    private final FnCtx ctx;
    /** The value walked next is a direct argument of a call that runs function values here ({@code Enum.map}). */
    private boolean fnArgHere;
    private final Set<String> callees = new LinkedHashSet<>();

    BodyWalker(FnCtx ctx) {
        this.ctx = ctx;
    }

    void walk(Quoted q, Aliases env) {
        // a function value runs where it is handed; only a few callers run it here, in this process (OTP012)
        boolean here = fnArgHere;
        fnArgHere = false;
        boolean away = !here && ClosureRuns.isFunction(q);
        ctx.foreignDepth += away ? 1 : 0;
        try {
            walkCode(q, env);
        } finally {
            ctx.foreignDepth -= away ? 1 : 0;
        }
    }

    private void walkCode(Quoted q, Aliases env) {
        if (q instanceof QList l) {
            for (Quoted i : l.items()) {
                walk(i, env);
            }
            return;
        }
        if (q instanceof Tuple t) {
            for (Quoted i : t.items()) {
                walk(i, env);
            }
            return;
        }
        if (!(q instanceof Call c) || c.isVariable()) {
            return;
        }
        String name = c.target() instanceof Atom a ? a.name() : null;
        if ("with".equals(name) || "case".equals(name)) {
            MissFills.detect(c, env, ctx);
        }
        if (name != null) {
            switch (name) {
                case "quote", "defmodule", "defmacro", "defmacrop", "alias", "require", "import" -> {
                    return;
                }
                case "__block__" -> {
                    Aliases e = env;
                    for (Quoted s : c.args()) {
                        if (Q.isLocal(s, "alias") || (Q.isLocal(s, "require") && Q.args(s).size() > 1)) {
                            e = e.afterAlias(Q.args(s));
                        } else {
                            walk(s, e);
                        }
                    }
                    return;
                }
                case "|>" -> {
                    if (c.args().size() == 2 && c.args().get(1) instanceof Call rhs && !rhs.isVariable()
                            && rhs.args() != null) {
                        CallInfo info = CallInfo.of(rhs, c.args().get(0), env, ctx.x.file);
                        if (info != null) {
                            Detectors.onCall(info, ctx);
                        }
                        localCalls(rhs, true, info);
                        walkAwaited(c.args().get(0), env, isAwait(info));
                        if (!(rhs.target() instanceof Atom)) {
                            walk(rhs.target(), env);
                        }
                        walkArgs(rhs.args(), env, info, false);
                        return;
                    }
                }
                case "&" -> {
                    if (c.args().size() == 1 && Q.isLocal(c.args().get(0), "/")) {
                        // &Mod.fun/2: the reference is walked for the call graph, but nothing runs here
                        ctx.captureDepth++;
                        try {
                            walk(c.args().get(0), env);
                        } finally {
                            ctx.captureDepth--;
                        }
                        return;
                    }
                }
                case "if", "unless" -> {
                    String devBranch = c.args().size() == 2 ? EnvGuard.devBranch(c.args().get(0),
                            name.equals("unless"), ctx.unit) : null;
                    if (devBranch != null) {
                        CallInfo info = CallInfo.of(c, null, env, ctx.x.file);
                        if (info != null) {
                            Detectors.onCall(info, ctx);
                        }
                        walk(c.args().get(0), env);
                        for (String branch : new String[] {"do", "else"}) {
                            boolean dev = branch.equals(devBranch);
                            ctx.devDepth += dev ? 1 : 0;
                            walk(Q.kw(c.args().get(1), branch), env);
                            ctx.devDepth -= dev ? 1 : 0;
                        }
                        return;
                    }
                }
                default -> {
                }
            }
        }
        CallInfo info = CallInfo.of(c, null, env, ctx.x.file);
        if (info != null) {
            Detectors.onCall(info, ctx);
        }
        localCalls(c, false, info);
        if (!(c.target() instanceof Atom)) {
            walk(c.target(), env);
        }
        walkArgs(c.args(), env, info, isAwait(info));
    }

    /**
     * The arguments of a call: in another process when it starts one, function values run here or not. A closure
     * given to {@code spawn}/{@code Task} runs as a process of its own ({@code spawnDepth}, {@code spawnCall}:
     * OTP013, OTP016); more calls run their arguments away from this process ({@code foreignDepth}: OTP012).
     */
    private void walkArgs(List<Quoted> args, Aliases env, CallInfo info, boolean await) {
        boolean elsewhere = ClosureRuns.startsProcess(info);
        boolean spawned = ClosureRuns.spawnsClosure(info);
        boolean fnsHere = ClosureRuns.runsHere(info);
        ctx.foreignDepth += elsewhere ? 1 : 0;
        ctx.spawnDepth += spawned ? 1 : 0;
        String outerSpawn = ctx.spawnCall;
        ctx.spawnCall = spawned ? (info.module() == null ? "" : info.module() + ".") + info.fun() + "/" + info.arity()
                : outerSpawn;
        for (Quoted a : args) {
            fnArgHere = fnsHere;
            walkAwaited(a, env, await);
        }
        fnArgHere = false;
        ctx.foreignDepth -= elsewhere ? 1 : 0;
        ctx.spawnDepth -= spawned ? 1 : 0;
        ctx.spawnCall = outerSpawn;
    }

    /** Records the calls of the module's own functions, and whether they run in its process (OTP012). */
    private void localCalls(Call c, boolean piped, CallInfo info) {
        if (ctx.unit == null || ctx.def == null || c.args() == null) {
            return;
        }
        callees.clear(); // one set for every call walked: this runs for each call of every function
        LocalCalls.callee(ctx.unit, c, piped, callees);
        boolean elsewhere = ctx.foreignDepth > 0 || ClosureRuns.startsProcess(info);
        for (String k : callees) {
            ctx.x.ownCode(ctx.unit).call(ctx.fnKey, k, elsewhere);
        }
    }

    /** Walks {@code q}, whose value an await collects when {@code awaited} ({@code Task.await(Task.async(..))}). */
    private void walkAwaited(Quoted q, Aliases env, boolean awaited) {
        ctx.awaitDepth += awaited ? 1 : 0;
        walk(q, env);
        ctx.awaitDepth -= awaited ? 1 : 0;
    }

    private static boolean isAwait(CallInfo info) {
        return info != null && info.isAny("Task", "await", "await_many", "yield", "yield_many");
    }
}
