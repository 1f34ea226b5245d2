package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.ReturnShape;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.Simplicity;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.StateOp;
import io.github.otpadvisor.facts.StateResult;
import io.github.otpadvisor.facts.Target;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the runtime properties of a process module from its facts and links (RULEBOOK §2). When
 * the code does not tell, it answers the way that raises no red flag and says so in the evidence.
 */
final class PropertyInference {
    private static final Set<String> HANDLERS = Set.of("handle_call", "handle_cast", "handle_info", "handle_continue");
    /** The tags of the messages a socket in active mode sends its owner. */
    private static final Set<String> SOCKET_MESSAGES = Set.of("tcp", "tcp_closed", "tcp_error", "tcp_passive", "ssl",
            "ssl_closed", "ssl_error", "ssl_passive", "udp", "udp_error", "udp_passive");

    private final ModuleFacts m;
    private final String file;
    private final ModuleLinks links;
    private final Map<Property, PropertyValue> out = new EnumMap<>(Property.class);

    /** The external I/O its handlers reach through other modules' functions ({@link HandlerIo}). */
    private final List<Evidence> reachedIo;
    private final List<Evidence> reachedWrites;

    private PropertyInference(ModuleFacts m, String file, ModuleLinks links, List<Evidence> reachedIo,
                              List<Evidence> reachedWrites) {
        this.m = m;
        this.file = file;
        this.links = links;
        this.reachedIo = reachedIo;
        this.reachedWrites = reachedWrites;
    }

    static RuntimeProperties infer(ModuleLinks links, List<Evidence> reachedIo) {
        return infer(links, reachedIo, List.of());
    }

    /** The same, with the database writes its callbacks reach through other modules ({@link HandlerIo}). */
    static RuntimeProperties infer(ModuleLinks links, List<Evidence> reachedIo, List<Evidence> reachedWrites) {
        return infer(links, reachedIo, reachedWrites, List.of());
    }

    /** The same, with the tasks and processes its own code starts ({@code Task.async} in a handle_info). */
    static RuntimeProperties infer(ModuleLinks links, List<Evidence> reachedIo, List<Evidence> reachedWrites,
                                   List<StartSite> asyncStarts) {
        return infer(links, reachedIo, reachedWrites, asyncStarts, List.of());
    }

    /** The same, with the calls of unknown effect its callbacks make ({@link UnknownCalls}). */
    static RuntimeProperties infer(ModuleLinks links, List<Evidence> reachedIo, List<Evidence> reachedWrites,
                                   List<StartSite> asyncStarts, List<Evidence> mayDoIo) {
        PropertyInference p = new PropertyInference(links.facts(), links.file(), links, reachedIo, reachedWrites);
        p.asyncStarts = asyncStarts;
        p.run();
        return new RuntimeProperties(links.name(), p.out, p.out.get(Property.ISOLATION_NEED).value() ? List.of()
                : mayDoIo);
    }

    /** Tasks and processes its own code starts: work that runs beside its process. */
    private List<StartSite> asyncStarts = List.of();

    private void put(Property p, boolean v, List<Evidence> ev) {
        out.put(p, new PropertyValue(v, ev));
    }

    private Evidence at(Location l, String text) {
        return Evidence.at(l == null ? m.location() : l, text);
    }

    private void run() {
        Abstraction abs = m.abstraction();
        timeouts();
        monitors();
        handlesInfo();
        isolation();
        holdsState();
        simpleGetUpdate();
        dynamicChildren();
        oneOffAsync();
        singletonAndEntity();
        concurrency();
        manyReaders();
        requestPath();
        // stateless: none of holds state, timeouts, monitors, handles info, isolation need
        List<Evidence> why = new ArrayList<>();
        boolean stateless;
        if (abs.isSupervisor()) {
            stateless = false;
            why.add(at(m.location(), "a " + abs.label() + " supervises processes; the question does not apply"));
        } else {
            List<Property> set = new ArrayList<>();
            for (Property p : List.of(Property.HOLDS_STATE, Property.TIMEOUTS, Property.MONITORS_LINKS,
                    Property.HANDLES_INFO, Property.ISOLATION_NEED)) {
                if (out.get(p).value()) {
                    set.add(p);
                }
            }
            stateless = set.isEmpty() && !out.get(Property.ONE_OFF_ASYNC).value();
            if (stateless) {
                why.add(at(m.location(), "no state carried between operations, no timeouts, monitors, info handling "
                        + "or owned resources were found"));
                why.addAll(out.get(Property.HOLDS_STATE).evidence());
            } else {
                for (Property p : set) {
                    why.add(at(m.location(), "not stateless: " + p.label()));
                }
                if (out.get(Property.ONE_OFF_ASYNC).value()) {
                    why.add(at(m.location(), "not stateless: runs asynchronous one-off work"));
                }
            }
        }
        put(Property.STATELESS, stateless, why);
        PurposeIdioms.infer(links, out, reachedWrites);
    }

