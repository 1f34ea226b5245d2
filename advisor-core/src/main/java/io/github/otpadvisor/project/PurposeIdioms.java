package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.StateOp;
import io.github.otpadvisor.facts.StateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a process module is for, when an idiom tells (RULEBOOK §2 "purpose idioms"): a start-up step, serialized
 * I/O on a shared resource, a write-once value, remote-node work, dev/test-only or short-lived code. The
 * assessment reads these before the five questions (RULEBOOK §3), so the process is judged by its purpose and
 * not only by the shape of its state.
 */
final class PurposeIdioms {
    private static final Set<String> HANDLERS = Set.of("handle_call", "handle_cast", "handle_info");
    /** State keys that hold a connection or device the process talks through. */
    private static final Pattern CONNECTION_KEY = Pattern.compile(
            "(^|_)(conn|connection|socket|sock|port|client|channel|device|uart|serial)$");
    /** Calls that write to or read from an I/O device (not {@code IO.inspect}, {@code IO.chardata_to_string}...). */
    private static final Pattern DEVICE_IO = Pattern.compile(
            "^(IO\\.(write|puts|binwrite|binread|read|gets|warn)|Bunt\\.(puts|warn|write)"
                    + "|:io\\.(format|fwrite|put_chars|write|request))\\(");
    /**
     * A developer's trace, not output the process exists to serialize: a warning, a fixed text, an inspected value
     * or a formatted exception (domolixir's {@code IO.puts("RECEIVED COMMAND #{command |> inspect}")}: a reader
     * called the "serialized I/O" purpose read from it wrong).
     */
    private static boolean trace(String text) {
        return text.startsWith("IO.warn(") || TRACE.matcher(text).find()
                || FIXED_TEXT.matcher(text).matches();
    }

    private static final Pattern TRACE = Pattern.compile("\\binspect\\(|\\|>\\s*inspect\\b|Exception\\.format");
    /** {@code IO.puts("register process")}: a literal with no interpolation. */
    private static final Pattern FIXED_TEXT = Pattern.compile("IO\\.[a-z]+\\(\\s*\"[^\"#]*\"\\s*\\)");

    /** Functions that run a process only around start-up (the start is guarded by Mix.env()/Mix.target()). */
    private static final Set<String> START_FUNCTIONS = Set.of("start_link", "start", "child_spec", "init");

    private final ModuleFacts m;
    private final ModuleLinks links;
    private final Map<Property, PropertyValue> out;
    private final List<Evidence> reachedWrites;

    private PurposeIdioms(ModuleLinks links, Map<Property, PropertyValue> out, List<Evidence> reachedWrites) {
        this.m = links.facts();
        this.links = links;
        this.out = out;
        this.reachedWrites = reachedWrites;
    }

    /**
     * Sets the purpose properties into {@code out}, which already holds the other properties; {@code reachedWrites}
     * are the database writes its callbacks reach through other modules.
     */
    static void infer(ModuleLinks links, Map<Property, PropertyValue> out, List<Evidence> reachedWrites) {
        PurposeIdioms p = new PurposeIdioms(links, out, reachedWrites);
        p.put(Property.STARTUP_STEP, p.startupStep());
        p.put(Property.SERIALIZED_IO, p.serializedIo());
        p.put(Property.WRITE_ONCE, p.writeOnce());
        p.put(Property.REMOTE_NODE_WORK, p.remoteNodeWork());
        p.put(Property.SHORT_LIVED, p.shortLived());
    }

    private void put(Property p, List<Evidence> ev) {
        out.put(p, new PropertyValue(!ev.isEmpty(), ev));
    }

    private Evidence at(Location l, String text) {
        return Evidence.at(l == null ? m.location() : l, text);
    }

