package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The functions of its own module that a function calls: {@code helper(x)}, {@code x |> helper()},
 * {@code __MODULE__.helper(x)}, captures {@code &helper/1} and {@code __MODULE__, :helper, [x]} arguments, each as the callee's {@code name/arity}
 * (a call that leaves out default arguments reaches the definition). Code in {@code quote} is not run here.
 */
final class LocalCalls {
    private LocalCalls() {
    }

    static Set<String> of(ModuleUnit unit, List<ModuleUnit.Def> clauses) {
        return scan(unit, clauses).calls();
    }

    /** A function's local calls, and whether it has a {@code receive} and calls itself (a receive loop). */
    record Scan(Set<String> calls, boolean receive, boolean selfRecursive) {
    }

    /** One walk of each clause for all three: every function of every file is scanned. */
    static Scan scan(ModuleUnit unit, List<ModuleUnit.Def> clauses) {
        Set<String> out = new LinkedHashSet<>();
        boolean[] found = {false, false};
        String name = clauses.isEmpty() ? null : clauses.get(0).name();
        int arity = clauses.isEmpty() ? -1 : clauses.get(0).arity();
        for (ModuleUnit.Def d : clauses) {
            Set<Quoted> piped = Collections.newSetFromMap(new IdentityHashMap<>());
            Q.walk(d.body(), q -> {
                if (Q.isLocal(q, "quote")) {
                    return false;
                }
                if (Q.isLocal(q, "receive")) {
                    found[0] = true;
                } else if (Q.isLocal(q, name) && Q.args(q).size() == arity) {
                    found[1] = true;
                }
                if (Q.isLocal(q, "|>") && Q.args(q).size() == 2) {
                    piped.add(Q.args(q).get(1));
                }
                callee(unit, q, piped.contains(q), out);
                return true;
            });
        }
        return new Scan(out, found[0], found[1]);
    }

    static void callee(ModuleUnit unit, Quoted q, boolean piped, Set<String> out) {
        if (piped && Q.isUsableVar(q)) {
            add(unit, Q.varName(q), 1, out); // `message |> send_tweet`: the pipe calls send_tweet(message)
            return;
        }
        if (!(q instanceof Call c) || c.args() == null) {
            return;
        }
        if (Q.isLocal(q, "&") && c.args().size() == 1 && Q.isLocal(c.args().get(0), "/")) {
            List<Quoted> fa = Q.args(c.args().get(0));
            if (fa.size() == 2 && fa.get(0) instanceof Call f && f.target() instanceof Atom a
                    && fa.get(1) instanceof Int n) {
                add(unit, a.name(), n.value().intValue(), out);
            }
            return;
        }
        if (c.isVariable()) {
            return;
        }
        mfa(unit, c.args(), out);
        int arity = c.args().size() + (piped ? 1 : 0);
        if (c.target() instanceof Atom a) {
            add(unit, a.name(), arity, out);
        } else if (Q.receiver(c) != null && "__MODULE__".equals(Q.varName(Q.receiver(c)))) {
            add(unit, Q.remoteFun(c), arity, out);
        }
    }

    /**
     * {@code __MODULE__, :fun, [args]} among a call's arguments ({@code :erpc.call(node, __MODULE__, :f, [a])},
     * {@code apply/3}, {@code Task.start/3}): the module runs its own function, here or on another node.
     */
    private static void mfa(ModuleUnit unit, List<Quoted> args, Set<String> out) {
        for (int i = 0; i + 2 < args.size(); i++) {
            Quoted m = args.get(i);
            boolean self = "__MODULE__".equals(Q.varName(m))
                    || Q.isLocal(m, "__aliases__") && unit.name.equals(unit.env.resolve(m));
            if (self && args.get(i + 1) instanceof Atom f && args.get(i + 2) instanceof QList l) {
                add(unit, f.name(), l.items().size(), out);
            }
        }
    }

    private static void add(ModuleUnit unit, String name, int arity, Set<String> out) {
        if (name == null || !unit.definesName(name)) {
            return; // most calls (if, case, =, |>, Kernel) name no function of the module: no key to build
        }
        // That arity's clauses, else the function whose default arguments fill the call (also when the name has
        // other arities: `get(path)` beside `get/3` with two defaults and a `get/0`), else the name's only arity.
        List<ModuleUnit.Def> defs = unit.called(name, arity);
        if (defs.isEmpty()) {
            defs = unit.lookup(name, arity);
        }
        if (!defs.isEmpty()) {
            out.add(defs.get(0).key());
        }
    }
}