    private List<ClauseSummary> handlers() {
        return m.clauses().stream().filter(c -> HANDLERS.contains(c.callback())).toList();
    }

    private void timeouts() {
        List<Evidence> ev = new ArrayList<>();
        for (Signal s : m.signals()) {
            // :timer.apply_after(t, M, :f, args) calls a function once from the :timer server: nothing the process
            // receives or handles (bolt's USW.Deduplicator expires entries that way)
            if (s.kind() == Signal.Kind.SEND_AFTER
                    || s.kind() == Signal.Kind.TIMER && !s.text().startsWith(":timer.apply_after(")) {
                ev.add(at(s.location(), "timer: " + s.text()));
            }
        }
        // :hibernate only shrinks the heap between messages (an Agent's hibernate_after does the same): no timeout.
        // A gen_statem's returns have other shapes ({:ok, state, data} is no timeout): only its timers count.
        boolean statem = m.abstraction() == Abstraction.GEN_STATEM;
        for (ClauseSummary c : statem ? List.<ClauseSummary>of() : m.clauses()) {
            for (ReturnShape r : c.returns()) {
                if (r.extra() != null && !r.hibernates() && !r.continues()) {
                    // {:continue, x} runs handle_continue/2 next, before any message: a step of its own, no timeout
                    ev.add(at(r.location(), c.head() + " returns a " + r.extra() + ": " + r.text()));
                }
            }
        }
        if (m.init() != null && !statem) {
            for (ReturnShape r : m.init().returns()) {
                if (r.extra() != null && !r.hibernates() && !r.continues()) {
                    ev.add(at(r.location(), "init/1 returns a " + r.extra() + ": " + r.text()));
                }
            }
        }
        put(Property.TIMEOUTS, !ev.isEmpty(), ev);
    }

    private void monitors() {
        List<Evidence> ev = new ArrayList<>();
        for (Signal s : m.signals()) {
            if (s.kind() == Signal.Kind.MONITOR || s.kind() == Signal.Kind.LINK || s.kind() == Signal.Kind.TRAP_EXIT) {
                ev.add(at(s.location(), s.kind().name().toLowerCase().replace('_', ' ') + ": " + s.text()));
            }
        }
        for (ClauseSummary c : m.clauses("handle_info")) {
            if ("DOWN".equals(c.messageTag()) || "EXIT".equals(c.messageTag())) {
                ev.add(at(c.location(), c.head() + " handles :" + c.messageTag() + " messages"));
            }
        }
        put(Property.MONITORS_LINKS, !ev.isEmpty(), ev);
    }

