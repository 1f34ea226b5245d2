package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.NameRef;
import java.util.List;
import java.util.Optional;

/** Detects children lists: Supervisor.start_link/2, Supervisor.init/2, supervise/2, DynamicSupervisor.init/1. */
final class ChildrenLists {
    private ChildrenLists() {
    }

    static void detect(CallInfo c, FnCtx ctx) {
        if (c.is("Supervisor", "start_link") && c.arity() >= 1) {
            Quoted first = ctx.resolve(c.arg(0));
            String mod = ctx.env().resolve(first);
            if (mod != null && c.arity() >= 2) {
                return; // Supervisor.start_link(__MODULE__, arg, opts): the children come from init/1
            }
            if (fromParameter(ctx, c.arg(0))) {
                return; // a private helper starting the list its callers give: read at each call (below)
            }
            add(ctx, applicationStart(ctx) ? ChildrenList.Source.APPLICATION_START
                    : ChildrenList.Source.SUPERVISOR_START_LINK, c, c.arg(0), c.arity() >= 2 ? c.arg(1) : null);
        } else if (c.is("Supervisor", "init") && c.arity() >= 1) {
            add(ctx, ChildrenList.Source.SUPERVISOR_INIT, c, c.arg(0), c.arity() >= 2 ? c.arg(1) : null);
        } else if (c.module() == null && c.fun().equals("supervise") && c.arity() == 2 && ctx.unit != null
                && ctx.unit.abstraction == Abstraction.SUPERVISOR) {
            add(ctx, ChildrenList.Source.SUPERVISOR_INIT, c, c.arg(0), c.arg(1));
        } else if (c.is("DynamicSupervisor", "init") && c.arity() == 1) {
            add(ctx, ChildrenList.Source.DYNAMIC_INIT, c, null, c.arg(0));
        } else if (c.module() == null && c.arity() >= 1 && ctx.unit != null) {
            throughHelper(c, ctx);
        }
    }

    /**
     * The application's own tree: its start/2, or a private function start/2 calls (wocky's {@code start/2} picks
     * {@code start_full/0} or {@code start_db_only/0} by configuration; each builds its list).
     */
    private static boolean applicationStart(FnCtx ctx) {
        if (ctx.unit == null || !ctx.unit.application) {
            return false;
        }
        if ("start/2".equals(ctx.fnKey)) {
            return true;
        }
        if (ctx.def == null || ctx.def.isPublic()) {
            return false;
        }
        String name = ctx.def.name();
        return ctx.unit.clauses("start", 2).stream().anyMatch(d -> d.body() != null
                && Q.any(d.body(), q -> q instanceof Call call && !call.isVariable()
                        && Q.isLocal(call, name) && Q.args(call).size() == ctx.def.arity()));
    }

