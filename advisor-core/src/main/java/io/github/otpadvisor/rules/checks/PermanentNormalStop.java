package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.ReturnShape;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.SupervisedBy;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OTP018: a supervised server that ends itself normally ({@code {:stop, :normal, state}}) while its supervisor
 * restarts it after every exit (restart {@code :permanent}, the default of {@code use GenServer}). A finished game,
 * job or session comes back empty, and every end counts against the supervisor's restart intensity: a few ending
 * together stop the supervisor and all its children (read cold at the fourteenth stop: dara-dots' games,
 * ElixirTorrent's announcers under {@code max_restarts: 0}). Reported on the first such return.
 */
@RuleInfo(id = "OTP018", name = "permanent-normal-stop", severity = Severity.WARNING,
        summary = "A :permanent child that stops itself normally is restarted after every end it means to make.")
public final class PermanentNormalStop implements Rule {
    /** {@code {:stop, :normal, ..}}, {@code {:stop, :shutdown, ..}}, {@code {:stop, {:shutdown, _}, ..}}. */
    private static final Pattern NORMAL_STOP = Pattern.compile("^\\{:stop,(:normal|:shutdown|\\{:shutdown,)");

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        java.util.Map<String, java.util.Set<String>> requests = requests(context);
        for (Assessment a : context.productionModules()) {
            ProcessModule m = a.module();
            ModuleFacts f = m.facts();
            if (m.abstraction() != Abstraction.GENSERVER) {
                continue;
            }
            // the stop first: most servers have none, and whether a start is reached walks the project's calls
            ReturnShape stop = normalStop(f, ownMessages(context, m), requests);
            if (stop != null && permanentByDefault(m) && supervised(context, m) && !endsItsGroup(m)) {
                out.add(CallSiteText.finding(this, stop.location(), m.name(), message(m, stop), null));
            }
        }
        return out;
    }

    /**
     * Something restarts it: a children list names it, or a DynamicSupervisor starts it from code that runs (a
     * start_child in a function nothing calls does not: dara-dots' PongGameSupervisor.start_child/1, while its games
     * are started with GenServer.start).
     */
    private static boolean supervised(RuleContext context, ProcessModule m) {
        return !m.supervisedBy().isEmpty() || m.dynamicStarts().stream().anyMatch(s -> s.child() != null
                && (!startedElsewhere(m) || reached(context, s)));
    }

    /**
     * Code outside any supervisor starts it too ({@code GenServer.start} from a queue): then a supervised start that
     * nothing reaches is dead code. Without such a start, a public function around the start_child is the API its
     * users call (the example's cart), reached or not by the scanned code.
     */
    private static boolean startedElsewhere(ProcessModule m) {
        // its own start/1 around GenServer.start counts (dara-dots' PongGame.start/1): only start_link is a child's
        return m.startSites().stream().anyMatch(x -> !x.inTest() && !x.supervised() && x.function() != null
                && !x.function().startsWith("start_link/"));
    }

    /**
     * The function the start sits in runs: it is a callback or a start_link, another module calls it, or a function
     * of its module that does, followed back through local calls (dara-dots' {@code start_child/1}, called only by a
     * {@code find_or_create_game/1} nothing calls, does not run).
     */
    private static boolean reached(RuleContext context, StartSite s) {
        ModuleFacts mod = s.module() == null ? null : context.project().module(s.module()).orElse(null);
        if (mod == null || s.function() == null) {
            return true;
        }
        java.util.Set<String> called = new java.util.HashSet<>();
        context.project().productionFiles().forEach(f -> f.remoteCalls().stream()
                .filter(c -> s.module().equals(c.toModule())).forEach(c -> called.add(c.function())));
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(s.function()));
        while (!todo.isEmpty()) {
            String key = todo.pop();
            String name = key.substring(0, key.lastIndexOf('/'));
            if (!seen.add(key)) {
                continue;
            }
            if (name.startsWith("init") || name.startsWith("handle_") || name.equals("start_link")
                    || called.contains(name)) {
                return true;
            }
            mod.functions().stream().filter(f -> f.localCalls().contains(key)).forEach(f -> todo.add(f.key()));
        }
        return false;
    }

    /**
     * Every list that names it runs :one_for_all with max_restarts: 0 (ElixirTorrent's Peer: Sender, Controller and
     * Receiver of one connection): any exit of one, its own normal end too, stops the supervisor and the whole group,
     * which is how the group ends. :transient would leave the others running (fresh10: rated 1 for advising it).
     */
    private static boolean endsItsGroup(ProcessModule m) {
        return !m.supervisedBy().isEmpty() && m.supervisedBy().stream().allMatch(s -> "one_for_all".equals(
                s.list().strategy()) && s.list().maxRestarts() != null && s.list().maxRestarts().strip().equals("0"));
    }

    /**
     * No restart is written anywhere: not on its use line, not in a child_spec/1 of its own, not in any entry or
     * start_child spec that starts it. An explicit {@code restart: :permanent} says the restart is meant.
     */
    private static boolean permanentByDefault(ProcessModule m) {
        ModuleFacts f = m.facts();
        if (f.useOptions().containsKey("restart") || f.ownChildSpec() != null && f.ownChildSpec().restart() != null
                || f.defines("child_spec", 1) && f.ownChildSpec() == null) {
            return false;
        }
        for (SupervisedBy s : m.supervisedBy()) {
            if (restartOf(s.spec()) != null) {
                return false;
            }
        }
        for (StartSite s : m.dynamicStarts()) {
            if (restartOf(s.child()) != null) {
                return false;
            }
        }
        return true;
    }

    private static String restartOf(ChildSpec spec) {
        return spec == null ? null : spec.restart();
    }

    /** The tags of the messages the module sends its own process (timers, {@code send(self(), ..)}). */
    private static java.util.Set<String> ownMessages(RuleContext context, ProcessModule m) {
        java.util.Set<String> out = new java.util.HashSet<>();
        context.project().fileOf(m.name()).ifPresent(file -> file.sends().stream()
                .filter(s -> m.name().equals(s.module()) && (s.target().kind() == Target.Kind.SELF
                        || s.target().kind() == Target.Kind.MODULE && m.name().equals(s.target().module())))
                .map(s -> s.shape().tag()).filter(java.util.Objects::nonNull).forEach(out::add));
        return out;
    }

    /**
     * The calls ({@code call:tag}) and casts ({@code cast:tag}) the project's production code makes, each with the
     * modules they go to: by registered name, or a pid whose module the code says ({@code *} for a pid or a name not
     * known here).
     */
    private static java.util.Map<String, java.util.Set<String>> requests(RuleContext context) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        context.project().productionFiles().forEach(file -> file.sends().forEach(s -> {
            String kind = s.kind() == MessageSend.Kind.GENSERVER_CALL ? "call:"
                    : s.kind() == MessageSend.Kind.GENSERVER_CAST ? "cast:" : null;
            if (kind != null && s.messageTag() != null) {
                out.computeIfAbsent(kind + s.messageTag(), k -> new java.util.HashSet<>())
                        .add(s.target().kind() == Target.Kind.MODULE || s.target().kind() == Target.Kind.VARIABLE
                                && s.target().module() != null ? s.target().module() : "*");
            }
        }));
        return out;
    }

    /**
     * The first return that ends the process normally on its own decision: in a call, cast or continue, on its
     * idle {@code :timeout}, or on a message it sends itself. One reacting to what another process or a port tells
     * it ({@code :EXIT}, {@code :DOWN}, {@code :tcp_closed}, a broker's cancel) is left alone: a restart there is how
     * it reconnects (reticulum's RoomAssignerMonitor, spek's Pulse.Voice). A call or cast clause for a request no
     * production code makes is left alone too: nothing ends the process there (wanderer's TrackerManager has a
     * {@code handle_call(:stop, ..)} nothing sends).
     */
    private static ReturnShape normalStop(ModuleFacts f, java.util.Set<String> own,
                                          java.util.Map<String, java.util.Set<String>> requests) {
        for (ClauseSummary c : f.clauses()) {
            if (c.callback().equals("terminate") || c.callback().equals("code_change")) {
                continue;
            }
            String request = c.callback().equals("handle_call") ? "call:" : c.callback().equals("handle_cast")
                    ? "cast:" : null;
            java.util.Set<String> to = request == null || c.messageTag() == null ? null
                    : requests.getOrDefault(request + c.messageTag(), java.util.Set.of());
            if (to != null && !to.contains("*") && !to.contains(f.name())) {
                continue;
            }
            if (c.callback().equals("handle_info") && !"timeout".equals(c.messageTag())
                    && (c.messageTag() == null || !own.contains(c.messageTag()))) {
                continue;
            }
            for (ReturnShape r : c.returns()) {
                if ("stop".equals(r.tag()) && r.text() != null && r.location() != null
                        && NORMAL_STOP.matcher(r.text().replaceAll("\\s+", "")).find()) {
                    return r;
                }
            }
        }
        return null;
    }

    private static String message(ProcessModule m, ReturnShape stop) {
        String by = !m.supervisedBy().isEmpty() ? "its supervisor (" + m.supervisedBy().get(0).list().module() + ")"
                : "the DynamicSupervisor that starts it";
        return m.name() + " ends itself with " + stop.text() + ", but it is :permanent (the default of use"
                + " GenServer), so " + by + " starts it again after that end: a run meant to be over comes back with its"
                + " init/1 state, and every such end counts against the supervisor's restart intensity (3 in 5 s by"
                + " default), so a few ending together stop the supervisor and every child it runs. Give it"
                + " restart: :transient (`use GenServer, restart: :transient`: restarted after a crash only), or"
                + " :temporary when a crash should end it too; write restart: :permanent if the restart is meant.";
    }
}