    private void handlesInfo() {
        List<Evidence> ev = new ArrayList<>();
        List<Evidence> ignored = new ArrayList<>();
        Signal subscription = subscription();
        // a catch-all that is the only clause handles what init/1 subscribed to (hydra-srt's ErlSysMon logs the VM's
        // monitor events): elsewhere it is the usual guard against stray messages
        boolean onlyCatchAll = m.clauses("handle_info").stream().allMatch(ClauseSummary::catchAll);
        for (ClauseSummary c : m.clauses("handle_info")) {
            if (c.ignoresMessage() && subscription != null && (!c.catchAll() || onlyCatchAll)) {
                // logging what it subscribed to is what it is for (spawn's SpawnSdkExample.Subscriber)
                ev.add(at(c.location(), c.head() + " receives what init/1 subscribes to (" + subscription.text()
                        + ")"));
            } else if (c.ignoresMessage() && !c.catchAll() && sentFromElsewhere(c.messageTag())) {
                // a tag of its own kind that nothing in the module sends (sensocto's Iroh.ConnectionManager: gossip
                // events the native node it created sends to it): it is a destination, which an Agent cannot be
                ev.add(at(c.location(), c.head() + " receives :" + c.messageTag() + " from outside the module (even"
                        + " where it only logs it)"));
            } else if (c.ignoresMessage()) {
                ignored.add(at(c.location(), c.head() + " only logs or ignores the message"));
            } else {
                ev.add(at(c.location(), c.head() + " does work on a message"));
            }
        }
        for (ClauseSummary c : m.clauses("handle_continue")) {
            // work continued after init/1 returns (edgehog's Deployment.Starter loads and starts deployments there):
            // an Agent has no such step. A continue is no timeout, so it is counted here.
            if (!c.ignoresMessage()) {
                ev.add(at(c.location(), c.head() + " runs work after init/1 returns"));
                break;
            }
        }
        if (m.abstraction() == Abstraction.GEN_STATEM) {
            ev.add(at(m.location(), "a gen_statem handles events of every kind (assumed)"));
        }
        if (m.abstraction() == Abstraction.TASK || m.abstraction() == Abstraction.AGENT) {
            for (FunctionInfo f : m.functions()) {
                if (f.receiveLoop()) {
                    ev.add(at(f.location(), f.key() + " runs a receive loop"));
                }
            }
        }
        put(Property.HANDLES_INFO, !ev.isEmpty(), ev.isEmpty() ? ignored : ev);
    }

    /**
     * A message tag of the project's or a library's own kind that the module does not send itself: not a socket's or
     * a monitor's, not a timer's, not one of the stray replies HTTP clients leak ({@code :ssl_closed}).
     */
    private boolean sentFromElsewhere(String tag) {
        if (tag == null || SOCKET_MESSAGES.contains(tag) || STRAY.contains(tag) || tag.startsWith("gun_")
                || tag.startsWith("hackney")) {
            return false;
        }
        return m.signals().stream().noneMatch(x -> x.text() != null && x.text().contains(":" + tag));
    }

    /** Messages a process gets without asking for them: monitors, links, timeouts, node events, stray replies. */
    private static final Set<String> STRAY = Set.of("DOWN", "EXIT", "timeout", "nodeup", "nodedown", "http",
            "EXIT_SIGNAL", "basic_cancel", "basic_cancel_ok", "basic_consume_ok", "io_reply", "system");

    /** Calls after which messages come to the caller: a subscription, node or VM monitor events. */
    private static final java.util.regex.Pattern SUBSCRIBES = java.util.regex.Pattern.compile(
            "\\.(subscribe|join|system_monitor|monitor_nodes|trace)\\(");

    /**
     * A subscription init/1 makes ({@code Phoenix.PubSub.subscribe}, {@code :pg.join},
     * {@code :erlang.system_monitor(self(), ..)}), or null.
     */
    private Signal subscription() {
        InitSummary init = m.init();
        return init == null ? null : init.signals().stream().filter(s -> s.kind() == Signal.Kind.PUBSUB
                && SUBSCRIBES.matcher(s.text()).find()).findFirst().orElse(null);
    }