    /** The children expression reads a parameter of the private function it is in: its callers give the list. */
    private static boolean fromParameter(FnCtx ctx, Quoted children) {
        if (ctx.def == null || ctx.def.isPublic() || children == null) {
            return false;
        }
        for (Quoted p : ctx.def.params()) {
            String v = Q.varName(p);
            if (v != null && !v.startsWith("_") && Q.usesVar(children, v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call of a one-clause private helper of the module whose body starts a supervisor with a list built from its
     * parameters ({@code start_supervisor(children)} doing {@code Supervisor.start_link([Repo | children], ..)}):
     * the list is read here, the parameters bound to this call's arguments, as if the call were written here.
     */
    private static void throughHelper(CallInfo c, FnCtx ctx) {
        if (!ctx.unit.definesName(c.fun())) {
            return; // most local calls are operators and special forms: no name to build
        }
        List<ModuleUnit.Def> defs = ctx.unit.clauses(c.fun(), c.arity());
        if (defs.size() != 1 || defs.get(0).isPublic() || defs.get(0).body() == null || defs.get(0) == ctx.def) {
            return;
        }
        ModuleUnit.Def helper = defs.get(0);
        // A helper is called from many places: its body is searched once.
        Optional<Call> found = ctx.x.supervisorStarts.computeIfAbsent(helper, ChildrenLists::supervisorStart);
        if (found.isEmpty()) {
            return;
        }
        Call start = found.get();
        java.util.Map<String, Quoted> params = new java.util.HashMap<>();
        for (int i = 0; i < helper.params().size() && i < c.arity(); i++) {
            String v = Q.varName(helper.params().get(i));
            if (v != null) {
                params.put(v, c.arg(i));
            }
        }
        Quoted children = start.args().get(0);
        if (params.keySet().stream().noneMatch(v -> Q.usesVar(children, v))) {
            return;
        }
        Location where = c.location();
        record(ctx, applicationStart(ctx) ? ChildrenList.Source.APPLICATION_START
                : ChildrenList.Source.SUPERVISOR_START_LINK, where, ChildrenExpr.entriesWith(children, params, ctx, where),
                start.args().size() >= 2 ? start.args().get(1) : null);
    }

    /** The first {@code Supervisor.start_link(list, ..)} in a helper's body. */
    private static Optional<Call> supervisorStart(ModuleUnit.Def helper) {
        Call[] start = {null};
        Q.walk(helper.body(), q -> {
            if (start[0] == null && q instanceof Call call && !call.isVariable()
                    && "start_link".equals(Q.remoteFun(call)) && call.args() != null && call.args().size() >= 1
                    && "Supervisor".equals(helper.env().resolve(Q.receiver(call)))) {
                start[0] = call;
            }
            return start[0] == null;
        });
        return Optional.ofNullable(start[0]);
    }

    /**
     * A public function whose value is a list of two or more child specs, read ({@code children/1} of gamend's
     * GamendWeb.HostSupervision, whose list GamendHost.Application starts): recorded as {@link
     * ChildrenList.Source#RETURNED}; linking uses it only where another module's children list calls the function.
     */
    static void returned(FnCtx ctx, ModuleUnit.Def d) {
        if (!d.isPublic() || d.body() == null || ctx.unit == null || ctx.unit.clauses(d.name(), d.arity()).size() != 1) {
            return;
        }
        Quoted last = Q.last(d.body());
        if (!(last instanceof io.github.otpadvisor.elixir.ast.QList) && !Q.isLocal(last, "++")) {
            return;
        }
        Location where = Q.loc(ctx.x.file, last, d.location());
        List<ChildSpec> list = ChildSpecReader.list(last, ctx, where);
        if (list.stream().filter(ChildSpec::resolved).count() < 2) {
            return;
        }
        ctx.x.childrenLists.add(new ChildrenList(ChildrenList.Source.RETURNED, ctx.module(), ctx.fnKey, where, null,
                null, null, null, list, null));
    }

    /**
     * A public one-clause function whose value is one child spec built from its parameters (teiserver's
     * {@code CacheHelper.concache_perm_sup(name)}: {@code Supervisor.child_spec({ConCache, [name: name, ..]}, id: ..)}):
     * recorded as {@link ChildrenList.Source#TEMPLATE} with its parameters, for the children lists that call it.
     */
    static void template(FnCtx ctx, ModuleUnit.Def d) {
        if (!d.isPublic() || d.body() == null || ctx.unit == null || d.params().isEmpty()
                || ctx.unit.clauses(d.name(), d.arity()).size() != 1) {
            return;
        }
        List<String> params = new java.util.ArrayList<>();
        for (Quoted p : d.params()) {
            if (!Q.isUsableVar(p)) {
                return;
            }
            params.add(Q.varName(p));
        }
        Quoted last = Q.last(d.body());
        boolean spec = last instanceof io.github.otpadvisor.elixir.ast.Call c && "child_spec".equals(Q.remoteFun(c))
                && "Supervisor".equals(ctx.env().resolve(Q.receiver(c)))
                || Q.tuple(last) != null && Q.tuple(last).size() == 2 || Q.isLocal(last, "%{}");
        if (!spec) {
            return;
        }
        Location where = Q.loc(ctx.x.file, last, d.location());
        ChildSpec c = ChildSpecReader.read(last, ctx, where);
        if (c == null || !c.resolved() || c.module() == null || c.arg() == null
                || params.stream().noneMatch(p -> java.util.regex.Pattern.compile("(?<![\\w:@.])" + p + "(?![\\w:])")
                .matcher(c.arg() + " " + c.id()).find())) {
            return;
        }
        ctx.x.childrenLists.add(new ChildrenList(ChildrenList.Source.TEMPLATE, ctx.module(), ctx.fnKey, where, null,
                null, null, null, List.of(c), null, params));
    }

    /**
     * A child spec map whose start is {@code {Supervisor, :start_link, [children, opts]}} (ElixirTorrent's
     * {@code Acceptor.child_spec/1}): the supervisor its entry starts runs that list, as a start_link call would.
     */
    static void startTuple(FnCtx ctx, ModuleUnit.Def d) {
        if (d.body() == null || ctx.unit == null) {
            return;
        }
        Q.walk(d.body(), q -> {
            if (Q.isLocal(q, "%{}")) {
                List<Quoted> mfa = Q.tuple(ChildSpecReader.mapGet(q, "start"));
                if (mfa != null && mfa.size() == 3 && "Supervisor".equals(ctx.env().resolve(mfa.get(0)))
                        && "start_link".equals(Q.atom(mfa.get(1)))
                        && mfa.get(2) instanceof io.github.otpadvisor.elixir.ast.QList args
                        && args.items().size() == 2) {
                    Quoted children = ctx.resolve(args.items().get(0));
                    if (children instanceof io.github.otpadvisor.elixir.ast.QList) {
                        Location where = Q.loc(ctx.x.file, q, d.location());
                        record(ctx, ChildrenList.Source.SUPERVISOR_START_LINK, where,
                                ChildSpecReader.list(children, ctx, where), args.items().get(1));
                    }
                }
            }
            return !Q.isLocal(q, "quote");
        });
    }

    static void add(FnCtx ctx, ChildrenList.Source source, CallInfo c, Quoted children, Quoted opts) {
        Location where = c.location();
        record(ctx, source, where, children == null ? List.of() : ChildSpecReader.list(children, ctx, where), opts);
    }

    /** The list read at {@code where}, its children's names and the supervisor's options ({@code opts}) recorded. */
    private static void record(FnCtx ctx, ChildrenList.Source source, Location where, List<ChildSpec> list,
                               Quoted opts) {
        for (ChildSpec s : list) {
            if (s.name() != null) {
                ctx.x.names.add(s.name());
            }
        }
        Quoted o = opts == null ? null : ctx.resolve(opts);
        NameRef name = Q.kw(o, "name") == null ? null : NameReader.read(Q.kw(o, "name"), ctx, "supervisor name", where);
        ctx.x.childrenLists.add(new ChildrenList(source, ctx.module(), ctx.fnKey, where, name, text(o, "strategy"),
                text(o, "max_restarts"), text(o, "max_seconds"), list, text(o, "auto_shutdown")));
    }

    private static String text(Quoted opts, String key) {
        Quoted v = Q.kw(opts, key);
        return v == null ? null : SourceText.of(v).replaceFirst("^:", "");
    }
}
