package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.NameRef;
import java.util.List;

/** Reads child specs and children lists in every form the RULEBOOK lists. */
final class ChildSpecReader {
    private ChildSpecReader() {
    }

    /** The entries of a children list expression as applications build them ({@link ChildrenExpr}). */
    static List<ChildSpec> list(Quoted expr, FnCtx ctx, Location where) {
        return ChildrenExpr.entries(expr, ctx, where);
    }

    /** One child spec. */
    static ChildSpec read(Quoted raw, FnCtx ctx, Location fallback) {
        Location where = Q.loc(ctx.x.file, raw, fallback);
        Quoted q = ctx.resolve(raw);
        String text = SourceText.of(raw);
        Aliases env = ctx.env();
        String mod = env.resolve(q);
        if (mod != null && !mod.startsWith(":")) {
            return new ChildSpec(ChildSpec.Form.MODULE, mod, null, true, null, null, null, null, null, text, where);
        }
        List<Quoted> t = Q.tuple(q);
        if (t != null && t.size() == 2) {
            String m = env.resolve(ctx.resolve(t.get(0)));
            if (m == null) {
                m = defaultModule(t.get(0), ctx);
            }
            if (m != null && !m.startsWith(":")) {
                return tupleSpec(m, t.get(1), ctx, text, where);
            }
            if (m != null && !SPEC_KEYS.contains(m.substring(1)) && Q.isKeyword(ctx.resolve(t.get(1)))) {
                // {:telemetry_poller, measurements: ..., period: ...} (every Phoenix application's Telemetry): an
                // Erlang library's process, started by its own child_spec/1, not a part of the tree left unread
                return new ChildSpec(ChildSpec.Form.TUPLE, m, SourceText.of(t.get(1)), Q.isLiteral(t.get(1)), null,
                        null, null, null, null, text, where);
            }
        }
        if (t != null && t.size() >= 2) {
            // Erlang form {id, {M, F, A}, restart, shutdown, type, modules}.
            List<Quoted> mfa = Q.tuple(t.get(1));
            if (mfa != null && mfa.size() == 3) {
                String m = env.resolve(mfa.get(0));
                if (m != null) {
                    String restart = t.size() > 2 ? SourceText.of(t.get(2)).replaceFirst("^:", "") : null;
                    return new ChildSpec(ChildSpec.Form.MAP, m, SourceText.of(mfa.get(2)), Q.isLiteral(mfa.get(2)),
                            SourceText.of(t.get(0)), null, restart, null, null, text, where);
                }
            }
        }
        if (Q.isLocal(q, "%{}")) {
            Quoted id = mapGet(q, "id");
            Quoted start = mapGet(q, "start");
            Quoted restart = mapGet(q, "restart");
            List<Quoted> mfa = Q.tuple(ctx.resolve(start));
            String m = mfa != null && mfa.size() == 3 ? env.resolve(mfa.get(0)) : null;
            String arg = mfa != null && mfa.size() == 3 ? SourceText.of(mfa.get(2)) : null;
            boolean literal = mfa != null && mfa.size() == 3 && Q.isLiteral(mfa.get(2));
            String started = trampolined(id, mfa, env);
            if (started != null && mfa.get(2) instanceof QList startArgs) {
                // %{id: Stats, start: {Diode, :start_worker, [Stats, args]}} (diode): Diode.start_worker starts Stats
                m = started;
                arg = SourceText.of(startArgs.items().size() > 1 ? startArgs.items().get(1) : startArgs);
            }
            NameRef name = null;
            if (mfa != null && mfa.size() == 3 && mfa.get(2) instanceof QList al && !al.items().isEmpty()) {
                Quoted opts = al.items().get(al.items().size() - 1);
                if (Q.kw(opts, "name") != null) {
                    name = NameReader.read(Q.kw(opts, "name"), ctx, "child spec", where);
                }
            }
            return new ChildSpec(ChildSpec.Form.MAP, m, arg, literal, id == null ? null : SourceText.of(id), name,
                    restart == null ? null : SourceText.of(restart).replaceFirst("^:", ""), null, null, text, where);
        }
        if (q instanceof Call c && !c.isVariable()) {
            String fun = Q.remoteFun(c);
            String recv = env.resolve(Q.receiver(c));
            if ("Supervisor".equals(recv) && "child_spec".equals(fun) && c.args().size() == 2) {
                ChildSpec inner = read(c.args().get(0), ctx, where);
                Quoted opts = ctx.resolve(c.args().get(1));
                Quoted id = Q.kw(opts, "id");
                Quoted restart = Q.kw(opts, "restart");
                return new ChildSpec(ChildSpec.Form.CHILD_SPEC_CALL, inner.module(), inner.arg(), inner.argIsLiteral(),
                        id != null ? SourceText.of(id) : inner.id(), inner.name(),
                        restart != null ? SourceText.of(restart).replaceFirst("^:", "") : inner.restart(),
                        inner.strategy(), inner.partitionChild(), text, where);
            }
            if ("child_spec".equals(fun) && recv != null && !recv.equals("?")) {
                // An Erlang library's spec (:poolboy.child_spec/2) is that library's process, not unknown.
                Quoted arg = c.args().isEmpty() ? null : c.args().get(0);
                String worker = ":poolboy".equals(recv) && c.args().size() >= 2 ? PoolSpecs.worker(c.args().get(1), ctx)
                        : null;
                return new ChildSpec(ChildSpec.Form.CHILD_SPEC_CALL, recv, arg == null ? null : SourceText.of(arg),
                        arg == null || Q.isLiteral(arg), null, nameIn(arg, ctx, where), null, null, worker, text, where);
            }
            boolean spec = Q.isLocal(c, "worker") || Q.isLocal(c, "supervisor")
                    || recv != null && SPEC_MODULES.contains(recv) && ("worker".equals(fun) || "supervisor".equals(fun));
            if (spec && !c.args().isEmpty()) {
                String m = env.resolve(c.args().get(0));
                if (m != null) {
                    // worker(M, _args = [table, [name: T]]) (rig): the list its start_link is applied to
                    Quoted arg = c.args().size() > 1 ? matched(c.args().get(1)) : null;
                    Quoted named = arg instanceof QList al && !al.items().isEmpty()
                            ? Q.kw(al.items().get(al.items().size() - 1), "name") : null;
                    NameRef name = named == null ? null : NameReader.read(named, ctx, "child spec", where);
                    // worker(M, [], restart: :transient) (ex_money's LoginRefreshWorker): Supervisor.Spec's options
                    Quoted opts = c.args().size() > 2 ? c.args().get(2) : null;
                    Quoted restart = opts == null ? null : Q.kw(opts, "restart");
                    Quoted id = opts == null ? null : Q.kw(opts, "id");
                    return new ChildSpec(ChildSpec.Form.TUPLE, m, arg == null ? null : SourceText.of(arg),
                            arg == null || Q.isLiteral(arg), id == null ? null : SourceText.of(id), name,
                            restart == null ? null : SourceText.of(restart).replaceFirst("^:", ""), null, null, text,
                            where);
                }
            }
        }
        return new ChildSpec(ChildSpec.Form.UNRESOLVED, null, null, false, null, null, null, null, null, text, where);
    }