    /** {@code init/1} does its work and returns {@code :ignore}: the supervisor runs it once, in order. */
    private List<Evidence> startupStep() {
        InitSummary init = m.init();
        boolean listedOnce = !links.supervisedBy().isEmpty() && links.dynamicStarts().isEmpty();
        if (init != null && listedOnce && m.clauses().isEmpty() && m.abstraction() == Abstraction.GENSERVER
                && ":temporary".equals(m.useOptions().get("restart"))) {
            // a boot hook kept in the children list for its order, even while its init/1 is still empty
            return List.of(at(init.location(), "use GenServer, restart: :temporary with only init/1: it runs once, in"
                    + " its place in the children list, and is never restarted"));
        }
        if (init != null && init.state() == InitSummary.InitState.IGNORED && init.stateText() != null
                && init.stateText().contains("ignore") && (init.doesWork() || startContract() != null)) {
            // nothing stays running, but its supervisor runs its work, or a library's contract starts it
            return List.of(at(init.location(), "init/1 " + (init.doesWork() ? "does its work and returns "
                    + init.stateText() : "returns " + init.stateText() + ", but " + startContract()
                    + " is a contract the library starts it by (a deprecated plugin kept startable)")));
        }
        String starts = startsBeforeItself(listedOnce);
        if (starts != null) {
            return List.of(at(m.location(), "its start calls " + starts + " before its own process starts, and it"
                    + " handles no message: listed in the children, it starts that in its place"));
        }
        // does its work in init/1, then idles with nothing to handle: a start-up step placed in the children
        // list for its order (after the Repo, before the Endpoint), written as a server that stays up
        // {:ok, state, {:continue, :stop}} and a handle_continue that only stops (smartcitiesdata's Migrations): the
        // same step, which ends once it has run
        boolean stopsAfter = !m.clauses().isEmpty() && m.clauses().stream().allMatch(c -> c.callback()
                .equals("handle_continue") && !c.returns().isEmpty() && c.returns().stream()
                .allMatch(r -> r.tag().equals("stop")));
        // one that stops itself right after init/1 is that step whatever form its work takes (lenra's OnEnvStart
        // sends its event as the subject of the case that picks init/1's return)
        if (init == null || !init.doesWork() && !stopsAfter) {
            return List.of();
        }
        boolean handlesNothing = (m.clauses().isEmpty() || stopsAfter) && init.signals().stream()
                .noneMatch(x -> x.kind() == Signal.Kind.TRAP_EXIT || x.kind() == Signal.Kind.SEND_AFTER
                        || x.kind() == Signal.Kind.TIMER || x.kind() == Signal.Kind.MONITOR);
        // listed once, or listed where the scan cannot see it (a child chosen by configuration) and started by nobody
        boolean startedByNobody = links.dynamicStarts().isEmpty()
                && links.startSites().stream().allMatch(io.github.otpadvisor.facts.StartSite::inOwnStartLink);
        // one that creates a table it then owns stays up so the table lives: a table owner, not a step that has run
        // (coffee_time's Measurement.Store: callers read and write :measurements directly)
        boolean ownsTable = !stopsAfter && !links.ownedTables().isEmpty();
        if (handlesNothing && !ownsTable && (listedOnce || startedByNobody)
                && m.abstraction() == Abstraction.GENSERVER) {
            return List.of(at(init.location(), "init/1 does its work, and no handle_call, handle_cast or "
                    + "handle_info follows" + (stopsAfter ? " (its handle_continue stops it)" : "")
                    + ": it runs once, in its place in the children list"));
        }
        return List.of();
    }

    /** OTP's own starts: a process module's start function calls them to start itself. */
    private static final Set<String> OWN_START = Set.of("GenServer", "Agent", "Supervisor", "DynamicSupervisor",
            "Task", ":gen_server", ":gen_statem", ":proc_lib", "Registry");

    /**
     * Another library's or module's start its start function calls ({@code RigKafka.start/2} in the start_link that
     * rig's {@code use Rig.KafkaConsumerSetup} gives its consumers), when it is a GenServer listed in a children list
     * that handles no message: the process only anchors that start in the tree, so its entry is what starts it.
     * Null otherwise.
     */
    private String startsBeforeItself(boolean listedOnce) {
        if (!listedOnce || m.abstraction() != Abstraction.GENSERVER
                || m.clauses().stream().anyMatch(c -> HANDLERS.contains(c.callback()))) {
            return null;
        }
        return m.callsTo().stream().filter(c -> c.matches("[A-Za-z_.:]+\\.start(_link)?/\\d+"))
                .filter(c -> !OWN_START.contains(c.substring(0, c.lastIndexOf(".start")))
                        && !c.startsWith(m.name() + ".start"))
                .sorted().findFirst().orElse(null);
    }

    /** A behaviour of a library ({@code @behaviour Oban.Plugin}) that is not OTP's own, or null. */
    private String startContract() {
        return m.behaviours().stream().filter(b -> !b.startsWith(":") && !b.equals("GenServer")
                && !b.equals("Supervisor") && !b.equals("Agent") && !b.equals("Application")).findFirst().orElse(null);
    }

