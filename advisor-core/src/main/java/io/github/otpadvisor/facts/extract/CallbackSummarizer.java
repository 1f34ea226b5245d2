package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Closure;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ReturnShape;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StateOp;
import io.github.otpadvisor.facts.StateResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Summarizes callback clauses (handle_*, terminate, init) into {@link ClauseSummary} and {@link InitSummary}. */
final class CallbackSummarizer {
    /** Kernel checks on the whole state that only read it. */
    private static final Set<String> WHOLE_READS = Set.of("is_map", "is_nil", "is_list", "map_size", "length");

    private static final Set<String> MAP_GET = Set.of("get", "fetch", "fetch!", "has_key?", "get_lazy", "keys",
            "values", "take", "to_list");
    private static final Set<String> MAP_PUT = Set.of("put", "put_new", "merge", "replace!", "replace",
            "put_new_lazy");
    private static final Set<String> MAP_UPDATE = Set.of("update", "update!", "get_and_update", "get_and_update!");
    private static final Set<String> MAP_DELETE = Set.of("delete", "pop", "drop", "pop!");

    private final Extraction x;
    private final ModuleUnit unit;

    CallbackSummarizer(Extraction x, ModuleUnit unit) {
        this.x = x;
        this.unit = unit;
    }

    /** A callback clause: the state is its last parameter, the message its first. */
    ClauseSummary clause(ModuleUnit.Def d) {
        List<Quoted> params = d.params();
        Quoted msg = params.isEmpty() ? null : params.get(0);
        Quoted stateParam = params.isEmpty() ? null : params.get(params.size() - 1);
        if (d.name().equals("terminate")) {
            msg = params.get(0);
        }
        String stateVar = stateVarOf(stateParam);
        boolean destructures = stateParam != null && !Q.isVar(stateParam) && !Q.vars(stateParam).isEmpty()
                && !(stateVar != null && Q.vars(stateParam).size() == 1);
        Quoted body = d.body();
        Location where = d.location();
        List<Quoted> returnExprs = new ArrayList<>();
        returns(body, returnExprs, 0);
        boolean rebinds = stateVar != null && Q.any(body, q -> Q.isLocal(q, "=") && Q.args(q).size() == 2
                && Q.vars(Q.args(q).get(0)).contains(stateVar));
        Set<Quoted> returnedSame = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Quoted> repliedWhole = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ReturnShape> shapes = new ArrayList<>();
        String replyText = null;
        int replies = 0;
        boolean replyUsesState = false;
        List<StateOp> ops = new ArrayList<>();
        for (Quoted r : returnExprs) {
            ReturnShape shape = shape(d.name(), r, stateVar, rebinds, returnedSame, nearest(body, r, where));
            shapes.add(shape);
            if (shape.tag().equals("reply")) {
                List<Quoted> t = Q.tuple(r);
                replies++;
                replyText = SourceText.of(t.get(1));
                if (stateVar != null && Q.usesVar(t.get(1), stateVar)) {
                    replyUsesState = true;
                    if (stateVar.equals(Q.varName(t.get(1))) && !rebinds) {
                        repliedWhole.add(t.get(1));
                    }
                }
            }
            if (shape.state() == StateResult.NEW && stateVar != null) {
                Quoted st = stateElement(d.name(), r);
                Quoted resolved = st;
                if (Q.isUsableVar(st) && !stateVar.equals(Q.varName(st))) {
                    resolved = bindingOf(body, Q.varName(st));
                }
                if (resolved != null && !Q.usesVar(resolved, stateVar) && !rebinds && !derivesFromState(resolved, body, stateVar)) {
                    ops.add(new StateOp(StateOp.Kind.REPLACE, null, Q.loc(x.file, r, where),
                            "replaces the state with " + SourceText.of(st)));
                }
            } else if (shape.state() == StateResult.NEW && stateVar == null) {
                ops.add(new StateOp(StateOp.Kind.REPLACE, null, Q.loc(x.file, r, where),
                        "returns a new state " + SourceText.of(stateElement(d.name(), r))));
            }
        }
        if (stateVar != null) {
            stateOps(body, stateVar, returnedSame, repliedWhole, ops, where);
        }
        boolean readsState = destructures || ops.stream().anyMatch(o -> o.kind() != StateOp.Kind.REPLACE)
                || replyUsesState;
        if (destructures) {
            ops.add(0, new StateOp(StateOp.Kind.GET, null, Q.loc(x.file, stateParam, where),
                    "matches the state against " + SourceText.of(stateParam)));
        }
        StateResult result = combine(shapes);
        Set<String> hooks = unit.template ? new java.util.LinkedHashSet<>() : null;
        List<Signal> effects = effects(d, hooks);
        if ((d.name().equals("handle_call") || d.name().equals("handle_cast")) && body != null) {
            foreignCall(d, body).ifPresent(effects::add);
        }
        boolean sideEffects = effects.stream().anyMatch(s -> s.kind().sideEffect());
        boolean pure = d.name().equals("handle_call") && replies > 0 && replies == shapes.size() && !readsState
                && (result == StateResult.SAME || result == StateResult.NONE) && !sideEffects
                && computes(body) && pureCode(body, new HashSet<>(Set.of(d.key())), 0);
        boolean catchAll = msg != null && Q.isVar(msg) && d.guard() == null;
        boolean ignores = replies == 0 && (result == StateResult.SAME || result == StateResult.NONE) && !readsState
                && effects.stream().allMatch(s -> s.kind() == Signal.Kind.LOG || s.kind() == Signal.Kind.IO)
                && Q.statements(body).stream().allMatch(s -> isLogOrReturn(s, returnExprs));
        String text = bodyText(d);
        return new ClauseSummary(d.name(), d.arity(), where, msg == null ? null : SourceText.of(msg),
                msg == null ? null : Q.tag(msg), d.guard() != null, stateVar, readsState, result, ops, pure, effects,
                shapes, catchAll, ignores, replies == 1 ? replyText : null, elementUses(msg, d),
                MessageShapes.pattern(msg), d.guard() == null && params.stream().allMatch(CallbackSummarizer::anyValue),
                head(d), text, hooks == null ? List.of() : List.copyOf(hooks));
    }