    /** The keys of a child spec map, which a two-element tuple of a keyword spec also starts with. */
    private static final java.util.Set<String> SPEC_KEYS = java.util.Set.of("id", "start", "restart", "shutdown",
            "type", "modules", "significant");

    /** Supervisor.Spec, also as {@code Spec} when aliased inside the function that lists it (rig's start/2). */
    private static final java.util.Set<String> SPEC_MODULES = java.util.Set.of("Supervisor.Spec", "Spec");

    /** The value of a match written in place ({@code _args = [..]}), else the expression itself. */
    private static Quoted matched(Quoted q) {
        return Q.isLocal(q, "=") && Q.args(q).size() == 2 ? Q.args(q).get(1) : q;
    }

    /**
     * The default of an option or config read naming the child's module ({@code Keyword.get(opts, :vehicle,
     * Vehicle)}, {@code Application.get_env(:app, :worker, Worker)}): the module started unless overridden.
     */
    private static String defaultModule(Quoted q, FnCtx ctx) {
        if (!(q instanceof Call c) || c.isVariable() || c.args() == null || c.args().size() != 3) {
            return null;
        }
        String fun = Q.remoteFun(c);
        String recv = ctx.env().resolve(Q.receiver(c));
        boolean read = ("Keyword".equals(recv) || "Map".equals(recv)) && "get".equals(fun)
                || "Application".equals(recv) && ("get_env".equals(fun) || "compile_env".equals(fun));
        String m = read ? ctx.env().resolve(ctx.resolve(c.args().get(2))) : null;
        return m == null || m.startsWith(":") ? null : m;
    }

