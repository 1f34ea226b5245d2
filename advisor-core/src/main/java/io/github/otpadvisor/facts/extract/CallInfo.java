package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * A call as the detectors see it: the resolved module ({@code null} for a local call, {@code "?"} when the
 * receiver is computed), the function, the arguments (with a piped value put first) and the file it is in.
 */
record CallInfo(String module, String fun, List<Quoted> args, Call node, String file) {
    /** Where the call is: found when a detector records it, as most calls of a file are recorded by none. */
    Location location() {
        return Q.loc(file, node, new Location(file, 0, 0));
    }

    int arity() {
        return args.size();
    }

    boolean is(String mod, String f) {
        return f.equals(fun) && (mod == null ? module == null : mod.equals(module));
    }

    boolean isAny(String mod, String... funs) {
        if (mod == null ? module != null : !mod.equals(module)) {
            return false;
        }
        for (String f : funs) {
            if (f.equals(fun)) {
                return true;
            }
        }
        return false;
    }

    Quoted arg(int i) {
        return i < args.size() ? args.get(i) : null;
    }

    Quoted lastArg() {
        return args.isEmpty() ? null : args.get(args.size() - 1);
    }

    /**
     * The default module of a backend read from the configuration where it is called
     * ({@code Application.get_env(:app, Store, Store.Impl).start_link(opts)}, mobile_app_backend's LastFreshStore):
     * what runs unless the configuration names another, as the code says. Null for any other receiver.
     */
    /**
     * A receiver that picks the Ecto repo at run time ({@code Chain.select_repo(options).one(..)},
     * {@code Repo.replica().all(..)}: blockscout's reads, 300 of them): its calls are the repo's.
     */
    private static boolean computedRepo(Quoted recv) {
        if (!(recv instanceof Call r) || r.isVariable() || r.args() == null) {
            return false;
        }
        String f = r.target() instanceof Atom a ? a.name() : Q.remoteFun(r);
        return f != null && (f.equals("repo") || f.endsWith("_repo") || f.equals("replica"));
    }

    private static String configuredDefault(Quoted recv, Aliases env) {
        if (!(recv instanceof Call r) || r.isVariable() || r.args() == null || r.args().size() != 3) {
            return null;
        }
        String fun = Q.remoteFun(r);
        Quoted owner = Q.receiver(r);
        if (owner == null || !"Application".equals(env.resolve(owner))
                || !("get_env".equals(fun) || "compile_env".equals(fun))) {
            return null;
        }
        Quoted fallback = r.args().get(2);
        String mod = Q.isLocal(fallback, "__aliases__") ? env.resolve(fallback) : null;
        return mod == null || mod.startsWith(":") ? null : mod;
    }

    /** The call {@code c} (piped value prepended when {@code piped} is not null), or null for non-calls. */
    static CallInfo of(Call c, Quoted piped, Aliases env, String file) {
        if (c.isVariable() || c.args() == null) {
            return null;
        }
        List<Quoted> args = c.args();
        if (piped != null) {
            List<Quoted> all = new ArrayList<>(args.size() + 1);
            all.add(piped);
            all.addAll(args);
            args = all;
        }
        if (c.target() instanceof Atom a) {
            return new CallInfo(null, a.name(), args, c, file);
        }
        Quoted recv = Q.receiver(c);
        String fun = Q.remoteFun(c);
        if (recv == null || fun == null) {
            return null;
        }
        if (Q.isVar(recv) && !"__MODULE__".equals(Q.varName(recv))) {
            if (c.args().isEmpty() && c.meta().get("no_parens") != null) {
                return null; // map.field
            }
            return new CallInfo("?", fun, args, c, file);
        }
        String mod = env.resolve(recv);
        if (mod == null) {
            mod = configuredDefault(recv, env);
        }
        if (mod == null && computedRepo(recv)) {
            mod = io.github.otpadvisor.facts.RemoteCall.COMPUTED_REPO;
        }
        if (mod == null) {
            mod = "?";
        }
        if (mod.equals("Kernel")) {
            mod = null;
        }
        return new CallInfo(mod, fun, args, c, file);
    }
}
