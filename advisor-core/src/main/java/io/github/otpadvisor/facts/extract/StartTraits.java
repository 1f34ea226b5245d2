package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.StartSite.Trait;
import io.github.otpadvisor.facts.WebRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the code around a start call for OTP005: whether the task is awaited, whether the caller waits for
 * the new process (or hangs on it), whether it is owned by the process that starts it, whether it is a
 * hand-made timer, and whether the code is production code at all.
 */
final class StartTraits {
    private static final Set<String> AWAITS = Set.of("await", "await_many", "yield", "yield_many");
    private static final Set<String> LIBRARY_PROCESSES = Set.of("GenStage", "Broadway", "Phoenix.Tracker",
            "WebSockex", "GenStateMachine", "Phoenix.LiveView", "Phoenix.LiveComponent", "Phoenix.Channel",
            "ThousandIsland.Handler", "Phoenix.Socket", "Phoenix.LiveDashboard.PageBuilder");

    private StartTraits() {
    }

    /** What one module's code shows once: its start functions, whether it collects task replies, its kind. */
    record ModuleTraits(Set<String> startFunctions, boolean ownerAwaits, boolean process, boolean shortLived) {
    }

    static Set<Trait> of(CallInfo c, FnCtx ctx, StartSite.Kind kind, Quoted fnArg, Closure closure, boolean linked) {
        Set<Trait> out = EnumSet.noneOf(Trait.class);
        ModuleTraits m = ctx.unit == null ? null : ctx.x.moduleTraits.computeIfAbsent(ctx.unit, StartTraits::module);
        if (m != null && ctx.def != null && m.startFunctions().contains(ctx.def.name())) {
            out.add(Trait.IN_START_FUNCTION);
        }
        if (m != null && m.process()) {
            out.add(Trait.IN_PROCESS_MODULE);
        }
        if (m != null && m.shortLived()) {
            out.add(Trait.SHORT_LIVED);
        }
        if (ctx.devDepth > 0 || ctx.def != null && ctx.unit.devOnly.contains(ctx.def)) {
            out.add(Trait.DEV_ONLY);
        }
        if (closure != null && reportsBack(fnArg, closure)) {
            out.add(Trait.REPORTS_BACK);
        }
        if (fnArg != null && isTimer(fnArg, ctx)) {
            out.add(Trait.TIMER);
        }
        if (ctx.def != null && ctx.def.body() != null) {
            waits(c, ctx, kind, fnArg, linked, out);
        }
        return out;
    }

