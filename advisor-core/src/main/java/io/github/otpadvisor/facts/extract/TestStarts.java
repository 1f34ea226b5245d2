package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.TestStart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the calls of a test module that may start a process directly (RULEBOOK OTP014): {@code M.start_link(..)}
 * and {@code M.start(..)} of any named module, with the ExUnit block they sit in, whether the test checks their
 * result (an expected failure) and whether they run in another process. Mock expectations are skipped.
 */
final class TestStarts {
    /** ExUnit's starts under the test supervisor. */
    private static final Set<String> SUPERVISED = Set.of("start_supervised", "start_supervised!",
            "start_link_supervised!");
    /** Local calls whose function arguments run in another process (the closure is not test-process code). */
    private static final Set<String> ELSEWHERE_LOCAL = Set.of("spawn", "spawn_link", "spawn_monitor", "on_exit",
            "start_supervised", "start_supervised!", "start_link_supervised!");
    /** Mock libraries: a function given to them is a mock's body, run whenever the code under test calls it. */
    private static final Set<String> MOCK_BODIES = Set.of("Repatch", "Mimic", ":meck");
    /** Expected failures: the call is supposed to raise or exit. */
    private static final Set<String> FAILURE_CHECKS = Set.of("assert_raise", "catch_exit", "catch_error",
            "catch_throw", "assert_exit");
    /** Mock expectations ({@code allow Mod.start_link(any()), return: ..}): the call is a pattern, not a call. */
    private static final Set<String> MOCKS = Set.of("allow", "expect", "stub", "assert_called", "refute_called",
            "assert_called_once", "assert_not_called", "called", "assert_called_exactly");
    /** Blocks in which the named modules are mocks ({@code with_mock Mod, [..] do}, the Mock library). */
    private static final Set<String> MOCK_BLOCKS = Set.of("with_mock", "with_mocks", "test_with_mock");

    private final ModuleUnit unit;
    private final String file;
    private final List<TestStart> out = new ArrayList<>();
    /** For each entry of {@link #out}, the pid variable its result is bound to, or null. */
    private final List<String> pids = new ArrayList<>();
    private String block;
    /** Whether the block being walked traps exits: asked only when it starts something (most tests start nothing). */
    private java.util.function.BooleanSupplier traps;
    /** A {@code setup} of the module registers an {@code on_exit} that stops or kills processes: its tests clean up. */
    private String moduleTeardown;
    /** The variable {@code {:ok, pid} = } binds to the start call being walked, or null. */
    private String boundPid;
    /** The code being walked runs where a {@code whereis} lookup found nothing: a start there is a fallback. */
    private boolean afterLookup;
    /** Modules mocked in the code being walked ({@code with_mock}): calls to them reach the mock. */
    private final Set<String> mocked = new HashSet<>();

    /** The setups in scope of the block being walked: the module's, then its describe's, in order. */
    private List<Quoted> setups = List.of();
    /** The test or setup call being walked, or null in a function. */
    private Quoted blockNode;
    private final TestPreambles preambles;

    private TestStarts(ModuleUnit unit, String file, SourceSlices slices) {
        this.unit = unit;
        this.file = file;
        this.preambles = new TestPreambles(unit, slices);
    }

    static List<TestStart> of(ModuleUnit unit, String file, SourceSlices slices) {
        if (!callsAStart(unit)) {
            return List.of(); // only a remote start_link/start or a start_supervised is recorded: most have none
        }
        TestStarts t = new TestStarts(unit, file, slices);
        t.read();
        return t.out;
    }

    /** The setup calls among {@code statements}. */
    private static List<Quoted> setupsIn(List<Quoted> statements) {
        return statements.stream().filter(q -> Q.isLocal(q, "setup") || Q.isLocal(q, "setup_all")).toList();
    }