    private void isolation() {
        List<Evidence> ev = new ArrayList<>();
        for (Signal s : m.signals()) {
            switch (s.kind()) {
                case TRAP_EXIT -> ev.add(at(s.location(), "traps exits: " + s.text()));
                case PORT -> ev.add(at(s.location(), "opens a port: " + s.text()));
                case HARDWARE -> ev.add(at(s.location(), "opens hardware it then owns: " + s.text()));
                case SOCKET -> ev.add(at(s.location(), "uses a socket: " + s.text()));
                default -> {
                }
            }
        }
        for (ClauseSummary c : m.clauses("handle_info")) {
            // {:tcp, socket, data} and its kin arrive from a socket in active mode: it owns that socket. A clause that
            // only drops them tidies up after an HTTP client's leaked messages (hackney's :ssl_closed): no socket of its own
            if (c.messageTag() != null && SOCKET_MESSAGES.contains(c.messageTag()) && !c.ignoresMessage()) {
                ev.add(at(c.location(), c.head() + " receives socket messages (:" + c.messageTag() + ")"));
            }
        }
        for (EtsTable t : links.ownedTables()) {
            ev.add(at(t.location(), "owns ETS table " + t.name() + " created in " + t.function()));
        }
        if (m.abstraction() == Abstraction.GEN_STATEM) {
            // its state functions are no handle_* clauses: what they open or call is read from the module's signals
            // (nostrum's Shard.Session opens its gun websocket in connecting_http/3)
            // callbacks and state functions take 3 or 4 arguments (init/1 too); a public function of another arity
            // is API run in its caller
            Set<String> own = Set.copyOf(m.functions().stream().filter(f -> !f.isPublic() || f.arity() == 3
                    || f.arity() == 4 || f.key().equals("init/1")).map(FunctionInfo::key).toList());
            for (Signal s : m.signals()) {
                if (s.kind().externalIo() && s.function() != null && own.contains(s.function())) {
                    ev.add(at(s.location(), s.function() + " does external I/O: " + s.text()));
                }
            }
        }
        for (ClauseSummary c : m.clauses()) {
            for (Signal s : c.effects()) {
                if (s.kind().externalIo()) {
                    ev.add(at(s.location(), c.head() + " does external I/O: " + s.text()));
                }
            }
        }
        if (m.init() != null) {
            for (Signal s : m.init().signals()) {
                if (s.kind().externalIo() && s.kind() != Signal.Kind.PORT && s.kind() != Signal.Kind.SOCKET
                        && s.kind() != Signal.Kind.HARDWARE) {
                    ev.add(at(s.location(), "init/1 does external I/O: " + s.text()));
                }
            }
        }
        ev.addAll(reachedIo);
        put(Property.ISOLATION_NEED, !ev.isEmpty(), dedupe(ev));
    }

    private void holdsState() {
        List<Evidence> ev = new ArrayList<>();
        List<Evidence> no = new ArrayList<>();
        Abstraction abs = m.abstraction();
        boolean holds = false;
        switch (abs) {
            case AGENT -> {
                holds = true;
                ev.add(at(m.location(), "an Agent holds its state between calls"));
            }
            case GEN_STATEM -> {
                holds = true;
                ev.add(at(m.location(), "a gen_statem keeps its state and data between events (assumed)"));
            }
            case SUPERVISOR, DYNAMIC_SUPERVISOR -> no.add(at(m.location(), "a supervisor keeps only its children"));
            case TASK -> {
                for (FunctionInfo f : m.functions()) {
                    if (f.receiveLoop()) {
                        holds = true;
                        ev.add(at(f.location(), f.key() + " loops on receive, carrying its arguments as state"));
                    }
                }
                if (!holds) {
                    no.add(at(m.location(), "a Task runs to completion and keeps no state"));
                }
            }
            case GENSERVER -> {
                for (ClauseSummary c : m.clauses()) {
                    if (!HANDLERS.contains(c.callback()) && !c.callback().equals("terminate")) {
                        continue;
                    }
                    if (c.readsState()) {
                        holds = true;
                        String ops = c.stateOps().stream().filter(o -> o.kind() != StateOp.Kind.REPLACE)
                                .map(StateOp::text).distinct().limit(3).reduce((a, b) -> a + ", " + b).orElse("");
                        ev.add(at(c.location(), c.head() + " reads the state" + (ops.isEmpty() ? "" : ": " + ops)));
                    }
                    if (c.stateResult() == StateResult.NEW) {
                        holds = true;
                        ev.add(at(c.location(), c.head() + " returns a new state"));
                    } else if (c.stateResult() == StateResult.UNKNOWN) {
                        holds = true;
                        ev.add(at(c.location(), c.head() + " returns through code not read here; state assumed kept"));
                    }
                }
                if (m.init() == null) {
                    holds = true;
                    ev.add(at(m.location(), "no init/1 found; state assumed kept"));
                } else if (m.init().state() == InitSummary.InitState.IGNORED && !holds) {
                    no.add(at(m.init().location(), "init/1 returns " + m.init().stateText()
                            + ": the process never runs"));
                } else if (m.init().state() == InitSummary.InitState.UNKNOWN) {
                    holds = true;
                    ev.add(at(m.init().location(), "init/1 returns state through code not read here; state assumed kept"));
                } else if (!holds) {
                    no.add(at(m.init().location(), "init/1 returns " + m.init().stateText()
                            + " and no callback reads or changes the state"));
                }
            }
            default -> {
            }
        }
        put(Property.HOLDS_STATE, holds, holds ? dedupe(ev) : no);
    }