    /**
     * A GenServer whose handlers write to stdout, a port or a socket, or talk through a connection it holds in its
     * state: its mailbox serializes access to that shared resource on purpose.
     */
    private List<Evidence> serializedIo() {
        if (m.abstraction() != Abstraction.GENSERVER) {
            return List.of();
        }
        List<Evidence> ev = new ArrayList<>();
        List<ClauseSummary> casts = m.clauses("handle_cast");
        // a cast-only server whose casts do work is a background queue: callers never wait, the work runs one job
        // at a time. Not a server whose casts only record something ({:subscribe, pid}) or that has its own reasons
        // (timers, monitors, messages): calling those "a queue" described neither module (dotcom, console)
        ClauseSummary job = casts.stream().filter(c -> c.effects().stream().anyMatch(x -> x.kind().sideEffect()
                || x.kind() == Signal.Kind.FOREIGN_CALL)).findFirst().orElse(null);
        if (job != null && m.clauses("handle_call").isEmpty() && !out.get(Property.TIMEOUTS).value()
                && !out.get(Property.MONITORS_LINKS).value() && !out.get(Property.HANDLES_INFO).value()) {
            ev.add(at(job.location(), job.head() + " runs each job one cast at a time, off the callers' path"
                    + Property.BACKGROUND_QUEUE_WHY));
        }
        // its documentation says the process is a lock, and a handler does the work it guards (in another module)
        Signal doc = m.signals().stream().filter(s -> s.kind() == Signal.Kind.DOCUMENTED_LOCK).findFirst()
                .orElse(null);
        ClauseSummary guarded = doc == null ? null : m.clauses().stream().filter(c -> HANDLERS.contains(c.callback())
                && c.effects().stream().anyMatch(x -> x.kind().sideEffect() || x.kind() == Signal.Kind.FOREIGN_CALL))
                .findFirst().orElse(null);
        if (guarded != null) {
            ev.add(at(doc.location(), "its @moduledoc says it serializes on purpose: \"" + doc.text() + "\""));
            ev.add(at(guarded.location(), guarded.head() + " runs the work it guards, one caller at a time"));
        }
        ev.addAll(databaseWrites());
        for (ClauseSummary c : m.clauses()) {
            if (!HANDLERS.contains(c.callback())) {
                continue;
            }
            for (Signal s : c.effects()) {
                if (s.kind() == Signal.Kind.IO && DEVICE_IO.matcher(s.text()).find() && !trace(s.text())
                        || s.kind() == Signal.Kind.PORT
                        || s.kind() == Signal.Kind.SOCKET) {
                    ev.add(at(s.location(), c.head() + " writes to a shared resource: " + s.text()));
                }
            }
            for (StateOp o : c.stateOps()) {
                if (o.kind() == StateOp.Kind.GET && o.key() != null
                        && CONNECTION_KEY.matcher(o.key().replaceFirst("^:", "")).find()
                        && c.stateResult() != StateResult.NEW) {
                    ev.add(at(o.location(), c.head() + " talks through the connection it holds in its state ("
                            + o.text() + ")"));
                }
            }
        }
        return PropertyInference.dedupe(ev);
    }

    /**
     * A server whose calls or casts run a database transaction, or write what they read (a check-then-write), in
     * their own code or through other functions: callers wait their turn, so one caller's read-then-write (aircloak's
     * AdminGuard: the transaction that checks an administrator remains; its LDAP sync; its data-source registration's
     * get-then-insert) never interleaves with another's. Run from the callers, the same code could race: the mailbox
     * is the lock. A lone insert (the seed's InvoiceService) checks nothing: no purpose.
     */
    private List<Evidence> databaseWrites() {
        List<Evidence> ev = new ArrayList<>();
        for (ClauseSummary c : m.clauses()) {
            if (c.callback().equals("handle_call") || c.callback().equals("handle_cast")) {
                Signal tx = c.effects().stream().filter(Signal::transaction).findFirst().orElse(null);
                Signal write = c.effects().stream().filter(Signal::databaseWrite).findFirst().orElse(null);
                boolean read = c.effects().stream().anyMatch(Signal::databaseRead);
                Signal s = tx != null ? tx : read ? write : null;
                if (s != null) {
                    ev.add(at(s.location(), c.head() + (tx != null ? " runs a database transaction" : " reads, then"
                            + " writes the database") + ", one caller at a time: " + s.text()));
                }
            }
        }
        reachedWrites.forEach(e -> ev.add(new Evidence(e.file(), e.line(), e.column(), e.text()
                + " (one caller at a time)")));
        return ev;
    }

