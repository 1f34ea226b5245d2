package io.github.otpadvisor.sketch;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StateResult;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.SupervisedBy;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.sketch.TodayCode.Fix;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import io.github.otpadvisor.sketch.TodayCode.InitCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link TodayCode} from a module's facts and findings. */
final class TodayCodes {
    private static final Set<String> CALLBACKS = Set.of("handle_call", "handle_cast", "handle_info");
    private static final Set<String> KEPT_OPTIONS = Set.of("restart", "shutdown");
    /** An atom literal that is not a module ({@code :timer.} is not a message tag). */
    private static final Pattern ATOM = Pattern.compile("(?<![\\w.:]):([a-z_][A-Za-z0-9_]*[?!]?)(?![\\w.(])");

    private TodayCodes() {
    }

    static TodayCode of(Assessment a, ProjectFacts project, List<Finding> findings) {
        ModuleFacts f = a.module().facts();
        // a per-entity process whose only change is a PartitionSupervisor in front of today's DynamicSupervisor keeps
        // its module (PartitionOnlySketch): its test and its entry are today's, as for one that fits
        boolean fits = a.verdict() == Verdict.FITS || a.verdict() == Verdict.PLACEMENT_DIFFERS
                && a.decision().abstraction() == a.today()
                && a.decision().placement() == io.github.otpadvisor.decision.Placement.PARTITION_SUPERVISOR
                && a.todayPlacement().placement() == io.github.otpadvisor.decision.Placement.DYNAMIC_SUPERVISOR_REGISTRY
                && project.bottleneckStarts().stream().anyMatch(b -> a.module().name().equals(b.site().startedModule()));
        // started outside any supervisor, where a static child would do: the code stays, only its start moves (one
        // with no start_link of its own needs one written: a rewrite)
        String startedOutside = a.verdict() == Verdict.PLACEMENT_DIFFERS && a.decision().abstraction() == a.today()
                && f.functions().stream().anyMatch(fn -> fn.name().equals("start_link") && fn.isPublic())
                && a.todayPlacement().known() && a.todayPlacement().placement() == null
                && a.decision().placement() == io.github.otpadvisor.decision.Placement.STATIC_CHILD
                ? a.supervision().why() : null;
        fits |= startedOutside != null;
        String fitsAs = a.today().label() + (a.todayPlacement().known() && a.todayPlacement().placement() != null
                ? ", " + a.todayPlacement().words(a.module()) : "");
        Map<String, String> options = new LinkedHashMap<>();
        f.useOptions().forEach((k, v) -> {
            if (KEPT_OPTIONS.contains(k)) {
                options.put(k, v);
            }
        });
        startOptions(a.module(), project).forEach(options::putIfAbsent);
        return new TodayCode(fits, fitsAs, handlers(f, project), options, f.defines("child_spec", 1), initCalls(f.init()),
                a.module().abstraction() == Abstraction.GEN_STATEM, fixes(f, findings, a.module().name(), project),
                initState(f.init()), FactOperations.plain(a.module(), project.fileOf(a.module().name(), a.module().app()).orElse(null)),
                appChild(a.module(), project), init(f.init()),
                agentCalls(f, project.fileOf(a.module().name(), a.module().app()).orElse(null)),
                f.functions().stream().filter(fn -> !fn.isPublic()).map(FunctionInfo::key)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                f.startLink() == null || movable(f.startLink().body()) == null ? null
                        : new TodayCode.Init(f.startLink().params(), f.startLink().body()),
                start(a.module(), f, project), callbacks(f),
                f.functions().stream().filter(FunctionInfo::isPublic).map(FunctionInfo::key)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), api(f),
                // under `mix test --no-start` nothing the application starts is running in a test
                project.startsInTests(a.module().app()) ? RunningNames.around(project, a.module().app(),
                        a.module().name()) : Map.of(), where(f), f.header(),
                outsideSends(a.module(), project), ownStarts(a.module(), project),
                ProjectTests.of(project, a.module().name(), a.module().app()),
                project.elixirRequirement(a.module().app()).map(r -> r.withUsedSince(
                        ElixirVersions.usedBy(project, a.module().app()))).orElse(null), startedOutside,
                f.ownChildSpec() == null ? List.of() : f.ownChildSpec().params());
    }

    /**
     * The GenServer calls and casts and the sends other modules' production code makes to its process, each as
     * {@code file:line: GenServer.cast {:put, key} in Reaper.Cache.cache/2}, in the order found.
     */
    private static List<String> outsideSends(ProcessModule m, ProjectFacts project) {
        List<String> out = new ArrayList<>();
        List<MessageSend> sends = new ArrayList<>(m.sendsToIt());
        sends.addAll(unresolvedSends(m, project));
        for (MessageSend s : sends) {
            boolean direct = s.kind() == MessageSend.Kind.GENSERVER_CALL || s.kind() == MessageSend.Kind.GENSERVER_CAST
                    || s.kind() == MessageSend.Kind.SEND;
            if (!direct || s.inTest() || s.module() == null || s.module().equals(m.name()) || s.location() == null) {
                continue;
            }
            String text = s.location().file() + ":" + s.location().line() + ": " + s.kind().label() + " "
                    + (s.message() == null ? "" : s.message().replaceAll("\\s+", " ")) + " in " + s.module()
                    + (s.function() == null ? "" : "." + s.function());
            if (!out.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * Calls and casts whose target the linker could not resolve ({@code via(cache)} through a Horde registry, a pid),
     * written in a module that names this one, with a tag only this module's handle_call (or handle_cast) takes:
     * {@code Reaper.Cache} casts {@code {:put, key}} to the {@code Reaper.Cache.Server} its child_spec starts.
     */
    private static List<MessageSend> unresolvedSends(ProcessModule m, ProjectFacts project) {
        Set<String> calls = new java.util.HashSet<>();
        Set<String> casts = new java.util.HashSet<>();
        for (ClauseSummary c : m.facts().clauses()) {
            if (c.messageTag() != null && !c.catchAll()) {
                (c.callback().equals("handle_call") ? calls : c.callback().equals("handle_cast") ? casts
                        : new java.util.HashSet<String>()).add(c.messageTag());
            }
        }
        Set<String> naming = new java.util.HashSet<>();
        for (FileFacts f : project.productionFiles()) {
            for (io.github.otpadvisor.facts.ModuleRef r : f.moduleRefs()) {
                if (r.name().equals(m.name()) && r.fromModule() != null && !r.fromModule().equals(m.name())) {
                    naming.add(r.fromModule());
                }
            }
        }
        List<MessageSend> out = new ArrayList<>();
        for (MessageSend s : project.sends()) {
            var kind = s.target() == null ? null : s.target().kind();
            boolean unresolved = kind == io.github.otpadvisor.facts.Target.Kind.VIA
                    || kind == io.github.otpadvisor.facts.Target.Kind.VARIABLE;
            boolean tag = s.messageTag() != null && (s.kind() == MessageSend.Kind.GENSERVER_CALL
                    ? calls.contains(s.messageTag()) : s.kind() == MessageSend.Kind.GENSERVER_CAST
                    && casts.contains(s.messageTag()));
            if (unresolved && tag && s.module() != null && naming.contains(s.module())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Its own functions other than start_link that start its process ({@code name/arity}). */
    private static Set<String> ownStarts(ProcessModule m, ProjectFacts project) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (io.github.otpadvisor.facts.StartSite s : project.startSitesFor(m.name(), m.app())) {
            // start/N is one of its own start functions too, but no sketch writes it: it is named as to change
            if (m.name().equals(s.module()) && m.name().equals(s.startedModule()) && s.function() != null
                    && (!s.inOwnStartLink() || s.function().startsWith("start/"))
                    && !s.function().startsWith("start_link/")
                    && s.call() != null && (s.call().startsWith("GenServer.") || s.call().startsWith("Agent.start"))) {
                out.add(s.function());
            }
        }
        return out;
    }

    /** {@code file:line} of each public function's first clause. */
    private static Map<String, String> where(ModuleFacts f) {
        Map<String, String> out = new LinkedHashMap<>();
        f.functions().stream().filter(FunctionInfo::isPublic).forEach(fn -> out.putIfAbsent(fn.key(),
                fn.file() + ":" + fn.line()));
        return out;
    }

    /** {@code shutdown: 10_000} in a child spec as written. */
    private static final Pattern SHUTDOWN = Pattern.compile("(?<![\\w:])shutdown: (:infinity|:brutal_kill|[0-9][0-9_]*)\\b");

    /**
     * The {@code restart:}/{@code shutdown:} every production start of the module gives it (its children entries, the
     * start_child calls that start it: {@code %{id: id, start: {..}, restart: :transient}}), printed as a use line
     * would ({@code :transient}); an option some start leaves out or gives another value is not the module's.
     * A sketch that starts it another way keeps them on its use line.
     */
    static Map<String, String> startOptions(ProcessModule m, ProjectFacts project) {
        List<io.github.otpadvisor.facts.ChildSpec> specs = new ArrayList<>();
        for (SupervisedBy s : m.supervisedBy()) {
            boolean test = project.filesAt(s.file()).stream().anyMatch(FileFacts::test);
            if (!test && s.spec() != null) {
                specs.add(s.spec());
            }
        }
        for (io.github.otpadvisor.facts.StartSite s : project.startSitesFor(m.name(), m.app())) {
            if (s.kind() == io.github.otpadvisor.facts.StartSite.Kind.DYNAMIC_START_CHILD && !s.inTest()
                    && !s.inScript() && m.name().equals(s.startedModule()) && s.child() != null) {
                specs.add(s.child());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (specs.isEmpty()) {
            return out;
        }
        java.util.Set<String> restarts = new java.util.HashSet<>();
        java.util.Set<String> shutdowns = new java.util.HashSet<>();
        for (io.github.otpadvisor.facts.ChildSpec c : specs) {
            restarts.add(c.restart() == null ? "" : c.restart());
            Matcher sh = SHUTDOWN.matcher(c.text() == null ? "" : c.text());
            shutdowns.add(sh.find() ? sh.group(1) : "");
        }
        String restart = restarts.size() == 1 ? restarts.iterator().next() : "";
        if (restart.matches("permanent|transient|temporary")) {
            out.put("restart", ":" + restart);
        }
        String shutdown = shutdowns.size() == 1 ? shutdowns.iterator().next() : "";
        if (!shutdown.isEmpty()) {
            out.put("shutdown", shutdown);
        }
        return out;
    }

    /** Its API functions, each with its code only when every clause is safe in a fence. */
    private static List<io.github.otpadvisor.facts.ApiFunction> api(ModuleFacts f) {
        List<io.github.otpadvisor.facts.ApiFunction> out = new ArrayList<>();
        for (io.github.otpadvisor.facts.ApiFunction fn : f.api()) {
            boolean movable = fn.clauses().stream().allMatch(c -> movable(c.head()) != null
                    && (c.body() == null || movable(c.body()) != null));
            out.add(movable ? fn : new io.github.otpadvisor.facts.ApiFunction(fn.name(), fn.arity(), fn.reads(),
                    fn.writes(), fn.messages(), List.of(), false, null, fn.params()));
        }
        return out;
    }

    /** {@code Keyword.fetch!(opts, :schema)}, {@code Keyword.pop!(opts, :name)}: a key the start cannot do without. */
    private static final Pattern FETCH = Pattern.compile("Keyword\\.(?:fetch!|pop!)\\(([a-z_][A-Za-z0-9_]*), :([a-z_][A-Za-z0-9_]*)\\)");

    /** How production code starts it: its children entry, else a start_child call, and the keys it requires. */
    private static TodayStart start(ProcessModule m, ModuleFacts f, ProjectFacts project) {
        TodayStart t = firstStart(m, f, project);
        TodayStart.Site entry = StartSites.entry(m, project);
        TodayStart.Site dynamic = StartSites.dynamic(m, project);
        TodayStart.Site call = StartSites.call(m, project);
        if (entry == null && dynamic == null && call == null && !t.requiredKeys().isEmpty()) {
            call = StartSites.named(m, project); // only where a placeholder needs someone to point at
        }
        return new TodayStart(t.spec(), t.where(), t.by(), t.requiredKeys(), entry, dynamic, call,
                StartSites.arity(f), entry == null && dynamic == null ? StartSites.indirect(m, project) : null);
    }

    private static TodayStart firstStart(ProcessModule m, ModuleFacts f, ProjectFacts project) {
        List<String> keys = new ArrayList<>();
        if (f.startLink() != null) {
            requiredKeys(f.startLink().params(), f.startLink().body(), keys);
        }
        if (f.init() != null && f.init().body() != null) {
            requiredKeys(f.init().body().param(), f.init().body().text(), keys);
        }
        for (SupervisedBy s : m.supervisedBy()) {
            boolean test = project.filesAt(s.file()).stream().anyMatch(FileFacts::test);
            String text = s.spec() == null ? null : s.spec().text();
            if (!test && oneLineSpec(text)) {
                int line = s.spec().location() == null ? 0 : s.spec().location().line();
                String owner = s.list() == null || s.list().module() == null ? "its supervisor" : s.list().module();
                return new TodayStart(text, s.file() + (line > 0 ? ":" + line : ""), owner + "'s children", keys);
            }
        }
        for (io.github.otpadvisor.facts.StartSite s : project.startSitesFor(m.name(), m.app())) {
            if (s.kind() == io.github.otpadvisor.facts.StartSite.Kind.DYNAMIC_START_CHILD && !s.inTest()
                    && m.name().equals(s.startedModule()) && s.child() != null && oneLineSpec(s.child().text())) {
                String where = s.location() == null ? null : s.location().file() + ":" + s.location().line();
                String by = s.call().replaceFirst("/\\d+$", "") + (s.function() == null ? ""
                        : " in " + (s.module() == null ? "" : s.module() + ".") + s.function());
                // Written in the module itself, __MODULE__ is the module: the test names it.
                String spec = m.name().equals(s.module()) ? s.child().text().replace("__MODULE__", m.name())
                        : s.child().text();
                return new TodayStart(spec, where, by, keys);
            }
        }
        return new TodayStart(null, null, null, keys);
    }

    private static boolean oneLineSpec(String text) {
        return text != null && !text.contains("\n") && text.length() <= 100 && SketchNames.fenceSafe(text)
                && Messages.parses(text);
    }

    private static void requiredKeys(String param, String body, List<String> out) {
        if (param == null || body == null) {
            return;
        }
        Matcher m = FETCH.matcher(body);
        while (m.find()) {
            if (param.matches(".*\\b" + m.group(1) + "\\b.*") && !out.contains(m.group(2))) {
                out.add(m.group(2));
            }
        }
    }

    /** Every callback clause as written, when head and body are safe in a fence; else with what is known. */
    private static List<TodayCode.Clause> callbacks(ModuleFacts f) {
        List<TodayCode.Clause> out = new ArrayList<>();
        for (ClauseSummary c : f.clauses()) {
            String head = movable(c.headText());
            String body = movable(c.text());
            // The clause's location is its name's (def sits before it): callbacks are always public.
            if (head != null && !head.startsWith("def ")) {
                head = head.startsWith(c.callback() + "(") ? "def " + head : null;
            }
            out.add(new TodayCode.Clause(c.callback(), c.arity(), c.message(), head, body,
                    c.location() == null ? null : c.location().file() + ":" + c.location().line()));
        }
        return out;
    }

    /** Code as written that a sketch may move: several lines, safe in a fence. */
    static String movable(String text) {
        return text != null && SketchNames.fenceSafe(text) && !text.contains("\r") ? text : null;
    }

    private static TodayCode.Init init(InitSummary init) {
        if (init == null || init.body() == null || movable(init.body().text()) == null
                || !Messages.parses("fn " + init.body().param() + " -> :ok end")) {
            return null;
        }
        String param = init.body().param();
        // A keyword list as the only argument is written without its brackets.
        if (param.startsWith("[") && param.endsWith("]") && param.matches("^\\[[a-z_][A-Za-z0-9_]*: .*")) {
            param = param.substring(1, param.length() - 1);
        }
        return new TodayCode.Init(param, init.body().text());
    }

    /** The module's own Agent calls whose code the facts kept. */
    private static List<TodayCode.AgentCall> agentCalls(ModuleFacts f, FileFacts file) {
        List<TodayCode.AgentCall> out = new ArrayList<>();
        if (file == null) {
            return out;
        }
        for (MessageSend s : file.sends()) {
            MessageSend.AgentCode code = s.agentCode();
            if (!s.kind().agent() || code == null || !f.name().equals(s.module()) || s.function() == null
                    || movable(code.fn()) == null || movable(code.caller()) == null) {
                continue;
            }
            boolean isPublic = f.function(s.function()).map(FunctionInfo::isPublic).orElse(false);
            String kind = s.kind().label().substring("Agent.".length());
            if (code.params() == null || !Messages.parses("fn " + code.params() + " -> :ok end")) {
                continue;
            }
            out.add(new TodayCode.AgentCall(s.function(), isPublic, kind, code.fn(), code.call(), code.caller(),
                    code.params()));
        }
        return out;
    }

    private static List<Handler> handlers(ModuleFacts f, ProjectFacts project) {
        List<Handler> out = new ArrayList<>();
        for (ClauseSummary c : f.clauses()) {
            if (CALLBACKS.contains(c.callback()) && (!c.catchAll() || onlyUntagged(f, c))
                    && (c.messageTag() != null || c.message() != null)) {
                out.add(new Handler(c.callback(), c.message(), c.messageTag() == null ? "" : c.messageTag(),
                        c.stateVar(), result(c), movable(c.body()),
                        c.location() == null ? null : c.location().file() + ":" + c.location().line(), io(c),
                        c.readsState() || c.stateResult() != StateResult.SAME && c.stateResult() != StateResult.NONE,
                        standalone(c, f, project), c.pureReply(), dotFields(c)));
            }
        }
        return out;
    }

    /** The fields a clause reads as {@code state.field} (not {@code Map.get}, which gives nil for a missing one). */
    private static List<String> dotFields(ClauseSummary c) {
        if (c.stateVar() == null) {
            return List.of();
        }
        return c.stateOps().stream().filter(o -> o.kind() == io.github.otpadvisor.facts.StateOp.Kind.GET
                && o.key() != null && o.text() != null && o.text().startsWith(c.stateVar() + "."))
                .map(o -> o.key().replaceFirst("^:", "")).distinct().toList();
    }

    /**
     * A call or cast clause whose message is a bare variable and that is the only clause of its callback: the message
     * is what the client passes as it is (ElixirTorrent's BlackList casts the peer id), not a fallback.
     */
    private static boolean onlyUntagged(ModuleFacts f, ClauseSummary c) {
        return (c.callback().equals("handle_call") || c.callback().equals("handle_cast")) && c.message() != null
                && c.message().strip().matches("[a-z][A-Za-z0-9_]*")
                && f.clauses().stream().filter(x -> x.callback().equals(c.callback())).count() == 1;
    }

    /** Effects that need the clause to run in its own process (an ETS table it owns, a link, a receive...). */
    private static final java.util.Set<Signal.Kind> OWN_PROCESS = java.util.EnumSet.of(Signal.Kind.ETS_NEW,
            Signal.Kind.ETS_ACCESS, Signal.Kind.LINK, Signal.Kind.TRAP_EXIT, Signal.Kind.RECEIVE, Signal.Kind.PORT,
            Signal.Kind.SOCKET, Signal.Kind.HARDWARE, Signal.Kind.PROCESS_CALL);

    /**
     * A test may call the clause as a function ({@link Handler#standalone()}): also no call of another process module
     * of the project through its API (aprs.me's {@code SignalHandler} calls {@code ShutdownHandler.shutdown()}, which
     * would stop the application the test runs in).
     */
    private static boolean standalone(ClauseSummary c, ModuleFacts f, ProjectFacts project) {
        return !c.guarded() && c.text() != null && !callsProcessModule(c.text(), f, project)
                && c.effects().stream().noneMatch(s -> OWN_PROCESS.contains(s.kind()));
    }

    private static final Pattern REMOTE = Pattern.compile(
            "(?<![\\w.:@])((?:[A-Z][A-Za-z0-9_]*\\.)+[a-z_][A-Za-z0-9_]*[?!]?)\\(");

    /**
     * {@code body} calls a function of a process module of the project ({@code ShutdownHandler.shutdown()}), resolved
     * through the module's calls ({@code Aprsme.ShutdownHandler.shutdown/0}), or a function of another module of the
     * project that calls a process or a PubSub itself (gristle's {@code Common.Utils.Comms.dispatch_cast/3} casts to
     * what a Registry holds: called in a test, the Registry is not there).
     */
    private static boolean callsProcessModule(String body, ModuleFacts f, ProjectFacts project) {
        Matcher m = REMOTE.matcher(body);
        while (m.find()) {
            String written = m.group(1);
            for (String call : f.callsTo()) {
                int slash = call.lastIndexOf('/');
                String name = slash < 0 ? call : call.substring(0, slash);
                if (!(name.equals(written) || name.endsWith("." + written)) || name.startsWith(f.name() + ".")) {
                    continue;
                }
                String module = name.substring(0, name.lastIndexOf('.'));
                String key = slash < 0 ? null : call.substring(module.length() + 1); // dispatch_cast/3
                if (project.processModule(module).isPresent() || key != null && project.module(module)
                        .map(callee -> callee.signals().stream().anyMatch(s -> key.equals(s.function())
                                && (OWN_PROCESS.contains(s.kind()) || s.kind() == Signal.Kind.PUBSUB))).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The clause's first external I/O, as {@code text at file:line}, or null. */
    private static String io(ClauseSummary c) {
        return c.effects().stream().filter(s -> s.kind().externalIo() && s.kind() != Signal.Kind.PORT
                && s.kind() != Signal.Kind.SOCKET).findFirst().map(s -> oneLine(s.text())
                + (s.location() == null ? "" : " at " + s.location().file() + ":" + s.location().line())).orElse(null);
    }

    /** The clause's only return, on one line, when it parses. */
    private static String result(ClauseSummary c) {
        if (c.returns().size() != 1 || c.returns().get(0).text() == null) {
            return null;
        }
        String s = oneLine(c.returns().get(0).text());
        return s != null && s.length() <= 160 && SketchNames.fenceSafe(s) && Messages.parses(s) ? s : null;
    }

    /** Code laid out on several lines, on one (null when a string literal could span lines). */
    private static String oneLine(String text) {
        if (text.contains("\"\"\"") || text.contains("~")) {
            return null;
        }
        return text.strip().replaceAll("\\s*\\n\\s*", " ").replace("{ ", "{").replace("%{ ", "%{")
                .replace(" }", "}");
    }

    private static String initState(InitSummary init) {
        String s = init == null || init.stateText() == null ? null : oneLine(init.stateText());
        return s != null && s.length() <= 80 && SketchNames.fenceSafe(s) && !s.contains("@")
                && Messages.parses(s) && Messages.freeVariables(s).isEmpty() ? s : null;
    }

    private static List<InitCall> initCalls(InitSummary init) {
        if (init == null) {
            return List.of();
        }
        List<InitCall> out = new ArrayList<>();
        for (Signal s : init.signals()) {
            String tag = switch (s.kind()) {
                case SEND_AFTER, TIMER -> firstAtom(s.text());
                case MONITOR -> "DOWN";
                case TRAP_EXIT -> "EXIT";
                default -> "";
            };
            if (tag == null || !tag.isEmpty()) {
                out.add(new InitCall(s.text(), tag, s.location() == null ? 0 : s.location().line()));
            }
        }
        return out;
    }

    /** The spec a production children list starts the module with, when it is one short line of Elixir. */
    private static String appChild(ProcessModule m, ProjectFacts project) {
        for (SupervisedBy s : m.supervisedBy()) {
            boolean test = project.filesAt(s.file()).stream().anyMatch(FileFacts::test);
            String text = s.spec() == null ? null : s.spec().text();
            if (!test && text != null && !text.contains("\n") && text.length() <= 100 && SketchNames.fenceSafe(text)
                    && Messages.parses(text)) {
                return text;
            }
        }
        return null;
    }

    /** The message a timer call sends: its first atom that is not a module, or null. */
    static String firstAtom(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ATOM.matcher(text);
        while (m.find()) {
            String atom = m.group(1);
            if (!atom.equals("infinity") && !atom.equals("ok")) {
                return atom;
            }
        }
        return null;
    }

    /** The findings of the module itself, each with the code at its line when the facts hold it. */
    private static List<Fix> fixes(ModuleFacts f, List<Finding> findings, String module, ProjectFacts project) {
        List<io.github.otpadvisor.facts.StartSite> starts = project.fileOf(module).map(FileFacts::startSites)
                .orElse(List.of()).stream().filter(s -> module.equals(s.module())).toList();
        List<Fix> out = new ArrayList<>();
        for (Finding x : findings) {
            if (x.module() != null && !x.module().equals(module)) {
                continue;
            }
            out.add(new Fix(x.ruleId(), x.file() + ":" + x.line(), x.message(), codeAt(f, starts, x.file(), x.line()),
                    writtenAt(starts, x.file(), x.line()),
                    "OTP013".equals(x.ruleId()) ? SlowInitCalls.of(f, x.file(), x.message()) : null,
                    "OTP013".equals(x.ruleId()) ? SlowInitCalls.tableMakers(f, namedTables(project, module)) : null));
        }
        // a child it starts that comes back after ending itself (OTP018): its restart is what this one does with it
        // (dara-dots' RpsGameSupervisor starts RockPaperScissors :permanent; a reader: "nothing to change misses the
        // child spec")
        java.util.Set<String> children = startedChildren(module, project);
        for (Finding x : findings) {
            if ("OTP018".equals(x.ruleId()) && x.module() != null && children.contains(x.module())) {
                out.add(new Fix(x.ruleId(), x.file() + ":" + x.line(), x.message(), null, null, null, null,
                        x.module()));
            }
        }
        return out;
    }

    /** The modules {@code module}'s own code starts as children: its start_child calls and its children lists. */
    private static java.util.Set<String> startedChildren(String module, ProjectFacts project) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        project.fileOf(module).ifPresent(file -> {
            file.startSites().stream().filter(s -> module.equals(s.module()) && !s.inTest() && s.startedModule() != null
                    && s.kind() == io.github.otpadvisor.facts.StartSite.Kind.DYNAMIC_START_CHILD)
                    .forEach(s -> out.add(s.startedModule()));
            file.childrenLists().stream().filter(l -> module.equals(l.module()))
                    .flatMap(l -> l.children().stream()).filter(c -> c.module() != null)
                    .forEach(c -> out.add(c.module()));
        });
        out.remove(module);
        return out;
    }

    /** Where the module's named ETS tables are created: other processes read those by name. */
    private static java.util.Set<io.github.otpadvisor.facts.Location> namedTables(ProjectFacts project, String module) {
        java.util.Set<io.github.otpadvisor.facts.Location> out = new java.util.HashSet<>();
        project.fileOf(module).ifPresent(file -> file.etsTables().stream()
                .filter(t -> t.named() && module.equals(t.module())).forEach(t -> out.add(t.location())));
        return out;
    }

    /** The whole start call at {@code line} of {@code file} as written, when it is safe in a fence. */
    private static String writtenAt(List<io.github.otpadvisor.facts.StartSite> starts, String file, int line) {
        for (io.github.otpadvisor.facts.StartSite s : starts) {
            if (s.written() != null && s.location() != null && s.location().line() == line
                    && sameFile(s.location().file(), file)) {
                return movable(s.written());
            }
        }
        return null;
    }

    /** A signal's call, a start call or a callback clause's head written at {@code line} of {@code file}. */
    private static String codeAt(ModuleFacts f, List<io.github.otpadvisor.facts.StartSite> starts, String file,
                                 int line) {
        for (io.github.otpadvisor.facts.StartSite s : starts) {
            if (s.text() != null && s.location() != null && s.location().line() == line
                    && sameFile(s.location().file(), file)) {
                return s.text();
            }
        }
        for (Signal s : f.signals()) {
            if (s.location() != null && s.location().line() == line && sameFile(s.location().file(), file)) {
                return s.text();
            }
        }
        for (ClauseSummary c : f.clauses()) {
            if (c.location() != null && c.location().line() == line && sameFile(c.location().file(), file)
                    && c.message() != null) {
                String state = c.stateVar() != null && ElixirNames.isVariable(c.stateVar()) ? c.stateVar() : "state";
                return "def " + c.callback() + "(" + c.message() + (c.arity() == 3 ? ", from, " + state + ")"
                        : c.arity() == 2 ? ", " + state + ")" : ")");
            }
        }
        return null;
    }

    private static boolean sameFile(String a, String b) {
        return a == null || b == null || a.equals(b) || a.endsWith("/" + b) || b.endsWith("/" + a);
    }
}