    /**
     * A {@code Task.async} whose reply is collected: awaited in the same function (also through a pipe), by a
     * local helper the task is passed to, by the caller it is returned to, or by the module's own
     * {@code handle_info({ref, result}, ...)}.
     */
    static boolean awaited(CallInfo c, FnCtx ctx) {
        if (ctx.hasAwait || ctx.awaitDepth > 0) {
            return true;
        }
        if (ctx.unit == null || ctx.def == null || ctx.def.body() == null) {
            return false;
        }
        if (ctx.x.moduleTraits.computeIfAbsent(ctx.unit, StartTraits::module).ownerAwaits()) {
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

    private static final java.util.function.BiPredicate<FnCtx, ModuleUnit.Def> AWAITS_OR_RECEIVES =
            (ctx, d) -> Q.any(d.body(), StartTraits::isAwaitOrReceive);

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
            if (t == node || Q.varName(t) != null && holders.contains(Q.varName(t))) {
                return true;
            }
            boolean collects = t instanceof Call call && !call.isVariable()
                    && (Q.isLocal(t, "for") || Q.isLocal(t, "|>") && !isEach(Q.args(t).get(1))
                    || "map".equals(Q.remoteFun(call)) || "flat_map".equals(Q.remoteFun(call)));
            if (collects && contains(t, node)) {
                return true;
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
                List<Quoted> clauses = branch instanceof io.github.otpadvisor.elixir.ast.QList l ? l.items() : List.of();
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
                                          java.util.function.BiPredicate<FnCtx, ModuleUnit.Def> does) {
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

    private static boolean reaches(FnCtx ctx, List<ModuleUnit.Def> defs,
                                   java.util.function.BiPredicate<FnCtx, ModuleUnit.Def> does, Set<String> seen,
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

    /**
     * After the start, does the caller wait in a receive? In the same function (outside the closure) or in a
     * local helper it calls: with an {@code after} or a {@code :DOWN} clause it waits; a bare receive in the
     * same function after an unlinked, unmonitored {@code spawn} hangs if the child dies first.
     */
    private static void waits(CallInfo c, FnCtx ctx, StartSite.Kind kind, Quoted fnArg, boolean linked,
                              Set<Trait> out) {
        List<Quoted> own = new ArrayList<>();
        boolean[] monitors = {false};
        List<Quoted> helpers = new ArrayList<>();
        Q.walk(ctx.def.body(), q -> {
            if (q == fnArg || Q.isLocal(q, "quote")) {
                return false;
            }
            if (Q.isLocal(q, "receive")) {
                own.add(q);
            } else if (q instanceof Call call && !call.isVariable() && Q.receiver(call) != null
                    && "Process".equals(SourceText.of(Q.receiver(call))) && "monitor".equals(Q.remoteFun(call))) {
                monitors[0] = true;
            } else if (q instanceof Call call && !call.isVariable() && call.target() instanceof Atom a
                    && ctx.unit.byKey.containsKey(a.name() + "/" + call.args().size())
                    && !a.name().equals(ctx.def.name())) {
                helpers.add(q);
            }
            return true;
        });
        boolean unmonitored = !monitors[0] && !linked
                && (kind == StartSite.Kind.SPAWN || kind == StartSite.Kind.PROCESS_SPAWN);
        if (!own.isEmpty()) {
            boolean bounded = own.stream().anyMatch(StartTraits::bounded);
            out.add(bounded || !unmonitored ? Trait.CALLER_WAITS : Trait.CALLER_HANGS);
            return;
        }
        for (Quoted h : helpers) {
            Call call = (Call) h;
            if (reaches(ctx, ctx.unit.clauses(((Atom) call.target()).name(), call.args().size()),
                    (x, d) -> Q.any(d.body(), q -> Q.isLocal(q, "receive")), new HashSet<>(), 1)) {
                out.add(Trait.CALLER_WAITS);
                return;
            }
        }
    }

    /** A receive with an {@code after} or a {@code :DOWN} clause: the wait ends even if the process dies. */
    private static boolean bounded(Quoted receive) {
        List<Quoted> a = Q.args(receive);
        Quoted kw = a.isEmpty() ? null : a.get(a.size() - 1);
        if (Q.kw(kw, "after") != null) {
            return true;
        }
        Quoted clauses = Q.kw(kw, "do");
        if (clauses instanceof io.github.otpadvisor.elixir.ast.QList l) {
            for (Quoted cl : l.items()) {
                Quoted ps = Q.args(cl).isEmpty() ? null : Q.args(cl).get(0);
                List<Quoted> params = ps instanceof io.github.otpadvisor.elixir.ast.QList pl ? pl.items() : List.of();
                for (Quoted p : params) {
                    Quoted pat = Q.isLocal(p, "when") && !Q.args(p).isEmpty() ? Q.args(p).get(0) : p;
                    List<Quoted> t = Q.tuple(pat);
                    if (t != null && !t.isEmpty() && "DOWN".equals(Q.atom(t.get(0)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The closure sends to a process captured from the caller: {@code send(parent, ..)}, {@code GenServer.reply(from, ..)}. */
    private static boolean reportsBack(Quoted fnArg, Closure closure) {
        Set<String> captured = new HashSet<>(closure.captured());
        return Q.any(fnArg, q -> {
            if (!(q instanceof Call call) || call.isVariable() || call.args() == null || call.args().isEmpty()) {
                return false;
            }
            String to = Q.varName(call.args().get(0));
            if (to == null || !captured.contains(to)) {
                return false;
            }
            if (call.target() instanceof Atom a) {
                return a.name().equals("send");
            }
            String recv = Q.receiver(call) == null ? null : SourceText.of(Q.receiver(call));
            String f = Q.remoteFun(call);
            return ("Process".equals(recv) || "Kernel".equals(recv)) && "send".equals(f)
                    || "GenServer".equals(recv) && Set.of("reply", "call", "cast").contains(f);
        });
    }

    /** {@code fn -> Process.sleep(t); ...; send(pid, msg) end}: sleeps, then ends by sending a message. */
    private static boolean isTimer(Quoted fnArg, FnCtx ctx) {
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
        if (!(q instanceof Call call) || call.isVariable()) {
            return false;
        }
        if (call.target() instanceof Atom a) {
            return a.name().equals("send");
        }
        String recv = Q.receiver(call) == null ? null : SourceText.of(Q.receiver(call));
        String f = Q.remoteFun(call);
        return ("Process".equals(recv) || "Kernel".equals(recv)) && "send".equals(f)
                || "GenServer".equals(recv) && "cast".equals(f);
    }

    private static ModuleTraits module(ModuleUnit unit) {
        return new ModuleTraits(startFunctions(unit), ownerAwaits(unit), isProcess(unit), shortLived(unit));
    }

    /** start_link, the functions a child spec's {@code start: {__MODULE__, :f, args}} names, and private helpers they call. */
    private static Set<String> startFunctions(ModuleUnit unit) {
        Set<String> out = new HashSet<>();
        out.add("start_link");
        List<Quoted> code = new ArrayList<>();
        unit.defs.forEach(d -> code.add(d.body()));
        unit.moduleLevel.forEach(s -> code.add(s.code()));
        unit.attributes.values().forEach(code::add);
        for (Quoted body : code) {
            Q.walk(body, q -> {
                List<Quoted> t = Q.tuple(q);
                if (t != null && t.size() == 2 && "start".equals(Q.atom(t.get(0)))) {
                    List<Quoted> mfa = Q.tuple(t.get(1));
                    if (mfa != null && mfa.size() == 3 && Q.atom(mfa.get(1)) != null
                            && ("__MODULE__".equals(Q.varName(mfa.get(0)))
                            || unit.name.equals(unit.env.resolve(mfa.get(0))))) {
                        out.add(Q.atom(mfa.get(1)));
                    }
                }
                return !Q.isLocal(q, "quote");
            });
        }
        List<String> todo = new ArrayList<>(out);
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            for (ModuleUnit.Def d : unit.defs) {
                if (!d.name().equals(name) || d.body() == null) {
                    continue;
                }
                Q.walk(d.body(), q -> {
                    if (q instanceof Call call && !call.isVariable() && call.target() instanceof Atom a) {
                        List<ModuleUnit.Def> callee = unit.clauses(a.name(), call.args().size());
                        if (!callee.isEmpty() && !callee.get(0).isPublic() && out.add(a.name())) {
                            todo.add(a.name());
                        }
                    }
                    return !Q.isLocal(q, "quote");
                });
            }
        }
        return out;
    }

    /**
     * The module collects {@code Task.async} replies itself: a {@code handle_info({ref, result}, ...)} (or a
     * gen_statem {@code handle_event(:info, {ref, result}, ...)}) that demonitors the ref, guards it with
     * {@code is_reference/1} or matches it against the task kept in its state.
     */
    private static boolean ownerAwaits(ModuleUnit unit) {
        for (ModuleUnit.Def d : unit.defs) {
            int msg = d.key().equals("handle_info/2") ? 0
                    : d.key().equals("handle_event/4") && "info".equals(Q.atom(d.params().get(0))) ? 1 : -1;
            if (msg < 0) {
                continue;
            }
            List<Quoted> t = Q.tuple(d.params().get(msg));
            String ref = t != null && t.size() == 2 ? Q.varName(t.get(0)) : null;
            if (ref == null || ref.startsWith("_")) {
                continue;
            }
            boolean elsewhere = false;
            for (int i = 0; i < d.params().size(); i++) {
                elsewhere |= i != msg && Q.usesVar(d.params().get(i), ref);
            }
            boolean demonitors = d.body() != null && Q.any(d.body(), q -> q instanceof Call call && !call.isVariable()
                    && "demonitor".equals(Q.remoteFun(call)) && !Q.args(q).isEmpty()
                    && ref.equals(Q.varName(Q.args(q).get(0))));
            boolean guarded = d.guard() != null && Q.any(d.guard(), q -> Q.isLocal(q, "is_reference"));
            if (elsewhere || demonitors || guarded) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProcess(ModuleUnit unit) {
        return unit.abstraction.isProcess()
                || Set.of(WebRole.LIVE_VIEW, WebRole.LIVE_COMPONENT, WebRole.CHANNEL).contains(unit.webRole)
                || unit.uses.stream().anyMatch(LIBRARY_PROCESSES::contains)
                || unit.behaviours.stream().anyMatch(b -> Set.of(":gen_statem", ":gen_server", "GenServer",
                ":gen_event", ":ranch_protocol").contains(b));
    }

    /**
     * A Mix task, or a release task run by {@code bin/app eval} while the application's tree is not started
     * (a {@code Release}/{@code ReleaseTasks} module, or one that runs {@code Ecto.Migrator}).
     */
    private static boolean shortLived(ModuleUnit unit) {
        if (unit.name.startsWith("Mix.Tasks.") || unit.uses.contains("Mix.Task")
                || unit.name.endsWith(".Release") || unit.name.endsWith(".ReleaseTasks")) {
            return true;
        }
        for (ModuleUnit.Def d : unit.defs) {
            if (d.body() != null && Q.any(d.body(), q -> q instanceof Call call && !call.isVariable()
                    && Q.receiver(call) != null && "Ecto.Migrator".equals(d.env().resolve(Q.receiver(call))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Quoted tree, Quoted node) {
        return tree == node || Q.any(tree, x -> x == node);
    }
}
