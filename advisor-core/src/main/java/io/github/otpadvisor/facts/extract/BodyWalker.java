package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;

/**
 * Walks the code of one function clause (or module-level code) and hands every call to the
 * detectors. Aliases declared in a block apply to the rest of that block only; {@code quote} bodies
 * and nested modules are not walked.
 */
final class BodyWalker {
    private final FnCtx ctx;

    BodyWalker(FnCtx ctx) {
        this.ctx = ctx;
    }

    void walk(Quoted q, Aliases env) {
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
                        walkAwaited(c.args().get(0), env, isAwait(info));
                        if (!(rhs.target() instanceof Atom)) {
                            walk(rhs.target(), env);
                        }
                        for (Quoted a : rhs.args()) {
                            walk(a, env);
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
        if (!(c.target() instanceof Atom)) {
            walk(c.target(), env);
        }
        boolean await = isAwait(info);
        boolean elsewhere = startsAProcess(info);
        ctx.spawnDepth += elsewhere ? 1 : 0;
        for (Quoted a : c.args()) {
            walkAwaited(a, env, await);
        }
        ctx.spawnDepth -= elsewhere ? 1 : 0;
    }

    /** {@code spawn(fn -> ... end)}, {@code Task.start(fn -> ... end)}: the closure runs in another process. */
    private static boolean startsAProcess(CallInfo info) {
        if (info == null) {
            return false;
        }
        if (info.module() == null || "Kernel".equals(info.module())) {
            return info.fun().startsWith("spawn");
        }
        return "Task".equals(info.module()) && !info.fun().equals("await") && !info.fun().startsWith("yield")
                || "Task.Supervisor".equals(info.module()) || "Process".equals(info.module()) && info.fun().equals("spawn")
                || "Node".equals(info.module()) && info.fun().startsWith("spawn");
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