    /**
     * A message whose handling chooses whether to change the state: the clauses that take the same tag (or the
     * returns of one clause) give the state back unchanged on one path and a new one on another (hex's Hex.Server:
     * reply true and mark, or reply false). A get split by the state's shape (not loaded yet, loaded) changes nothing
     * and stays a get. Null when no message does.
     */
    private static ClauseSummary branchesOnState(List<ClauseSummary> ops) {
        java.util.Map<String, java.util.Set<io.github.otpadvisor.facts.StateResult>> perTag = new java.util.HashMap<>();
        for (ClauseSummary c : ops) {
            String key = c.callback() + ":" + (c.messageTag() == null ? c.location() : c.messageTag());
            java.util.Set<io.github.otpadvisor.facts.StateResult> kinds = perTag.computeIfAbsent(key,
                    k -> java.util.EnumSet.noneOf(io.github.otpadvisor.facts.StateResult.class));
            c.returns().forEach(r -> kinds.add(r.state()));
            if (kinds.contains(io.github.otpadvisor.facts.StateResult.SAME)
                    && kinds.contains(io.github.otpadvisor.facts.StateResult.NEW)) {
                return c;
            }
        }
        return null;
    }

    private void simpleGetUpdate() {
        List<Evidence> ev = new ArrayList<>();
        boolean simple;
        List<Property> blockers = new ArrayList<>();
        for (Property p : List.of(Property.TIMEOUTS, Property.MONITORS_LINKS, Property.HANDLES_INFO,
                Property.ISOLATION_NEED)) {
            if (out.get(p).value()) {
                blockers.add(p);
            }
        }
        switch (m.abstraction()) {
            case GENSERVER -> {
                List<ClauseSummary> ops = m.clauses().stream()
                        .filter(c -> c.callback().equals("handle_call") || c.callback().equals("handle_cast")).toList();
                simple = !ops.isEmpty() && out.get(Property.HOLDS_STATE).value();
                for (ClauseSummary c : ops) {
                    if (c.simpleGetUpdate()) {
                        ev.add(at(c.location(), c.head() + " only " + describe(c)));
                    } else {
                        simple = false;
                        ev.add(at(c.location(), c.head() + " does more than get/update: " + whyNot(c)));
                    }
                }
                if (ops.isEmpty()) {
                    ev.add(at(m.location(), "no handle_call/handle_cast: not a get/update store"));
                }
                ClauseSummary branches = branchesOnState(ops);
                if (branches != null) {
                    // hex's Hex.Server: two clauses per tag, one replying true and marking the state, one replying
                    // false; as an Agent that choice would run inside get_and_update (GenServer envy, OTP006)
                    simple = false;
                    ev.add(at(branches.location(), branches.head() + " chooses whether to change the state: one path"
                            + " gives it back as it came, another a new one"));
                }
            }
            case AGENT -> {
                List<MessageSend> uses = links.sendsToIt().stream().filter(s -> s.kind().agent()).toList();
                simple = !uses.isEmpty();
                for (MessageSend s : uses) {
                    if (s.agentFunction() == Simplicity.SIMPLE) {
                        ev.add(at(s.location(), s.kind().label() + " with a plain get/update: " + s.message()));
                    } else {
                        simple = false;
                        ev.add(at(s.location(), s.kind().label() + (s.agentFunction() == Simplicity.COMPLEX
                                ? " runs logic inside the Agent: " : " with a function not read here: ") + s.message()));
                    }
                }
                if (uses.isEmpty()) {
                    ev.add(at(m.location(), "no Agent.get/update aimed at it by name was found"));
                }
            }
            default -> {
                simple = false;
                ev.add(at(m.location(), "a " + m.abstraction().label() + " is not a get/update store"));
            }
        }
        if (simple && !blockers.isEmpty()) {
            simple = false;
            for (Property p : blockers) {
                ev.add(at(m.location(), "but it also has " + p.label()));
            }
        }
        put(Property.SIMPLE_GET_UPDATE, simple, dedupe(ev));
    }

    private static String describe(ClauseSummary c) {
        List<String> parts = new ArrayList<>();
        for (StateOp o : c.stateOps()) {
            String k = switch (o.kind()) {
                case GET -> "reads";
                case PUT -> "puts";
                case UPDATE -> "updates";
                case DELETE -> "deletes";
                case REPLACE -> "replaces";
                case OTHER -> "uses";
            };
            String d = o.kind() == StateOp.Kind.REPLACE ? "replaces the state"
                    : k + (o.key() != null && !o.key().isEmpty() ? " key " + o.key() : "") + " of the state (" + o.text() + ")";
            if (!parts.contains(d)) {
                parts.add(d);
            }
        }
        return parts.isEmpty() ? "returns the state unchanged" : String.join(", ", parts);
    }

