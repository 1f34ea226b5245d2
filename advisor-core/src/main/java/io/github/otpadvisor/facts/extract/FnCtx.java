package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where a piece of code sits: file, module, function clause, its variable bindings. */
final class FnCtx {
    final Extraction x;
    final ModuleUnit unit;
    final ModuleUnit.Def def;
    final String fnKey;
    /** Last binding of each variable in the clause ({@code var = expr}, defaults {@code var \\ expr}). */
    final Map<String, Quoted> bindings;
    /**
     * Variables a {@code case} clause binds as its whole pattern ({@code pid when is_pid(pid) -> ..}), to the case's
     * subject: kept apart from {@link #bindings}, which {@link #resolve} follows everywhere; only a send's target
     * asks ({@link #origin}).
     */
    private final Map<String, Quoted> caseSubjects = new HashMap<>();
    /** Variables bound to a struct ({@code %User{} = user}), with the struct's name. */
    final Map<String, String> structVars;
    final boolean hasAwait;
    final String requestContext;
    /** While walking code whose value an await collects ({@code Task.async(..) |> Task.await()}): above 0. */
    int awaitDepth;
    /** While walking a branch production never runs ({@code if Mix.env() == :dev}): above 0. */
    int devDepth;
    /** Inside the arguments of a call that starts another process (the closure runs there, not here). */
    int spawnDepth;
    /** Inside a function reference ({@code &Finch.get_pool_status/2}): named, not called here. */
    int captureDepth;
    /** The innermost such call as written ({@code Task.start/1}), or null outside one. */
    String spawnCall;
    /**
     * Inside code that may run in another process: the arguments of a call that starts one ({@code spawn},
     * {@code Task.*}, {@code Agent.*}), a function value handed to anything but {@code Enum}-like callers (OTP012).
     */
    int foreignDepth;

    FnCtx(Extraction x, ModuleUnit unit, ModuleUnit.Def def, String requestContext) {
        this.x = x;
        this.unit = unit;
        this.def = def;
        this.fnKey = def == null ? null : def.key();
        this.requestContext = requestContext;
        this.bindings = new HashMap<>();
        this.structVars = new HashMap<>();
        boolean[] await = {false};
        if (def != null) {
            for (Quoted p : def.params()) {
                bindPattern(p, null);
            }
            // One walk for both: every function of every file makes a context.
            Q.walk(def.body(), q -> {
                if (Q.isLocal(q, "=") && Q.args(q).size() == 2) {
                    bindPattern(Q.args(q).get(0), Q.args(q).get(1));
                } else if (Q.isLocal(q, "case") && Q.args(q).size() == 2) {
                    caseSubjects(Q.args(q).get(0), Q.doBody(Q.args(q)));
                }
                await[0] |= !await[0] && isTaskAwait(q);
                return !Q.isLocal(q, "quote");
            });
        }
        this.hasAwait = await[0];
    }

    private static final java.util.Set<String> AWAITS = java.util.Set.of("await", "yield", "await_many", "yield_many");

    /** Whether a function body collects a task's result ({@code Task.await/yield}, one or many). */
    static boolean awaits(Quoted body) {
        return Q.any(body, FnCtx::isTaskAwait);
    }

    private static boolean isTaskAwait(Quoted q) {
        return q instanceof Call c && "Task".equals(remoteMod(c)) && AWAITS.contains(Q.remoteFun(c));
    }

    private static String remoteMod(Call c) {
        Quoted r = Q.receiver(c);
        if (Q.isLocal(r, "__aliases__") && Q.args(r).size() == 1 && Q.args(r).get(0) instanceof Atom a) {
            return a.name();
        }
        return null;
    }

