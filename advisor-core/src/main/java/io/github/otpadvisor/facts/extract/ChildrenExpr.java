package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a children list expression the way real applications build them: literals, {@code ++}
 * ({@code Kernel.++}, {@code Enum.concat}), pipes through {@code Enum.reject/filter/uniq} and
 * {@code List.flatten}, conditional elements and branches ({@code if}, {@code unless}, {@code case},
 * {@code cond}: every branch counts; {@code cond && entry}), {@code Enum.map}/{@code for} over a list, module attributes, and
 * helper functions of the same module (every clause counts, parameters bound to the arguments).
 *
 * <p>Variables are read in order: {@code children = extra ++ children} reads the earlier {@code children}.
 * What cannot be read becomes an {@link ChildSpec.Form#UNRESOLVED} entry carrying its text. Depth and size
 * are bounded, so recursive helpers end.
 */
final class ChildrenExpr {
    /**
     * Deep enough for real helper chains (blockscout's list goes through ++ five deep, a flatten, then
     * {@code configure_mode_dependent_process -> only_in_mode -> configure}, each an if over a variable).
     */
    private static final int MAX_DEPTH = 48;
    private static final int MAX_ENTRIES = 2_000;
    /** Steps in all: helpers that call themselves more than once would otherwise take time exponential in depth. */
    private static final int MAX_STEPS = 50_000;
    private static final Set<String> PASS_THROUGH = Set.of("Enum.reject", "Enum.filter", "Enum.uniq",
            "Enum.uniq_by", "Enum.sort_by", "List.flatten", "List.wrap", "Enum.to_list", "Enum.reverse");

    /** A variable's value and the bindings in force where it was bound. */
    /**
     * A variable's value, read with the bindings where it was written; {@code alternatives}, when not null, are the
     * values a helper defined several times gives it (the branches of a compile-time {@code if}), each read in turn.
     */
    private record Bound(Quoted value, Map<String, Bound> env, List<Bound> alternatives, Location chosenAt) {
        Bound(Quoted value, Map<String, Bound> env) {
            this(value, env, null, null);
        }
    }

    private final FnCtx ctx;
    private final Location where;
    private final List<ChildSpec> out = new ArrayList<>();
    private int steps;
    /**
     * The helper calls being expanded, by identity: a call met again inside its own expansion is a recursion (one
     * written in the helper's body), not a nested use ({@code add_if(add_if(children, c, A), c, B)}, transport-site).
     */
    private final Set<Quoted> expanding = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private ChildrenExpr(FnCtx ctx, Location where) {
        this.ctx = ctx;
        this.where = where;
    }

    /** The entries of {@code expr}, a children list given in the function of {@code ctx} at {@code where}. */
    static List<ChildSpec> entries(Quoted expr, FnCtx ctx, Location where) {
        ChildrenExpr e = new ChildrenExpr(ctx, where);
        Map<String, Bound> env = ctx.def == null ? Map.of() : e.bindingsBefore(ctx.def, where);
        e.list(expr, env, 0);
        return e.out;
    }

    /**
     * The entries of {@code expr} written in a helper, its parameters ({@code params}, by name) bound to the
     * arguments of the call at {@code where} in the function of {@code ctx}, read with that function's bindings.
     */
    static List<ChildSpec> entriesWith(Quoted expr, Map<String, Quoted> params, FnCtx ctx, Location where) {
        ChildrenExpr e = new ChildrenExpr(ctx, where);
        Map<String, Bound> caller = ctx.def == null ? Map.of() : e.bindingsBefore(ctx.def, where);
        Map<String, Bound> env = new HashMap<>();
        params.forEach((name, arg) -> env.put(name, new Bound(arg, caller)));
        e.list(expr, env, 0);
        return e.out;
    }

    /**
     * The bindings of the statements of {@code def} that come before the one holding {@code at}, and inside that
     * one, of the branch holding it ({@code if ... else children = [...]; Supervisor.init(children, ..) end}).
     */
    private Map<String, Bound> bindingsBefore(ModuleUnit.Def def, Location at) {
        return bindingsIn(def.body(), at, new HashMap<>(), 0);
    }

    private Map<String, Bound> bindingsIn(Quoted body, Location at, Map<String, Bound> env, int depth) {
        for (Quoted stmt : Q.statements(body)) {
            if (at != null && Q.any(stmt, q -> sameCallAt(q, at))) {
                if (Q.isLocal(stmt, "=")) {
                    return env; // `{:ok, pid} = Supervisor.start_link(children, opts)`: bindings stop here
                }
                Quoted branch = depth < MAX_DEPTH ? branchHolding(stmt, at) : null;
                return branch == null ? env : bindingsIn(branch, at, env, depth + 1);
            }
            Location l = Q.loc(ctx.x.file, stmt, null);
            if (l != null && at != null && l.line() > at.line()) {
                break;
            }
            if (Q.isLocal(stmt, "=") && Q.args(stmt).size() == 2) {
                env = bind(env, Q.args(stmt).get(0), Q.args(stmt).get(1));
            }
        }
        return env;
    }

    /** The outermost block inside {@code stmt} that holds the call at {@code at} (a branch body), or null. */
    private Quoted branchHolding(Quoted stmt, Location at) {
        Quoted[] found = {null};
        Q.walk(stmt, q -> {
            if (found[0] != null) {
                return false;
            }
            if (q != stmt && Q.isLocal(q, "__block__") && Q.any(q, x -> sameCallAt(x, at))) {
                found[0] = q;
                return false;
            }
            return true;
        });
        return found[0];
    }

    private boolean sameCallAt(Quoted q, Location at) {
        Location l = q instanceof Call ? Q.loc(ctx.x.file, q, null) : null;
        return l != null && l.line() == at.line() && l.column() == at.column();
    }

    private Map<String, Bound> bind(Map<String, Bound> env, Quoted pattern, Quoted value) {
        List<Quoted> parts = Q.tuple(pattern);
        if (parts != null) {
            return bindTuple(env, parts, value);
        }
        if (!Q.isUsableVar(pattern)) {
            return env;
        }
        Map<String, Bound> next = new HashMap<>(env);
        next.put(Q.varName(pattern), new Bound(value, env));
        return next;
    }

    /**
     * {@code {first, last} = {a, b}}, or {@code = helper()} of a one-clause local helper whose value is a tuple
     * (blockscout's {@code {first_api_children, last_api_children} = setup_and_define_children()}): each variable
     * bound to its element, read with the bindings in force where the tuple is written.
     */
    private Map<String, Bound> bindTuple(Map<String, Bound> env, List<Quoted> parts, Quoted value) {
        if (value instanceof Call c && !c.isVariable() && c.target() instanceof Atom a && c.args() != null
                && ctx.unit != null && !isSpecial(a.name())) {
            List<ModuleUnit.Def> defs = ctx.unit.lookup(a.name(), c.args().size());
            if (defs.isEmpty() || defs.stream().anyMatch(d -> d.body() == null || defs.size() > 1 && d.guard() != null)) {
                return env;
            }
            // several definitions without guards: the branches of a compile-time if (blockscout's two
            // setup_and_define_children/0 under `if @disable_api?`), each a value the variables may take
            List<List<Bound>> each = new ArrayList<>();
            for (ModuleUnit.Def d : defs) {
                List<Bound> values = helperTuple(d, c, env, parts.size());
                if (values == null) {
                    return env;
                }
                each.add(values);
            }
            Map<String, Bound> next = new HashMap<>(env);
            for (int i = 0; i < parts.size(); i++) {
                if (Q.isUsableVar(parts.get(i))) {
                    int at = i;
                    List<Bound> alternatives = each.stream().map(v -> v.get(at)).toList();
                    next.put(Q.varName(parts.get(i)), alternatives.size() == 1 ? alternatives.get(0)
                            : new Bound(value, env, alternatives, defs.get(0).location()));
                }
            }
            return next;
        }
        List<Quoted> values = Q.tuple(value);
        if (values == null || values.size() != parts.size()) {
            return env;
        }
        Map<String, Bound> next = new HashMap<>(env);
        for (int i = 0; i < parts.size(); i++) {
            if (Q.isUsableVar(parts.get(i))) {
                next.put(Q.varName(parts.get(i)), new Bound(values.get(i), env));
            }
        }
        return next;
    }

    /**
     * The elements of the tuple helper definition {@code d} returns for {@code call}, each with the bindings of its
     * body (its own alias lines applied); null when its last statement is no tuple of {@code size} elements.
     */
    private List<Bound> helperTuple(ModuleUnit.Def d, Call call, Map<String, Bound> env, int size) {
        Map<String, Bound> e = paramsBound(d, call.args(), env);
        List<Quoted> stmts = LocalAliases.expand(Q.statements(d.body()), ctx.env());
        for (int i = 0; i < stmts.size() - 1; i++) {
            Quoted st = stmts.get(i);
            if (Q.isLocal(st, "=") && Q.args(st).size() == 2 && Q.isUsableVar(Q.args(st).get(0))) {
                e = bind(e, Q.args(st).get(0), Q.args(st).get(1));
            }
        }
        List<Quoted> values = stmts.isEmpty() ? null : Q.tuple(stmts.get(stmts.size() - 1));
        if (values == null || values.size() != size) {
            return null;
        }
        Map<String, Bound> at = e;
        return values.stream().map(v -> new Bound(v, at)).toList();
    }

    /** How an expression is read on: {@link #list} or {@link #element}. */
    @FunctionalInterface
    private interface Reader {
        void read(Quoted q, Map<String, Bound> env, int depth);
    }

    /**
     * Handles what {@link #list} and {@link #element} treat alike: nothing, the depth and size caps (unresolved), a
     * variable (read on as its bound value, unresolved when unbound) and a module attribute (read on as its value).
     * Returns false when {@code q} is none of these and the caller reads it itself.
     */
    private boolean settled(Quoted q, Map<String, Bound> env, int depth, Reader then) {
        if (q == null || isNothing(q)) {
            return true;
        }
        if (depth > MAX_DEPTH || out.size() >= MAX_ENTRIES || ++steps > MAX_STEPS) {
            unresolved(q);
            return true;
        }
        if (Q.isUsableVar(q)) {
            Bound b = env.get(Q.varName(q));
            if (b != null && b.alternatives() != null) {
                // chosen where the helper's definitions are (a compile-time if around them), not at the call
                readEach(b.alternatives().size(), i -> then.read(b.alternatives().get(i).value(),
                        b.alternatives().get(i).env(), depth + 1), b.value(), b.chosenAt());
            } else if (b != null) {
                then.read(b.value(), b.env(), depth + 1);
            } else {
                unresolved(q);
            }
            return true;
        }
        Quoted attr = attribute(q);
        if (attr != null) {
            then.read(attr, Map.of(), depth + 1);
            return true;
        }
        return false;
    }

    /** Adds the entries of a list-valued expression. */
    private void list(Quoted q, Map<String, Bound> env, int depth) {
        if (settled(q, env, depth, this::list)) {
            return;
        }
        if (q instanceof QList l) {
            for (Quoted item : l.items()) {
                if (Q.isLocal(item, "|") && Q.args(item).size() == 2) {
                    element(Q.args(item).get(0), env, depth + 1);
                    list(Q.args(item).get(1), env, depth + 1);
                } else {
                    element(item, env, depth + 1);
                }
            }
            return;
        }
        if (Q.isLocal(q, "__block__")) {
            block(q, env, depth, true);
            return;
        }
        if (singleSpec(q)) {
            // A helper returning one spec or [] (`if enabled?, do: process, else: []`), flattened by its caller.
            element(q, env, depth + 1);
            return;
        }
        if (branches(q, env, depth, true)) {
            return;
        }
        if (conditional(q, env, depth, true)) {
            return;
        }
        if (Q.isLocal(q, "|>") && Q.args(q).size() == 2 && Q.args(q).get(1) instanceof Call rhs && !rhs.isVariable()) {
            List<Quoted> args = new ArrayList<>();
            args.add(Q.args(q).get(0));
            args.addAll(rhs.args());
            call(q, rhs, args, env, depth);
            return;
        }
        if (q instanceof Call c && !c.isVariable() && c.args() != null) {
            call(q, c, c.args(), env, depth);
            return;
        }
        unresolved(q);
    }

    /** A call in list position, with its arguments (a piped value first). */
    private void call(Quoted whole, Call c, List<Quoted> args, Map<String, Bound> env, int depth) {
        String fun = c.target() instanceof Atom a ? a.name() : Q.remoteFun(c);
        Quoted recv = Q.receiver(c);
        String mod = recv == null ? null : ctx.env().resolve(recv);
        String qualified = (mod == null ? "" : mod + ".") + fun;
        if (("++".equals(fun) && mod == null || "Kernel.++".equals(qualified) || "Enum.concat".equals(qualified))
                && args.size() == 2) {
            list(args.get(0), env, depth + 1);
            list(args.get(1), env, depth + 1);
            return;
        }
        if ("case".equals(fun) && mod == null && args.size() == 2) {
            // Application.get_env(:app, Repo) |> case do nil -> []; _ -> [Repo, Migrator] end: every branch counts.
            branches(new Call(c.target(), c.meta(), args), env, depth, true);
            return;
        }
        if ("Enum.concat".equals(qualified) && args.size() == 1) {
            Quoted lists = resolveVar(args.get(0), env);
            if (lists instanceof QList l) {
                l.items().forEach(item -> list(item, env, depth + 1));
            } else {
                unresolved(whole);
            }
            return;
        }
        if (PASS_THROUGH.contains(qualified) && !args.isEmpty()) {
            list(args.get(0), env, depth + 1);
            return;
        }
        if ("List.delete".equals(qualified) && args.size() == 2) {
            // children |> List.delete(Aprsme.PartitionManager): the list without that entry
            int from = out.size();
            list(args.get(0), env, depth + 1);
            String gone = SourceText.of(args.get(1));
            String goneModule = ctx.env().resolve(args.get(1));
            for (int i = from; i < out.size(); i++) {
                ChildSpec entry = out.get(i);
                if (gone.equals(entry.text()) || entry.form() == ChildSpec.Form.MODULE && goneModule != null
                        && goneModule.equals(entry.module())) {
                    out.remove(i);
                    break;
                }
            }
            return;
        }
        // A spec built once per element: read once, and the comprehension stays an entry of unknown length, so
        // nothing counts it as one child (ae_mdw's `++ consumers()`, one per scheduler).
        if (("Enum.map".equals(qualified) || "Enum.flat_map".equals(qualified)) && args.size() == 2
                && Q.isLocal(args.get(1), "fn")) {
            mapped(whole, Q.args(args.get(1)), env, depth);
            return;
        }
        if (("Enum.map".equals(qualified) || "Enum.flat_map".equals(qualified)) && args.size() == 2
                && captured(args.get(1)) != null) {
            // Enum.map(cars, &{Vehicle, car: &1}): the spec the capture builds, &1 unknown.
            element(captured(args.get(1)), env, depth + 1);
            unresolved(whole);
            return;
        }
        if ("for".equals(fun) && mod == null && !args.isEmpty()) {
            Quoted body = Q.kw(args.get(args.size() - 1), "do");
            if (body != null) {
                // for repo <- [:a, :b]: one child per element of a literal list, as many as it has
                int n = args.size() == 2 && Q.isLocal(args.get(0), "<-") && Q.args(args.get(0)).size() == 2
                        && Q.args(args.get(0)).get(1) instanceof QList l ? l.items().size() : -1;
                for (int i = 0; i < Math.max(1, n); i++) {
                    element(body, env, depth + 1);
                }
                if (n < 0) {
                    unresolved(whole);
                }
                return;
            }
        }
        if (mod == null && fun != null && helper(whole, fun, args, env, depth, true)) {
            return;
        }
        if (mod != null && Q.isLocal(whole, "|>") && listShaped(resolveVar(args.get(0), env))) {
            // [A, B] |> TelemetryEvent.config_init_server(app): a function of another module that takes the list
            // and returns it with what it adds: the list's own entries are read, the call stays unresolved.
            list(args.get(0), env, depth + 1);
            unresolved(Q.args(whole).get(1));
            return;
        }
        if (mod != null && !mod.startsWith(":") && !args.isEmpty() && !Q.isLocal(whole, "|>")
                && resolveVar(args.get(0), env) instanceof QList) {
            // Utils.configurable_children(children) (archethic): the same, written without the pipe
            list(args.get(0), env, depth + 1);
            unresolved(whole);
            return;
        }
        unresolved(whole);
    }

    /**
     * A list written out or joined with {@code ++} ({@code (prepended ++ common ++ children) |>
     * ApplicationUtils.normalize_children()}, sanbase2): piped into another module's function, it is the list that
     * function takes.
     */
    private static boolean listShaped(Quoted q) {
        return q instanceof QList || Q.isLocal(q, "++") && Q.args(q).size() == 2;
    }

    /**
     * The spec an imported or remote guard wraps ({@code start_in(Sanbase.AvailableSlugs, [:dev, :prod])},
     * {@code start_if(fn -> {Brod, []} end, fn -> enabled?() end)}, sanbase2's ApplicationUtils): a call with a
     * condition after it whose first argument is a spec written out, or a function of no argument that returns one.
     * The child is started when the condition holds, so it counts like a branch of an {@code if}. Null otherwise.
     */
    private static Quoted guardedSpec(Quoted q) {
        if (!(q instanceof Call c) || c.isVariable() || c.args() == null || c.args().size() < 2) {
            return null;
        }
        Quoted first = c.args().get(0);
        if (singleSpec(first)) {
            return first;
        }
        if (Q.isLocal(first, "fn") && Q.args(first).size() == 1 && Q.isLocal(Q.args(first).get(0), "->")) {
            List<Quoted> clause = Q.args(Q.args(first).get(0));
            boolean noArgs = clause.size() == 2 && clause.get(0) instanceof QList l && l.items().isEmpty();
            return noArgs && singleSpec(clause.get(1)) ? clause.get(1) : null;
        }
        return null;
    }

    /**
     * {@code Enum.map(list, fn x -> spec end)}: the spec the function builds, with {@code x} unknown, and the map
     * itself as an entry of unknown length.
     */
    private void mapped(Quoted whole, List<Quoted> clauses, Map<String, Bound> env, int depth) {
        for (Quoted clause : clauses) {
            if (Q.isLocal(clause, "->") && Q.args(clause).size() == 2) {
                element(Q.args(clause).get(1), shadow(env, Q.args(clause).get(0)), depth + 1);
            }
        }
        unresolved(whole);
    }

    /** The body of a capture that builds a value ({@code &{Mod, &1}}, {@code &%{...}}), or null. */
    private static Quoted captured(Quoted q) {
        if (!Q.isLocal(q, "&") || Q.args(q).size() != 1) {
            return null;
        }
        Quoted body = Q.args(q).get(0);
        return body instanceof Tuple || Q.isLocal(body, "{}") || Q.isLocal(body, "%{}") ? body : null;
    }

    /** One child spec written out: a module alias, a tuple or a map (not a list, call or variable). */
    private static boolean singleSpec(Quoted q) {
        return Q.isLocal(q, "__aliases__") || q instanceof Tuple || Q.isLocal(q, "{}") || Q.isLocal(q, "%{}");
    }

    /** The bindings with the variables of {@code patterns} removed (they hold runtime values). */
    private static Map<String, Bound> shadow(Map<String, Bound> env, Quoted patterns) {
        Map<String, Bound> next = new HashMap<>(env);
        Q.walk(patterns, p -> {
            if (Q.isUsableVar(p)) {
                next.remove(Q.varName(p));
            }
            return true;
        });
        return next;
    }

    /** Adds one entry (or the entries of a nested list, or none for {@code nil}). */
    private void element(Quoted q, Map<String, Bound> env, int depth) {
        if (settled(q, env, depth, this::element)) {
            return;
        }
        if (q instanceof QList) {
            list(q, env, depth + 1); // List.flatten'ed lists, or a helper returning [spec]
            return;
        }
        if (Q.isLocal(q, "__block__")) {
            block(q, env, depth, false);
            return;
        }
        if (branches(q, env, depth, false)) {
            return;
        }
        if (conditional(q, env, depth, false)) {
            return;
        }
        if (Q.isLocal(q, "++") || Q.isLocal(q, "|>") && !pipedSpec(q)) {
            list(q, env, depth + 1);
            return;
        }
        if (Q.isLocal(q, "|>")) { // {Mod, arg} |> Supervisor.child_spec(id: ...): one spec
            Call rhs = (Call) Q.args(q).get(1);
            List<Quoted> args = new ArrayList<>();
            args.add(Q.args(q).get(0));
            args.addAll(rhs.args());
            q = new Call(rhs.target(), rhs.meta(), args);
        }
        if (q instanceof Call c && !c.isVariable() && c.target() instanceof Atom a && c.args() != null
                && ctx.unit != null && !ctx.unit.lookup(a.name(), c.args().size()).isEmpty()
                && helper(q, a.name(), c.args(), env, depth, false)) {
            return;
        }
        ChildSpec spec = ChildSpecReader.read(substitute(q, env), ctx, where);
        Quoted guarded = spec.resolved() ? null : guardedSpec(q);
        if (guarded != null) {
            int from = out.size();
            element(guarded, env, depth + 1);
            underCondition(from, q);
            return;
        }
        out.add(nameAsBound(spec, q, env));
    }

    /**
     * {@code {Fetch, opts}} where {@code opts} is bound before the list and bound again after it ({@code opts =
     * [strategy: :one_for_one, name: Fetch.App]}, api's Fetch.App): the name is read from the value in force where
     * the list is built, not from the function's last binding, which would name the entry after its supervisor.
     */
    private ChildSpec nameAsBound(ChildSpec spec, Quoted q, Map<String, Bound> env) {
        List<Quoted> t = Q.tuple(q);
        if (spec.form() != ChildSpec.Form.TUPLE || t == null || t.size() != 2 || !Q.isUsableVar(t.get(1))
                || !env.containsKey(Q.varName(t.get(1)))) {
            return spec;
        }
        Quoted value = resolveVar(t.get(1), env);
        if (Q.isUsableVar(value)) {
            return spec;
        }
        Quoted n = Q.isKeyword(value) ? Q.kw(value, "name") : null;
        io.github.otpadvisor.facts.NameRef name = n == null ? null
                : NameReader.read(n, ctx, "child spec", spec.location());
        return java.util.Objects.equals(name, spec.name()) ? spec : new ChildSpec(spec.form(), spec.module(),
                spec.arg(), spec.argIsLiteral(), spec.id(), name, spec.restart(), spec.strategy(),
                spec.partitionChild(), spec.text(), spec.location());
    }

    /** A pipe into {@code child_spec}: it gives one spec, not a list. */
    private static boolean pipedSpec(Quoted q) {
        return Q.args(q).size() == 2 && Q.args(q).get(1) instanceof Call rhs && !rhs.isVariable()
                && rhs.args() != null && "child_spec".equals(Q.remoteFun(rhs));
    }

    /** A block's value: its last expression, with its own bindings in force. */
    private void block(Quoted q, Map<String, Bound> env, int depth, boolean asList) {
        Map<String, Bound> e = env;
        List<Quoted> stmts = LocalAliases.expand(Q.statements(q), ctx.env());
        for (int i = 0; i < stmts.size() - 1; i++) {
            Quoted s = stmts.get(i);
            if (Q.isLocal(s, "=") && Q.args(s).size() == 2) {
                e = bind(e, Q.args(s).get(0), Q.args(s).get(1));
            }
        }
        Quoted last = stmts.isEmpty() ? null : stmts.get(stmts.size() - 1);
        if (asList) {
            list(last, e, depth + 1);
        } else {
            element(last, e, depth + 1);
        }
    }

    /** {@code if}/{@code unless}/{@code case}/{@code cond}: every branch counts, repeated entries once. */
    private boolean branches(Quoted q, Map<String, Bound> env, int depth, boolean asList) {
        List<Quoted> bodies = new ArrayList<>();
        if ((Q.isLocal(q, "if") || Q.isLocal(q, "unless")) && Q.args(q).size() == 2) {
            Quoted kw = Q.args(q).get(1);
            bodies.add(Q.kw(kw, "do"));
            bodies.add(Q.kw(kw, "else"));
        } else if (Q.isLocal(q, "case") && Q.args(q).size() == 2 || Q.isLocal(q, "cond") && Q.args(q).size() == 1) {
            Quoted clauses = Q.kw(Q.args(q).get(Q.args(q).size() - 1), "do");
            for (Quoted clause : clauses instanceof QList l ? l.items() : Q.statements(clauses)) {
                if (Q.isLocal(clause, "->") && Q.args(clause).size() == 2) {
                    bodies.add(Q.args(clause).get(1));
                }
            }
        } else {
            return false;
        }
        union(bodies, env, depth, asList, q);
        return true;
    }

    /**
     * {@code !parent && {Worker, arg}} or {@code cond and [..]}: the entry when the condition holds, false (dropped by
     * the {@code Enum.filter(& &1)} that follows) otherwise; {@code opts[:children] || [A]}: either side.
     */
    private boolean conditional(Quoted q, Map<String, Bound> env, int depth, boolean asList) {
        if ((Q.isLocal(q, "&&") || Q.isLocal(q, "and")) && Q.args(q).size() == 2) {
            int from = out.size();
            if (asList) {
                list(Q.args(q).get(1), env, depth + 1);
            } else {
                element(Q.args(q).get(1), env, depth + 1);
            }
            underCondition(from, q);
            return true;
        }
        if ((Q.isLocal(q, "||") || Q.isLocal(q, "or")) && Q.args(q).size() == 2) {
            union(Q.args(q), env, depth, asList, q);
            return true;
        }
        return false;
    }

    /** The entries added since {@code from}, marked as listed only under the condition {@code q} writes. */
    private void underCondition(int from, Quoted q) {
        Location at = Q.loc(ctx.x.file, q, where);
        for (int i = from; i < out.size(); i++) {
            out.set(i, out.get(i).underCondition(at));
        }
    }

    /**
     * Adds the entries of each alternative, skipping an entry an earlier alternative already gave. With the
     * condition that chooses among them ({@code if}, {@code case}...), an entry some alternative lacks is marked as
     * listed only under it.
     */
    private void union(List<Quoted> alternatives, Map<String, Bound> env, int depth, boolean asList,
                       Quoted condition) {
        readEach(alternatives.size(), i -> {
            if (asList) {
                list(alternatives.get(i), env, depth + 1);
            } else {
                element(alternatives.get(i), env, depth + 1);
            }
        }, condition);
    }

    /**
     * Reads {@code count} alternatives with {@code read}, adding the entries an earlier one did not give. With the
     * {@code condition} that picks one of them, an entry is marked as listed only under it when an alternative lacks
     * it that was read whole, but for entries every alternative holds: an alternative with an entry of its own the
     * analysis could not read may list anything (aprs.me's {@code children |> List.delete(..)} in one branch,
     * {@code children} in the other), while one every alternative holds ({@code Networking.pools() ++ [..]} in each
     * of logflare's get_children/1 clauses) is the same unknown whichever runs.
     */
    private void readEach(int count, java.util.function.IntConsumer read, Quoted condition) {
        readEach(count, read, condition, condition == null ? null : Q.loc(ctx.x.file, condition, where));
    }

    /** The same, the condition's place given ({@code at}: where the alternatives are chosen). */
    private void readEach(int count, java.util.function.IntConsumer read, Quoted condition, Location chosenAt) {
        int start = out.size();
        Set<String> seen = new HashSet<>();
        List<Set<String>> texts = new ArrayList<>();
        List<Set<String>> unknown = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = out.size();
            read.accept(i);
            List<ChildSpec> added = new ArrayList<>(out.subList(from, out.size()));
            out.subList(from, out.size()).clear();
            Set<String> mine = new HashSet<>();
            Set<String> unread = new HashSet<>();
            for (ChildSpec s : added) {
                mine.add(s.text());
                if (s.form() == ChildSpec.Form.UNRESOLVED) {
                    unread.add(s.text());
                }
                if (seen.add(s.text())) {
                    out.add(s);
                }
            }
            texts.add(mine);
            unknown.add(unread);
        }
        if (condition == null || count < 2) {
            return;
        }
        Set<String> shared = new HashSet<>(texts.get(0));
        texts.forEach(shared::retainAll);
        List<Set<String>> whole = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (shared.containsAll(unknown.get(i))) {
                whole.add(texts.get(i));
            }
        }
        Location at = chosenAt;
        for (int i = start; i < out.size(); i++) {
            ChildSpec s = out.get(i);
            if (s.form() != ChildSpec.Form.UNRESOLVED && whole.stream().anyMatch(t -> !t.contains(s.text()))) {
                out.set(i, s.underCondition(at));
            }
        }
    }

    /**
     * A local helper function: every clause's result, its simple parameters bound to the arguments.
     * False when the module has no such function.
     */
    private boolean helper(Quoted whole, String fun, List<Quoted> args, Map<String, Bound> env, int depth,
                           boolean asList) {
        if (ctx.unit == null || isSpecial(fun)) {
            return false;
        }
        List<ModuleUnit.Def> defs = ctx.unit.lookup(fun, args.size());
        if (defs.isEmpty()) {
            return false;
        }
        if (!expanding.add(whole)) {
            // pleroma's http_children(_, :test) calling http_children/2 for each adapter: every clause of it is
            // being read already; expanding it again would only repeat them until the step budget ran out
            unresolved(whole);
            return true;
        }
        try {
            return expand(whole, defs, args, env, depth, asList);
        } finally {
            expanding.remove(whole);
        }
    }

    /** The clauses of a helper whose literal parameters do not rule out the call's literal arguments, read. */
    private boolean expand(Quoted whole, List<ModuleUnit.Def> defs, List<Quoted> args, Map<String, Bound> env,
                           int depth, boolean asList) {
        List<Quoted> bodies = new ArrayList<>();
        List<Map<String, Bound>> envs = new ArrayList<>();
        for (ModuleUnit.Def d : defs) {
            if (d.body() == null || excluded(d.params(), args, env)) {
                continue;
            }
            bodies.add(d.body());
            envs.add(paramsBound(d, args, env));
            if (d.guard() == null && !d.params().isEmpty() && takesEvery(d.params(), args, env)) {
                // this clause takes every such call: the ones after it are never reached (not for definitions
                // without parameters: several are the branches of a compile-time if, hex's children/0 per Mix.env)
                break;
            }
        }
        if (bodies.isEmpty()) {
            unresolved(whole);
            return true;
        }
        // The call picks one clause at run time (logflare's get_children(env): one list under :test, another
        // elsewhere): an entry some clause lacks is listed only under that choice, as with the branches of a case.
        readEach(bodies.size(), i -> {
            Quoted body = bodies.get(i);
            if (Q.isLocal(body, "__block__")) {
                block(body, envs.get(i), depth + 1, asList);
            } else if (asList) {
                list(body, envs.get(i), depth + 1);
            } else {
                element(body, envs.get(i), depth + 1);
            }
        }, whole);
        return true;
    }

        /** A helper definition's simple parameters (their defaults left aside), each bound to the call's argument. */
    private static Map<String, Bound> paramsBound(ModuleUnit.Def d, List<Quoted> args, Map<String, Bound> env) {
        Map<String, Bound> e = new HashMap<>();
        for (int i = 0; i < d.params().size() && i < args.size(); i++) {
            Quoted p = withoutDefault(d.params().get(i));
            if (Q.isUsableVar(p)) {
                e.put(Q.varName(p), new Bound(args.get(i), env));
            }
        }
        return e;
    }