    /**
     * A singleton whose state is set in {@code init/1} and that no handler ever changes: every call only reads
     * it, there is no cast, info or timer work, and someone reads it.
     */
    private List<Evidence> writeOnce() {
        if (!out.get(Property.SINGLETON).value() || out.get(Property.PER_ENTITY).value()
                || out.get(Property.TIMEOUTS).value() || out.get(Property.MONITORS_LINKS).value()
                || out.get(Property.HANDLES_INFO).value() || !out.get(Property.HOLDS_STATE).value()) {
            return List.of();
        }
        List<Evidence> ev = new ArrayList<>();
        if (m.abstraction() == Abstraction.GENSERVER) {
            InitSummary init = m.init();
            if (init == null || init.state() == InitSummary.InitState.CONSTANT
                    || init.state() == InitSummary.InitState.IGNORED || init.state() == InitSummary.InitState.UNKNOWN) {
                return List.of();
            }
            List<ClauseSummary> ops = m.clauses().stream().filter(c -> HANDLERS.contains(c.callback())).toList();
            if (ops.isEmpty()) {
                return List.of();
            }
            for (ClauseSummary c : ops) {
                if (!c.callback().equals("handle_call") || c.stateResult() != StateResult.SAME
                        || c.stateOps().stream().anyMatch(o -> o.kind() != StateOp.Kind.GET)
                        || c.effects().stream().anyMatch(s -> s.kind().sideEffect()
                        || s.kind() == Signal.Kind.FOREIGN_CALL)) {
                    // code beyond a read (publish_fun.(...) with the handle its init registered) runs in the process:
                    // callers reading the value would run it elsewhere
                    return List.of();
                }
            }
            ev.add(at(init.location(), "init/1 sets the state once (" + init.stateText() + ")"));
            ops.forEach(c -> ev.add(at(c.location(), c.head() + " only reads it")));
        } else if (m.abstraction() == Abstraction.AGENT) {
            List<MessageSend> uses = links.sendsToIt().stream().filter(s -> s.kind().agent()).toList();
            if (uses.isEmpty() || uses.stream().anyMatch(s -> s.kind() != MessageSend.Kind.AGENT_GET)
                    || startsWithConstant()) {
                return List.of();
            }
            ev.add(at(m.location(), "the Agent's state is set when it starts"));
            uses.forEach(s -> ev.add(at(s.location(), "Agent.get only reads it: " + s.message())));
        }
        return ev;
    }

    /** A literal an Agent may start with ({@code fn -> true end}): a constant, not a value set at start-up. */
    private static final Pattern CONSTANT_START = Pattern.compile(
            "^Agent\\.start(?:_link)?\\(\\s*fn\\s*->\\s*(?:true|false|nil|:[A-Za-z_][A-Za-z0-9_?!]*|-?[0-9][0-9_.]*"
                    + "|\"[^\"#\\\\]*\")\\s+end\\b");

    /**
     * The Agent's own start gives it a literal it never changes (concentrate's Health: {@code fn -> true end}): it
     * holds no value set at start-up, so there is nothing to move to a table; what it answers is that it runs.
     */
    private boolean startsWithConstant() {
        return links.startSites().stream().filter(s -> s.kind() == StartSite.Kind.AGENT_START_LINK
                        || s.kind() == StartSite.Kind.AGENT_START)
                .filter(s -> m.name().equals(s.module()) && s.written() != null)
                .anyMatch(s -> CONSTANT_START.matcher(s.written()).find());
    }

    /** The process exists to be reached from, or to work on, another node. */
    private List<Evidence> remoteNodeWork() {
        List<Evidence> ev = new ArrayList<>();
        for (Signal s : m.signals()) {
            if (s.kind() == Signal.Kind.REMOTE_NODE) {
                ev.add(at(s.location(), "works across nodes: " + s.text()));
            }
        }
        for (NameRef n : links.names()) {
            if (n.kind() == NameRef.Kind.GLOBAL) {
                ev.add(at(n.location(), "registered cluster-wide as " + n.text()));
            }
        }
        return PropertyInference.dedupe(ev);
    }

    /** A Mix task or script, or a process whose module or start is guarded by {@code Mix.env()}/{@code Mix.target()}. */
    private List<Evidence> shortLived() {
        List<Evidence> ev = new ArrayList<>();
        String file = links.file() == null ? "" : links.file();
        if (file.endsWith(".exs") && !links.test()) {
            ev.add(at(m.location(), "defined in the script " + file + ": it runs and exits"));
        }
        if (m.uses().contains("Mix.Task") || file.contains("/mix/tasks/") || file.startsWith("mix/tasks/")) {
            ev.add(at(m.location(), "part of a Mix task: it runs while the task runs"));
        }
        for (Signal s : m.signals()) {
            if (s.kind() == Signal.Kind.MIX_ENV && (s.function() == null || START_FUNCTIONS.contains(
                    s.function().substring(0, Math.max(0, s.function().indexOf('/')))))) {
                ev.add(at(s.location(), (s.function() == null ? "the module" : s.function())
                        + " is guarded by " + s.text() + ": dev/test-only"));
            }
        }
        return PropertyInference.dedupe(ev);
    }

}