    private static String whyNot(ClauseSummary c) {
        if (c.stateResult() == StateResult.UNKNOWN) {
            return "its return is built by code not read here";
        }
        for (StateOp o : c.stateOps()) {
            if (!o.kind().simple()) {
                return "uses the whole state (" + o.text() + ")";
            }
        }
        for (Signal s : c.effects()) {
            if (s.kind().sideEffect()) {
                return "side effect " + s.text();
            }
        }
        for (Signal s : c.effects()) {
            if (s.kind() == Signal.Kind.FOREIGN_CALL) {
                return "calls " + s.text() + ", code beyond a get/update of the state";
            }
        }
        return "not a plain get/update";
    }

    private void dynamicChildren() {
        List<Evidence> ev = new ArrayList<>();
        if (m.abstraction() == Abstraction.DYNAMIC_SUPERVISOR) {
            ev.add(m.abstractionEvidence() != null ? m.abstractionEvidence() : at(m.location(), "a DynamicSupervisor"));
        }
        for (SupervisedBy s : links.supervisedBy()) {
            if ("simple_one_for_one".equals(s.list().strategy()) && s.list().source()
                    != io.github.otpadvisor.facts.ChildrenList.Source.APPLICATION_START) {
                // the template of a :simple_one_for_one supervisor: one is started per Supervisor.start_child
                ev.add(at(s.spec().location(), "the child template of " + s.list().module()
                        + "'s :simple_one_for_one children: one started per Supervisor.start_child"));
            }
        }
        for (StartSite s : links.dynamicStarts()) {
            if (!links.bootOnceStarts().contains(s)) { // started once at boot: a singleton, not dynamic children
                ev.add(at(s.location(), "started through " + s.call().replaceFirst("/\\d+$", "") + " in "
                        + s.module() + "." + s.function()));
            }
        }
        put(Property.DYNAMIC_CHILDREN, !ev.isEmpty(), ev);
    }

    private void oneOffAsync() {
        List<Evidence> ev = new ArrayList<>();
        boolean v = false;
        if (m.abstraction() == Abstraction.TASK) {
            boolean loops = m.functions().stream().anyMatch(FunctionInfo::receiveLoop);
            v = !loops;
            ev.add(at(m.abstractionEvidence() == null ? m.location() : m.abstractionEvidence().location(),
                    loops ? "use Task, but a function loops on receive: it does not run to completion"
                            : "use Task: the work runs to completion"));
        } else if (m.abstraction() == Abstraction.GENSERVER) {
            List<ClauseSummary> hs = handlers();
            boolean allStop = !hs.isEmpty() && m.clauses("handle_call").isEmpty() && hs.stream()
                    .allMatch(c -> !c.returns().isEmpty() && c.returns().stream().allMatch(r -> r.tag().equals("stop")));
            if (allStop) {
                v = true;
                ev.add(at(hs.get(0).location(), "every handler stops the process: the work runs once"));
            }
        }
        put(Property.ONE_OFF_ASYNC, v, ev);
    }