    /** Whether any code the walk reads holds a remote {@code start_link}/{@code start} call (quotes aside, as there). */
    private static boolean callsAStart(ModuleUnit unit) {
        java.util.function.Predicate<Quoted> start = q -> q instanceof Call c && !c.isVariable()
                && ("start_link".equals(Q.remoteFun(c)) || "start".equals(Q.remoteFun(c))
                || c.target() instanceof Atom a && SUPERVISED.contains(a.name()));
        for (ModuleUnit.Stmt s : unit.moduleLevel) {
            if (Q.any(s.code(), start)) {
                return true;
            }
        }
        for (ModuleUnit.Def d : unit.defs) {
            if (d.body() != null && Q.any(d.body(), start)) {
                return true;
            }
        }
        return false;
    }

    private void read() {
        boolean setupTraps = false;
        Set<String> setupAll = new HashSet<>();
        for (ModuleUnit.Stmt s : unit.moduleLevel) {
            collectSetups(s.code(), setupAll);
            setupTraps |= setupTraps(s.code());
            if (moduleTeardown == null && Q.isLocal(s.code(), "setup")) {
                moduleTeardown = teardownOf(s.code());
            }
        }
        List<Quoted> top = new ArrayList<>();
        unit.moduleLevel.forEach(s -> top.addAll(Q.statements(s.code())));
        setups = setupsIn(top);
        for (ModuleUnit.Stmt s : unit.moduleLevel) {
            moduleLevel(s.code(), s.env(), setupTraps);
        }
        blockNode = null;
        for (ModuleUnit.Def d : unit.defs) {
            if (d.body() == null) {
                continue;
            }
            block = (setupAll.contains(d.name()) ? "setup_all " : "") + d.key();
            traps = trapsOf(setupTraps, d.body());
            walkBlock(d.body(), d.env());
        }
    }

    /** {@code test "x" do}, {@code setup do}, {@code describe "y" do ... end}: each block with its name. */
    private void moduleLevel(Quoted code, Aliases env, boolean setupTraps) {
        if (Q.isLocal(code, "describe") || Q.isLocal(code, "__block__")) {
            Quoted body = Q.isLocal(code, "describe") ? Q.doBody(Q.args(code)) : code;
            List<Quoted> outer = setups;
            if (Q.isLocal(code, "describe")) {
                List<Quoted> inner = new ArrayList<>(outer);
                inner.addAll(setupsIn(Q.statements(body)));
                setups = inner;
            }
            for (Quoted s : Q.statements(body)) {
                moduleLevel(s, env, setupTraps);
            }
            setups = outer;
            return;
        }
        String name = code instanceof Call c && !c.isVariable() && c.target() instanceof Atom a ? a.name() : null;
        if (("test".equals(name) || "test_with_mock".equals(name)) && !Q.args(code).isEmpty()) {
            block = "test " + SourceText.of(Q.args(code).get(0));
        } else if ("setup".equals(name) || "setup_all".equals(name)) {
            block = name;
        } else {
            block = null;
        }
        traps = trapsOf(setupTraps, code);
        blockNode = block == null ? null : code;
        walkBlock(code, env);
    }

    /** Walks one test, setup or function, then notes which of its starts it stops itself. */
    private void walkBlock(Quoted code, Aliases env) {
        int first = out.size();
        walk(code, env, false, null);
        for (int i = first; i < out.size(); i++) {
            TestStart t = out.get(i);
            String pid = pids.get(i);
            String stop = pid == null ? null : stopOf(code, pid);
            if (stop == null) {
                stop = teardownOf(code);
            }
            if (stop == null) {
                stop = moduleTeardown;
            }
            if (stop == null && t.function().equals("start") && crashesOnPurpose(code)) {
                stop = "catch_exit (the test crashes it on purpose)"; // started unlinked so its crash spares the test
            }
            if (stop != null) {
                t = new TestStart(t.call(), t.target(), t.function(), t.args(), t.location(), t.module(),
                        t.block(), t.resultChecked(), t.trapsExits(), t.runsIn(), stop);
            }
            if (blockNode != null && t.runsIn() == null && !t.resultChecked()) {
                // the setups that run before this block: for a setup, the ones written before it
                int own = setups.indexOf(blockNode);
                t = t.withPreamble(preambles.of(blockNode, own < 0 ? setups : setups.subList(0, own),
                        t.location()));
            }
            out.set(i, t);
        }
    }

