package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MacroUse;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.WebRole;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state of reading one file: what the detectors found so far. Internal and mutable. */
final class Extraction {
    private static final Set<String> SUMMARIZED = Set.of("handle_call/3", "handle_cast/2", "handle_info/2",
            "handle_continue/2", "terminate/2");

    final String file;
    final boolean test;
    final boolean script;
    final List<StartSite> startSites = new ArrayList<>();
    final List<EtsTable> ets = new ArrayList<>();
    final List<io.github.otpadvisor.facts.TestStart> testStarts = new ArrayList<>();
    final List<NameRef> names = new ArrayList<>();
    final List<MessageSend> sends = new ArrayList<>();
    final List<ChildrenList> childrenLists = new ArrayList<>();
    final Map<CallKey, RemoteCall> remoteCalls = new LinkedHashMap<>();

    /**
     * What makes two remote calls one fact (their places aside): a record, not a string built per call; its
     * equality written out, as {@link ModuleRefs}' key's is.
     */
    private record CallKey(String fromModule, String fromFunction, String toModule, String function, int arity) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CallKey k && arity == k.arity && java.util.Objects.equals(fromModule, k.fromModule)
                    && java.util.Objects.equals(fromFunction, k.fromFunction)
                    && java.util.Objects.equals(toModule, k.toModule) && java.util.Objects.equals(function, k.function);
        }

        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(fromModule);
            h = 31 * h + java.util.Objects.hashCode(fromFunction);
            h = 31 * h + java.util.Objects.hashCode(toModule);
            h = 31 * h + java.util.Objects.hashCode(function);
            return 31 * h + arity;
        }
    }
    final List<String> problems = new ArrayList<>();
    private final Map<ModuleUnit, List<Signal>> moduleSignals = new HashMap<>();
    private final Map<String, List<Signal>> clauseSignals = new HashMap<>();
    /** Signals of code that runs in a process the clause starts ({@code spawn(fn -> Repo.warm() end)}). */
    private final Set<Signal> elsewhere = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<ModuleUnit, Boolean> awaits = new HashMap<>();
    final Map<ModuleUnit, ModuleStartTraits> moduleTraits = new HashMap<>();
    /** Per private helper, the {@code Supervisor.start_link} its body holds ({@link ChildrenLists}). */
    final Map<ModuleUnit.Def, java.util.Optional<Call>> supervisorStarts = new java.util.IdentityHashMap<>();
    private final Map<ModuleUnit, OwnProcessCode> ownCode = new HashMap<>();
    /** For OTP011's get-or-start reading: each module's local callers of each function, built on first need. */
    final Map<ModuleUnit, Map<String, List<ModuleUnit.Def>>> localCallers = new HashMap<>();
    private FnCtx current;

    /** The file's text, for code that sketches move as written. */
    final SourceSlices slices;

    Extraction(String file, boolean test, boolean script) {
        this(file, test, script, new SourceSlices(null));
    }

    Extraction(String file, boolean test, boolean script, SourceSlices slices) {
        this.file = file;
        this.test = test;
        this.script = script;
        this.slices = slices;
    }

    /** A signal of the module's function that is no effect of a clause ({@link Signal.Kind#MISS_FILL}). */
    void moduleSignal(FnCtx ctx, Signal.Kind kind, Location where, String text) {
        if (ctx.unit != null) {
            moduleSignals.computeIfAbsent(ctx.unit, k -> new ArrayList<>()).add(new Signal(kind, ctx.fnKey, where, text));
        }
    }

    void signal(FnCtx ctx, Signal.Kind kind, Location where, String text) {
        Signal s = new Signal(kind, ctx.fnKey, where, text);
        if (ctx.unit != null) {
            moduleSignals.computeIfAbsent(ctx.unit, k -> new ArrayList<>()).add(s);
            if (ctx.def != null) {
                clauseSignals.computeIfAbsent(clauseKey(ctx.unit, ctx.def), k -> new ArrayList<>()).add(s);
                if (ctx.spawnDepth > 0) {
                    elsewhere.add(s);
                }
            }
        }
    }

    /** Whether the signal comes from a closure another process runs. */
    boolean runsElsewhere(Signal s) {
        return elsewhere.contains(s);
    }

    List<Signal> clauseSignals(ModuleUnit unit, ModuleUnit.Def d) {
        return clauseSignals.getOrDefault(clauseKey(unit, d), List.of());
    }

    private static String clauseKey(ModuleUnit unit, ModuleUnit.Def d) {
        return unit.name + "#" + d.key() + "#" + d.clauseIndex() + "@" + d.location().line();
    }

    /** The local calls of {@code unit} by where they run (OTP012). */
    OwnProcessCode ownCode(ModuleUnit unit) {
        return ownCode.computeIfAbsent(unit, u -> new OwnProcessCode());
    }

    /**
     * Sends written in {@code unit} since index {@code from}: those outside closures but in a function that does not
     * run only in the module's process (a public function, a helper an API function calls) are not sent from it.
     */
    private void settleOwnProcess(ModuleUnit unit, int from) {
        Set<String> own = ownCode(unit).functions(unit);
        for (int i = from; i < sends.size(); i++) {
            MessageSend s = sends.get(i);
            if (s.fromOwnProcess() && !own.contains(s.function())) {
                sends.set(i, s.withFromOwnProcess(false));
            }
        }
    }

    void remoteCall(RemoteCall c) {
        remoteCalls.putIfAbsent(new CallKey(c.fromModule(), c.fromFunction(), c.toModule(), c.function(), c.arity()), c);
    }

    boolean moduleHasAwait(ModuleUnit unit) {
        if (unit == null) {
            return current != null && current.hasAwait;
        }
        return awaits.computeIfAbsent(unit, u -> u.defs.stream().anyMatch(d -> FnCtx.awaits(d.body())));
    }

    static boolean isReceiveLoop(List<ModuleUnit.Def> defs) {
        if (defs.isEmpty()) {
            return false;
        }
        String name = defs.get(0).name();
        boolean receive = false;
        boolean recursive = false;
        for (ModuleUnit.Def d : defs) {
            receive |= Q.any(d.body(), q -> Q.isLocal(q, "receive"));
            recursive |= Q.any(d.body(), q -> Q.isLocal(q, name));
        }
        return receive && recursive;
    }

    /**
     * Every start_link of the module is a {@code defdelegate} to another module, and nothing in it starts a process
     * of its own module: what its callers start is that other module's process.
     */
    private boolean startsAnotherModule(ModuleUnit unit) {
        boolean delegated = unit.delegates.stream().anyMatch(k -> k.startsWith("start_link/") || k.startsWith("start/"));
        boolean ownStart = unit.defs.stream().anyMatch(d -> d.body() != null
                && (d.name().equals("start_link") || d.name().equals("start")));
        return delegated && !ownStart && startSites.stream().noneMatch(s -> unit.name.equals(s.module())
                && unit.name.equals(s.startedModule()));
    }

    /** {@code use GenServer, start: {GenServer, :start_link, [__MODULE__, arg, [name: N]]}}: the name in it. */
    private static final java.util.regex.Pattern USE_START_NAME = java.util.regex.Pattern.compile(
            "\\{\\s*(GenServer|Agent), :start_link, \\[.*\\bname: (__MODULE__|:[a-z_][A-Za-z0-9_]*)\\s*\\]\\s*\\]\\s*\\}");

    /**
     * The name a {@code use} line's {@code start:} option registers the process under (ElixirTorrent's
     * {@code Acceptor.BlackList}): its own start, as a start_link's {@code name:} would be.
     */
    private void useStartName(ModuleUnit unit) {
        String start = unit.useOptions.get("start");
        java.util.regex.Matcher m = start == null ? null : USE_START_NAME.matcher(start.replaceAll("\\s+", " "));
        if (m == null || !m.find()) {
            return;
        }
        boolean own = m.group(2).equals("__MODULE__");
        names.add(new NameRef(own ? NameRef.Kind.MODULE : NameRef.Kind.ATOM, m.group(2), own ? unit.name : null, null,
                true, null, null, m.group(1) + ".start_link", unit.location, unit.name, "child_spec/1"));
    }

    /** Reads the whole file. */
    List<ModuleFacts> run(Quoted ast) {
        ModuleCollector collector = new ModuleCollector(file);
        collector.collect(ast);
        FnCtx top = new FnCtx(this, null, null, null);
        for (ModuleUnit.Stmt s : collector.topLevel) {
            current = top;
            new BodyWalker(top).walk(s.code(), s.env());
        }
        List<ModuleFacts> out = new ArrayList<>();
        for (ModuleUnit unit : collector.modules) {
            try {
                out.add(module(unit));
            } catch (RuntimeException e) {
                problems.add(unit.location + ": module " + unit.name + " only partly read: " + e);
            }
        }
        return out;
    }

    private ModuleFacts module(ModuleUnit unit) {
        if (unit.webRole == WebRole.NONE && !unit.abstraction.isProcess() && isDuckTypedPlug(unit)) {
            unit.webRole = WebRole.PLUG;
        }
        Map<String, String> request = requestContexts(unit);
        int firstSend = sends.size();
        FnCtx moduleCtx = new FnCtx(this, unit, null, null);
        for (ModuleUnit.Stmt s : unit.moduleLevel) {
            current = moduleCtx;
            new BodyWalker(moduleCtx).walk(s.code(), s.env());
        }
        useStartName(unit);
        for (ModuleUnit.Delegate d : unit.delegateCalls) {
            // Contracts.load_transaction/3 `defdelegate ..., to: Loader`: its callers reach Loader's function
            if (!d.toModule().equals(unit.name) && !Detectors.STDLIB.contains(d.toModule())) {
                remoteCall(new RemoteCall(unit.name, d.name() + "/" + d.arity(), d.toModule(), d.function(), d.arity(),
                        d.location(), request.get(d.name() + "/" + d.arity()), test));
            }
        }
        for (ModuleUnit.Def d : unit.defs) {
            if (d.body() == null) {
                continue;
            }
            FnCtx ctx = new FnCtx(this, unit, d, request.get(d.key()));
            current = ctx;
            new BodyWalker(ctx).walk(d.body(), d.env());
            ChildrenLists.returned(ctx, d);
            ChildrenLists.template(ctx, d);
            ChildrenLists.startTuple(ctx, d);
        }
        settleOwnProcess(unit, firstSend);
        // An Agent without `use Agent`: its own start_link starts an Agent under its name.
        if (unit.abstraction == Abstraction.NONE) {
            for (StartSite s : startSites) {
                if (unit.name.equals(s.module()) && (s.kind() == StartSite.Kind.AGENT_START_LINK
                        || s.kind() == StartSite.Kind.AGENT_START) && s.inOwnStartLink()) {
                    unit.abstraction = Abstraction.AGENT;
                    unit.abstractionEvidence = Evidence.at(s.location(),
                            "start_link starts an Agent for the module (" + s.call() + ") without `use Agent`");
                    break;
                }
            }
        }
        if (unit.application && unit.abstraction == Abstraction.TASK && unit.clauses("start_link", 1).isEmpty()) {
            // `use Task` beside `use Application` (transport-site) only adds a child_spec/1 naming a start_link/1 that
            // is not there: the module is the application callback, never started as a Task
            unit.abstraction = Abstraction.NONE;
            unit.abstractionEvidence = null;
        }
        if (unit.abstraction.isProcess() && startsAnotherModule(unit)) {
            // screens' DeviceMonitor.Store: `use GenServer` and an init/1, but start_link is a defdelegate to the
            // configured backend, which starts its own process; this module's callbacks never run
            unit.abstraction = Abstraction.NONE;
            unit.abstractionEvidence = null;
        }
        initReturnChildren(unit);
        if (test) {
            testStarts.addAll(TestStarts.of(unit, file, slices)); // OTP014 reads them
        }
        CallbackSummarizer summarizer = new CallbackSummarizer(this, unit);
        List<ClauseSummary> clauses = new ArrayList<>();
        InitSummary init = null;
        if (unit.abstraction.isProcess() || mayBeMacroProcess(unit)) {
            for (ModuleUnit.Def d : unit.defs) {
                if (d.body() != null && SUMMARIZED.contains(d.key())) {
                    clauses.add(summarizer.clause(d));
                }
            }
            List<ModuleUnit.Def> inits = unit.clauses("init", 1).stream().filter(d -> d.body() != null).toList();
            if (!inits.isEmpty()) {
                init = summarizer.init(inits);
            }
        }
        List<FunctionInfo> functions = new ArrayList<>();
        for (Map.Entry<String, List<ModuleUnit.Def>> e : unit.byKey.entrySet()) {
            List<ModuleUnit.Def> defs = e.getValue();
            ModuleUnit.Def first = defs.get(0);
            LocalCalls.Scan scan = LocalCalls.scan(unit, defs);
            functions.add(new FunctionInfo(first.name(), first.arity(), first.isPublic(), first.location(), defs.size(),
                    scan.receive(), scan.selfRecursive(), scan.calls(), unit.defaults.getOrDefault(e.getKey(), 0),
                    first.isPublic() ? StartWrappers.of(defs) : null));
        }
        String lock = unit.abstraction == Abstraction.GENSERVER ? LockDoc.sentence(unit.moduledoc) : null;
        if (lock != null) {
            moduleSignals.computeIfAbsent(unit, k -> new ArrayList<>())
                    .add(new Signal(Signal.Kind.DOCUMENTED_LOCK, null, unit.moduledocAt, lock));
        }
        Set<String> callsTo = new LinkedHashSet<>();
        for (RemoteCall rc : remoteCalls.values()) {
            if (unit.name.equals(rc.fromModule())) {
                callsTo.add(rc.toModule() + "." + rc.function() + "/" + rc.arity());
            }
        }
        return new ModuleFacts(unit.name, unit.location, unit.abstraction, unit.abstractionEvidence, unit.uses,
                unit.useOptions, unit.behaviours, unit.application, unit.webRole, functions, clauses, init,
                moduleSignals.getOrDefault(unit, List.of()), callsTo, unit.useLines, macroUses(unit), unit.library,
                usingTemplate(unit), ModuleStartTraits.ownerAwaits(unit),
                unit.openClauses, OwnChildSpecs.of(unit), unit.abstraction.isProcess() ? startLink(unit) : null,
                unit.abstraction.isProcess() || mayBeMacroProcess(unit)
                        ? ApiFunctions.of(this, unit, sends.subList(firstSend, sends.size())) : List.of(),
                unit.abstraction.isProcess() || mayBeMacroProcess(unit) ? header(unit) : List.of());
    }

    /** Its alias/require/import/use lines and attributes as written; one that does not read back exactly is left out. */
    private List<String> header(ModuleUnit unit) {
        List<String> out = new ArrayList<>();
        for (Quoted q : unit.header) {
            Location at = Q.loc(file, q, null);
            String text = at == null ? null : slices.statement(at.line(), at.column(), q);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /** The module's one {@code start_link} clause as written, or null. */
    private ModuleFacts.StartCode startLink(ModuleUnit unit) {
        List<ModuleUnit.Def> defs = new ArrayList<>();
        for (Map.Entry<String, List<ModuleUnit.Def>> e : unit.byKey.entrySet()) {
            if (e.getKey().startsWith("start_link/")) {
                defs.addAll(e.getValue());
            }
        }
        if (defs.size() != 1 || defs.get(0).body() == null || defs.get(0).location() == null) {
            return null;
        }
        ModuleUnit.Def d = defs.get(0);
        String body = slices.body(d.location().line(), d.location().column(), d.body());
        if (body == null) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (Quoted p : d.params()) {
            params.add(SourceText.of(p));
        }
        List<NameRef> registers = names.stream()
                .filter(n -> unit.name.equals(n.owner()) && d.key().equals(n.function()) && !n.lookup()).toList();
        return new ModuleFacts.StartCode(String.join(", ", params), body, registers);
    }

    /**
     * A {@code __using__} whose quote defines callbacks ({@code init/1}, {@code handle_*}): that code read as a
     * module in an extraction of its own, so its start sites and sends are not counted as the macro module's.
     */
    private ModuleFacts usingTemplate(ModuleUnit unit) {
        if (unit.usingQuotes.isEmpty()) {
            return null;
        }
        ModuleUnit t = new ModuleCollector(file).template(unit); // modules defined in the quote are not the file's
        boolean callbacks = t.byKey.keySet().stream().anyMatch(k -> k.equals("init/1") || SUMMARIZED.contains(k));
        if (!callbacks) {
            return null;
        }
        if (t.abstraction == Abstraction.NONE) {
            t.abstraction = Abstraction.GENSERVER; // summarized as callbacks; the user's kind comes from linking
        }
        return new Extraction(file, test, script, slices).module(t);
    }

    private static List<MacroUse> macroUses(ModuleUnit unit) {
        List<MacroUse> out = new ArrayList<>(unit.macroUses);
        if (unit.dispatchingUsing) {
            out.addAll(unit.branchUses);
        }
        return out;
    }

    /**
     * A module that {@code use}s something and defines {@code init/1} or a {@code handle_*} callback may become a
     * process module when linking resolves a project macro ({@code use MyApp.Server}): its callbacks are summarized.
     */
    private static boolean mayBeMacroProcess(ModuleUnit unit) {
        return !unit.uses.isEmpty() && unit.library == null && (!unit.clauses("init", 1).isEmpty()
                || !unit.clauses("handle_call", 3).isEmpty() || !unit.clauses("handle_cast", 2).isEmpty()
                || !unit.clauses("handle_info", 2).isEmpty());
    }

    /** Supervisor modules whose init/1 returns {@code {:ok, {flags, children}}} literally. */
    private void initReturnChildren(ModuleUnit unit) {
        if (unit.abstraction != Abstraction.SUPERVISOR) {
            return;
        }
        for (ModuleUnit.Def d : unit.clauses("init", 1)) {
            FnCtx ctx = new FnCtx(this, unit, d, null);
            List<Quoted> rs = new ArrayList<>();
            CallbackSummarizer.returns(d.body(), rs, 0);
            for (Quoted r : rs) {
                List<Quoted> t = Q.tuple(r);
                if (t == null || t.size() != 2 || !"ok".equals(Q.atom(t.get(0)))) {
                    continue;
                }
                List<Quoted> inner = Q.tuple(ctx.resolve(t.get(1)));
                if (inner == null || inner.size() != 2) {
                    continue;
                }
                Quoted flags = ctx.resolve(inner.get(0));
                String strategy = null;
                String maxR = null;
                String maxS = null;
                List<Quoted> ft = Q.tuple(flags);
                if (ft != null && ft.size() == 3) {
                    strategy = SourceText.of(ft.get(0)).replaceFirst("^:", "");
                    maxR = SourceText.of(ft.get(1));
                    maxS = SourceText.of(ft.get(2));
                } else if (Q.isLocal(flags, "%{}")) {
                    Quoted s = ChildSpecReader.mapGet(flags, "strategy");
                    strategy = s == null ? null : SourceText.of(s).replaceFirst("^:", "");
                    Quoted i = ChildSpecReader.mapGet(flags, "intensity");
                    maxR = i == null ? null : SourceText.of(i);
                    Quoted p = ChildSpecReader.mapGet(flags, "period");
                    maxS = p == null ? null : SourceText.of(p);
                }
                Location where = Q.loc(file, r, d.location());
                childrenLists.add(new ChildrenList(ChildrenList.Source.INIT_RETURN, unit.name, d.key(), where, null,
                        strategy, maxR, maxS, ChildSpecReader.list(inner.get(1), ctx, where)));
            }
        }
    }

    /**
     * Which functions run while handling a request or a message: callbacks of process modules, the
     * handlers of controllers, channels, LiveViews and Plugs, and the local functions they call.
     */
    private Map<String, String> requestContexts(ModuleUnit unit) {
        Map<String, String> out = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Map.Entry<String, List<ModuleUnit.Def>> e : unit.byKey.entrySet()) {
            ModuleUnit.Def d = e.getValue().get(0);
            String ctx = null;
            if (unit.webRole.requestPath(d.name(), d.arity(), d.isPublic())) {
                ctx = roleLabel(unit.webRole) + " " + d.key();
            } else if (unit.abstraction.isProcess() && Set.of("handle_call/3", "handle_cast/2", "handle_info/2",
                    "handle_continue/2").contains(d.key())) {
                ctx = d.key();
            }
            if (ctx != null) {
                out.put(d.key(), ctx);
                todo.add(d.key());
            }
        }
        Set<String> seen = new HashSet<>(out.keySet());
        while (!todo.isEmpty()) {
            String key = todo.poll();
            String ctx = out.get(key);
            for (ModuleUnit.Def d : unit.byKey.getOrDefault(key, List.of())) {
                Q.walk(d.body(), q -> {
                    if (q instanceof Call c && !c.isVariable() && c.target() instanceof Atom a) {
                        String k = a.name() + "/" + c.args().size();
                        if (unit.byKey.containsKey(k) && seen.add(k)) {
                            out.put(k, ctx + " via " + k);
                            todo.add(k);
                        }
                    }
                    return !Q.isLocal(q, "quote");
                });
            }
        }
        return out;
    }

    /**
     * A module plug without {@code @behaviour Plug}: public {@code init/1} and {@code call/2} whose first
     * parameter is the conn ({@code conn}, {@code %Plug.Conn{}}).
     */
    private static boolean isDuckTypedPlug(ModuleUnit unit) {
        List<ModuleUnit.Def> init = unit.clauses("init", 1);
        List<ModuleUnit.Def> call = unit.clauses("call", 2);
        if (init.isEmpty() || call.isEmpty() || !init.get(0).isPublic() || !call.get(0).isPublic()) {
            return false;
        }
        return call.stream().allMatch(d -> {
            Quoted p = d.params().get(0);
            String v = Q.varName(p);
            return v != null && (v.equals("conn") || v.equals("_conn"))
                    || SourceText.of(p).contains("%Plug.Conn{");
        });
    }

    private static String roleLabel(WebRole role) {
        return switch (role) {
            case CONTROLLER -> "controller action";
            case CHANNEL -> "channel";
            case LIVE_VIEW -> "LiveView";
            case LIVE_COMPONENT -> "LiveComponent";
            case PLUG -> "Plug";
            case SOCKET -> "socket";
            case NONE -> "";
        };
    }
}
