package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.MessageShape;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OTP012: a message a GenServer sends itself that no clause handles (it crashes the process, or is logged and lost
 * when there is no {@code handle_info/2} at all); {@code handle_info} clauses without a catch-all in a process that
 * monitors or traps exits of what it links, with no clause for the {@code :DOWN}/{@code :EXIT} that will come;
 * callbacks of a wrong arity, which OTP never calls; clauses after a catch-all, which never run. Only modules whose
 * clauses the file shows completely (no macro, {@code defoverridable} or {@code @before_compile} adding some).
 */
@RuleInfo(id = "OTP012", name = "unhandled-message", severity = Severity.ERROR,
        summary = "A message the process gets that no clause handles, a callback OTP never calls, or a clause that "
                + "never runs.")
public final class UnhandledMessage implements Rule {
    /** The arities OTP calls each GenServer callback with. */
    private static final Map<String, Set<Integer>> ARITIES = Map.of("init", Set.of(1), "handle_call", Set.of(3),
            "handle_cast", Set.of(2), "handle_info", Set.of(2), "handle_continue", Set.of(2), "terminate", Set.of(2),
            "code_change", Set.of(3), "format_status", Set.of(1, 2));
    private static final MessageShape DOWN = MessageShape.tuple(List.of(MessageShape.atom("DOWN"), MessageShape.ANY,
            MessageShape.ANY, MessageShape.ANY, MessageShape.ANY));
    private static final MessageShape EXIT = MessageShape.tuple(List.of(MessageShape.atom("EXIT"), MessageShape.ANY,
            MessageShape.ANY));

    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        Set<String> calledFromOutside = calledFromOutside(project);
        List<Finding> out = new ArrayList<>();
        for (FileFacts file : project.productionFiles()) {
            for (ModuleFacts m : file.modules()) {
                MessageHandlers.of(m, project).ifPresent(h -> {
                    wrongArity(h, calledFromOutside, out);
                    selfMessages(h, file, project, out);
                    timeouts(h, out);
                    continues(h, out);
                    strayDown(h, out);
                    strayExit(h, file, out);
                    shadowed(h, out);
                });
            }
        }
        return out;
    }

    /** (a) A message sent to the process itself that no clause of the callback it reaches matches. */
    private void selfMessages(MessageHandlers h, FileFacts file, ProjectFacts project, List<Finding> out) {
        ModuleFacts m = h.module();
        boolean registered = registeredUnderOwnName(m, project);
        for (MessageSend s : file.sends()) {
            if (!m.name().equals(s.module()) || s.inTest() || s.shape().kind() == MessageShape.Kind.ANY) {
                continue;
            }
            boolean toSelf = s.target().kind() == Target.Kind.SELF && s.fromOwnProcess()
                    || registered && s.target().kind() == Target.Kind.MODULE && m.name().equals(s.target().module());
            String callback = switch (s.kind()) {
                case SEND, SEND_AFTER -> "handle_info";
                case GENSERVER_CAST -> "handle_cast";
                // Sue's Subaru.DB: insert/2 calls {:insert, doc, collection}, which no handle_call clause takes
                case GENSERVER_CALL -> m.abstraction() == io.github.otpadvisor.facts.Abstraction.GENSERVER
                        ? "handle_call" : null;
                default -> null;
            };
            int arity = "handle_call".equals(callback) ? 3 : 2;
            if (arity == 3 && s.target().kind() != Target.Kind.MODULE) {
                continue; // a call to self() from its own process is a deadlock, not this
            }
            if (!toSelf || callback == null || !h.known(callback, arity) || h.handles(callback, s.shape())) {
                continue;
            }
            if (callback.equals("handle_info") && receivesItself(m, s.function())) {
                continue; // a receive the sender reaches takes it first (exq's drainer: a timer awaited in terminate)
            }
            out.add(CallSiteText.finding(this, s.location(), m.name(), selfMessage(h, s, callback), null));
        }
    }

    private static final MessageShape TIMEOUT = MessageShape.atom("timeout");

    /**
     * (e) A callback returns a timeout ({@code {:noreply, state, 5_000}}): when no message comes in time the process
     * gets {@code :timeout}, and no handle_info clause takes it (edgehog's Reconciler.Starter retried that way and
     * never did: the default handle_info logged the message and dropped it). The first such return is reported.
     */
    private void timeouts(MessageHandlers h, List<Finding> out) {
        ModuleFacts m = h.module();
        if (m.abstraction() != io.github.otpadvisor.facts.Abstraction.GENSERVER || !h.known("handle_info", 2)
                || h.handles("handle_info", TIMEOUT)) {
            return;
        }
        returns(m).stream().filter(r -> r.hasTimeout() && r.location() != null).findFirst().ifPresent(r -> out.add(
                CallSiteText.finding(this, r.location(), m.name(), h.module().name() + " returns " + r.text()
                        + ": when no message arrives within that time the process gets :timeout, which "
                        + (h.defines("handle_info", 2) ? "none of its handle_info/2 clauses (" + h.listClauses(
                        "handle_info") + ") takes: it crashes with a FunctionClauseError."
                        : "no handle_info/2 takes: the module defines none, so GenServer's default logs it and drops"
                        + " it, and what the timeout stands for never happens.")
                        + " Add a `def handle_info(:timeout, state)` clause that does that work.", null)));
    }

    /** {@code {:continue, :join_channel}} in a return, its term an atom. */
    private static final java.util.regex.Pattern CONTINUE = java.util.regex.Pattern.compile(
            "\\{:continue, :([a-z_][A-Za-z0-9_]*[?!]?)\\}");

    /**
     * (g) A callback returns {@code {:continue, term}} that no handle_continue/2 clause takes: the process crashes
     * when it gets there (a FunctionClauseError, or an UndefinedFunctionError when it defines none), as for a message
     * it sends itself (sensocto's ConnectorGenServer returns {@code {:continue, :join_channel}} and has no
     * handle_continue). The first such return is reported.
     */
    private void continues(MessageHandlers h, List<Finding> out) {
        ModuleFacts m = h.module();
        if (m.abstraction() != io.github.otpadvisor.facts.Abstraction.GENSERVER || !h.known("handle_continue", 2)) {
            return;
        }
        for (io.github.otpadvisor.facts.ReturnShape r : returns(m)) {
            java.util.regex.Matcher term = r.text() == null ? null : CONTINUE.matcher(r.text());
            if (!r.continues() || r.location() == null || term == null || !term.find()
                    || h.handles("handle_continue", MessageShape.atom(term.group(1)))) {
                continue;
            }
            boolean none = !h.defines("handle_continue", 2);
            out.add(CallSiteText.finding(this, r.location(), m.name(), m.name() + " returns " + r.text()
                    + ", and " + (none ? "it defines no handle_continue/2: the process crashes there with an"
                    + " UndefinedFunctionError." : "none of its handle_continue/2 clauses (" + h.listClauses(
                    "handle_continue") + ") takes :" + term.group(1) + ": the process crashes there with a"
                    + " FunctionClauseError.") + " Add a `def handle_continue(:" + term.group(1) + ", state)` clause"
                    + " that does that work.", null));
            return;
        }
    }

    /** Every return of init/1 and of the callback clauses, in that order. */
    private static List<io.github.otpadvisor.facts.ReturnShape> returns(ModuleFacts m) {
        List<io.github.otpadvisor.facts.ReturnShape> out = new ArrayList<>();
        if (m.init() != null) {
            out.addAll(m.init().returns());
        }
        m.clauses().forEach(c -> out.addAll(c.returns()));
        return out;
    }

    /** The sending function, or a local function it calls (transitively), waits in a {@code receive}. */
    private static boolean receivesItself(ModuleFacts m, String function) {
        if (function == null) {
            return false;
        }
        Set<String> reached = m.reachedFrom(List.of(function));
        return m.functions().stream().anyMatch(f -> f.hasReceive() && reached.contains(f.key()));
    }

    private static String selfMessage(MessageHandlers h, MessageSend s, String callback) {
        String msg = s.shape().toString();
        String sent = "The message " + msg + " that " + h.module().name() + " sends "
                + (s.target().kind() == Target.Kind.SELF ? "itself" : "to its own name " + s.target().text())
                + (s.function() == null ? "" : " in " + s.function());
        boolean call = callback.equals("handle_call");
        String fix = " Add a clause `def " + callback + "(" + msg + " = msg, " + (call ? "_from, " : "") + "state)` that"
                + " handles it (or correct the message to one a clause takes).";
        if (call) {
            return sent + (h.defines(callback, 3) ? " matches none of its handle_call/3 clauses (" + h.listClauses(
                    callback) + "): the call crashes the process with a FunctionClauseError, and the caller exits"
                    + " with it." : " reaches no handle_call/3: the module defines none, so GenServer's default raises"
                    + " and the process crashes; the caller exits with it.") + fix;
        }
        if (!h.defines(callback, 2)) {
            return sent + (callback.equals("handle_info")
                    ? " reaches no handle_info/2: the module defines none, so GenServer's default logs it as"
                    + " unexpected and drops it; the work it stands for never happens."
                    : " reaches no handle_cast/2: the module defines none, so GenServer's default raises and the"
                    + " process crashes.") + fix;
        }
        return sent + " matches none of its " + callback + "/2 clauses (" + h.listClauses(callback) + "): when it"
                + " arrives the process crashes with a FunctionClauseError." + fix;
    }

    /** {@code GenServer.cast(__MODULE__, m)} reaches this module only when it registers under its own name. */
    private static boolean registeredUnderOwnName(ModuleFacts m, ProjectFacts project) {
        return project.processModule(m.name()).map(ProcessModule::names).orElse(List.of()).stream()
                .anyMatch(n -> n.kind() == NameRef.Kind.MODULE && m.name().equals(n.module()));
    }

    /**
     * (b) It monitors processes but no handle_info clause takes their {@code :DOWN}, and none takes everything. A
     * monitor with a {@code tag:} option delivers its own tag instead of {@code :DOWN}: not read.
     */
    private void strayDown(MessageHandlers h, List<Finding> out) {
        if (!h.known("handle_info", 2) || !h.defines("handle_info", 2) || h.handles("handle_info", DOWN)) {
            return;
        }
        Set<String> own = h.ownFunctions();
        for (Signal s : h.module().signals(Signal.Kind.MONITOR)) {
            if (own.contains(s.function()) && !waitsInPlace(h.module(), s.function())
                    && !s.text().contains("time_offset") && !s.text().matches("(?s).*\\btag:.*")) {
                out.add(CallSiteText.finding(this, s.location(), h.module().name(), h.module().name() + "."
                        + s.function() + " monitors a process (" + CallSiteText.shorten(s.text(), 60) + "), but no"
                        + " handle_info/2 clause takes the {:DOWN, ref, :process, pid, reason} message it will get"
                        + " (clauses: " + h.listClauses("handle_info") + "), and none takes every message: when the"
                        + " monitored process exits, this one crashes with a FunctionClauseError. Add"
                        + " `def handle_info({:DOWN, ref, :process, _pid, _reason}, state)` that cleans up after it.",
                        null));
                return;
            }
        }
    }

    /** (b) It traps exits and links processes, but no handle_info clause takes their {@code :EXIT}. */
    private void strayExit(MessageHandlers h, FileFacts file, List<Finding> out) {
        if (!h.known("handle_info", 2) || !h.defines("handle_info", 2) || h.handles("handle_info", EXIT)) {
            return;
        }
        ModuleFacts m = h.module();
        Set<String> own = h.ownFunctions();
        Signal trap = m.signals(Signal.Kind.TRAP_EXIT).stream().filter(s -> own.contains(s.function())).findFirst()
                .orElse(null);
        String link = trap == null ? null : linked(m, file, own);
        if (link == null) {
            return; // trapping exits only to get terminate/2 called: no :EXIT comes from anything it linked
        }
        out.add(CallSiteText.finding(this, trap.location(), m.name(), m.name() + "." + trap.function()
                + " traps exits and the process links " + link + ", but no handle_info/2 clause takes the"
                + " {:EXIT, pid, reason} message that arrives when a linked process ends (clauses: "
                + h.listClauses("handle_info") + "), and none takes every message: the first one crashes the process"
                + " with a FunctionClauseError. Add `def handle_info({:EXIT, _pid, reason}, state)` that decides what"
                + " that exit means.", null));
    }

    /** What the process links in its own code: {@code Process.link}, a port, a linked start; or null. */
    private static String linked(ModuleFacts m, FileFacts file, Set<String> own) {
        for (Signal s : m.signals()) {
            if ((s.kind() == Signal.Kind.LINK || s.kind() == Signal.Kind.PORT) && own.contains(s.function())) {
                return CallSiteText.shorten(s.text(), 50) + " (line " + s.location().line() + ")";
            }
        }
        for (StartSite s : file.startSites()) {
            if (m.name().equals(s.module()) && s.linked() && !s.supervised() && own.contains(s.function())) {
                return s.call() + " (line " + s.location().line() + ")";
            }
        }
        return null;
    }

    /** The function monitors and then waits in a {@code receive} itself: the {@code :DOWN} is taken there. */
    private static boolean waitsInPlace(ModuleFacts m, String function) {
        return m.functions().stream().anyMatch(f -> f.key().equals(function) && f.hasReceive());
    }

    /** (c) A public callback of a wrong arity: OTP never calls it. */
    private void wrongArity(MessageHandlers h, Set<String> calledFromOutside, List<Finding> out) {
        ModuleFacts m = h.module();
        if (!h.onlyGenServer()) {
            return;
        }
        Set<String> calledHere = new HashSet<>();
        m.functions().forEach(f -> calledHere.addAll(f.localCalls()));
        for (FunctionInfo f : m.functions()) {
            Set<Integer> right = ARITIES.get(f.name());
            if (right == null || !f.isPublic() || right.stream().anyMatch(f::acceptsArity)
                    || calledHere.contains(f.key()) || calledFromOutside.contains(m.name() + "." + f.key())) {
                continue;
            }
            String arities = right.stream().sorted().map(a -> f.name() + "/" + a).reduce((a, b) -> a + " or " + b)
                    .orElse("");
            out.add(CallSiteText.finding(this, f.location(), m.name(), m.name() + " defines " + f.key()
                    + ", but GenServer calls " + arities + ": nothing ever calls this one, so "
                    + consequence(f.name(), h) + " Give it the callback's arity (" + arities + ") and mark it"
                    + " `@impl true`, so the compiler checks it.", null));
        }
    }

    private static String consequence(String name, MessageHandlers h) {
        boolean right = h.defines(name, ARITIES.get(name).iterator().next());
        return switch (name) {
            case "handle_info" -> right ? "the messages it was written for reach the other clauses instead."
                    : "every message the process gets is logged as unexpected and dropped.";
            case "handle_cast" -> right ? "the casts it was written for reach the other clauses instead."
                    : "every cast to the process raises in GenServer's default handle_cast/2 and crashes it.";
            case "handle_call" -> right ? "the calls it was written for reach the other clauses instead."
                    : "every call to the process raises in GenServer's default handle_call/3 and crashes it.";
            case "init" -> right ? "it is dead code beside the real init/1."
                    : "GenServer.start_link fails: the module has no init/1.";
            case "handle_continue" -> "a {:continue, term} return reaches the default handle_continue/2, which raises.";
            default -> "the cleanup or conversion it does never happens.";
        };
    }

    /** (d) Clauses after one that takes every call of the callback: they never run. */
    private void shadowed(MessageHandlers h, List<Finding> out) {
        for (String callback : List.of("handle_info", "handle_cast", "handle_call", "handle_continue")) {
            ClauseSummary all = null;
            for (ClauseSummary c : h.clauses(callback)) {
                if (all != null && c.location().file().equals(all.location().file())
                        && c.location().line() > all.location().line()) {
                    out.add(CallSiteText.finding(this, c.location(), h.module().name(), "`"
                            + CallSiteText.shorten(c.head(), 60) + "` comes after `" + CallSiteText.shorten(all.head(), 60)
                            + "` (line " + all.location().line() + "), which takes every message: this clause never"
                            + " runs. Move it above the catch-all (or remove it).", null));
                } else if (all == null && c.matchesAll()) {
                    all = c;
                }
            }
        }
    }

    /** {@code Mod.fun/arity} of every remote call in the project. */
    private static Set<String> calledFromOutside(ProjectFacts project) {
        Set<String> out = new HashSet<>();
        project.modules().values().forEach(m -> out.addAll(m.callsTo()));
        return out;
    }
}