    /**
     * An {@code on_exit} in {@code code} whose closure stops or kills processes, directly ({@code GenServer.stop},
     * {@code Process.exit(pid, :kill)}, found by name with {@code Process.whereis}) or through a helper of the test
     * module: the test cleans up after itself, as {@code start_supervised} would.
     */
    private String teardownOf(Quoted code) {
        String[] found = {null};
        Q.walk(code, q -> {
            if (found[0] == null && Q.isLocal(q, "on_exit") && !Q.args(q).isEmpty()
                    && stops(Q.args(q).get(Q.args(q).size() - 1), 2)) {
                found[0] = "on_exit (it stops the processes at the end of the test)";
            }
            return found[0] == null && !Q.isLocal(q, "quote");
        });
        return found[0];
    }

    /**
     * {@code code} stops or kills a process ({@code X.stop(..)}, {@code Process.exit(p, reason)} with a reason other
     * than {@code :normal}, a monitor awaited as {@code :DOWN}), itself or through a local helper ({@code depth} levels).
     */
    private boolean stops(Quoted code, int depth) {
        return Q.any(code, q -> {
            if (!(q instanceof Call c) || c.isVariable()) {
                return false;
            }
            String f = Q.remoteFun(c);
            if ("stop".equals(f) || "exit".equals(f) && "Process".equals(SourceText.of(Q.receiver(c)))
                    && c.args().size() == 2 && !"normal".equals(Q.atom(c.args().get(1)))) {
                return true;
            }
            List<Quoted> t = Q.tuple(q);
            if (t != null && !t.isEmpty() && "DOWN".equals(Q.atom(t.get(0)))) {
                return true;
            }
            if (depth > 0 && c.target() instanceof Atom a && !Q.isLocal(q, "on_exit")) {
                for (ModuleUnit.Def d : unit.clauses(a.name(), c.args().size())) {
                    if (d.body() != null && stops(d.body(), depth - 1)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** {@code catch_exit(GenServer.call(pid, :boom))}: the test makes the process it started crash. */
    private static boolean crashesOnPurpose(Quoted code) {
        return Q.any(code, q -> Q.isLocal(q, "catch_exit"));
    }

    /** A {@code case} whose clauses accept {@code {:error, {:already_started, pid}}}: a process that may already run. */
    private static boolean acceptsRunning(Quoted clauses) {
        return Q.any(clauses, q -> "already_started".equals(Q.atom(q)));
    }

    /**
     * {@code GenServer.stop(pid)}, {@code Agent.stop(pid, ..)}, {@code Supervisor.stop(pid)} in {@code code}, or a
     * {@code Process.monitor(pid)} whose {@code :DOWN} it waits for (a process that ends by itself).
     */
    private String stopOf(Quoted code, String pid) {
        String viaHelper = stopByHelper(code, pid);
        return viaHelper != null ? viaHelper : stopInline(code, pid);
    }

    /** {@code kill(pid)}, {@code assert_down(pid)}: a helper of the test module that stops what it is given. */
    private String stopByHelper(Quoted code, String pid) {
        String[] found = {null};
        Q.walk(code, q -> {
            if (found[0] == null && q instanceof Call c && !c.isVariable() && c.target() instanceof Atom a
                    && c.args().stream().anyMatch(x -> pid.equals(Q.varName(x)))) {
                for (ModuleUnit.Def d : unit.clauses(a.name(), c.args().size())) {
                    if (d.body() != null && stops(d.body(), 1)) {
                        found[0] = a.name() + "/" + c.args().size() + " (a helper that stops it)";
                    }
                }
            }
            return found[0] == null && !Q.isLocal(q, "quote");
        });
        return found[0];
    }

    private static String stopInline(Quoted code, String pid) {
        boolean waitsDown = Q.any(code, q -> {
            List<Quoted> t = Q.tuple(q);
            return t != null && !t.isEmpty() && "DOWN".equals(Q.atom(t.get(0)));
        });
        String[] found = {null};
        Q.walk(code, q -> {
            if (found[0] == null && waitsDown && q instanceof Call c && !c.isVariable() && "monitor".equals(Q.remoteFun(c))
                    && !c.args().isEmpty() && pid.equals(Q.varName(c.args().get(0)))) {
                found[0] = "Process.monitor/1 and its :DOWN";
            }
            return found[0] == null && !Q.isLocal(q, "quote");
        });
        Q.walk(code, q -> {
            if (found[0] == null && q instanceof Call c && !c.isVariable() && "stop".equals(Q.remoteFun(c))
                    && !c.args().isEmpty() && pid.equals(Q.varName(c.args().get(0)))) {
                found[0] = SourceText.of(Q.receiver(c)) + ".stop/" + c.args().size();
            }
            if (found[0] == null && q instanceof Call c && !c.isVariable() && "exit".equals(Q.remoteFun(c))
                    && c.args().size() == 2 && pid.equals(Q.varName(c.args().get(0)))
                    && !"normal".equals(Q.atom(c.args().get(1)))) {
                found[0] = "Process.exit/2";
            }
            if (found[0] == null && (Q.isLocal(q, "refute") || Q.isLocal(q, "assert") && Q.any(q, r -> "false".equals(
                    Q.atom(r)))) && Q.any(q, r -> aliveOf(r, pid))) {
                found[0] = "refute Process.alive?/1 (the test waits for its end)";
            }
            return found[0] == null && !Q.isLocal(q, "quote");
        });
        return found[0];
    }

    /** {@code Process.alive?(pid)}. */
    private static boolean aliveOf(Quoted q, String pid) {
        return q instanceof Call c && !c.isVariable() && "alive?".equals(Q.remoteFun(c)) && c.args().size() == 1
                && pid.equals(Q.varName(c.args().get(0)));
    }

    /** Function names given to {@code setup_all :name} / {@code setup_all [:a, :b]}: they run in setup_all. */
    private static void collectSetups(Quoted code, Set<String> setupAll) {
        Q.walk(code, q -> {
            if (Q.isLocal(q, "setup_all") && Q.args(q).size() == 1) {
                Quoted a = Q.args(q).get(0);
                List<Quoted> items = a instanceof QList l ? l.items() : List.of(a);
                for (Quoted i : items) {
                    if (i instanceof Atom at) {
                        setupAll.add(at.name());
                    }
                }
            }
            return !Q.isLocal(q, "quote");
        });
    }

    /** {@code setupTraps}, else whether {@code code} traps exits, worked out once when first asked. */
    private static java.util.function.BooleanSupplier trapsOf(boolean setupTraps, Quoted code) {
        if (setupTraps) {
            return () -> true;
        }
        Boolean[] known = {null};
        return () -> {
            if (known[0] == null) {
                known[0] = trapsExits(code);
            }
            return known[0];
        };
    }

    /** A {@code setup} block that traps exits: every test of the module then runs trapping exits. */
    private static boolean setupTraps(Quoted code) {
        boolean[] found = {false};
        Q.walk(code, q -> {
            if (Q.isLocal(q, "setup") && trapsExits(q)) {
                found[0] = true;
            }
            return !found[0] && !Q.isLocal(q, "test") && !Q.isLocal(q, "quote");
        });
        return found[0];
    }

    private static boolean trapsExits(Quoted code) {
        return Q.any(code, q -> q instanceof Call c && !c.isVariable() && "flag".equals(Q.remoteFun(c))
                && Q.receiver(c) != null && "Process".equals(SourceText.of(Q.receiver(c))) && c.args().size() == 2
                && "trap_exit".equals(Q.atom(c.args().get(0))) && "true".equals(Q.atom(c.args().get(1))));
    }

    private void walk(Quoted q, Aliases env, boolean checked, String runsIn) {
        if (q instanceof QList l) {
            l.items().forEach(i -> walk(i, env, checked, runsIn));
            return;
        }
        if (q instanceof Tuple t) {
            t.items().forEach(i -> walk(i, env, checked, runsIn));
            return;
        }
        if (!(q instanceof Call c) || c.isVariable() || c.args() == null) {
            return;
        }
        String local = c.target() instanceof Atom a ? a.name() : null;
        if (local != null) {
            switch (local) {
                case "quote", "defmodule" -> {
                    return;
                }
                case "case", "if", "unless", "cond" -> {
                    if (!c.args().isEmpty() && Q.any(c.args().get(0), x -> x instanceof Call w && !w.isVariable()
                            && "whereis".equals(Q.remoteFun(w)))) {
                        // case Process.whereis(M) do nil -> start_supervised!(M) ... : the test takes the running
                        // one, and starts it only where it does not run (tymeslot's RateLimiter)
                        boolean outer = afterLookup;
                        afterLookup = true;
                        c.args().forEach(i -> walk(i, env, checked, runsIn));
                        afterLookup = outer;
                        return;
                    }
                    if (local.equals("case") && c.args().size() == 2 && acceptsRunning(c.args().get(1))) {
                        // case Mod.start_link(..) do {:error, {:already_started, _}} -> ..: a process it shares
                        walk(c.args().get(0), env, true, runsIn);
                        walk(c.args().get(1), env, checked, runsIn);
                        return;
                    }
                }
                case "__block__" -> {
                    Aliases e = env;
                    for (Quoted s : c.args()) {
                        if (Q.isLocal(s, "alias")) {
                            e = e.afterAlias(Q.args(s));
                        } else {
                            walk(s, e, checked, runsIn);
                        }
                    }
                    return;
                }
                case "=" -> {
                    if (c.args().size() == 2) {
                        List<Quoted> ok = Q.tuple(c.args().get(0));
                        String outer = boundPid;
                        boundPid = ok != null && ok.size() == 2 && "ok".equals(Q.atom(ok.get(0)))
                                && Q.isUsableVar(ok.get(1)) ? Q.varName(ok.get(1)) : null;
                        walk(c.args().get(1), env, checked || expectsFailure(c.args().get(0)), runsIn);
                        boundPid = outer;
                        return;
                    }
                }
                case "match?" -> {
                    if (c.args().size() == 2) {
                        walk(c.args().get(1), env, checked || expectsFailure(c.args().get(0)), runsIn);
                        return;
                    }
                }
                case "==", "===", "!=", "!==" -> {
                    if (c.args().size() == 2) {
                        boolean failure = expectsFailure(c.args().get(0)) || expectsFailure(c.args().get(1));
                        c.args().forEach(i -> walk(i, env, checked || failure, runsIn));
                        return;
                    }
                }
                case "|>" -> {
                    if (c.args().size() == 2 && c.args().get(1) instanceof Call rhs && !rhs.isVariable()
                            && rhs.args() != null && record(rhs, c.args().get(0), env, checked, runsIn)) {
                        walk(c.args().get(0), env, checked, runsIn);
                        rhs.args().forEach(i -> walk(i, env, checked, runsIn));
                        return;
                    }
                }
                default -> {
                    if (MOCKS.contains(local)) {
                        return;
                    }
                    if (MOCK_BLOCKS.contains(local)) {
                        Set<String> added = mockedModules(c, env);
                        mocked.addAll(added);
                        c.args().forEach(i -> walk(i, env, checked, runsIn));
                        mocked.removeAll(added);
                        return;
                    }
                }
            }
            if (SUPERVISED.contains(local)) {
                supervised(c, env, checked, runsIn);
            }
            boolean failure = FAILURE_CHECKS.contains(local);
            String elsewhere = ELSEWHERE_LOCAL.contains(local) ? local + "/" + c.args().size() : runsIn;
            c.args().forEach(i -> walk(i, env, checked || failure, elsewhere));
            return;
        }
        record(c, null, env, checked, runsIn);
        CallInfo info = CallInfo.of(c, null, env, file);
        String elsewhere = info != null && info.module() != null
                && (ClosureRuns.startsProcess(info) || MOCK_BODIES.contains(info.module()))
                ? info.module() + "." + info.fun() + "/" + info.arity() : runsIn;
        if (info != null && info.module() == null && ELSEWHERE_LOCAL.contains(info.fun())) {
            elsewhere = info.fun() + "/" + info.arity(); // Kernel.spawn
        }
        walk(c.target(), env, checked, runsIn);
        for (Quoted a : c.args()) {
            walk(a, env, checked, elsewhere);
        }
    }

    /** The modules a {@code with_mock Mod, ..}, {@code with_mocks([{Mod, ..}])} or {@code test_with_mock "x", Mod} mocks. */
    private static Set<String> mockedModules(Call c, Aliases env) {
        Set<String> out = new HashSet<>();
        for (Quoted a : c.args()) {
            List<Quoted> items = a instanceof QList l ? l.items() : List.of(a);
            for (Quoted i : items) {
                List<Quoted> t = Q.tuple(i);
                String m = env.resolve(t != null && t.size() == 3 ? t.get(0) : i);
                if (m != null && !m.startsWith(":")) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * Records {@code start_supervised!(M)} and {@code start_supervised!({M, arg})} of a named module: how the
     * project's own test starts it (a test sketch starts it the same way); OTP014 reads only direct starts.
     */
    private void supervised(Call c, Aliases env, boolean checked, String runsIn) {
        if (c.args().isEmpty() || afterLookup) {
            return;
        }
        Quoted spec = c.args().get(0);
        List<Quoted> t = Q.tuple(spec);
        Quoted mod = t == null ? spec : t.size() == 2 ? t.get(0) : null;
        String module = mod == null ? null : env.resolve(mod);
        if (module == null || module.startsWith(":") || module.equals("?") || mocked.contains(module)) {
            return;
        }
        List<String> args = t == null ? List.of() : List.of(SourceText.of(t.get(1)));
        String local = ((Atom) c.target()).name();
        out.add(new TestStart(local + "/" + c.args().size(), module, local, args, Q.loc(file, c, new Location(file, 0,
                0)), unit.name, block, checked, traps.getAsBoolean(), runsIn, null));
        pids.add(boundPid);
        boundPid = null;
    }

    /** Records {@code c} when it is {@code M.start_link(..)} or {@code M.start(..)} of a named module. */
    private boolean record(Call c, Quoted piped, Aliases env, boolean checked, String runsIn) {
        String fun = Q.remoteFun(c);
        if (!"start_link".equals(fun) && !"start".equals(fun)) {
            return false;
        }
        CallInfo info = CallInfo.of(c, piped, env, file);
        if (info == null || info.module() == null || info.module().equals("?") || mocked.contains(info.module())) {
            return false;
        }
        List<String> args = info.args().stream().map(SourceText::of).toList();
        Location at = Q.loc(file, c, new Location(file, 0, 0));
        out.add(new TestStart(info.module() + "." + fun + "/" + info.arity(), info.module(), fun, args, at, unit.name,
                block, checked, traps.getAsBoolean(), runsIn, null));
        pids.add(boundPid);
        boundPid = null; // only the outermost start call of `{:ok, pid} = ...` binds pid
        return true;
    }

    /**
     * A pattern (or compared value) that says the start should fail: a literal other than {@code {:ok, _}}
     * ({@code {:error, _}}, {@code :ignore}). Variables, {@code _} and {@code {:ok, pid}} expect a process.
     */
    private static boolean expectsFailure(Quoted pattern) {
        if (Q.isLocal(pattern, "=") && Q.args(pattern).size() == 2) {
            return expectsFailure(Q.args(pattern).get(0)) || expectsFailure(Q.args(pattern).get(1));
        }
        String tag = Q.tag(pattern);
        return tag != null && !tag.equals("ok");
    }
}
