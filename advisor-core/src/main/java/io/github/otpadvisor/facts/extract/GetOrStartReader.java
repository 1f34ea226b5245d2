package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.GetOrStart;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.StartSite;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the get-or-start idiom around a start call (OTP011): a {@code Registry.lookup}/{@code whereis} of a registered
 * process before a {@code DynamicSupervisor.start_child} (or a named {@code GenServer.start*}) in the same function, or
 * in a local function that calls the start's function after the lookup; whether {@code :already_started} is matched
 * there; and whether one in-process callback serializes every path to it.
 */
final class GetOrStartReader {
    private static final Set<String> LOOKUPS = Set.of("lookup", "whereis", "whereis_name");
    private static final Set<String> LOCAL_REGISTRIES = Set.of("Registry", "GenServer", "Process", "GenStateMachine",
            ":gen_server", ":erlang");
    /** Callbacks that run in the module's own process, one message at a time. */
    private static final Set<String> SERIALIZED = Set.of("handle_call/3", "handle_cast/2", "handle_info/2",
            "handle_continue/2", "init/1", "handle_event/4");

    private GetOrStartReader() {
    }

    static GetOrStart read(CallInfo c, FnCtx ctx, StartSite.Kind kind, NameRef name) {
        if (ctx.unit == null || ctx.def == null || ctx.def.body() == null || !racy(kind, name)) {
            return null;
        }
        ModuleUnit unit = ctx.unit;
        Quoted[] anchor = {null};
        Call lookup = lookupBefore(ctx.def.body(), c.location(), ctx, 0, anchor);
        ModuleUnit.Def entry = ctx.def;
        if (lookup != null && (inFoundBranch(ctx.def.body(), c.location())
                || !guarded(ctx.def.body(), anchor[0], c.location()))) {
            return null; // starts under what the lookup found, or whatever it found: not in place of a missing one
        }
        if (lookup == null) {
            // case Registry.lookup(Reg, id) do [] -> start(id) end, with start/1 doing the start_child
            Map<String, List<ModuleUnit.Def>> callers = ctx.x.localCallers.computeIfAbsent(unit,
                    GetOrStartReader::callersOf);
            for (ModuleUnit.Def d : callers.getOrDefault(ctx.def.key(), List.of())) {
                if (d == ctx.def || d.body() == null) {
                    continue;
                }
                Location call = localCallTo(d.body(), ctx.def);
                Call l = call == null ? null : lookupBefore(d.body(), call, ctx, 0, anchor);
                if (l != null && !inFoundBranch(d.body(), call) && guarded(d.body(), anchor[0], call)) {
                    lookup = l;
                    entry = d;
                    break;
                }
            }
        }
        if (lookup == null || distributed(lookup, ctx)) {
            return null;
        }
        boolean handled = handles(unit, ctx.def) || handles(unit, entry);
        return new GetOrStart(SourceText.of(lookup), Q.loc(ctx.x.file, lookup, c.location()), entry.key(), handled,
                discarded(ctx.def.body(), c.location(), true), serializedBy(unit, entry));
    }

    /**
     * The start sits in a {@code case} clause that matched something found ({@code [{dyn_sup, _}] -> ...},
     * {@code pid -> ...}): it starts under or beside a process the lookup found, not a missing one. Clauses for
     * nothing found are {@code []}, {@code nil}, {@code :undefined} and ignored variables ({@code _other}).
     */
    private static boolean inFoundBranch(Quoted body, Location start) {
        boolean[] found = {false};
        Q.walk(body, q -> {
            if (found[0] || Q.isLocal(q, "quote")) {
                return false;
            }
            if (Q.isLocal(q, "case") && Q.args(q).size() == 2) {
                Quoted clauses = Q.kw(Q.args(q).get(1), "do");
                if (clauses instanceof io.github.otpadvisor.elixir.ast.QList l) {
                    for (Quoted clause : l.items()) {
                        if (Q.isLocal(clause, "->") && Q.args(clause).size() == 2 && contains(Q.args(clause).get(1), start)
                                && Q.args(clause).get(0) instanceof io.github.otpadvisor.elixir.ast.QList pats
                                && pats.items().size() == 1 && foundPattern(pats.items().get(0))) {
                            found[0] = true;
                            return false;
                        }
                    }
                }
            }
            return true;
        });
        return found[0];
    }