    private void bindPattern(Quoted pattern, Quoted value) {
        if (Q.isUsableVar(pattern)) {
            if (value != null) {
                bindings.put(Q.varName(pattern), value);
                if (Q.isLocal(value, "%") && !Q.args(value).isEmpty()) {
                    structVars.put(Q.varName(pattern), "struct %" + SourceText.of(Q.args(value).get(0)) + "{}");
                }
            }
            return;
        }
        if (Q.isLocal(pattern, "\\\\") && Q.args(pattern).size() == 2 && Q.isUsableVar(Q.args(pattern).get(0))) {
            bindings.put(Q.varName(Q.args(pattern).get(0)), Q.args(pattern).get(1));
            return;
        }
        if (Q.isLocal(pattern, "=") && Q.args(pattern).size() == 2) {
            Quoted a = Q.args(pattern).get(0);
            Quoted b = Q.args(pattern).get(1);
            Quoted struct = Q.isLocal(a, "%") ? a : Q.isLocal(b, "%") ? b : null;
            Quoted var = Q.isUsableVar(a) ? a : Q.isUsableVar(b) ? b : null;
            if (struct != null && var != null && !Q.args(struct).isEmpty()) {
                structVars.put(Q.varName(var), "struct %" + SourceText.of(Q.args(struct).get(0)) + "{}");
            }
        }
    }

    /** Each clause whose pattern is a variable alone (with a guard or not) binds it to {@code subject}. */
    private void caseSubjects(Quoted subject, Quoted clauses) {
        if (!(clauses instanceof io.github.otpadvisor.elixir.ast.QList l)) {
            return;
        }
        for (Quoted clause : l.items()) {
            if (Q.isLocal(clause, "->") && Q.args(clause).size() == 2
                    && Q.args(clause).get(0) instanceof io.github.otpadvisor.elixir.ast.QList head
                    && head.items().size() == 1) {
                Quoted pattern = head.items().get(0);
                if (Q.isLocal(pattern, "when") && !Q.args(pattern).isEmpty()) {
                    pattern = Q.args(pattern).get(0);
                }
                if (Q.isUsableVar(pattern)) {
                    caseSubjects.putIfAbsent(Q.varName(pattern), subject);
                }
            }
        }
    }

    /**
     * Where a value comes from: {@link #resolve}'s answer, or for a variable it leaves as it is, the subject of the
     * {@code case} whose clause binds it ({@code case Tracker.pid(id) do pid when is_pid(pid) -> ..}).
     */
    Quoted origin(Quoted q) {
        Quoted r = resolve(q);
        if (Q.isUsableVar(r) && caseSubjects.containsKey(Q.varName(r))) {
            return resolve(caseSubjects.get(Q.varName(r)));
        }
        return r;
    }

    String module() {
        return unit == null ? null : unit.name;
    }

    Aliases env() {
        return def != null ? def.env() : unit != null ? unit.env : Aliases.EMPTY;
    }

    String functionName() {
        return def == null ? null : def.name();
    }

    /**
     * Follows variables, module attributes and local helper functions to the expression that gives a
     * value ({@code name: via_tuple(id)} reaches {@code {:via, Registry, {Reg, id}}}).
     */
    Quoted resolve(Quoted q) {
        return resolve(q, bindings, 0);
    }

    private Quoted resolve(Quoted q, Map<String, Quoted> b, int depth) {
        if (q == null || depth > 6) {
            return q;
        }
        if (Q.isUsableVar(q) && b.containsKey(Q.varName(q))) {
            return resolve(b.get(Q.varName(q)), b, depth + 1);
        }
        if (Q.isLocal(q, "@") && unit != null && Q.args(q).size() == 1 && Q.args(q).get(0) instanceof Call attr
                && attr.target() instanceof Atom an && attr.isVariable()) {
            Quoted v = unit.attributes.get(an.name());
            return v == null ? q : resolve(v, Map.of(), depth + 1);
        }
        if (q instanceof Call c && c.target() instanceof Atom an && !c.isVariable() && unit != null
                && !isSpecial(an.name())) {
            List<ModuleUnit.Def> defs = unit.lookup(an.name(), c.args().size());
            if (defs.size() == 1 && defs.get(0).body() != null) {
                FnCtx helper = new FnCtx(x, unit, defs.get(0), null);
                return helper.resolve(Q.last(defs.get(0).body()), helper.bindings, depth + 1);
            }
        }
        return q;
    }

    private static boolean isSpecial(String name) {
        return switch (name) {
            case "{}", "%{}", "%", "__aliases__", "<<>>", "fn", "&", "=", "|>", "case", "if", "cond", "with",
                    "receive", "try", "self", "__block__" -> true;
            default -> !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_';
        };
    }
}
