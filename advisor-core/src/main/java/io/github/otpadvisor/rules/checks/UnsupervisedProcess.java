package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.elixir.syntax.ElixirNames;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.StartSite.Trait;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.ProjectNames;
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
 * {@code Task.start}, a {@code Task.start_link} outside its module's start function, a {@code Task.async}
 * nobody awaits, {@code GenServer.start}, {@code Agent.start}, linked starts of {@code GenServer}/{@code Agent}
 * from ordinary code, an unlinked start inside a {@code start_link}, a {@code spawn} its caller waits for in a
 * bare {@code receive} (it hangs), and a sleep-then-send closure (a timer). Tests, {@code .exs} scripts, Mix
 * tasks and release tasks are left alone; code behind a {@code Mix.env()} guard is reported as info.
 */
@RuleInfo(id = "OTP005", name = "unsupervised-process", severity = Severity.ERROR,
        summary = "A long-lived process started outside any supervision tree.")
public final class UnsupervisedProcess implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        for (FileFacts file : project.productionFiles()) {
            for (StartSite s : file.startSites()) {
                if (s.inTest() || s.inScript() || s.has(Trait.SHORT_LIVED) || s.has(Trait.STOPS_APPLICATION)
                        || project.callPaths().onlyFromCommands(s.module(), s.function()) || testHelper(s, project)) {
                    continue; // tests, scripts and what only a command runs (a Mix task, an escript) end with it
                }
                String message = message(s, project, taskSupervisorHint(
                        context.assessments().namesAround(s.module(), file.app()), s.module(), file.app(), project));
                if (message == null) {
                    continue;
                }
                Finding f = CallSiteText.finding(this, s.location(), s.module(), message, pattern(s));
                if (s.has(Trait.DEV_ONLY)) {
                    f = new Finding(f.ruleId(), Severity.INFO, f.file(), f.line(), f.column(), f.module(),
                            message + " It sits behind a Mix.env()/Mix.target() guard that leaves production out"
                                    + " (dev/test-only code), so this is only info.", f.recommendation());
                }
                out.add(f);
            }
        }
        out.addAll(startApiFromRequests(project));
        out.addAll(startedByApplicationCallback(project));
        return out;
    }

    /**
     * A process module whose start function an application's {@code start/2} calls itself (gristle's
     * {@code Common.Application.start/2} calls {@code Boss.System.start()}, then returns {@code {:ok, self()}}): it
     * runs outside the tree the callback returns. Reported on that call, for the module it starts.
     */
    private List<Finding> startedByApplicationCallback(ProjectFacts project) {
        List<Finding> out = new ArrayList<>();
        for (ProcessModule m : project.processModules()) {
            if (m.test()) {
                continue;
            }
            io.github.otpadvisor.project.ApplicationStarts.of(m, project.modules()).ifPresent(c -> {
                String message = c.toModule() + "." + c.function() + "/" + c.arity() + " in "
                        + CallSiteText.where(c.fromModule(), c.fromFunction(), c.location()) + ", the application's"
                        + " start callback, starts " + m.name() + " outside the supervision tree the callback"
                        + " returns: it is linked to the process that ran the callback, nothing restarts it after a"
                        + " crash, and it is not shut down with the application in order. List it in the children"
                        + " of the supervisor the callback starts, and return that supervisor's {:ok, pid}.";
                out.add(CallSiteText.finding(this, c.location(), m.name(), message, Pattern.SUPERVISOR));
            });
        }
        return out;
    }

    /**
     * A module's own public {@code start/N} that starts it unlinked ({@code GenServer.start(__MODULE__, ..)}) is an
     * API that hands the pid to its caller: not flagged where it is defined. A web entry calling it (a channel's join,
     * a controller action, a LiveView event) owns no lifetime, so each request leaves a process outside any
     * supervision tree (membrane_videoroom's rooms): reported there, once per caller function.
     */
    private List<Finding> startApiFromRequests(ProjectFacts project) {
        java.util.Map<String, StartSite> apis = new java.util.HashMap<>();
        for (FileFacts file : project.productionFiles()) {
            for (StartSite s : file.startSites()) {
                boolean unlinked = s.kind() == StartSite.Kind.GENSERVER_START || s.kind() == StartSite.Kind.AGENT_START
                        || s.kind() == StartSite.Kind.GEN_STATEM_START && !CallSiteText.bare(s.call()).endsWith("_link");
                if (unlinked && s.module() != null && s.module().equals(s.startedModule()) && s.function() != null
                        && "start".equals(functionName(s.function())) && !s.has(Trait.CALLER_WAITS)) {
                    apis.putIfAbsent(s.module() + "." + s.function(), s);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        if (apis.isEmpty()) {
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FileFacts file : project.productionFiles()) {
            for (io.github.otpadvisor.facts.RemoteCall c : file.remoteCalls()) {
                StartSite api = apis.get(c.toModule() + "." + c.function() + "/" + c.arity());
                // a process's own callback (handle_call, handle_info) may own what it starts (fishjam's RoomService
                // monitors its rooms; Phoenix's code reloader stops its proxy): only web entries are reported
                if (api == null || c.requestContext() == null || c.requestContext().startsWith("handle_")
                        || c.inTest() || c.fromModule() == null
                        || c.fromModule().equals(c.toModule())
                        || !seen.add(c.fromModule() + "." + c.fromFunction() + ">" + c.toModule())) {
                    continue;
                }
                String message = c.toModule() + "." + c.function() + "/" + c.arity() + " in "
                        + CallSiteText.where(c.fromModule(), c.fromFunction(), c.location()) + " (" + c.requestContext()
                        + ") starts " + c.toModule() + " with " + CallSiteText.bare(api.call()) + " ("
                        + api.location().file() + ":" + api.location().line() + "), outside any supervision tree, from a"
                        + " request: nothing restarts it or stops it with the application, and it does not show in"
                        + " the supervision tree. Start it with DynamicSupervisor.start_child under a"
                        + " DynamicSupervisor of the application (restart: :temporary when a crash should end it).";
                out.add(CallSiteText.finding(this, c.location(), c.fromModule(), message, Pattern.DYNAMIC_SUPERVISOR));
            }
        }
        return out;
    }

    /** A case template kept under lib/ ({@code use ExUnit.CaseTemplate}): its setup runs in tests only. */
    private static boolean testHelper(StartSite s, ProjectFacts project) {
        return s.module() != null && project.module(s.module()).map(m -> m.uses().stream()
                .anyMatch(u -> u.equals("ExUnit.CaseTemplate") || u.equals("ExUnit.Case"))).orElse(false);
    }

    /** How to put one-off work under a Task.Supervisor: the project's own, or one to add to the application. */
    private static String taskSupervisorHint(ProjectNames names, String module, String app, ProjectFacts project) {
        String own = names.taskSupervisor();
        if (own != null) {
            return "Start it with Task.Supervisor.start_child(" + own + ", fn -> ... end).";
        }
        String partitioned = names.partitionedTaskSupervisor();
        if (partitioned != null) {
            return "Start it with Task.Supervisor.start_child(" + partitioned + ", fn -> ... end).";
        }
        String[] sibling = ProjectNames.taskSupervisorElsewhere(project, app);
        if (sibling != null) {
            return "Start it with Task.Supervisor.start_child(" + sibling[0] + ", fn -> ... end) (the Task.Supervisor"
                    + " of the " + sibling[1] + " application, when this application depends on it; else add one to"
                    + " its own children).";
        }
        String namespace = names.namespace();
        if (app != null && namespace.equals(ElixirNames.camelize(app) + "Web")
                && (module == null || project.processModule(module).isEmpty())) {
            namespace = ElixirNames.camelize(app); // ChatApiWeb's controllers share ChatApi's one supervisor
        }
        String name = ProjectNames.defaultTaskSupervisor(namespace);
        return "The project has no Task.Supervisor: add {Task.Supervisor, name: " + name + "} to "
                + ProjectNames.newChildPlace(project, module, app) + " and start it with Task.Supervisor.start_child("
                + name + ", fn -> ... end).";
    }

    private static String message(StartSite s, ProjectFacts project, String taskHint) {
        String call = s.call();
        String bare = CallSiteText.bare(call);
        String where = CallSiteText.where(s.module(), s.function(), s.location());
        boolean unlinkedStart = bare.endsWith(".start") && !bare.startsWith("Task.");
        String notInTree = "it is not shut down with the application in order (stopping the application kills it"
                + " half-way through, with no shutdown ordering), it does not show in the supervision tree";
        if (s.has(Trait.TIMER) && s.kind() != StartSite.Kind.TASK_ASYNC) {
            return call + " in " + where + " starts a process that only sleeps and then sends a message: that is a"
                    + " timer, not a process. Use Process.send_after(pid, message, time) (cancellable with"
                    + " Process.cancel_timer/1) and do the rest of the work when the message arrives.";
        }
        switch (s.kind()) {
            case SPAWN, SPAWN_LINK, SPAWN_MONITOR, PROCESS_SPAWN -> {
                if (s.has(Trait.CALLER_HANGS)) {
                    return call + " in " + where + " is followed by a receive with no after clause, and nothing"
                            + " monitors the new process: if it crashes before it replies, the caller waits"
                            + " forever. Use Task.async and Task.await (Task.await(task, :infinity) when the work"
                            + " may take longer than its default 5 seconds: a crash still reaches the caller), or"
                            + " spawn_monitor and a receive that also matches :DOWN, or add an after clause.";
                }
                if (s.has(Trait.CALLER_WAITS)) {
                    return null; // spawn_monitor + receive {:DOWN, ...}, or a receive with after: the caller waits
                }
                if ("terminate/2".equals(s.function()) && project.processModule(s.module()).isPresent()) {
                    return null; // a last hand-off while the process itself shuts down
                }
                if (s.closure() == null && s.startedModule() == null) {
                    return null; // spawn(fun) of a function passed in: a start API, its caller decides
                }
                if (s.has(Trait.IN_START_FUNCTION) || "start".equals(functionName(s.function()))) {
                    return null; // the module's own start/start_link API: its caller (a supervisor) owns the pid
                }
                if (s.has(Trait.WATCHER)) {
                    return null; // it monitors a process of the caller's and ends with it
                }
                if (s.has(Trait.LINKED_TO_OWNER)) {
                    return null; // it links itself to its module's own process first, which collects its result
                }
                if (s.linked() && ownedHelper(s, project)) {
                    return null; // a linked helper reporting back to the (supervised) process that owns it
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
                    return call + " in " + where + " starts a long-lived process running a receive loop outside any"
                            + " supervision tree: if it dies it is not restarted, " + notInTree + "." + link
                            + " Make it a GenServer and list it in a supervisor's children.";
                }
                return call + " in " + where + " starts a process outside any supervision tree: " + notInTree
                        + ", and the caller never learns whether it finished (a crash leaves only a log line)."
                        + link + " " + taskHint;
            }
            case TASK_START -> {
                if (s.has(Trait.CALLER_WAITS) || s.has(Trait.WATCHER)) {
                    return null; // awaited, or it monitors its owner and settles its work when the owner dies
                }
                if (s.has(Trait.REPORTS_BACK) && handlesExits(s.module(), project)) {
                    // tymeslot's RequestCoalescer monitors the task and replies {:error, :task_died} on its :DOWN
                    return call + " in " + where + " starts a task outside any supervision tree: " + notInTree
                            + ". It sends its result back, and " + s.module() + " hears of its end (it takes :DOWN"
                            + " messages), but the task is not"
                            + " linked to it: when " + s.module() + " stops or restarts, the task runs on, and its"
                            + " result goes to a process that no longer waits for it. " + taskHint;
                }
                return call + " in " + where + " starts a fire-and-forget task outside any supervision tree: "
                        + notInTree + ", and nobody learns whether it succeeded (a crash is only logged). "
                        + taskHint;
            }
            case TASK_START_LINK -> {
                if (s.has(Trait.IN_START_FUNCTION) || s.has(Trait.CALLER_WAITS)
                        || ownedHelper(s, project) || handlesExits(s.module(), project)) {
                    return null; // its module's own start_link, or a linked helper its owner hears from
                }
                return call + " in " + where + " starts a task linked to whoever calls " + s.function()
                        + ", under no supervisor (" + s.function() + " is not a start_link a child spec runs):"
                        + " a crash in it takes the caller down, " + notInTree + ", and nothing collects its"
                        + " result. " + taskHint + " When the caller needs the result, use"
                        + " Task.Supervisor.async_nolink and await it.";
            }
            case TASK_ASYNC -> {
                if (s.awaited() || s.has(Trait.CALLER_WAITS) || s.has(Trait.CALLER_HANGS)
                        || hostLiveViewCollects(s.module(), project)) {
                    return null;
                }
                return call + " in " + where + " is never awaited (no Task.await, Task.yield, Task.await_many or"
                        + " Task.yield_many on it in that function or a helper it is passed to, and no"
                        + " handle_info({ref, result}, ...) in the module): the task is linked to the caller, so a"
                        + " crash in it takes the caller down, nobody collects its result, and its reply message"
                        + " stays in the caller's mailbox. Await it, or, for fire-and-forget work: " + taskHint;
            }
            case GENSERVER_START, GENSERVER_START_LINK, GEN_STATEM_START, AGENT_START, AGENT_START_LINK -> {
                if (s.has(Trait.CALLER_WAITS)) {
                    return null; // started, monitored, and waited for in a receive: a run the caller sees through
                }
                boolean linkedStart = !unlinkedStart;
                // a server of another module started linked by a process that monitors it without trapping exits
                boolean linkKills = linkedStart && !s.has(Trait.IN_START_FUNCTION) && s.has(Trait.IN_PROCESS_MODULE)
                        && s.startedModule() != null && !s.startedModule().equals(s.module())
                        && linkedWithoutTrap(s.module(), project) && !startedByInit(s, project);
                if (linkKills) {
                    return call + " in " + where + " starts " + s.startedModule() + " linked to " + s.module()
                            + ", which monitors it but does not trap exits: its crash, or an exit(pid, :shutdown) to"
                            + " stop it, reaches " + s.module() + " through the link first and kills it, with every"
                            + " other process it linked, before its :DOWN clause can run; nothing restarts them."
                            + " Start them with DynamicSupervisor.start_child under a DynamicSupervisor of the"
                            + " application (and stop one with DynamicSupervisor.terminate_child).";
                }
                if (linkedStart && (s.has(Trait.IN_START_FUNCTION) || s.has(Trait.IN_PROCESS_MODULE))) {
                    return null; // the module's own start_link (what its child spec runs), or a process's linked helper
                }
                if (s.kind() == StartSite.Kind.GEN_STATEM_START && linkedStart) {
                    return null; // :gen_statem.start_link through the module's own API
                }
                boolean agentModule = s.module() != null && project.module(s.module())
                        .map(m -> m.abstraction() == io.github.otpadvisor.facts.Abstraction.AGENT).orElse(false);
                if (unlinkedStart && "start".equals(functionName(s.function())) && s.function() != null) {
                    return null; // a public start/N API (Agent.start/2): it hands the pid to a caller who owns it
                }
                boolean ownApi = s.inOwnStartLink() || s.startedModule() != null
                        && s.startedModule().equals(s.module()) && (s.closure() == null || agentModule);
                String started = s.closure() != null && (s.kind() == StartSite.Kind.AGENT_START
                        || s.kind() == StartSite.Kind.AGENT_START_LINK)
                        ? "an Agent" : s.startedModule() == null ? "a process" : s.startedModule();
                if (ownApi) {
                    if (!unlinkedStart || s.function() == null || !s.function().startsWith("start_link/")) {
                        // The module's own start_link (what its child spec runs), or its own start/open API
                        // (GenServer.start(__MODULE__, ...)) that hands the pid to a caller who owns its lifetime.
                        return null;
                    }
                    if (onlyTestsStart(s.module(), project)) {
                        // gristle's Workshop: a prototype only a test starts, calling start_link/1 itself; unlinked,
                        // its deliberate crash does not take the test down. OTP015 says only tests start it.
                        return null;
                    }
                    String fix = bare.replace(".start", ".start_link");
                    return call + " in " + where + " starts " + started + " unlinked: " + listedIn(s, project)
                            + " the supervisor is not linked to it, so it never learns that it crashed and never"
                            + " restarts it, and the process outlives the supervisor on shutdown. Call " + fix
                            + " with the same arguments.";
                }
                String lifetime = linkedStart ? " It is linked to its caller, so a crash takes the caller down and"
                        + " it dies with it, but no supervisor restarts it, it is not shut down with the application"
                        + " in order, and it does not show in the supervision tree."
                        : " It is not linked to anything: if it dies nothing restarts it, it is not stopped with"
                        + " the application, and it does not show in the supervision tree.";
                return call + " in " + where + " starts " + started + " outside any supervision tree." + lifetime
                        + " List it in a supervisor's children (or start it with DynamicSupervisor.start_child under"
                        + " a DynamicSupervisor of the application when it is started on demand).";
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Nothing in production starts {@code module}: no children entry, start_child, start site or call of its start
     * functions outside tests; and a test calls its start.
     */
    private static boolean onlyTestsStart(String module, ProjectFacts project) {
        ProcessModule pm = module == null ? null : project.processModule(module).orElse(null);
        if (pm == null || !pm.supervisedBy().isEmpty() || !pm.dynamicStarts().isEmpty()
                || pm.startSites().stream().anyMatch(x -> !x.inTest() && !module.equals(x.module()))) {
            return false;
        }
        java.util.function.Predicate<io.github.otpadvisor.facts.RemoteCall> start = c -> !module.equals(c.fromModule())
                && (c.function().equals("start_link") || c.function().equals("start")
                || c.function().equals("child_spec"));
        io.github.otpadvisor.project.Supervision.Status status = project.supervision(pm).status();
        return pm.callers().stream().filter(start).noneMatch(c -> !c.inTest())
                && pm.callers().stream().filter(start).anyMatch(io.github.otpadvisor.facts.RemoteCall::inTest)
                && status != io.github.otpadvisor.project.Supervision.Status.STATIC
                && status != io.github.otpadvisor.project.Supervision.Status.DYNAMIC;
    }

    private static String functionName(String function) {
        return function == null || function.indexOf('/') < 0 ? function : function.substring(0, function.indexOf('/'));
    }

    /**
     * A helper its process owns: it reports back to the process, or the process starts it from its own callbacks.
     * A module a children list names counts as a process even when a library behaviour ({@code use Cloak.Vault})
     * hides its GenServer: its {@code init/1} runs in the child.
     */
    private static boolean ownedHelper(StartSite s, ProjectFacts project) {
        return s.has(Trait.IN_PROCESS_MODULE) && (s.has(Trait.REPORTS_BACK) || inCallback(s))
                || inCallback(s) && project.callPaths().listedChild(s.module());
    }

    /**
     * The start sits in one of its process module's own callbacks ({@code Task.start_link} in {@code init/1}): a
     * helper linked there lives and dies with that process.
     */
    private static boolean inCallback(StartSite s) {
        return ModuleFacts.IN_PROCESS_CALLBACKS.contains(s.function());
    }

    /**
     * A LiveComponent runs in its LiveView's process, so its {@code Task.async} replies reach that LiveView: a
     * LiveView of the component's own namespace ({@code BillingLive.Edit} for {@code BillingLive.ChartComponent})
     * that collects task replies ({@link ModuleFacts#collectsTaskReplies()}) takes them.
     */
    private static boolean hostLiveViewCollects(String module, ProjectFacts project) {
        Optional<ModuleFacts> m = module == null ? Optional.empty() : project.module(module);
        if (m.isEmpty() || m.get().webRole() != io.github.otpadvisor.facts.WebRole.LIVE_COMPONENT
                || module.lastIndexOf('.') < 0) {
            return false;
        }
        String parent = module.substring(0, module.lastIndexOf('.') + 1);
        return project.modules().values().stream().anyMatch(v -> v.name().startsWith(parent)
                && v.webRole() == io.github.otpadvisor.facts.WebRole.LIVE_VIEW && v.collectsTaskReplies());
    }

    /**
     * The start runs in init/1 or handle_continue/2, or a private helper they call (reticulum's RoomAssignerMonitor
     * links its :global singleton in init/1): the link takes the starter down, and its supervisor's restart starts
     * the process again with it.
     */
    private static boolean startedByInit(StartSite s, ProjectFacts project) {
        if (s.function() == null) {
            return false;
        }
        if (s.function().equals("init/1") || s.function().equals("handle_continue/2")) {
            return true;
        }
        return project.module(s.module()).map(f -> f.functions().stream()
                .filter(fn -> fn.name().equals("init") || fn.name().equals("handle_continue"))
                .anyMatch(fn -> fn.localCalls().contains(s.function()))).orElse(false);
    }

    /**
     * The module watches what it starts only through a {@code :DOWN} clause, in a process that does not trap exits and
     * runs no receive of its own (streampai's Discord BotManager): a linked start's crash reaches it as an exit signal
     * first, and kills it.
     */
    private static boolean linkedWithoutTrap(String module, ProjectFacts project) {
        Optional<ModuleFacts> m = module == null ? Optional.empty() : project.module(module);
        if (m.isEmpty() || !m.get().isProcess()) {
            return false;
        }
        ModuleFacts f = m.get();
        return f.signals(io.github.otpadvisor.facts.Signal.Kind.TRAP_EXIT).isEmpty()
                && f.functions().stream().noneMatch(FunctionInfo::hasReceive)
                && f.clauses("handle_info").stream().noneMatch(c -> "EXIT".equals(c.messageTag()))
                && f.clauses("handle_info").stream().anyMatch(c -> "DOWN".equals(c.messageTag()));
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

    private static Pattern pattern(StartSite s) {
        if (s.has(Trait.TIMER) && s.kind() != StartSite.Kind.TASK_ASYNC) {
            return Pattern.FUNCTIONS; // Process.send_after/3: no process at all
        }
        return switch (s.kind()) {
            case SPAWN, SPAWN_LINK, SPAWN_MONITOR, PROCESS_SPAWN, TASK_START, TASK_START_LINK, TASK_ASYNC ->
                    s.longRunning() ? Pattern.SUPERVISOR : Pattern.TASK_SUPERVISOR;
            default -> Pattern.SUPERVISOR;
        };
    }
}
