package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Whether a {@code Task.async}'s reply is collected: awaited in its function (also through a pipe), by a local
 * helper it is handed to, by the caller it is returned to, or by the module's own {@code handle_info({ref, _})}.
 */
final class TaskAwaits {
    private static final Set<String> AWAITS = Set.of("await", "await_many", "yield", "yield_many");

    private TaskAwaits() {
    }

    /**
     * A {@code Task.async} whose reply is collected: awaited in the same function (also through a pipe), by a
     * local helper the task is passed to, by the caller it is returned to, or by the module's own
     * {@code handle_info({ref, result}, ...)}.
     */
    static boolean of(CallInfo c, FnCtx ctx) {
        if (ctx.hasAwait || ctx.awaitDepth > 0) {
            return true;
        }
        if (ctx.unit == null || ctx.def == null || ctx.def.body() == null) {
            return false;
        }
        if (ctx.x.moduleTraits.computeIfAbsent(ctx.unit, ModuleStartTraits::of).ownerAwaits()) {
            return true;
        }
        Call node = c.node();
        Set<String> holders = new HashSet<>();
        ctx.bindings.forEach((v, e) -> {
            if (contains(e, node)) {
                holders.add(v);
            }
        });
        return returned(ctx.def, node, holders) || passedToHelper(ctx, node, holders, AWAITS_OR_RECEIVES);
    }

    private static final BiPredicate<FnCtx, ModuleUnit.Def> AWAITS_OR_RECEIVES =
            (ctx, d) -> Q.any(d.body(), TaskAwaits::isAwaitOrReceive);

    private static boolean isAwaitOrReceive(Quoted q) {
        if (Q.isLocal(q, "receive")) {
            return true;
        }
        return q instanceof Call c && !c.isVariable() && Q.receiver(c) != null
                && "Task".equals(SourceText.of(Q.receiver(c))) && AWAITS.contains(Q.remoteFun(c));
    }

    /** The function's value is the task (or a list of tasks): its caller collects it. */
    private static boolean returned(ModuleUnit.Def d, Call node, Set<String> holders) {
        if (d.name().startsWith("handle_") || Set.of("init", "mount", "update", "join", "terminate").contains(d.name())) {
            return false; // a callback's value goes to the behaviour, not to a caller that awaits
        }
        for (Quoted t : tails(d.body(), 0)) {
            boolean flowsOut = contains(t, node) || holders.stream().anyMatch(v -> Q.usesVar(t, v));
            if (flowsOut && !isEach(t) && !(Q.isLocal(t, "|>") && isEach(Q.args(t).get(1)))) {
                return true; // the task, a list of tasks or a value holding it ({ref, task}, an assign) is returned
            }
        }
        return false;
    }

    private static boolean isEach(Quoted q) {
        return q instanceof Call c && "each".equals(Q.remoteFun(c));
    }

    /** The expressions a body can end with, through if/unless/case/cond/with branches. */
    private static List<Quoted> tails(Quoted body, int depth) {
        List<Quoted> out = new ArrayList<>();
        Quoted last = Q.last(body);
        if (last == null || depth > 6) {
            return out;
        }
        if (Q.isLocal(last, "if") || Q.isLocal(last, "unless")) {
            List<Quoted> a = Q.args(last);
            if (a.size() == 2) {
                out.addAll(tails(Q.kw(a.get(1), "do"), depth + 1));
                out.addAll(tails(Q.kw(a.get(1), "else"), depth + 1));
            }
            return out;
        }
        if (Q.isLocal(last, "case") || Q.isLocal(last, "cond") || Q.isLocal(last, "with")) {
            Quoted kw = Q.args(last).isEmpty() ? null : Q.args(last).get(Q.args(last).size() - 1);
            for (String key : new String[] {"do", "else"}) {
                Quoted branch = Q.kw(kw, key);
                List<Quoted> clauses = branch instanceof QList l ? l.items() : List.of();
                if (!clauses.isEmpty() && Q.isLocal(clauses.get(0), "->")) {
                    for (Quoted cl : clauses) {
                        if (Q.args(cl).size() == 2) {
                            out.addAll(tails(Q.args(cl).get(1), depth + 1));
                        }
                    }
                } else if (branch != null) {
                    out.addAll(tails(branch, depth + 1));
                }
            }
            return out;
        }
        out.add(last);
        return out;
    }

    /**
     * A local call in the function that is handed the new process (the call itself, a variable bound to it, or a
     * pipe from it) and whose body (or a local function it calls) satisfies {@code does}.
     */
    private static boolean passedToHelper(FnCtx ctx, Call node, Set<String> holders,
                                          BiPredicate<FnCtx, ModuleUnit.Def> does) {
        boolean[] found = {false};
        Q.walk(ctx.def.body(), q -> {
            if (found[0]) {
                return false;
            }
            List<Quoted> handed = new ArrayList<>();
            Quoted callee = q;
            if (Q.isLocal(q, "|>") && Q.args(q).size() == 2) {
                handed.add(Q.args(q).get(0));
                callee = Q.args(q).get(1);
            } else {
                handed.addAll(Q.args(q));
            }
            if (callee instanceof Call call && !call.isVariable() && call.target() instanceof Atom a
                    && handed.stream().anyMatch(h -> contains(h, node)
                    || holders.stream().anyMatch(v -> Q.usesVar(h, v)))) {
                int arity = Q.args(callee).size() + (callee == q ? 0 : 1);
                if (reaches(ctx, ctx.unit.clauses(a.name(), arity), does, new HashSet<>(), 0)) {
                    found[0] = true;
                    return false;
                }
            }
            return !Q.isLocal(q, "quote");
        });
        return found[0];
    }

    static boolean reaches(FnCtx ctx, List<ModuleUnit.Def> defs,
                                   BiPredicate<FnCtx, ModuleUnit.Def> does, Set<String> seen,
                                   int depth) {
        if (defs.isEmpty() || depth > 3 || !seen.add(defs.get(0).key())) {
            return false;
        }
        for (ModuleUnit.Def d : defs) {
            if (d.body() == null) {
                continue;
            }
            if (does.test(ctx, d)) {
                return true;
            }
            boolean[] deeper = {false};
            Q.walk(d.body(), q -> {
                if (!deeper[0] && q instanceof Call call && !call.isVariable() && call.target() instanceof Atom a
                        && ctx.unit.byKey.containsKey(a.name() + "/" + call.args().size())) {
                    deeper[0] = reaches(ctx, ctx.unit.clauses(a.name(), call.args().size()), does, seen, depth + 1);
                }
                return !deeper[0] && !Q.isLocal(q, "quote");
            });
            if (deeper[0]) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Quoted tree, Quoted node) {
        return tree == node || Q.any(tree, x -> x == node);
    }
}