    private static boolean foundPattern(Quoted p) {
        if (Q.isLocal(p, "when") && !Q.args(p).isEmpty()) {
            p = Q.args(p).get(0);
        }
        if (p instanceof io.github.otpadvisor.elixir.ast.QList l) {
            return !l.items().isEmpty();
        }
        if (p instanceof Atom a) {
            return !a.name().equals("nil") && !a.name().equals("undefined");
        }
        if (Q.isUsableVar(p)) {
            return true;
        }
        return Q.tuple(p) != null;
    }

    private static boolean contains(Quoted code, Location at) {
        return Q.any(code, q -> q instanceof Call call && at.equals(withFile(Q.loc(null, call, null), at)));
    }

    private static Location withFile(Location l, Location like) {
        return l == null ? null : new Location(like.file(), l.line(), l.column());
    }

    /**
     * The start depends on what the lookup found: it sits in a {@code case}/{@code if}/{@code unless}/{@code cond}/
     * {@code with} that tests the lookup ({@code anchor}, or a variable bound from it) and starts in one of its
     * branches. A start after the test, whatever it found (terminate, then start again), is a restart, not a
     * get-or-start.
     */
    private static boolean guarded(Quoted body, Quoted anchor, Location start) {
        if (anchor == null) {
            return false;
        }
        Set<String> vars = new HashSet<>();
        Q.walk(body, q -> {
            if (Q.isLocal(q, "=") && Q.args(q).size() == 2 && Q.any(Q.args(q).get(1), x -> x == anchor)) {
                vars.addAll(Q.vars(Q.args(q).get(0)));
            }
            return !Q.isLocal(q, "quote");
        });
        boolean[] ok = {false};
        Q.walk(body, q -> {
            if (ok[0] || Q.isLocal(q, "quote")) {
                return false;
            }
            boolean conditional = Q.isLocal(q, "case") || Q.isLocal(q, "if") || Q.isLocal(q, "unless")
                    || Q.isLocal(q, "cond") || Q.isLocal(q, "with");
            if (conditional && contains(q, start)) {
                List<Quoted> args = Q.args(q);
                Quoted test = Q.isLocal(q, "cond") || Q.isLocal(q, "with") ? q : args.isEmpty() ? null : args.get(0);
                if (test != null && Q.any(test, x -> x == anchor || Q.isUsableVar(x) && vars.contains(Q.varName(x)))) {
                    ok[0] = true;
                    return false;
                }
            }
            return true;
        });
        return ok[0];
    }

    /**
     * Whether the value of the call at {@code at} is thrown away: it is a statement followed by others, or the
     * branch value of an {@code if}/{@code case} whose own value is thrown away. {@code used} says whether the value
     * of {@code q} itself is used (a function body's value is: it is returned).
     */
    private static boolean discarded(Quoted q, Location at, boolean used) {
        Boolean r = discardedOrNull(q, at, used, 0);
        return r != null && r;
    }

