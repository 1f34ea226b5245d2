package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.StartSite.Trait;
import io.github.otpadvisor.facts.StartSite;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the code around a start call for OTP005: whether it sits in a start function or a process module,
 * whether the caller waits for the new process (or hangs on it), whether the closure reports back or is a
 * hand-made timer, and whether the code is production code at all.
 */
final class StartTraits {
    private StartTraits() {
    }

    static Set<Trait> of(CallInfo c, FnCtx ctx, StartSite.Kind kind, Quoted fnArg, Closure closure, boolean linked) {
        Set<Trait> out = EnumSet.noneOf(Trait.class);
        ModuleStartTraits m = ctx.unit == null ? null : ctx.x.moduleTraits.computeIfAbsent(ctx.unit, ModuleStartTraits::of);
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
        if (closure != null && ClosureReader.reportsBack(fnArg, closure)) {
            out.add(Trait.REPORTS_BACK);
        }
        if (fnArg != null && (ClosureReader.isWatcher(fnArg) || callsWatcher(fnArg, ctx))) {
            out.add(Trait.WATCHER);
        }
        if (fnArg != null && ctx.unit != null && linksToOwner(fnArg, ctx.unit)) {
            out.add(Trait.LINKED_TO_OWNER);
        }
        if (fnArg != null && ClosureReader.stopsApplication(fnArg) || stopsSupervisor(c, ctx)) {
            out.add(Trait.STOPS_APPLICATION);
        }
        if (fnArg != null && ClosureReader.isTimer(fnArg)) {
            out.add(Trait.TIMER);
        }
        if (ctx.def != null && ctx.def.body() != null) {
            CallerWaits.read(ctx, kind, fnArg, linked, out);
            if (looksUpFirst(ctx.def.body(), c)) {
                out.add(Trait.GET_OR_START);
            }
        }
        return out;
    }

    /** The closure's first statement is {@code Process.link(Process.whereis(M))} with {@code M} its own module. */
    private static boolean linksToOwner(Quoted fn, ModuleUnit unit) {
        List<Quoted> clauses = Q.args(fn);
        if (clauses.size() != 1 || !Q.isLocal(clauses.get(0), "->") || Q.args(clauses.get(0)).size() != 2) {
            return false;
        }
        List<Quoted> body = Q.statements(Q.args(clauses.get(0)).get(1));
        if (body.isEmpty() || !(body.get(0) instanceof Call link) || link.isVariable() || !"link".equals(Q.remoteFun(link))
                || link.args().size() != 1 || !"Process".equals(SourceText.of(Q.receiver(link)))) {
            return false;
        }
        Quoted arg = link.args().get(0);
        if (!(arg instanceof Call whereis) || whereis.isVariable() || !"whereis".equals(Q.remoteFun(whereis))
                || whereis.args().size() != 1) {
            return false;
        }
        Quoted name = whereis.args().get(0);
        return "__MODULE__".equals(Q.varName(name)) || unit.name.equals(unit.env.resolve(name));
    }

    /**
     * {@code Task.start(MyApp.Connection.Supervisor, :shutdown, [id])}: a supervisor's stop run from a process it
     * supervises, which must outlive the tree it takes down (the caller would wait on its own shutdown).
     */
    private static boolean stopsSupervisor(CallInfo c, FnCtx ctx) {
        if (c.arity() < 3 || ctx.unit == null) {
            return false;
        }
        String f = Q.atom(c.arg(c.arity() - 2));
        String m = ctx.unit.env.resolve(c.arg(c.arity() - 3));
        return m != null && m.endsWith("Supervisor") && ("shutdown".equals(f) || "stop".equals(f));
    }

    private static final Set<String> LOOKUPS = Set.of("lookup", "whereis", "whereis_name");
    private static final java.util.regex.Pattern REGISTRIES =
            java.util.regex.Pattern.compile(".*(Registry|GenServer|Process|:global|Swarm)");

    /** A lookup of a registered process ({@code Registry.lookup/2}, {@code GenServer.whereis/1}) before the start. */
    private static boolean looksUpFirst(Quoted body, CallInfo c) {
        return Q.any(body, q -> q instanceof io.github.otpadvisor.elixir.ast.Call call && !call.isVariable()
                && Q.receiver(call) != null && LOOKUPS.contains(Q.remoteFun(call))
                && REGISTRIES.matcher(SourceText.of(Q.receiver(call))).matches()
                && before(Q.loc(null, call, null), c.location()));
    }

    private static boolean before(io.github.otpadvisor.facts.Location a, io.github.otpadvisor.facts.Location b) {
        return a != null && b != null && (a.line() < b.line() || a.line() == b.line() && a.column() < b.column());
    }

    /**
     * {@code spawn(fn -> enforce(pid, caller) end)}: the closure runs a local function that is a watcher; or it
     * monitors its owner itself and a local function it runs waits for that {@code :DOWN} ({@code parent_ref =
     * Process.monitor(parent); deliver_or_settle(result, parent, parent_ref)}).
     */
    private static boolean callsWatcher(Quoted fnArg, FnCtx ctx) {
        boolean monitors = ClosureReader.monitorsOutsider(fnArg);
        return ctx.unit != null && Q.any(fnArg, q -> q instanceof io.github.otpadvisor.elixir.ast.Call call
                && !call.isVariable() && call.target() instanceof io.github.otpadvisor.elixir.ast.Atom a
                && ctx.unit.clauses(a.name(), call.args().size()).stream()
                .anyMatch(d -> d.body() != null && (ClosureReader.isWatcher(d.body())
                        || monitors && ClosureReader.waitsForDown(d.body()))));
    }
}