/** A parameter without its default ({@code opts} of {@code opts \\ []}). */
    private static Quoted withoutDefault(Quoted p) {
        return Q.isLocal(p, "\\\\") && !Q.args(p).isEmpty() ? Q.args(p).get(0) : p;
    }

    /** A literal argument ({@code :test}, {@code Tesla.Adapter.Gun}, {@code nil}, {@code 2}) as written, else null. */
    private static String literal(Quoted q) {
        String text = q == null ? null : SourceText.of(q);
        return text != null && text.matches(":[a-z_][A-Za-z0-9_]*[?!]?|[A-Z][A-Za-z0-9_.]*|nil|true|false|-?[0-9][0-9_]*")
                ? text : null;
    }

    /**
     * A clause whose literal parameter differs from the call's literal argument at the same place
     * ({@code defp chat_child(true)} for {@code chat_child(false)}): the call never reaches it.
     */
    private static boolean excluded(List<Quoted> params, List<Quoted> args, Map<String, Bound> env) {
        for (int i = 0; i < params.size() && i < args.size(); i++) {
            String p = literal(params.get(i));
            String a = literal(resolveVar(args.get(i), env));
            if (p != null && a != null && !p.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each parameter is a variable, or the literal the call passes there ({@code chat_child(true)} for
     * {@code chat_child(true)}): the clause matches the call whatever else it is given.
     */
    private static boolean takesEvery(List<Quoted> params, List<Quoted> args, Map<String, Bound> env) {
        for (int i = 0; i < params.size(); i++) {
            Quoted p = withoutDefault(params.get(i));
            String lit = literal(p);
            boolean variable = Q.isUsableVar(p) || p instanceof Call c && c.isVariable();
            if (!variable && (lit == null || i >= args.size() || !lit.equals(literal(resolveVar(args.get(i), env))))) {
                return false;
            }
        }
        return true;
    }

    /** An entry whose parts are variables bound here: those replaced by their values, one level deep. */
    private Quoted substitute(Quoted q, Map<String, Bound> env) {
        if (env.isEmpty()) {
            return q;
        }
        if (Q.isLocal(q, "%{}")) {
            // %{id: module, start: {App, :start_worker, [module, args]}} from a helper (diode's worker/2): the
            // module its parameter was given
            return aliasesIn(q, env, 0);
        }
        List<Quoted> t = Q.tuple(q);
        if (t != null && t.size() == 2 && Q.isUsableVar(t.get(0)) && env.containsKey(Q.varName(t.get(0)))) {
            Quoted mod = resolveVar(t.get(0), env);
            if (mod != null && ctx.env().resolve(mod) != null) {
                return new Tuple(List.of(mod, t.get(1)));
            }
        }
        return q;
    }

    /** {@code q} with each variable bound to a module alias replaced by that alias (maps, tuples, lists only). */
    private Quoted aliasesIn(Quoted q, Map<String, Bound> env, int depth) {
        if (depth > 6) {
            return q;
        }
        if (Q.isUsableVar(q)) {
            Quoted v = resolveVar(q, env);
            return Q.isLocal(v, "__aliases__") ? v : q;
        }
        if (q instanceof Tuple t) {
            return new Tuple(t.items().stream().map(x -> aliasesIn(x, env, depth + 1)).toList());
        }
        if (q instanceof QList l) {
            return new QList(l.items().stream().map(x -> aliasesIn(x, env, depth + 1)).toList());
        }
        if (q instanceof Call c && !c.isVariable() && c.args() != null && (Q.isLocal(q, "%{}") || Q.isLocal(q, "{}"))) {
            return new Call(c.target(), c.meta(), c.args().stream().map(x -> aliasesIn(x, env, depth + 1)).toList());
        }
        return q;
    }

    private static Quoted resolveVar(Quoted q, Map<String, Bound> env) {
        Map<String, Bound> e = env;
        for (int i = 0; i < MAX_DEPTH && Q.isUsableVar(q); i++) {
            Bound b = e.get(Q.varName(q));
            if (b == null) {
                return q;
            }
            q = b.value();
            e = b.env();
        }
        return q;
    }

    private Quoted attribute(Quoted q) {
        if (Q.isLocal(q, "@") && ctx.unit != null && Q.args(q).size() == 1 && Q.args(q).get(0) instanceof Call attr
                && attr.target() instanceof Atom an && attr.isVariable()) {
            return ctx.unit.attributes.get(an.name());
        }
        return null;
    }

    private static boolean isNothing(Quoted q) {
        return q instanceof Atom a && (a.name().equals("nil") || a.name().equals("false"))
                || q instanceof QList l && l.items().isEmpty();
    }

    private static boolean isSpecial(String name) {
        return switch (name) {
            case "{}", "%{}", "%", "__aliases__", "<<>>", "fn", "&", "=", "|>", "case", "if", "cond", "with",
                    "receive", "try", "self", "__block__", "unless", "for", "quote" -> true;
            default -> name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_';
        };
    }

    private void unresolved(Quoted q) {
        out.add(new ChildSpec(ChildSpec.Form.UNRESOLVED, null, null, false, null, null, null, null, null,
                SourceText.of(q), Q.loc(ctx.x.file, q, where)));
    }
}