    private static Boolean discardedOrNull(Quoted q, Location at, boolean used, int depth) {
        if (q == null || depth > 200) {
            return null;
        }
        if (q instanceof Call call && at.equals(withFile(Q.loc(null, call, null), at))) {
            return !used;
        }
        if (Q.isLocal(q, "__block__")) {
            List<Quoted> stmts = Q.args(q);
            for (int i = 0; i < stmts.size(); i++) {
                Boolean r = discardedOrNull(stmts.get(i), at, i == stmts.size() - 1 && used, depth + 1);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        boolean branching = Q.isLocal(q, "if") || Q.isLocal(q, "unless") || Q.isLocal(q, "case")
                || Q.isLocal(q, "cond");
        List<Quoted> kids = q instanceof Call c && c.args() != null ? c.args()
                : q instanceof io.github.otpadvisor.elixir.ast.QList l ? l.items()
                : q instanceof io.github.otpadvisor.elixir.ast.Tuple t ? t.items() : List.of();
        for (int i = 0; i < kids.size(); i++) {
            Quoted k = kids.get(i);
            boolean kidUsed = true;
            if (branching && i == kids.size() - 1) {
                kidUsed = used; // the do/else bodies and the -> clauses give the branch's value
            }
            Boolean r = branching && i == kids.size() - 1 ? branches(k, at, kidUsed, depth + 1)
                    : discardedOrNull(k, at, kidUsed, depth + 1);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** {@code [do: body, else: body]} or {@code [do: [clause -> body, ...]]}: each body gives the branch's value. */
    private static Boolean branches(Quoted kw, Location at, boolean used, int depth) {
        if (!(kw instanceof io.github.otpadvisor.elixir.ast.QList l)) {
            return discardedOrNull(kw, at, true, depth);
        }
        for (Quoted pair : l.items()) {
            List<Quoted> kv = Q.tuple(pair);
            Quoted body = kv != null && kv.size() == 2 ? kv.get(1) : pair;
            if (body instanceof io.github.otpadvisor.elixir.ast.QList clauses
                    && clauses.items().stream().allMatch(x -> Q.isLocal(x, "->"))) {
                for (Quoted clause : clauses.items()) {
                    List<Quoted> a = Q.args(clause);
                    Boolean r = a.size() == 2 ? discardedOrNull(a.get(1), at, used, depth + 1) : null;
                    if (r == null && !a.isEmpty()) {
                        r = discardedOrNull(a.get(0), at, true, depth + 1);
                    }
                    if (r != null) {
                        return r;
                    }
                }
                continue;
            }
            Boolean r = discardedOrNull(body, at, used, depth + 1);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Each function's key to the clauses of the module that call it (read once per module). */
    private static Map<String, List<ModuleUnit.Def>> callersOf(ModuleUnit unit) {
        Map<String, List<ModuleUnit.Def>> out = new HashMap<>();
        if (unit.defs.stream().noneMatch(d -> d.body() != null && Q.any(d.body(), q -> q instanceof Call c
                && !c.isVariable() && Q.receiver(c) != null && LOOKUPS.contains(Q.remoteFun(c))))) {
            return out; // no lookup anywhere in the module: no caller can look up first
        }
        for (ModuleUnit.Def d : unit.defs) {
            if (d.body() != null) {
                for (String callee : LocalCalls.of(unit, List.of(d))) {
                    out.computeIfAbsent(callee, k -> new java.util.ArrayList<>()).add(d);
                }
            }
        }
        return out;
    }

    /** The race is the registration's: start_child, or a start call that registers a name. */
    private static boolean racy(StartSite.Kind kind, NameRef name) {
        return switch (kind) {
            // a child registered with :global or a Horde via name: the distributed registry settles it
            case DYNAMIC_START_CHILD -> name == null || name.kind() != NameRef.Kind.GLOBAL
                    && !(name.kind() == NameRef.Kind.VIA_OTHER && distributedModule(name.module()));
            case GENSERVER_START, GENSERVER_START_LINK, GEN_STATEM_START, AGENT_START, AGENT_START_LINK ->
                    name != null && name.kind() != NameRef.Kind.GLOBAL && name.kind() != NameRef.Kind.VIA_OTHER
                            && name.kind() != NameRef.Kind.UNKNOWN;
            default -> false;
        };
    }

    /**
     * A lookup call in {@code body} that comes before {@code before}: written there, or inside a local helper called
     * there ({@code case whereis(id) do nil -> ...} with {@code whereis/1} calling {@code GenServer.whereis/1}).
     */
    private static Call lookupBefore(Quoted body, Location before, FnCtx ctx, int depth, Quoted[] anchor) {
        Call[] found = {null};
        Q.walk(body, q -> {
            if (found[0] != null || Q.isLocal(q, "quote")) {
                return false;
            }
            if (q instanceof Call call && !call.isVariable() && before(Q.loc(null, call, null), before)) {
                if (isLookup(call, ctx)) {
                    found[0] = call;
                    anchor[0] = call;
                    return false;
                }
                if (depth == 0 && call.target() instanceof Atom a && call.args() != null) {
                    for (ModuleUnit.Def d : ctx.unit.clauses(a.name(), call.args().size())) {
                        if (d != ctx.def && d.body() != null) {
                            Call inner = lookupBefore(d.body(), new Location(null, Integer.MAX_VALUE, 0), ctx, 1,
                                    new Quoted[1]);
                            if (inner != null) {
                                found[0] = inner;
                                anchor[0] = call;
                                return false;
                            }
                        }
                    }
                }
            }
            return true;
        });
        return found[0];
    }

    private static boolean isLookup(Call call, FnCtx ctx) {
        Quoted recv = Q.receiver(call);
        if (recv == null || !LOOKUPS.contains(Q.remoteFun(call))) {
            return false;
        }
        String m = ctx.env().resolve(recv);
        return m != null && (LOCAL_REGISTRIES.contains(m) || distributedModule(m));
    }

    /**
     * Horde, {@code :global}, {@code :syn} and Swarm resolve name conflicts themselves (across nodes, after the fact):
     * the local {@code :already_started} clause is not their fix, so the rule leaves them out.
     */
    private static boolean distributed(Call lookup, FnCtx ctx) {
        String m = ctx.env().resolve(Q.receiver(lookup));
        if (distributedModule(m)) {
            return true;
        }
        return lookup.args() != null && lookup.args().stream().anyMatch(a -> {
            List<Quoted> t = Q.tuple(ctx.resolve(a));
            return t != null && !t.isEmpty() && "global".equals(Q.atom(t.get(0)))
                    || t != null && t.size() == 3 && "via".equals(Q.atom(t.get(0)))
                    && distributedModule(ctx.env().resolve(t.get(1)));
        });
    }

    private static boolean distributedModule(String m) {
        return m != null && (m.startsWith("Horde.") || m.equals(":global") || m.equals(":syn") || m.startsWith("Swarm")
                || m.equals(":pg"));
    }

    /** Where {@code body} calls the function {@code target} is a clause of, or null. */
    private static Location localCallTo(Quoted body, ModuleUnit.Def target) {
        Location[] found = {null};
        Q.walk(body, q -> {
            if (found[0] != null || Q.isLocal(q, "quote")) {
                return false;
            }
            if (q instanceof Call call && !call.isVariable() && call.args() != null
                    && (call.target() instanceof Atom a && a.name().equals(target.name())
                    || Q.receiver(call) != null && "__MODULE__".equals(Q.varName(Q.receiver(call)))
                    && target.name().equals(Q.remoteFun(call)))
                    && (call.args().size() == target.arity() || Q.isLocal(q, "|>"))) {
                found[0] = Q.loc(null, call, null);
                return false;
            }
            return true;
        });
        return found[0];
    }

    /** {@code :already_started} in the function's clauses or in a local function they call. */
    private static boolean handles(ModuleUnit unit, ModuleUnit.Def def) {
        List<ModuleUnit.Def> clauses = unit.clauses(def.name(), def.arity());
        if (clauses.stream().anyMatch(GetOrStartReader::mentionsAlreadyStarted)) {
            return true;
        }
        for (String callee : LocalCalls.of(unit, clauses)) {
            int slash = callee.lastIndexOf('/');
            List<ModuleUnit.Def> ds = unit.clauses(callee.substring(0, slash), Integer.parseInt(callee.substring(slash + 1)));
            if (ds.stream().anyMatch(GetOrStartReader::mentionsAlreadyStarted)) {
                return true;
            }
        }
        return false;
    }

    /** In a clause's head ({@code defp found({:error, {:already_started, pid}})}) or body. */
    private static boolean mentionsAlreadyStarted(ModuleUnit.Def d) {
        return d.params().stream().anyMatch(GetOrStartReader::alreadyStarted) || alreadyStarted(d.body());
    }

    private static boolean alreadyStarted(Quoted q) {
        return q != null && Q.any(q, x -> x instanceof Atom a && a.name().equals("already_started"));
    }

    /**
     * The in-process callback of the module's own GenServer (or gen_statem) every path to {@code entry} comes from,
     * when no public function of the module reaches it: its process runs one callback at a time, so two lookups never
     * interleave. Null otherwise.
     */
    private static String serializedBy(ModuleUnit unit, ModuleUnit.Def entry) {
        if (!unit.abstraction.isWorker()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        Set<String> roots = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(entry.key()));
        while (!todo.isEmpty()) {
            String key = todo.pop();
            if (!seen.add(key)) {
                continue;
            }
            List<ModuleUnit.Def> ds = unit.byKey.getOrDefault(key, List.of());
            if (SERIALIZED.contains(key)) {
                roots.add(key);
                continue;
            }
            if (ds.isEmpty() || ds.get(0).isPublic()) {
                return null; // a public function: any process may call it
            }
            for (List<ModuleUnit.Def> caller : unit.byKey.values()) {
                if (LocalCalls.of(unit, caller).contains(key)) {
                    todo.push(caller.get(0).key());
                }
            }
        }
        return roots.isEmpty() ? null : roots.iterator().next();
    }

    private static boolean before(Location a, Location b) {
        return a != null && b != null && (a.line() < b.line() || a.line() == b.line() && a.column() < b.column());
    }
}