    private static ChildSpec tupleSpec(String m, Quoted argRaw, FnCtx ctx, String text, Location where) {
        Quoted arg = ctx.resolve(argRaw);
        NameRef name = nameIn(arg, ctx, where);
        String strategy = null;
        String partitionChild = null;
        String id = null;
        String restart = null;
        if (Q.isKeyword(arg)) {
            Quoted s = Q.kw(arg, "strategy");
            strategy = s == null ? null : SourceText.of(s).replaceFirst("^:", "");
            Quoted i = Q.kw(arg, "id");
            id = i == null ? null : SourceText.of(i);
            Quoted r = Q.kw(arg, "restart");
            restart = r == null ? null : SourceText.of(r).replaceFirst("^:", "");
            if (m.equals("PartitionSupervisor")) {
                Quoted cs = ctx.resolve(Q.kw(arg, "child_spec"));
                if (cs != null) {
                    String pm = ctx.env().resolve(cs);
                    List<Quoted> ct = Q.tuple(cs);
                    if (pm == null && ct != null && ct.size() == 2) {
                        pm = ctx.env().resolve(ct.get(0));
                    }
                    if (pm == null && Q.isLocal(cs, "%{}")) {
                        List<Quoted> mfa = Q.tuple(mapGet(cs, "start"));
                        pm = mfa != null && mfa.size() == 3 ? ctx.env().resolve(mfa.get(0)) : null;
                    }
                    partitionChild = pm != null ? pm : SourceText.of(cs);
                }
            }
        }
        return new ChildSpec(ChildSpec.Form.TUPLE, m, SourceText.of(argRaw), Q.isLiteral(arg), id, name, restart,
                strategy, partitionChild, text, where);
    }

    private static NameRef nameIn(Quoted arg, FnCtx ctx, Location where) {
        Quoted n = Q.kw(arg, "name");
        return n == null ? null : NameReader.read(n, ctx, "child spec", where);
    }

    static Quoted mapGet(Quoted map, String key) {
        for (Quoted p : Q.args(map)) {
            if (p instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom a
                    && a.name().equals(key)) {
                return t.items().get(1);
            }
        }
        return null;
    }

    /**
     * The module a start function of another module starts for this entry: the map's {@code id} is a module, and the
     * start is {@code {M, f, [that module | _]}} with {@code f} no start_link of {@code M}'s own (a trampoline that
     * times, logs or retries the real start). Null otherwise.
     */
    private static String trampolined(Quoted id, List<Quoted> mfa, Aliases env) {
        if (id == null || mfa == null || mfa.size() != 3 || !Q.isLocal(id, "__aliases__")
                || !(mfa.get(2) instanceof QList args) || args.items().isEmpty()) {
            return null;
        }
        String fun = Q.atom(mfa.get(1));
        String module = env.resolve(id);
        String first = Q.isLocal(args.items().get(0), "__aliases__") ? env.resolve(args.items().get(0)) : null;
        return fun != null && !fun.equals("start_link") && module != null && module.equals(first) ? module : null;
    }
}