    private void singletonAndEntity() {
        List<Evidence> single = new ArrayList<>();
        List<Evidence> entity = new ArrayList<>();
        for (NameRef n : links.names()) {
            if (n.fixed()) {
                single.add(at(n.location(), "registered as " + n.text() + " (" + n.context() + ")"));
            } else if (n.perEntity()) {
                entity.add(at(n.location(), "registered per entity as " + n.text() + " (" + n.context() + ")"));
            }
        }
        if (single.isEmpty() && links.names().isEmpty()) {
            // no registration the analysis reads (a project helper registers it: gristle's
            // Common.Utils.start_link_singular), but its own code calls it by its module name: one at a time
            links.sendsToIt().stream().filter(s -> m.name().equals(s.module()) && s.target().kind() == Target.Kind.MODULE
                    && m.name().equals(s.target().module()) && (s.kind() == MessageSend.Kind.GENSERVER_CALL
                    || s.kind() == MessageSend.Kind.GENSERVER_CAST)).findFirst().ifPresent(s -> single.add(at(
                    s.location(), "called by its module name (" + s.target().text() + ") from its own code: one"
                            + " process under that name")));
        }
        for (StartSite s : links.dynamicStarts()) {
            ChildSpec c = s.child();
            // an owner's init starting its one helper passes runtime options, not an entity; and a process
            // registered under a fixed name runs once at a time whatever it is given (gristle's Boss.Operator,
            // started by start_child with [model_type, node_type] and registered as its module)
            if (c != null && c.arg() != null && !c.argIsLiteral() && !links.bootOnceStarts().contains(s)
                    && single.isEmpty()) {
                entity.add(at(s.location(), "started per entity with runtime argument " + c.arg()));
            }
        }
        if (m.abstraction().isSupervisor()) {
            entity.clear();
        }
        put(Property.SINGLETON, !single.isEmpty() && entity.isEmpty(), single.isEmpty() ? List.of() : dedupe(single));
        put(Property.PER_ENTITY, !entity.isEmpty(), dedupe(entity));
    }

    private void concurrency() {
        List<Evidence> ev = new ArrayList<>();
        for (ClauseSummary c : m.clauses("handle_cast")) {
            ev.add(at(c.location(), c.head() + " takes casts (callers do not wait)"));
            break;
        }
        for (MessageSend s : links.sendsToIt()) {
            if (s.kind() == MessageSend.Kind.GENSERVER_CAST || s.kind() == MessageSend.Kind.AGENT_CAST
                    || s.kind() == MessageSend.Kind.GEN_STATEM_CAST
                    || s.kind() == MessageSend.Kind.GEN_STATE_MACHINE_CAST) {
                ev.add(at(s.location(), "cast: " + s.kind().label() + " " + s.message()));
                break;
            }
        }
        if (m.abstraction() == Abstraction.TASK) {
            ev.add(at(m.location(), "runs asynchronously as a Task"));
        }
        for (StartSite s : asyncStarts) {
            // ride_along's MqttListener runs a Task.async per message it handles: work beside its process
            ev.add(at(s.location(), "starts work that runs beside it: " + s.call().replaceFirst("/\\d+$", "")
                    + (s.function() == null ? "" : " in " + s.function())));
            break;
        }
        // only calls that reach the process contend for it: a caller of a plain function (an ETS read) does not
        if (links.processCallerModules().size() >= 2) {
            ev.add(at(m.location(), "its process is called from " + links.processCallerModules().size()
                    + " other modules: " + String.join(", ", links.processCallerModules().stream().sorted().limit(5)
                    .toList())));
        }
        if (ev.isEmpty() && links.processCallerModules().size() == 1) {
            // one calling module waits on it in turn: no contention between modules, but not "no calls" either
            put(Property.CONCURRENCY_NEED, false, List.of(at(m.location(), "its process is called from one other"
                    + " module only: " + links.processCallerModules().iterator().next())));
            return;
        }
        put(Property.CONCURRENCY_NEED, !ev.isEmpty(), ev);
    }

    private void manyReaders() {
        List<Evidence> ev = new ArrayList<>();
        boolean v = out.get(Property.SINGLETON).value() && links.callerModules().size() >= 2;
        if (v) {
            ev.addAll(out.get(Property.SINGLETON).evidence());
            ev.add(at(m.location(), "read from " + links.callerModules().size() + " modules: "
                    + String.join(", ", links.callerModules().stream().sorted().limit(5).toList())));
        }
        put(Property.MANY_READERS, v, ev);
    }

    private void requestPath() {
        boolean partitioned = links.dynamicStarts().stream().allMatch(s -> s.supervisor() != null
                && s.supervisor().kind() == Target.Kind.VIA && s.supervisor().text().contains("PartitionSupervisor"));
        // requestPathStarts holds only the starts OTP010 reports (BottleneckStarts): rule and decision agree.
        boolean v = !links.requestPathStarts().isEmpty() && !partitioned;
        put(Property.REQUEST_PATH_STARTS, v, links.requestPathStarts());
    }

    /** The evidence without repeats, in order. */
    static List<Evidence> dedupe(List<Evidence> ev) {
        List<Evidence> outList = new ArrayList<>();
        for (Evidence e : ev) {
            if (!outList.contains(e)) {
                outList.add(e);
            }
        }
        return outList;
    }
}
