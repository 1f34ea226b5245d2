package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker module of a pool library's child spec, {@code :poolboy.child_spec(id, pool_args, worker_args)}: the
 * {@code worker_module:} of its pool arguments, written in place, in a variable, or returned by a helper of the module
 * ({@code poolboy_config/0}), through the defaults of configuration reads (glific's {@code Keyword.get(opts,
 * :worker, default)}). The pool starts that module's processes, {@code size:} of them, and restarts them.
 */
final class PoolSpecs {
    private static final int MAX_DEPTH = 8;

    private PoolSpecs() {
    }

    /** The worker module, or null when it is not written in a way read here. */
    static String worker(Quoted poolArgs, FnCtx ctx) {
        // a helper's call is read here, with its own bindings (resolving it would lose them)
        Quoted q = Q.isUsableVar(poolArgs) ? ctx.resolve(poolArgs) : poolArgs;
        Map<String, Quoted> bindings = Map.of();
        Aliases env = ctx.env();
        if (q instanceof Call c && !c.isVariable() && Q.receiver(c) == null && (c.args() == null || c.args().isEmpty())
                && ctx.unit != null && c.target() instanceof io.github.otpadvisor.elixir.ast.Atom name) {
            List<ModuleUnit.Def> defs = ctx.unit.clauses(name.name(), 0);
            if (defs.size() != 1 || defs.get(0).body() == null) {
                return null;
            }
            List<Quoted> stmts = Q.statements(defs.get(0).body());
            if (stmts.isEmpty()) {
                return null;
            }
            bindings = bindings(stmts.subList(0, stmts.size() - 1));
            q = stmts.get(stmts.size() - 1);
            env = defs.get(0).env();
        }
        Quoted module = Q.kw(q, "worker_module");
        return module == null ? null : moduleOf(module, bindings, ctx, env, 0);
    }

    /** {@code var = expr} statements, the last binding of a name winning. */
    private static Map<String, Quoted> bindings(List<Quoted> stmts) {
        Map<String, Quoted> out = new HashMap<>();
        for (Quoted s : stmts) {
            if (Q.isLocal(s, "=") && Q.args(s).size() == 2 && Q.isUsableVar(Q.args(s).get(0))) {
                out.put(Q.varName(Q.args(s).get(0)), Q.args(s).get(1));
            }
        }
        return out;
    }

    private static String moduleOf(Quoted q, Map<String, Quoted> bindings, FnCtx ctx, Aliases env, int depth) {
        if (q == null || depth > MAX_DEPTH) {
            return null;
        }
        if (Q.isUsableVar(q)) {
            Quoted bound = bindings.get(Q.varName(q));
            return moduleOf(bound != null ? bound : bindings.isEmpty() ? ctx.resolve(q) : null, bindings, ctx, env,
                    depth + 1);
        }
        String m = env.resolve(q);
        if (m != null) {
            return m.startsWith(":") ? null : m;
        }
        if (Q.isLocal(q, "if") || Q.isLocal(q, "unless")) {
            Quoted opts = Q.args(q).size() == 2 ? Q.args(q).get(1) : null;
            for (String branch : new String[] {"else", "do"}) {
                String found = moduleOf(Q.kw(opts, branch), bindings, ctx, env, depth + 1);
                if (found != null) {
                    return found; // the default an override replaces is the one the code names
                }
            }
            return null;
        }
        if (Q.isLocal(q, "||") && Q.args(q).size() == 2) {
            return moduleOf(Q.args(q).get(1), bindings, ctx, env, depth + 1);
        }
        if (q instanceof Call c && !c.isVariable() && c.args() != null && c.args().size() == 3) {
            String recv = env.resolve(Q.receiver(c));
            String fun = Q.remoteFun(c);
            if (("Keyword".equals(recv) || "Map".equals(recv)) && "get".equals(fun)
                    || "Application".equals(recv) && ("get_env".equals(fun) || "compile_env".equals(fun))) {
                return moduleOf(c.args().get(2), bindings, ctx, env, depth + 1);
            }
        }
        return null;
    }
}
