package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.SupervisedBy;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OTP005: a process started outside any supervision tree (seed red flag 5 "I'll just start a process",
 * Elixir docs "Unsupervised processes"). Reported on the start call: {@code spawn*}, {@code Process.spawn},
 * {@code Task.start}, a {@code Task.async} never awaited in its function, {@code GenServer.start},
 * {@code Agent.start}, {@code Agent.start_link} from ordinary code, and an unlinked start inside a
 * {@code start_link}. Tests and {@code .exs} scripts are left to the test rules.
 */
@RuleInfo(id = "OTP005", name = "unsupervised-process", severity = Severity.ERROR,
        summary = "A long-lived process started outside any supervision tree.")
public final class UnsupervisedProcess implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        for (FileFacts file : project.files()) {
            if (file.test() || file.script()) {
                continue;
            }
            for (StartSite s : file.startSites()) {
                if (s.inTest() || s.inScript()) {
                    continue;
                }
                String message = message(s, project,
                        context.assessments().namesAround(s.module(), file.app()).taskSupervisorOrDefault());
                if (message != null) {
                    out.add(CallSiteText.finding(this, s.location(), s.module(), message, pattern(s)));
                }
            }
        }
        return out;
    }

    private static String message(StartSite s, ProjectFacts project, String taskSupervisor) {
        String call = s.call();
        String bare = CallSiteText.bare(call);
        String where = CallSiteText.where(s.module(), s.function(), s.location());
        boolean unlinkedStart = bare.endsWith(".start") && !bare.startsWith("Task.");
        switch (s.kind()) {
            case SPAWN, SPAWN_LINK, SPAWN_MONITOR, PROCESS_SPAWN -> {
                if (waitsInFunction(s, project)) {
                    return null; // spawn_monitor + receive {:DOWN, ...}: the caller waits for it
                }
                if ("terminate/2".equals(s.function()) && project.processModule(s.module()).isPresent()) {
                    return null; // a last hand-off while the process itself shuts down
                }
                if (s.closure() == null && s.startedModule() == null) {
                    return null; // spawn(fun) of a function passed in: a start API, its caller decides
                }
                if (s.kind() != StartSite.Kind.SPAWN && handlesExits(s.module(), project)) {
                    return null; // linked or monitored by a module that receives its :DOWN / :EXIT
                }
                String link = switch (s.kind()) {
                    case SPAWN_LINK -> " It is linked to the caller, so a crash takes the caller down, but nothing"
                            + " restarts it.";
                    case SPAWN_MONITOR -> " The caller only gets a :DOWN message; nothing restarts it.";
                    default -> s.linked() ? " It is linked to the caller, but nothing restarts it." : "";
                };
                if (s.longRunning()) {
                    return call + " in " + where + " starts a long-lived process running a receive loop that no"
                            + " supervisor knows: if it crashes nobody is told, it is not restarted, and shutdown does"
                            + " not stop it in order." + link + " Make it a GenServer and list it in a supervisor's"
                            + " children.";
                }
                return call + " in " + where + " starts a process no supervisor knows: if it crashes nobody is told,"
                        + " and shutdown does not wait for it." + link + " Start it with"
                        + " Task.Supervisor.start_child(" + taskSupervisor + ", fn -> ... end) under a"
                        + " Task.Supervisor in the application's tree.";
            }
            case TASK_START -> {
                return call + " in " + where + " starts a fire-and-forget task no supervisor knows: if it crashes"
                        + " nobody is told, and a deploy or shutdown kills it half-way through." + " Start it with"
                        + " Task.Supervisor.start_child(" + taskSupervisor + ", fn -> ... end) under a"
                        + " Task.Supervisor in the application's tree.";
            }
            case TASK_ASYNC -> {
                if (s.awaited() || s.awaitedInModule() || waitsInFunction(s, project)) {
                    return null;
                }
                return call + " in " + where + " is never awaited (no Task.await, Task.yield or Task.await_many on"
                        + " its result in that function): the task is linked to the caller but nobody collects its"
                        + " result or waits for it, and its reply message stays in the caller's mailbox. Await it,"
                        + " or, for fire-and-forget work, use Task.Supervisor.start_child(" + taskSupervisor + ","
                        + " fn -> ... end) under a Task.Supervisor in the application's tree.";
            }
            case GENSERVER_START, GEN_STATEM_START, AGENT_START, AGENT_START_LINK -> {
                boolean agentLink = s.kind() == StartSite.Kind.AGENT_START_LINK;
                if (s.kind() == StartSite.Kind.GEN_STATEM_START && !unlinkedStart) {
                    return null; // :gen_statem.start_link
                }
                boolean agentModule = s.module() != null && project.module(s.module())
                        .map(m -> m.abstraction() == io.github.otpadvisor.facts.Abstraction.AGENT).orElse(false);
                boolean ownApi = s.inOwnStartLink() || s.startedModule() != null
                        && s.startedModule().equals(s.module()) && (s.closure() == null || agentModule);
                String started = s.closure() != null && (s.kind() == StartSite.Kind.AGENT_START || agentLink)
                        ? "an Agent" : s.startedModule() == null ? "a process" : s.startedModule();
                if (ownApi) {
                    if (!unlinkedStart || s.function() == null || !s.function().startsWith("start_link/")) {
                        // The module's own start_link (what its child spec runs), or its own start/open API
                        // (GenServer.start(__MODULE__, ...)) that hands the pid to a caller who owns its lifetime.
                        return null;
                    }
                    String fix = bare.replace(".start", ".start_link");
                    return call + " in " + where + " starts " + started + " unlinked: " + listedIn(s, project)
                            + " the supervisor is not linked to it, so it never learns that it crashed and never"
                            + " restarts it, and the process outlives the supervisor on shutdown. Call " + fix
                            + " with the same arguments.";
                }
                String lifetime = agentLink ? " It is linked to the caller, so it dies with it, but no supervisor"
                        + " restarts it or shuts it down in order."
                        : " It is not linked to anything: if it crashes nobody is told, and it is not stopped with"
                        + " the application.";
                return call + " in " + where + " starts " + started + " outside any supervision tree." + lifetime
                        + " List it in a supervisor's children (or start it with DynamicSupervisor.start_child when"
                        + " it is started on demand).";
            }
            default -> {
                return null;
            }
        }
    }

    /** The module receives (a receive, a :DOWN or :EXIT clause) or traps exits: it watches what it starts. */
    private static boolean handlesExits(String module, ProjectFacts project) {
        Optional<ModuleFacts> m = module == null ? Optional.empty() : project.module(module);
        if (m.isEmpty()) {
            return false;
        }
        ModuleFacts f = m.get();
        return f.functions().stream().anyMatch(FunctionInfo::hasReceive)
                || !f.signals(io.github.otpadvisor.facts.Signal.Kind.TRAP_EXIT).isEmpty()
                || f.clauses("handle_info").stream().anyMatch(c -> "DOWN".equals(c.messageTag())
                        || "EXIT".equals(c.messageTag()));
    }

    /** Where the module whose start_link this is sits in a children list, when known. */
    private static String listedIn(StartSite s, ProjectFacts project) {
        Optional<ProcessModule> pm = s.module() == null ? Optional.empty() : project.processModule(s.module());
        if (pm.isPresent() && !pm.get().supervisedBy().isEmpty()) {
            SupervisedBy by = pm.get().supervisedBy().get(0);
            return s.module() + " is listed in the children of " + by.list().module() + " ("
                    + CallSiteText.at(by.spec().location()) + "), but";
        }
        return "whoever calls " + s.function() + " as a child spec gets a process that";
    }

    /** The enclosing function receives (spawn_monitor + receive {:DOWN, ...}, or the task's reply): it waits. */
    private static boolean waitsInFunction(StartSite s, ProjectFacts project) {
        if (s.module() == null || s.function() == null) {
            return false;
        }
        int slash = s.function().lastIndexOf('/');
        if (slash < 0) {
            return false;
        }
        String name = s.function().substring(0, slash);
        int arity;
        try {
            arity = Integer.parseInt(s.function().substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ModuleFacts> m = project.module(s.module());
        Optional<FunctionInfo> f = m.flatMap(x -> x.function(name, arity));
        return f.isPresent() && f.get().hasReceive();
    }

    private static Pattern pattern(StartSite s) {
        return switch (s.kind()) {
            case SPAWN, SPAWN_LINK, SPAWN_MONITOR, PROCESS_SPAWN, TASK_START, TASK_ASYNC ->
                    s.longRunning() ? Pattern.SUPERVISOR : Pattern.TASK_SUPERVISOR;
            default -> Pattern.SUPERVISOR;
        };
    }
}