    /** The clause's head as written (guard included), or null. */
    private String head(ModuleUnit.Def d) {
        Location at = d.location();
        return at == null ? null : x.slices.head(at.line(), at.column());
    }

    /** The clause's body as written, or null. */
    private String bodyText(ModuleUnit.Def d) {
        Location at = d.location();
        return at == null ? null : x.slices.body(at.line(), at.column(), d.body());
    }

    /** A parameter that binds any value: {@code x}, {@code _}, {@code x = y} (RULEBOOK OTP012). */
    private static boolean anyValue(Quoted p) {
        if (Q.isVar(p)) {
            return true;
        }
        return Q.isLocal(p, "=") && Q.args(p).size() == 2 && Q.args(p).stream().allMatch(CallbackSummarizer::anyValue);
    }

    /** How the clause uses each variable element of a tuple message pattern (OTP009). */
    private static List<ClauseSummary.ElementUse> elementUses(Quoted msg, ModuleUnit.Def d) {
        List<Quoted> items = msg == null ? null : Q.tuple(msg);
        if (items == null || d.body() == null) {
            return List.of();
        }
        List<ClauseSummary.ElementUse> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!Q.isUsableVar(items.get(i))) {
                continue;
            }
            String v = Q.varName(items.get(i));
            Closure.ValueUse body = ValueUses.of(d.body(), v, "");
            boolean guardUses = d.guard() != null && Q.usesVar(d.guard(), v);
            out.add(new ClauseSummary.ElementUse(i, items.size(), v, body.fields(), body.wholeUsed() || guardUses));
        }
        return out;
    }

    /** Modules whose functions compute without side effects (RULEBOOK OTP002). */
    private static final Set<String> PURE_MODULES = Set.of("Enum", "Map", "List", "Keyword", "String", "Integer",
            "Float", "Tuple", "MapSet", "Date", "Time", "NaiveDateTime", "DateTime", "Calendar", "Kernel", "Bitwise",
            "Access", "Range", "Regex", "Atom", "Base", "URI", "Version", ":math", ":lists", ":maps", ":calendar",
            ":string", ":binary", ":queue", ":sets", ":ordsets", ":orddict", ":gb_sets", ":gb_trees", ":dict",
            ":proplists", ":array");
    /** Functions of those modules that read the clock. */
    private static final Set<String> CLOCK = Set.of("utc_now", "now", "local_now", "utc_today", "today");
    /** Operators, special forms and side-effect-free Kernel functions. */
    private static final Set<String> PURE_LOCALS = Set.of("__block__", "=", "->", "{}", "%{}", "%", "|", "<<>>", "::",
            ".", "&", "^", "__aliases__", "|>", "case", "cond", "if", "unless", "with", "fn", "for", "and", "or", "not",
            "&&", "||", "!", "+", "-", "*", "/", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "<>", "++", "--",
            "..", "..//", "in", "when", "<-", "\\\\", "div", "rem", "abs", "trunc", "round", "ceil", "floor", "max",
            "min", "length", "hd", "tl", "elem", "put_elem", "map_size", "tuple_size", "byte_size", "bit_size",
            "is_atom", "is_binary", "is_bitstring", "is_boolean", "is_float", "is_function", "is_integer", "is_list",
            "is_map", "is_map_key", "is_nil", "is_number", "is_tuple", "is_struct", "to_string", "to_charlist",
            "inspect", "then", "get_in", "put_in", "update_in", "struct", "match?", "binary_part", "sigil_r",
            "sigil_s", "sigil_S", "sigil_w", "sigil_W", "sigil_c", "sigil_D", "sigil_T", "sigil_U", "sigil_N");
    /** Calls that only build data (the return tuple itself is one). */
    private static final Set<String> CONSTRUCTORS = Set.of("{}", "%{}", "%", "|", "<<>>", "__aliases__", ".", "@",
            "__block__", "=", "->");

    /** The body computes something: some call or operator beyond building the return tuple. */
    private static boolean computes(Quoted body) {
        return Q.any(body, q -> q instanceof Call c && !c.isVariable()
                && (c.target() instanceof Atom a ? !CONSTRUCTORS.contains(a.name())
                : !(c.args().isEmpty() && Q.isVar(Q.receiver(c)))));
    }

    /**
     * The first call of a handler's body (or of the local functions it calls) that is neither pure nor logging:
     * what makes it more than a get/update of the state, whatever else it does.
     */
    private java.util.Optional<Signal> foreignCall(ModuleUnit.Def d, Quoted body) {
        Quoted at = impure(body, new HashSet<>(Set.of(d.key())), 0, true);
        if (at == null) {
            return java.util.Optional.empty();
        }
        at = at == TOO_DEEP ? body : at;
        String text = SourceText.of(at);
        return java.util.Optional.of(new Signal(Signal.Kind.FOREIGN_CALL, d.key(), Q.loc(x.file, at, d.location()),
                text.length() <= 80 ? text : text.substring(0, 77) + "..."));
    }

    /** What {@link #impure} answers for helpers nested too deep to read, when the deepest has no body. */
    private static final Quoted TOO_DEEP = new Atom("too_deep");

    /** Every call in {@code body} is pure: operators, pure Kernel and library functions, pure local functions. */
    private boolean pureCode(Quoted body, Set<String> seen, int depth) {
        return impure(body, seen, depth, false) == null;
    }

    /**
     * The first call in {@code body} that is not pure (the body itself when the helpers nest too deep), or null:
     * operators, pure Kernel and library functions and pure local functions are pure, and so are Logger calls when
     * {@code logging} says so.
     */
    private Quoted impure(Quoted body, Set<String> seen, int depth, boolean logging) {
        if (depth > 4) {
            return body == null ? TOO_DEEP : body;
        }
        Quoted[] found = {null};
        Q.walk(body, q -> {
            if (found[0] != null || !(q instanceof Call c) || c.isVariable()) {
                return found[0] == null;
            }
            if (c.target() instanceof Atom a) {
                String n = a.name();
                if (n.equals("@")) {
                    return false;
                }
                if (n.equals("&") && c.args().size() == 1 && Q.isLocal(c.args().get(0), "/")) {
                    // &helper/1 runs helper's body as surely as a call does (Enum.all?(xs, &installed?/1))
                    List<Quoted> fa = Q.args(c.args().get(0));
                    if (fa.size() == 2 && fa.get(0) instanceof Call f && f.target() instanceof Atom fn
                            && fa.get(1) instanceof Int arity) {
                        List<ModuleUnit.Def> defs = unit.lookup(fn.name(), arity.value().intValue());
                        if (defs.isEmpty() && !PURE_LOCALS.contains(fn.name())) {
                            found[0] = c;
                        } else if (seen.add(fn.name() + "/" + arity.value())) {
                            found[0] = firstImpure(defs, seen, depth, logging);
                        }
                    }
                    return false;
                }
                if (PURE_LOCALS.contains(n)) {
                    return true;
                }
                List<ModuleUnit.Def> defs = unit.lookup(n, c.args().size());
                if (defs.isEmpty()) {
                    found[0] = c;
                    return false;
                }
                if (seen.add(defs.get(0).key())) {
                    found[0] = firstImpure(defs, seen, depth, logging);
                }
                return found[0] == null;
            }
            Quoted recv = Q.receiver(c);
            String fun = Q.remoteFun(c);
            if (recv == null || fun == null) {
                found[0] = c; // an anonymous function call f.(x), or unreadable
                return false;
            }
            if (Q.isVar(recv)) {
                if (!c.args().isEmpty()) {
                    found[0] = c;
                }
                return false; // map.field
            }
            String m = unit.env.resolve(recv);
            if (logging && "Logger".equals(m)) {
                return false;
            }
            if (m == null || !PURE_MODULES.contains(m) || CLOCK.contains(fun)) {
                found[0] = c;
                return false;
            }
            for (Quoted arg : c.args()) {
                if (found[0] == null) {
                    found[0] = impure(arg, seen, depth, logging);
                }
            }
            return false;
        });
        return found[0];
    }

    /** The first impure call in the bodies of a local function's clauses, or null. */
    private Quoted firstImpure(List<ModuleUnit.Def> defs, Set<String> seen, int depth, boolean logging) {
        for (ModuleUnit.Def h : defs) {
            Quoted q = impure(h.body(), seen, depth + 1, logging);
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    InitSummary init(List<ModuleUnit.Def> clauses) {
        ModuleUnit.Def first = clauses.get(0);
        List<ReturnShape> shapes = new ArrayList<>();
        InitSummary.InitState state = null;
        String stateText = null;
        List<Signal> signals = new ArrayList<>();
        boolean work = false;
        for (ModuleUnit.Def d : clauses) {
            List<Quoted> rs = new ArrayList<>();
            returns(d.body(), rs, 0);
            Set<String> argVars = new HashSet<>();
            for (Quoted p : d.params()) {
                argVars.addAll(Q.vars(p));
            }
            FnCtx ctx = new FnCtx(x, unit, d, null);
            for (Quoted r : rs) {
                ReturnShape shape = shape("init", r, null, false, Collections.newSetFromMap(new IdentityHashMap<>()),
                        d.location());
                shapes.add(shape);
                InitSummary.InitState s;
                if (!shape.tag().equals("ok")) {
                    continue;
                }
                Quoted st = Q.tuple(r).get(1);
                Quoted resolved = ctx.resolve(st);
                Set<String> used = Q.vars(resolved);
                used.addAll(Q.vars(st));
                boolean fromArgs = used.stream().anyMatch(argVars::contains)
                        || Q.vars(resolved).stream().anyMatch(v -> dependsOn(ctx, v, argVars, 0));
                if (Q.isLiteral(resolved)) {
                    s = InitSummary.InitState.CONSTANT;
                } else if (fromArgs) {
                    s = InitSummary.InitState.FROM_ARGS;
                } else {
                    s = InitSummary.InitState.COMPUTED;
                }
                if (stateText == null) {
                    stateText = SourceText.of(resolved);
                }
                state = state == null ? s : rank(s) > rank(state) ? s : state;
            }
            // work a closure does in a process init/1 starts does not hold init/1 up
            effects(d).stream().filter(sig -> !(sig.kind().blocking() && x.runsElsewhere(sig))).forEach(signals::add);
            work |= Q.statements(d.body()).size() > 1;
        }
        if (state == null && !shapes.isEmpty() && shapes.stream().allMatch(r -> r.tag().equals("ignore")
                || r.tag().equals("stop"))) {
            state = InitSummary.InitState.IGNORED;
            stateText = shapes.get(0).text();
        }
        InitSummary.Body body = null;
        if (clauses.size() == 1 && first.params().size() == 1) {
            String text = bodyText(first);
            body = text == null ? null : new InitSummary.Body(SourceText.of(first.params().get(0)), text);
        }
        return new InitSummary(first.location(), state == null ? InitSummary.InitState.UNKNOWN : state, stateText,
                shapes, signals, work || !signals.isEmpty(), InitGates.of(x, unit, clauses), body,
                StartInputs.of(x, unit, clauses));
    }

    private static int rank(InitSummary.InitState s) {
        return switch (s) {
            case CONSTANT -> 0;
            case FROM_ARGS -> 1;
            case COMPUTED -> 2;
            case IGNORED, UNKNOWN -> 3;
        };
    }

    private static boolean dependsOn(FnCtx ctx, String var, Set<String> argVars, int depth) {
        if (depth > 5) {
            return false;
        }
        Quoted b = ctx.bindings.get(var);
        if (b == null) {
            return false;
        }
        for (String v : Q.vars(b)) {
            if (argVars.contains(v) || dependsOn(ctx, v, argVars, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The signals of a clause and of the local helpers it calls (transitively, bounded). */
    List<Signal> effects(ModuleUnit.Def d) {
        return effects(d, null);
    }

    /** {@link #effects(ModuleUnit.Def)}, adding to {@code hooks} (when not null) the calls no definition answers. */
    private List<Signal> effects(ModuleUnit.Def d, Set<String> hooks) {
        List<Signal> out = new ArrayList<>(x.clauseSignals(unit, d));
        Set<String> seen = new HashSet<>();
        seen.add(d.key());
        helpers(d.body(), seen, out, hooks, 0);
        configuredCalls(d, out);
        return out;
    }

    /** {@code f = Application.get_env(:app, :key, &Default.fun/1); f.(x)}: a configured function, called. */
    private void configuredCalls(ModuleUnit.Def d, List<Signal> out) {
        if (d.body() == null) {
            return;
        }
        Set<String> configured = new HashSet<>();
        Q.walk(d.body(), q -> {
            if (Q.isLocal(q, "=") && Q.args(q).size() == 2 && Q.isUsableVar(Q.args(q).get(0))
                    && Q.args(q).get(1) instanceof Call c && !c.isVariable() && Q.receiver(c) != null
                    && "Application".equals(SourceText.of(Q.receiver(c)))) {
                configured.add(Q.varName(Q.args(q).get(0)));
            }
            return true;
        });
        Q.walk(d.body(), q -> {
            boolean configuredFun = q instanceof Call c && c.target() instanceof Call dot && Q.isLocal(dot, ".")
                    && dot.args().size() == 1 && configured.contains(Q.varName(dot.args().get(0)));
            if (configuredFun || dynamicModule(q)) {
                out.add(new Signal(Signal.Kind.CONFIGURED_CALL, d.key(), Q.loc(x.file, q, d.location()),
                        SourceText.of(q)));
            }
            return true;
        });
    }

    /**
     * {@code state.buffer_mod.push(state.buffer, item)}, {@code mod.fetch(id)}: a function of a module held in a
     * variable or the state, an implementation chosen at runtime (one may own an ETS table or a connection).
     */
    private static boolean dynamicModule(Quoted q) {
        if (!(q instanceof Call c) || c.isVariable() || c.args() == null || c.args().isEmpty()) {
            return false;
        }
        Quoted recv = Q.receiver(c);
        if (recv == null || Q.remoteFun(c) == null) {
            return false;
        }
        if (Q.isUsableVar(recv)) {
            return true;
        }
        return recv instanceof Call r && !r.isVariable() && r.args() != null && r.args().isEmpty()
                && Q.receiver(r) != null && Q.isUsableVar(Q.receiver(r)) && Q.remoteFun(r) != null;
    }

    private void helpers(Quoted body, Set<String> seen, List<Signal> out, Set<String> hooks, int depth) {
        if (depth > 4) {
            return;
        }
        Q.walk(body, q -> {
            if (q instanceof Call c && !c.isVariable() && c.target() instanceof Atom a) {
                List<ModuleUnit.Def> defs = unit.called(a.name(), c.args().size());
                if (!defs.isEmpty() && seen.add(defs.get(0).key())) {
                    for (ModuleUnit.Def h : defs) {
                        out.addAll(x.clauseSignals(unit, h));
                        helpers(h.body(), seen, out, hooks, depth + 1);
                    }
                } else if (defs.isEmpty() && hooks != null && !PURE_LOCALS.contains(a.name())
                        && unit.lookup(a.name(), c.args().size()).isEmpty()) {
                    hooks.add(a.name() + "/" + c.args().size());
                }
            }
            return !Q.isLocal(q, "quote") && !startsElsewhere(q);
        });
    }

    /** {@code spawn(fn -> helper() end)}, {@code Task.start(...)}: what the helper does runs in another process. */
    static boolean startsElsewhere(Quoted q) {
        if (!(q instanceof Call c) || c.isVariable()) {
            return false;
        }
        if (c.target() instanceof Atom a) {
            return ClosureRuns.spawnsClosure(null, a.name());
        }
        return ClosureRuns.spawnsClosure(Q.receiver(c) == null ? null : SourceText.of(Q.receiver(c)), Q.remoteFun(c));
    }

    private static boolean isLogOrReturn(Quoted stmt, List<Quoted> returns) {
        if (returns.contains(stmt)) {
            return true;
        }
        if (stmt instanceof Call c && !c.isVariable()) {
            Quoted recv = Q.receiver(c);
            if (Q.isLocal(recv, "__aliases__") && Q.args(recv).size() == 1 && Q.args(recv).get(0) instanceof Atom a
                    && (a.name().equals("Logger") || a.name().equals("IO"))) {
                return true;
            }
            if (Q.isLocal(stmt, "_") || stmt instanceof Atom) {
                return true;
            }
        }
        return stmt instanceof Atom;
    }

    /**
     * Where a return that carries no position of its own is written: its nearest enclosing node that does (the
     * {@code ->} of {@code :error -> {:stop, :normal}}; a two-element tuple has no metadata in Elixir's AST), else
     * {@code fallback}.
     */
    private Location nearest(Quoted body, Quoted r, Location fallback) {
        if (Q.loc(x.file, r, null) != null) {
            return fallback;
        }
        Location[] found = {null};
        enclosing(body, r, fallback, found, 0);
        return found[0] == null ? fallback : found[0];
    }

    /** Whether {@code target} is inside {@code q}; on the way back, the deepest positioned call above it is kept. */
    private boolean enclosing(Quoted q, Quoted target, Location above, Location[] found, int depth) {
        if (q == target) {
            found[0] = above;
            return true;
        }
        if (q == null || depth > 64) {
            return false;
        }
        List<Quoted> kids = q instanceof Call c ? c.args() : q instanceof QList l ? l.items()
                : q instanceof io.github.otpadvisor.elixir.ast.Tuple t ? t.items() : null;
        if (kids == null) {
            return false;
        }
        boolean block = Q.isLocal(q, "__block__");
        // a block's own position is its do's, not a statement's
        Location here = !block && q instanceof Call c && c.meta().line() > 0
                ? new Location(x.file, c.meta().line(), Math.max(1, c.meta().column())) : above;
        for (int i = 0; i < kids.size(); i++) {
            if (block && i > 0 && kids.get(i) == target) {
                // the last statement of a block: the line after the statement before it, at the first one's column
                // (teiserver's `Logger.warning(..)` then `{:stop, :normal}` in a with's else)
                int[] last = {0};
                Q.walk(kids.get(i - 1), n -> {
                    if (n instanceof Call c && c.meta().line() > last[0]) {
                        last[0] = c.meta().line();
                    }
                    return true;
                });
                Location first = Q.loc(x.file, kids.get(0), null);
                if (last[0] > 0 && first != null) {
                    found[0] = new Location(x.file, last[0] + 1, first.column());
                    return true;
                }
            }
            if (enclosing(kids.get(i), target, here, found, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    static String stateVarOf(Quoted p) {
        if (p == null) {
            return null;
        }
        if (Q.isUsableVar(p)) {
            return Q.varName(p);
        }
        if (Q.isLocal(p, "=") && Q.args(p).size() == 2) {
            for (Quoted side : Q.args(p)) {
                if (Q.isUsableVar(side)) {
                    return Q.varName(side);
                }
            }
        }
        return null;
    }

    /** The expressions a body can return: its last expression, through case/if/cond/with/receive/try. */
    static void returns(Quoted body, List<Quoted> out, int depth) {
        Quoted last = Q.last(body);
        if (last == null || depth > 10) {
            return;
        }
        if (Q.isLocal(last, "|>") && Q.args(last).size() == 2 && Q.args(last).get(1) instanceof Call piped
                && !piped.isVariable() && piped.target() instanceof Atom p && p.name().equals("case")) {
            // x |> case do ... end: the clauses' values, as for case x do ... end
            clauses(Q.doBody(piped.args()), out, depth);
            return;
        }
        if (last instanceof Call c && !c.isVariable() && c.target() instanceof Atom a) {
            switch (a.name()) {
                case "case", "receive", "cond" -> {
                    Quoted doBlock = Q.doBody(c.args());
                    clauses(doBlock, out, depth);
                    if (a.name().equals("receive") && !c.args().isEmpty()) {
                        Quoted after = Q.kw(c.args().get(c.args().size() - 1), "after");
                        clauses(after, out, depth);
                    }
                    return;
                }
                case "if", "unless" -> {
                    if (c.args().size() == 2) {
                        returns(Q.kw(c.args().get(1), "do"), out, depth + 1);
                        Quoted e = Q.kw(c.args().get(1), "else");
                        if (e != null) {
                            returns(e, out, depth + 1);
                        }
                    }
                    return;
                }
                case "with" -> {
                    Quoted opts = c.args().isEmpty() ? null : c.args().get(c.args().size() - 1);
                    returns(Q.kw(opts, "do"), out, depth + 1);
                    clauses(Q.kw(opts, "else"), out, depth);
                    return;
                }
                case "try" -> {
                    Quoted opts = c.args().isEmpty() ? null : c.args().get(0);
                    returns(Q.kw(opts, "do"), out, depth + 1);
                    clauses(Q.kw(opts, "rescue"), out, depth);
                    clauses(Q.kw(opts, "catch"), out, depth);
                    return;
                }
                default -> {
                }
            }
        }
        out.add(last);
    }

    private static void clauses(Quoted block, List<Quoted> out, int depth) {
        if (block instanceof QList l) {
            for (Quoted cl : l.items()) {
                if (Q.isLocal(cl, "->") && Q.args(cl).size() == 2) {
                    returns(Q.args(cl).get(1), out, depth + 1);
                }
            }
        }
    }

    private ReturnShape shape(String callback, Quoted r, String stateVar, boolean rebinds, Set<Quoted> returnedSame,
                              Location fallback) {
        Location where = Q.loc(x.file, r, fallback);
        String text = SourceText.of(r);
        if (r instanceof Atom a && (a.name().equals("ignore") || a.name().equals("ok"))) {
            return new ReturnShape(a.name(), null, StateResult.NONE, where, text);
        }
        List<Quoted> t = Q.tuple(r);
        if (t == null || t.isEmpty() || !(t.get(0) instanceof Atom tag)) {
            return new ReturnShape("other", null, callback.equals("terminate") ? StateResult.NONE : StateResult.UNKNOWN,
                    where, text);
        }
        if (callback.equals("terminate")) {
            return new ReturnShape(tag.name(), null, StateResult.NONE, where, text);
        }
        int stateIndex;
        int extraIndex;
        switch (tag.name()) {
            case "reply" -> {
                stateIndex = 2;
                extraIndex = 3;
            }
            case "noreply", "ok" -> {
                stateIndex = 1;
                extraIndex = 2;
            }
            case "stop" -> {
                stateIndex = t.size() - 1;
                extraIndex = -1;
                if (t.size() == 2) {
                    return new ReturnShape("stop", null, StateResult.NONE, where, text);
                }
            }
            default -> {
                return new ReturnShape(tag.name(), null, StateResult.UNKNOWN, where, text);
            }
        }
        if (stateIndex >= t.size()) {
            return new ReturnShape(tag.name(), null, StateResult.UNKNOWN, where, text);
        }
        String extra = null;
        if (extraIndex > 0 && extraIndex < t.size()) {
            Quoted e = t.get(extraIndex);
            if (e instanceof Atom ea) {
                extra = ea.name().equals("hibernate") ? "hibernate" : ea.name().equals("infinity") ? null : "timeout";
            } else if (Q.tuple(e) != null && "continue".equals(Q.atom(Q.tuple(e).get(0)))) {
                extra = "continue";
            } else {
                extra = "timeout";
            }
        }
        Quoted st = t.get(stateIndex);
        StateResult sr;
        if (stateVar != null && stateVar.equals(Q.varName(st)) && !rebinds) {
            sr = StateResult.SAME;
            returnedSame.add(st);
        } else if (callback.equals("init")) {
            sr = StateResult.NEW;
        } else {
            sr = StateResult.NEW;
        }
        return new ReturnShape(tag.name(), extra, sr, where, text);
    }

    private static Quoted stateElement(String callback, Quoted r) {
        List<Quoted> t = Q.tuple(r);
        if (t == null || t.isEmpty()) {
            return r;
        }
        String tag = Q.atom(t.get(0));
        int i = "reply".equals(tag) ? 2 : "stop".equals(tag) ? t.size() - 1 : 1;
        return i < t.size() ? t.get(i) : r;
    }

    private static StateResult combine(List<ReturnShape> shapes) {
        boolean any = false;
        boolean isNew = false;
        for (ReturnShape s : shapes) {
            if (s.state() == StateResult.UNKNOWN) {
                return StateResult.UNKNOWN;
            }
            if (s.state() == StateResult.NEW) {
                isNew = true;
            }
            if (s.state() != StateResult.NONE) {
                any = true;
            }
        }
        return isNew ? StateResult.NEW : any ? StateResult.SAME : StateResult.NONE;
    }

    private static Quoted bindingOf(Quoted body, String var) {
        Quoted[] found = {null};
        Q.walk(body, q -> {
            if (Q.isLocal(q, "=") && Q.args(q).size() == 2 && var.equals(Q.varName(Q.args(q).get(0)))) {
                found[0] = Q.args(q).get(1);
            }
            return true;
        });
        return found[0];
    }

    private static boolean derivesFromState(Quoted expr, Quoted body, String stateVar) {
        for (String v : Q.vars(expr)) {
            Quoted b = bindingOf(body, v);
            if (b != null && Q.usesVar(b, stateVar)) {
                return true;
            }
        }
        return false;
    }

    /** Records what the body does with {@code stateVar}; uses returned unchanged are skipped. */
    private void stateOps(Quoted body, String sv, Set<Quoted> returnedSame, Set<Quoted> repliedWhole,
                          List<StateOp> ops, Location fallback) {
        Set<Quoted> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        consumed.addAll(returnedSame);
        IdentityHashMap<Quoted, Quoted> parents = new IdentityHashMap<>();
        Q.walk(body, q -> {
            if (q instanceof Call c) {
                if (!(c.target() instanceof Atom)) {
                    parents.put(c.target(), q);
                }
                if (c.args() != null) {
                    c.args().forEach(a -> parents.put(a, q));
                }
            } else if (q instanceof QList l) {
                l.items().forEach(a -> parents.put(a, q));
            } else if (q instanceof io.github.otpadvisor.elixir.ast.Tuple t) {
                t.items().forEach(a -> parents.put(a, q));
            }
            return true;
        });
        Q.walk(body, q -> {
            if (Q.isLocal(q, "quote")) {
                return false;
            }
            if (consumed.contains(q)) {
                return false;
            }
            Location where = Q.loc(x.file, q, fallback);
            if (repliedWhole.contains(q)) {
                ops.add(new StateOp(StateOp.Kind.GET, null, where, "replies with the whole state"));
                return false;
            }
            String field = Q.fieldOf(q, sv);
            if (field != null) {
                ops.add(new StateOp(StateOp.Kind.GET, ":" + field, where, SourceText.of(q)));
                return false;
            }
            if (Q.isLocal(q, "|>") && Q.args(q).size() == 2 && sv.equals(Q.varName(Q.args(q).get(0)))
                    && Q.args(q).get(1) instanceof Call rhs) {
                StateOp.Kind k = mapOpKind(rhs);
                if (k != null) {
                    ops.add(new StateOp(k, rhs.args().isEmpty() ? null : SourceText.of(rhs.args().get(0)), where,
                            SourceText.of(q)));
                    consumed.add(Q.args(q).get(0));
                    rhs.args().forEach(a -> Q.walk(a, y -> {
                        if (sv.equals(Q.varName(y)) && !consumed.contains(y)) {
                            ops.add(new StateOp(StateOp.Kind.OTHER, null, where, SourceText.of(q)));
                        }
                        return true;
                    }));
                    return false;
                }
            }
            if (q instanceof Call c && !c.isVariable()) {
                List<Quoted> args = c.args();
                if (args.size() == 1 && sv.equals(Q.varName(args.get(0))) && c.target() instanceof Atom t
                        && WHOLE_READS.contains(t.name())) {
                    // is_map(state), map_size(state): a read of the whole state (MixProjectCache's loaded?/0).
                    ops.add(new StateOp(StateOp.Kind.GET, null, where, SourceText.of(q)));
                    return false;
                }
                if (!args.isEmpty() && sv.equals(Q.varName(args.get(0)))) {
                    StateOp.Kind k = mapOpKind(c);
                    if (k == null && (Q.isLocal(c, "+") || Q.isLocal(c, "-"))) {
                        k = StateOp.Kind.UPDATE;
                    }
                    if (k == null && (Q.isLocal(c, "put_in") || Q.isLocal(c, "update_in") || Q.isLocal(c, "get_in"))) {
                        k = Q.isLocal(c, "get_in") ? StateOp.Kind.GET
                                : Q.isLocal(c, "put_in") ? StateOp.Kind.PUT : StateOp.Kind.UPDATE;
                    }
                    if (k != null) {
                        ops.add(new StateOp(k, args.size() > 1 ? SourceText.of(args.get(1)) : null, where,
                                SourceText.of(q)));
                        consumed.add(args.get(0));
                        return true;
                    }
                }
                if (Q.isLocal(c, "%{}") && args.size() == 1 && Q.isLocal(args.get(0), "|")
                        && sv.equals(Q.varName(Q.args(args.get(0)).get(0)))) {
                    Quoted kvs = Q.args(args.get(0)).get(1);
                    ops.add(new StateOp(StateOp.Kind.PUT, keys(kvs), where, SourceText.of(q)));
                    consumed.add(Q.args(args.get(0)).get(0));
                    return true;
                }
                if ((Q.isLocal(c, "put_in") || Q.isLocal(c, "update_in") || Q.isLocal(c, "get_in")) && !args.isEmpty()
                        && Q.usesVar(args.get(0), sv)) {
                    StateOp.Kind k = Q.isLocal(c, "get_in") ? StateOp.Kind.GET
                            : Q.isLocal(c, "put_in") ? StateOp.Kind.PUT : StateOp.Kind.UPDATE;
                    ops.add(new StateOp(k, SourceText.of(args.get(0)), where, SourceText.of(q)));
                    for (int i = 1; i < args.size(); i++) {
                        Q.walk(args.get(i), y -> {
                            if (sv.equals(Q.varName(y))) {
                                ops.add(new StateOp(StateOp.Kind.OTHER, null, where, SourceText.of(q)));
                            }
                            return true;
                        });
                    }
                    return false;
                }
                if (q instanceof QList) {
                    return true;
                }
            }
            if (q instanceof QList l && l.items().size() == 1 && Q.isLocal(l.items().get(0), "|")
                    && sv.equals(Q.varName(Q.args(l.items().get(0)).get(1)))) {
                ops.add(new StateOp(StateOp.Kind.UPDATE, null, where, SourceText.of(q)));
                consumed.add(Q.args(l.items().get(0)).get(1));
                return true;
            }
            if (sv.equals(Q.varName(q))) {
                Quoted parent = parents.get(q);
                while (parent != null && !(parent instanceof Call pc && !pc.isVariable() && !Q.isLocal(pc, ".")
                        && !Q.isLocal(pc, "__block__"))) {
                    parent = parents.get(parent);
                }
                ops.add(new StateOp(StateOp.Kind.OTHER, null, where, parent == null ? "uses the whole state"
                        : "passes the whole state to " + SourceText.of(parent)));
                return false;
            }
            return true;
        });
    }

    private StateOp.Kind mapOpKind(Call c) {
        String m = unit.env.resolve(Q.receiver(c));
        String f = Q.remoteFun(c);
        if ("Access".equals(m) && "get".equals(f)) {
            return StateOp.Kind.GET;
        }
        if (f == null || !("Map".equals(m) || "Keyword".equals(m) || "MapSet".equals(m))) {
            if (Q.isLocal(c, "put_in")) {
                return StateOp.Kind.PUT;
            }
            return null;
        }
        if (MAP_GET.contains(f) || f.equals("member?")) {
            return StateOp.Kind.GET;
        }
        if (MAP_PUT.contains(f)) {
            return StateOp.Kind.PUT;
        }
        if (MAP_UPDATE.contains(f)) {
            return StateOp.Kind.UPDATE;
        }
        if (MAP_DELETE.contains(f)) {
            return StateOp.Kind.DELETE;
        }
        return null;
    }

    private static String keys(Quoted kvs) {
        List<String> ks = new ArrayList<>();
        if (kvs instanceof QList l) {
            for (Quoted i : l.items()) {
                List<Quoted> t = Q.tuple(i);
                if (t != null && t.size() == 2) {
                    ks.add(SourceText.of(t.get(0)));
                }
            }
        }
        return String.join(", ", ks);
    }
}
