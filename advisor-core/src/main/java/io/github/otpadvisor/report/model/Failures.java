package io.github.otpadvisor.report.model;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.InitSummary;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.OwnChildSpec;
import io.github.otpadvisor.facts.ReturnShape;
import io.github.otpadvisor.facts.StartInput;
import io.github.otpadvisor.facts.ProcessBehaviours;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.StateResult;
import io.github.otpadvisor.facts.UseLine;
import io.github.otpadvisor.project.CallPaths;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.project.SupervisedBy;
import io.github.otpadvisor.project.Supervision;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a crash of a process module costs today, each claim with the {@code file:line} it stands on: the restart
 * value in effect and who restarts it, the state a restart loses and where {@code init/1} rebuilds it from, the
 * shutdown, the order among its siblings, and the mailbox of a singleton on a request path. Only what the facts
 * show is claimed; a module whose start the project does not show gets its child spec's value, said as such.
 */
final class Failures {
    /** OTP's default restart intensity: more restarts than this within {@link #DEFAULT_SECONDS} stop the supervisor. */
    private static final String DEFAULT_RESTARTS = "3";
    private static final String DEFAULT_SECONDS = "5";

    private Failures() {
    }

    static List<FailureClaim> of(Assessment a, ProjectFacts project) {
        ProcessModule m = a.module();
        if (!m.abstraction().isProcess()) {
            return List.of();
        }
        List<FailureClaim> out = new ArrayList<>();
        SupervisedBy entry = entry(m, a.supervision());
        FailureClaim ignored = ignoredStart(m);
        if (ignored != null) {
            out.add(ignored);
        }
        FailureClaim noSpec = childWithoutSpec(m, project);
        if (noSpec != null) {
            out.add(noSpec);
        }
        // listed, or maybe: a start outside any supervisor is said by restart() with what starts it
        StartSite unlinked = a.supervision().status() == io.github.otpadvisor.project.Supervision.Status.NONE ? null
                : unlinkedOwnStart(m);
        out.add(unlinked != null ? unlinkedRestart(unlinked) : restart(m, a.supervision(), entry,
                a.todayPlacement().placement() == io.github.otpadvisor.decision.Placement.WORKER_POOL, project));
        if (!m.abstraction().isSupervisor()) {
            out.add(state(m, project));
            FailureClaim tables = tables(m, project);
            if (tables != null) {
                out.add(tables);
            }
            FailureClaim lost = armedElsewhere(m);
            if (lost != null) {
                out.add(lost);
            }
        } else {
            FailureClaim inside = ownChildren(m, project);
            if (inside != null) {
                out.add(inside);
            }
            StartSite again = m.abstraction() == Abstraction.DYNAMIC_SUPERVISOR ? startedByInit(m, project) : null;
            out.add(again == null
                    // a :simple_one_for_one supervisor's children are started on demand: a restart loses them too
                    ? new FailureClaim("State lost", project != null && project.simpleOneForOne(m.name()).isPresent()
                    ? templateLost(m, project)
                    : addedLost(m, project).orElseGet(() -> supervisorLoses(m.abstraction())),
                    List.of(at(m.facts().location())))
                    : new FailureClaim("State lost", "A restart of this DynamicSupervisor stops its children, each "
                    + "losing its state; its init/1 starts again with none, and then starts " + again.startedModule()
                    + " again itself (" + call(again) + " in " + again.function() + ", reached from init/1, at "
                    + at(again.location()) + "). Children other code started are not brought back.",
                    List.of(at(m.facts().location()), at(again.location()))));
        }
        out.add(unlinked != null ? unlinkedShutdown(m, unlinked)
                : shutdown(m, entry, project != null && project.simpleOneForOne(m.name()).isPresent()));
        if (entry != null) {
            out.add(ordering(m, entry, project));
        }
        FailureClaim pair = registryPair(m, a.supervision(), project);
        if (pair != null) {
            out.add(pair);
        }
        if (project != null) {
            FailureClaim mailbox = mailbox(m, project.callPaths());
            if (mailbox != null) {
                out.add(mailbox);
            }
        }
        return out;
    }

    /**
     * An {@code init/1} that returns {@code :ignore} on one branch and starts on another (live_beats' SongsCleaner
     * outside the primary region, accent's LanguageTool.Server without its languages): where that branch runs, no
     * process runs at all, and a call by its name exits. Null when it always starts, or never does (a start-up step).
     */
    /**
     * Its own start_link starts it unlinked ({@code GenServer.start(__MODULE__, ..)}, gristle's Workshop): whatever
     * lists it, no supervisor is linked to it. Null when its start_link links.
     */
    private static StartSite unlinkedOwnStart(ProcessModule m) {
        return m.startSites().stream().filter(s -> !s.inTest() && !s.linked() && s.inOwnStartLink()
                && s.function() != null && s.function().startsWith("start_link/") && m.name().equals(s.startedModule())
                && (s.kind() == StartSite.Kind.GENSERVER_START || s.kind() == StartSite.Kind.AGENT_START
                || s.kind() == StartSite.Kind.GEN_STATEM_START))
                .findFirst().orElse(null);
    }

    private static FailureClaim unlinkedRestart(StartSite s) {
        return new FailureClaim("Restart", "Not in effect: its start_link starts it with " + call(s) + " ("
                + at(s.location()) + "), unlinked, so a supervisor that lists it is not linked to it: it never learns"
                + " of a crash and never restarts it.", List.of(at(s.location())));
    }

    /**
     * Unlinked, the process is its own parent: a supervisor's shutdown exit kills it when it does not trap exits,
     * and is only a message when it does, so the supervisor kills it after its shutdown time, terminate/2 unrun.
     */
    private static FailureClaim unlinkedShutdown(ProcessModule m, StartSite s) {
        Signal trap = m.facts().signals(Signal.Kind.TRAP_EXIT).stream().findFirst().orElse(null);
        List<String> ev = new ArrayList<>();
        add(ev, at(s.location()));
        if (trap == null) {
            return new FailureClaim("Shutdown", "Started unlinked, it is its own parent: a supervisor's shutdown exit"
                    + " ends it at once, and terminate/2 does not run.", ev);
        }
        add(ev, at(trap.location()));
        return new FailureClaim("Shutdown", "Started unlinked, it is its own parent: it traps exits, so a"
                + " supervisor's shutdown exit arrives as an {:EXIT, pid, :shutdown} message, not as a shutdown."
                + " terminate/2 does not run for it, and the supervisor kills it when its shutdown time (5000 ms by"
                + " default) is up.", ev);
    }

    private static FailureClaim ignoredStart(ProcessModule m) {
        InitSummary init = m.facts().init();
        if (init == null || init.state() == InitSummary.InitState.IGNORED) {
            return null;
        }
        ReturnShape ignore = init.returns().stream().filter(r -> "ignore".equals(r.tag())).findFirst().orElse(null);
        if (ignore == null || init.returns().stream().noneMatch(r -> "ok".equals(r.tag()))) {
            return null;
        }
        List<String> ev = new ArrayList<>();
        add(ev, at(ignore.location()));
        List<String> decides = new ArrayList<>();
        for (StartInput i : init.inputs()) {
            if (init.gate(i.location()) == InitSummary.Gate.DECIDES_IGNORE && decides.size() < 2) {
                decides.add(i.text().length() <= 60 ? i.text() : i.text().substring(0, 57) + "...");
                add(ev, at(i.location()));
            }
        }
        return new FailureClaim("Start", "init/1 returns :ignore on one branch (" + at(ignore.location()) + ")"
                + (decides.isEmpty() ? "" : ", decided by " + String.join(" and ", decides)) + ": there its "
                + "supervisor records no process, a call by its name exits (noproc), and nothing restarts it.", ev);
    }

    /**
     * Its own children list names, as {@code Mod} or {@code {Mod, arg}}, a module of the project with no child_spec/1:
     * no def, and no {@code use} line at all (a behaviour's or a macro's may define one) (wanderer's
     * TrackerSupervisor listing {@code {Tracker, args}}, a module of plain functions). {@code Supervisor.init/2}
     * asks each child for its spec, so it raises and the supervisor never starts. Null otherwise.
     */
    private static FailureClaim childWithoutSpec(ProcessModule m, ProjectFacts project) {
        if (project == null || !m.abstraction().isSupervisor()) {
            return null;
        }
        for (ChildrenList list : project.productionChildrenLists(m.app())) {
            if (!m.name().equals(list.module())) {
                continue;
            }
            for (ChildSpec c : list.children()) {
                if ((c.form() != ChildSpec.Form.MODULE && c.form() != ChildSpec.Form.TUPLE) || c.module() == null
                        || c.condition() != null) {
                    continue;
                }
                ModuleFacts child = project.module(c.module(), m.app()).orElse(null);
                if (child == null || child.defines("child_spec", 1) || child.openClauses()
                        || child.uses().stream().anyMatch(u -> !u.equals("Bitwise"))) {
                    continue; // a use line, a behaviour's or a macro's of the project or a library, may give one
                }
                List<String> ev = new ArrayList<>();
                add(ev, at(c.location()));
                add(ev, at(child.location()));
                return new FailureClaim("Start", "Its children list names " + c.module() + " (" + at(c.location())
                        + "), which defines no child_spec/1, and no use line gives it one (" + at(child.location())
                        + "): Supervisor.init/2 asks each child for its spec, so it raises an ArgumentError and this"
                        + " supervisor does not start, nor does the one that lists it.", ev);
            }
        }
        return null;
    }

    /**
     * What a restart costs a :simple_one_for_one supervisor: its children are lost, and when its init/1 starts
     * something (evercam's WorkerSupervisor runs a task that starts every camera's worker), that runs again.
     */
    private static String templateLost(ProcessModule m, ProjectFacts project) {
        StartSite start = project.startSites().stream().filter(x -> m.name().equals(x.module()) && !x.inTest()
                && x.function() != null && x.function().startsWith("init/")).findFirst().orElse(null);
        if (start == null) {
            return startedOnDemandLost("this :simple_one_for_one supervisor");
        }
        return "A restart of this :simple_one_for_one supervisor stops its children, each losing its state, and it"
                + " starts again with none; then its init/1 runs " + call(start) + " (" + at(start.location())
                + ") again, and what that starts (from a database, the configuration) comes back. Children other code"
                + " started with start_child do not.";
    }

    /** What a restart costs a supervisor ({@code self}) whose children its callers start on demand. */
    private static String startedOnDemandLost(String self) {
        return "A restart of " + self + " does not bring its children back: they stop with it, each losing its state,"
                + " and it starts again with none. Only the code that started them (its start_child callers) can"
                + " start them again; until it does, looking one up (in a Registry, by name) finds nothing.";
    }

    /**
     * A Supervisor's own children list: how it restarts them and how many restarts it takes before it gives up
     * (Sue's Telegram.Supervisor: :rest_for_one, 10 in 60 s; the report said neither). Null without such a list.
     */
    private static FailureClaim ownChildren(ProcessModule m, ProjectFacts project) {
        if (project == null || m.abstraction() != Abstraction.SUPERVISOR) {
            return null;
        }
        ChildrenList own = project.childrenLists().stream().filter(l -> m.name().equals(l.module())
                && l.source() != ChildrenList.Source.RETURNED && l.source() != ChildrenList.Source.DYNAMIC_INIT
                && !l.children().isEmpty()).findFirst().orElse(null);
        if (own == null || own.strategy() == null) {
            return null;
        }
        String how = switch (own.strategy()) {
            case "one_for_one" -> "a crashed child is restarted alone";
            case "one_for_all" -> "a crashed child restarts all of them";
            case "rest_for_one" -> "a crashed child restarts those listed after it too";
            case "simple_one_for_one" -> "each child started from its template is restarted alone";
            default -> null;
        };
        if (how == null) {
            return null;
        }
        int size = own.children().size();
        // an entry whose module is a variable (gristle's Gpio.System builds {module, config} in an Enum.reduce over
        // its config): the list holds as many as the run gives it, not the one written
        boolean computed = own.children().stream().anyMatch(c -> c.module() == null
                || c.form() == io.github.otpadvisor.facts.ChildSpec.Form.UNRESOLVED);
        if (size == 1 && !computed && !own.strategy().equals("simple_one_for_one")) {
            how = "with one child, a crash restarts it alone";
        }
        // blockscout's Realtime.Supervisor: three children with a WebSocket transport, two without
        List<String> conditions = conditions(own.children());
        String limit = restartsNone(own) ? " With max_restarts: 0 it restarts none: the first exit that would be"
                + " restarted stops it." : " " + limit(own) + " stop it, and its own supervisor decides what follows.";
        return new FailureClaim("Children", (!conditions.isEmpty() ? "Its children, which depend on the condition"
                + (conditions.size() > 1 ? "s" : "") + " at " + String.join(", ", conditions) + " (" + size
                + " entries across the branches), run"
                : computed && size > 1 ? "Its " + size + " entries, some built at run time,"
                + " run" : computed ? "Its children, as many as its list gets at run time, run"
                : size == 1 ? "Its one child runs" : "Its " + size + " children run")
                + " under :" + own.strategy() + ": " + how + "." + limit, List.of(at(own.location())));
    }

    /** A regular Supervisor its callers add children to with Supervisor.start_child: what its restart loses. */
    private static java.util.Optional<String> addedLost(ProcessModule m, ProjectFacts project) {
        if (m.abstraction() != Abstraction.SUPERVISOR || project == null) {
            return java.util.Optional.empty();
        }
        return project.addedAtRuntime(m.name()).map(s -> "A restart of this supervisor starts again only the children"
                + " its init/1 lists; those added with Supervisor.start_child (" + at(s.location()) + ") stop with it,"
                + " each losing its state, and only the code that added them can start them again.");
    }

    /**
     * What a restart of a supervisor costs its children. A Supervisor starts its children list again; a
     * DynamicSupervisor (also one partition of a PartitionSupervisor) starts empty: its children stopped with it and
     * nothing starts them again but the code that started them.
     */
    static String supervisorLoses(Abstraction a) {
        if (a == Abstraction.DYNAMIC_SUPERVISOR) {
            return startedOnDemandLost("this DynamicSupervisor");
        }
        return "A restart of this supervisor stops and starts again every child in its children list: each loses its "
                + "state as on its own restart.";
    }

    /**
     * A start_child of the module's own code that its init/1 reaches (directly, through local helpers, or a capture
     * handed to a task: teiserver's DiscordSystem runs {@code &start/0} under a Task.Supervisor): a restart starts
     * that child again by itself. Null when none is found.
     */
    private static StartSite startedByInit(ProcessModule m, ProjectFacts project) {
        if (project == null || !m.facts().defines("init", 1)) {
            return null;
        }
        Set<String> reach = new LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of("init/1"));
        while (!todo.isEmpty() && reach.size() < 40) {
            String k = todo.pop();
            if (reach.add(k)) {
                m.facts().function(k).map(FunctionInfo::localCalls).ifPresent(todo::addAll);
            }
        }
        for (StartSite s : project.startSites()) {
            if (!s.inTest() && s.kind() == StartSite.Kind.DYNAMIC_START_CHILD && m.name().equals(s.module())
                    && s.function() != null && reach.contains(s.function()) && s.startedModule() != null
                    && s.supervisor() != null && m.name().equals(s.supervisor().module())) {
                return s;
            }
        }
        return null;
    }

    private static String call(StartSite s) {
        return s.call().replaceFirst("/\\d+$", "");
    }

    /** The children list entry it sits in today: the one the supervision names, else its first. */
    private static SupervisedBy entry(ProcessModule m, Supervision s) {
        if (s.status() != Supervision.Status.STATIC || m.supervisedBy().isEmpty()) {
            return null;
        }
        return m.supervisedBy().stream().filter(e -> Objects.equals(e.spec().location(), s.location())).findFirst()
                .orElse(m.supervisedBy().get(0));
    }

    // ---- Restart ---------------------------------------------------------------------------------------------

    /** The restart value in effect and where it comes from: the child entry, its own child_spec, its use line. */
    private record Restart(String value, String source, String where) {
    }

    private static Restart restartOf(ModuleFacts f, ChildSpec spec, boolean taskSupervisor) {
        if (spec != null && spec.restart() != null) {
            return new Restart(spec.restart(), "its child entry", at(spec.location()));
        }
        if (taskSupervisor) {
            return new Restart("temporary", "the default of Task.Supervisor.start_child", null);
        }
        OwnChildSpec own = f.ownChildSpec();
        if (own != null && own.restart() != null) {
            return new Restart(own.restart(), "its own child_spec/1", at(own.location()));
        }
        UseLine last = lastProcessUse(f);
        if (last != null) { // two process use lines: the later child_spec/1 replaces the first (OTP017)
            String dflt = ProcessBehaviours.ofUse(last.module()) == Abstraction.TASK ? "temporary" : "permanent";
            return new Restart(dflt, "the default of use " + last.module() + ", its later use line, whose "
                    + "child_spec/1 replaces the earlier one's", at(last.location()));
        }
        String use = f.useOptions().get("restart");
        String useLine = f.abstractionEvidence() == null ? null : at(f.abstractionEvidence().location());
        if (use != null) {
            return new Restart(use.replaceFirst("^:", ""), "its use line", useLine);
        }
        String dflt = f.abstraction() == Abstraction.TASK ? "temporary" : "permanent";
        if (own != null) {
            return new Restart(dflt, "a child spec's default; its own child_spec/1 sets no restart that could be read",
                    at(own.location()));
        }
        boolean used = f.abstractionEvidence() != null && f.abstractionEvidence().text().startsWith("use ");
        return new Restart(dflt, used ? "the default of " + f.abstractionEvidence().text().replaceFirst(",.*", "")
                : "the default of a map child spec: with no use line and no child_spec/1 of its own, it can only be "
                + "listed as %{id: ..., start: {...}}", useLine);
    }

    /** A second use line of a process behaviour, after the one that made it a process module; else null. */
    private static UseLine lastProcessUse(ModuleFacts f) {
        List<UseLine> uses = f.useLines().stream()
                .filter(u -> ProcessBehaviours.ofUse(u.module()) != Abstraction.NONE).toList();
        return uses.size() < 2 ? null : uses.get(uses.size() - 1);
    }

    private static String meaning(String restart) {
        return switch (restart) {
            case "permanent" -> "restarted after every exit, a normal one too";
            case "transient" -> "restarted only after an abnormal exit (not :normal, :shutdown or "
                    + "{:shutdown, _})";
            case "temporary" -> "never restarted: after a crash it is gone until something starts it again";
            default -> "the value " + restart + " is computed at runtime";
        };
    }

    /** {@code pooled}: a worker a pool starts ({@code worker pool} today), restarted by the pool. */
    private static FailureClaim restart(ProcessModule m, Supervision s, SupervisedBy entry, boolean pooled,
                                        ProjectFacts project) {
        ModuleFacts f = m.facts();
        List<String> ev = new ArrayList<>();
        if (s.through() != null) {
            // Another module's start function starts it: its restart is that module's.
            add(ev, at(s.location()));
            return new FailureClaim("Restart", "As that module's: it is started by " + s.through() + ", so "
                    + (s.parent() == null ? "the supervisor of that module" : s.parent()) + " starts it again when it "
                    + "restarts that module, with that module's restart value.", ev);
        }
        if (s.restartedBy() != null) {
            add(ev, at(s.location()));
            return new FailureClaim("Restart", "Not by a supervisor: " + s.restartedBy() + ".", ev);
        }
        switch (s.status()) {
            case STATIC -> {
                Restart r = restartOf(f, entry == null ? null : entry.spec(), false);
                add(ev, r.where());
                add(ev, at(s.location()));
                ChildrenList list = entry == null ? null : entry.list();
                String parent = supervisorLabel(list, s.parent());
                String text = ":" + r.value() + " (" + r.source() + "): " + meaning(r.value()) + ", by "
                        + parent + "." + (r.value().equals("temporary") ? "" : list == null ? " " + parent
                        + "'s own children list and restart intensity are not in the scanned files."
                        : intensity(list, parent)) + endsItself(f, r.value(), ev) + significant(f, list, parent);
                if (list != null) {
                    add(ev, at(list.location()));
                }
                return new FailureClaim("Restart", text, ev);
            }
            case DYNAMIC -> {
                if (pooled) {
                    add(ev, at(s.location()));
                    // poolboy links its workers and, on a worker's exit, starts a new one through its own
                    // supervisor ({ok, Pid} = supervisor:start_child(..)): the worker's restart value plays no part
                    return new FailureClaim("Restart", "By " + s.parent() + ", not by its own restart value: the"
                            + " pool links its workers and starts a new one in place of any that exits, a normal exit"
                            + " too. A checked-out worker that dies is replaced the same way; if a new worker fails to"
                            + " start, the pool itself crashes, and its supervisor restarts the whole pool.", ev);
                }
                StartSite start = m.dynamicStarts().isEmpty() ? null : m.dynamicStarts().get(0);
                if (m.startedOnlyThrough("Singleton.")) {
                    // the singleton library (frayt's notifiers) runs it under its own :transient manager
                    add(ev, at(start.location()));
                    return new FailureClaim("Restart", "By the singleton library, not by its own restart value: "
                            + start.call().replaceFirst("/\\d+$", "") + " (" + at(start.location()) + ") has the library's"
                            + " manager start it, registered :global once in the cluster; the manager is :transient,"
                            + " so an abnormal exit starts it again (on whichever node runs the manager) and a normal"
                            + " exit ends it for good.", ev);
                }
                boolean task = start == null && m.startSites().stream().anyMatch(StartSite::supervised);
                // the template of a :simple_one_for_one list: its entry gives the restart, its list the intensity
                SupervisedBy listed = entry != null ? entry : m.supervisedBy().stream()
                        .filter(e -> "simple_one_for_one".equals(e.list().strategy())).findFirst().orElse(null);
                ChildrenList template = listed != null && "simple_one_for_one".equals(listed.list().strategy())
                        ? listed.list() : null;
                Restart r = restartOf(f, start != null && start.child() != null ? start.child()
                        : template != null ? listed.spec() : null, task);
                add(ev, r.where());
                add(ev, at(s.location()));
                String by = s.parent() == null ? "its supervisor" : s.parent();
                String given = template == null ? dynamicIntensity(project, s.parent(), ev) : null;
                if (given == null && template == null && start != null) {
                    given = localIntensity(project, start, s.parent(), ev);
                }
                String text = ":" + r.value() + " (" + r.source() + "), started at runtime: " + meaning(r.value())
                        + ", by " + by + "." + (r.value().equals("temporary") ? "" : template != null
                        ? intensity(template, by) : given != null ? given
                        : counts(by, DEFAULT_RESTARTS + " in " + DEFAULT_SECONDS + " s unless its options set"
                        + " another"))
                        + endsItself(f, r.value(), ev);
                if (template != null) {
                    add(ev, at(template.location()));
                }
                return new FailureClaim("Restart", text, ev);
            }
            case NONE -> {
                add(ev, at(s.location()));
                ReturnShape stop = normalStop(f);
                String supervised = "";
                if (stop != null) {
                    add(ev, at(stop.location()));
                    supervised = " It ends itself (" + stop.text() + " at " + at(stop.location()) + ") when its run "
                            + "is over: under a supervisor give it restart: :temporary (or :transient to restart it "
                            + "after a crash only), as :permanent, the default of use " + useOf(f) + ", would start "
                            + "a finished run again.";
                }
                StartSite plain = plainStart(m);
                return new FailureClaim("Restart", "None: it is started " + (plain == null ? "" : startedBy(plain)
                        + ", ") + "outside any supervisor, so nothing restarts it after a crash" + linking(m, plain)
                        + "." + supervised, ev);
            }
            default -> {
                Restart r = restartOf(f, null, false);
                add(ev, r.where());
                add(ev, at(f.location()));
                boolean listable = f.ownChildSpec() != null || f.abstractionEvidence() != null
                        && f.abstractionEvidence().text().startsWith("use ");
                Location configured = s.configuredAt();
                add(ev, at(configured));
                StartSite plain = configured != null ? null : plainStart(m);
                if (plain != null) {
                    // Its start is in the scanned files, outside any supervisor: say that, and what stays open.
                    add(ev, at(plain.location()));
                    return new FailureClaim("Restart", "None as far as the scanned files show: it is started "
                            + startedBy(plain) + ", outside any supervisor, so nothing restarts it after a crash"
                            + (plain.linked()
                            ? "; the process that started it is linked to it and exits with it unless it traps exits"
                            : "") + ". Not known for sure: " + openPart(s.why()) + ". A supervisor starting it would use :"
                            + r.value() + " (" + r.source() + ").", ev);
                }
                String why = configured == null ? "Not known today (its start is not in the scanned files); "
                        : s.configEntryGuessed() ? "Not known today: " + at(configured) + " names it, and what starts"
                        + " it from the configuration is not told by the scanned files (the entry at " + at(s.location()) + " may be it); "
                        : "Set by the children entry the configuration fills in (" + at(configured) + " names it, for "
                        + "the entry at " + at(s.location()) + "); ";
                return new FailureClaim("Restart", why
                        + (listable ? "a supervisor listing it as " + m.name() + " or {" + m.name() + ", arg} uses"
                        : "a supervisor starting it uses") + " :" + r.value() + " (" + r.source() + "): "
                        + meaning(r.value()) + ".", ev);
            }
        }
    }

    /** Its first start in the scanned code outside any supervisor (not a test's, not its own start_link's). */
    private static StartSite plainStart(ProcessModule m) {
        return m.startSites().stream().filter(st -> !st.inTest() && !st.inScript() && !st.supervised()
                && !st.inOwnStartLink() && st.location() != null).findFirst().orElse(null);
    }

    /** "by GenServer.start_link/3 in M.f/1 (file:line)". */
    private static String startedBy(StartSite st) {
        return "by " + st.call() + (st.module() == null ? "" : " in " + st.module()
                + (st.function() == null ? "" : "." + st.function())) + " (" + at(st.location()) + ")";
    }

    /** What an unknown supervision leaves open, without the start it also names (said already). */
    private static String openPart(String why) {
        int cut = why.indexOf("; ");
        return why.startsWith("started ") && cut > 0 ? why.substring(cut + 2) : why;
    }

    /**
     * A {@code :permanent} child that ends itself with {@code {:stop, :normal, ...}}: that end is followed by a
     * restart, so a finished run (a game, a job) starts again. Empty otherwise.
     */
    /**
     * {@code use Supervisor, restart: :transient, significant: true} (electric's Connection.Supervisor): its normal or
     * :shutdown exit stops its parent when the parent sets auto_shutdown; said with the parent's flag when read.
     */
    private static String significant(ModuleFacts f, ChildrenList list, String parent) {
        if (!"true".equals(f.useOptions().get("significant"))) {
            return "";
        }
        String auto = list == null ? null : list.autoShutdown();
        return " It is significant (significant: true in its use line): " + (auto != null && !auto.equals("never")
                ? "when it exits normally or with {:shutdown, _}, " + parent + " (auto_shutdown: :" + auto + " at "
                + at(list.location()) + ") shuts itself down too" + (auto.equals("all_significant")
                ? " once all its significant children have" : "")
                : parent + " sets no auto_shutdown the analysis read, so its exit stops only itself") + ".";
    }

    private static String endsItself(ModuleFacts f, String restart, List<String> ev) {
        ReturnShape stop = "permanent".equals(restart) ? normalStop(f) : null;
        if (stop == null) {
            return "";
        }
        add(ev, at(stop.location()));
        return " It ends itself with " + stop.text() + " (" + at(stop.location()) + "): :permanent starts it again "
                + "after that end too; if its run is meant to end there, give it restart: :transient (restarted after "
                + "a crash only) or :temporary.";
    }

    /** The first callback return that stops the process normally ({@code {:stop, :normal, state}}), or null. */
    private static ReturnShape normalStop(ModuleFacts f) {
        for (io.github.otpadvisor.facts.ClauseSummary c : f.clauses()) {
            for (ReturnShape r : c.returns()) {
                if ("stop".equals(r.tag()) && r.text() != null && r.text().replaceAll("\\s+", "")
                        .startsWith("{:stop,:normal") && r.location() != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static String useOf(ModuleFacts f) {
        return f.abstractionEvidence() != null && f.abstractionEvidence().text().startsWith("use ")
                ? f.abstractionEvidence().text().substring(4).replaceFirst(",.*", "") : "its behaviour";
    }

    /**
     * Who restarts a static child: the supervisor module, or the supervisor another module starts with
     * Supervisor.start_link(children, opts) (a Mix task, a plain module), named by where it is started.
     */
    private static String supervisorLabel(ChildrenList list, String parent) {
        if (list == null || list.source() != ChildrenList.Source.SUPERVISOR_START_LINK || list.function() == null) {
            return parent;
        }
        String name = list.supervisorName() == null ? null : list.supervisorName().kind() == NameRef.Kind.MODULE
                ? list.supervisorName().module() : null;
        return name != null ? name + " (started in " + list.module() + "." + list.function() + ")"
                : "the supervisor that " + list.module() + "." + list.function() + " starts";
    }

    /**
     * What links it to its starter, after "nothing restarts it": linked, or started unlinked (a start API with
     * {@code GenServer.start}, membrane_videoroom's rooms), or "" when no start is seen.
     */
    private static String linking(ProcessModule m, StartSite plain) {
        List<StartSite> starts = m.startSites().stream().filter(st -> !st.inTest() && !st.supervised()).toList();
        StartSite unlinked = plain != null ? (plain.linked() ? null : plain)
                : starts.stream().filter(st -> !st.linked()).findFirst().orElse(null);
        if (unlinked != null) {
            return "; " + (plain != null ? "" : "it is started unlinked (" + unlinked.call() + " at "
                    + at(unlinked.location()) + "): ") + "nothing is linked to it, so it also outlives whatever started it";
        }
        return starts.stream().anyMatch(StartSite::linked)
                ? "; the process that started it is linked to it and exits with it unless it traps exits" : "";
    }

    private static String intensity(ChildrenList list, String parent) {
        boolean root = list != null && list.source() == ChildrenList.Source.APPLICATION_START;
        if (restartsNone(list)) {
            return noRestarts(parent, root);
        }
        return " " + limit(list) + " stop " + parent + " too, " + (root
                ? "which stops the application (in a release, the node)." : "and its own supervisor decides what"
                + " follows.");
    }

    /** {@code More than 3 restarts in 5 s (the default)}: a list's restart intensity, its own or the default. */
    private static String limit(ChildrenList list) {
        boolean given = list != null && list.maxRestarts() != null;
        return "More than " + (given ? list.maxRestarts().strip() : DEFAULT_RESTARTS) + " restarts in "
                + (list != null && list.maxSeconds() != null ? list.maxSeconds().strip() : DEFAULT_SECONDS) + " s ("
                + (given ? "its max_restarts" : "the default") + ")";
    }

    /** The list sets {@code max_restarts: 0}: its supervisor restarts no child. */
    private static boolean restartsNone(ChildrenList list) {
        return list != null && list.maxRestarts() != null && list.maxRestarts().strip().equals("0");
    }

    /**
     * {@code max_restarts: 0} (ElixirTorrent's Peer and AnnouncesSupervisor): the supervisor restarts nothing; the
     * first exit that would be restarted ends it, on purpose, with every child it runs.
     */
    private static String noRestarts(String parent, boolean root) {
        return " But " + parent + " has max_restarts: 0: it restarts no child; the first exit its restart value"
                + " would restart stops " + parent + " with every child it runs, " + (root
                ? "which stops the application (in a release, the node)." : "and its own supervisor decides what"
                + " follows.");
    }

    /**
     * The options of the entry that starts the DynamicSupervisor (or Task.Supervisor) {@code name}
     * ({@code {DynamicSupervisor, name: X, strategy: :one_for_one, max_restarts: 0}}): its intensity, as a sentence;
     * null when no such entry names it, or it sets none.
     */
    private static String dynamicIntensity(ProjectFacts project, String name, List<String> ev) {
        if (project == null || name == null) {
            return null;
        }
        io.github.otpadvisor.facts.OwnChildSpec own = project.module(name).map(ModuleFacts::ownChildSpec)
                .orElse(null);
        if (own != null && own.maxRestarts() != null && own.maxRestarts().matches("[0-9_]+")) {
            // its own child_spec starts it with the options (ElixirTorrent's Torrents: max_restarts: 0)
            return ownSpecIntensity(own, name, "its child_spec sets", ev);
        }
        ChildrenList init = ownInit(project, name);
        if (init != null) {
            // its own init/1 sets it (evercam's TimelapserSupervisor: supervise(.., max_restarts: 1_000_000))
            add(ev, at(init.location()));
            return restartsNone(init) ? noRestarts(name, false) : counts(name, "its init/1 sets max_restarts: "
                    + init.maxRestarts().strip() + (init.maxSeconds() == null ? "" : ", max_seconds: "
                    + init.maxSeconds().strip()));
        }
        for (io.github.otpadvisor.facts.FileFacts f : project.files()) {
            for (ChildrenList list : f.childrenLists()) {
                for (ChildSpec c : list.children()) {
                    String t = c.text() == null ? "" : c.text();
                    if (!t.matches("(?s)\\{\\s*(DynamicSupervisor|Task\\.Supervisor),.*") || c.name() == null
                            || !name.equals(c.name().module())) {
                        continue;
                    }
                    java.util.regex.Matcher r = MAX_RESTARTS.matcher(t);
                    if (!r.find()) {
                        return null;
                    }
                    if (c.location() != null) {
                        add(ev, at(c.location()));
                    }
                    java.util.regex.Matcher sec = MAX_SECONDS.matcher(t);
                    return r.group(1).equals("0") ? noRestarts(name, false) : counts(name, "its entry sets"
                            + " max_restarts: " + r.group(1) + (sec.find() ? ", max_seconds: " + sec.group(1) : ""));
                }
            }
        }
        return null;
    }

    /**
     * A start_child whose supervisor is named by a call of the module's own ({@code via(hash)}), in a module whose
     * own child_spec/1 starts that DynamicSupervisor with its options (ElixirTorrent's Torrent.Downloads:
     * {@code {DynamicSupervisor, :start_link, [[name: via(hash), .., max_restarts: 100]]}}): those options' intensity,
     * as a sentence; null otherwise.
     */
    private static String localIntensity(ProjectFacts project, StartSite start, String name, List<String> ev) {
        if (project == null || name == null || start.module() == null || !name.matches("[a-z_][A-Za-z0-9_]*\\(.*\\)")) {
            return null;
        }
        io.github.otpadvisor.facts.OwnChildSpec own = project.module(start.module()).map(ModuleFacts::ownChildSpec)
                .orElse(null);
        if (own == null || !"DynamicSupervisor".equals(own.startModule()) || own.maxRestarts() == null
                || !own.maxRestarts().matches("[0-9_]+")) {
            return null;
        }
        return ownSpecIntensity(own, name, start.module() + "'s child_spec starts that DynamicSupervisor with", ev);
    }

    /** The intensity a child_spec/1 of a module's own starts the supervisor {@code name} with, as a sentence. */
    private static String ownSpecIntensity(io.github.otpadvisor.facts.OwnChildSpec own, String name, String how,
                                           List<String> ev) {
        add(ev, at(own.location()));
        return own.maxRestarts().equals("0") ? noRestarts(name, false)
                : counts(name, how + " max_restarts: " + own.maxRestarts());
    }

    /** A child that keeps crashing counts against {@code name}'s restart intensity, which {@code why} gives. */
    private static String counts(String name, String why) {
        return " A child that keeps crashing counts against " + name + "'s restart intensity (" + why + "), and"
                + " exceeding it stops " + name + " with every child it runs.";
    }

    /**
     * The list the supervisor module {@code name} gives in its own init/1 ({@code DynamicSupervisor.init/1}, or a
     * {@code :simple_one_for_one} {@code Supervisor.init/2} or {@code supervise/2}) when it sets a literal
     * max_restarts; else null.
     */
    private static ChildrenList ownInit(ProjectFacts project, String name) {
        return project.childrenLists().stream()
                .filter(l -> name.equals(l.module()) && "init/1".equals(l.function()) && l.maxRestarts() != null
                        && l.maxRestarts().strip().matches("[0-9_]+")
                        && (l.source() == ChildrenList.Source.DYNAMIC_INIT || "simple_one_for_one".equals(l.strategy())))
                .findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern MAX_RESTARTS = java.util.regex.Pattern.compile(
            "\\bmax_restarts:\\s*([0-9_]+)");
    private static final java.util.regex.Pattern MAX_SECONDS = java.util.regex.Pattern.compile(
            "\\bmax_seconds:\\s*([0-9_]+)");

    // ---- State ------------------------------------------------------------------------------------------------

    private static FailureClaim state(ProcessModule m, ProjectFacts project) {
        ModuleFacts f = m.facts();
        InitSummary init = f.init();
        List<String> ev = new ArrayList<>();
        // a GenServer without a call clause has nobody waiting on a reply (rube's MoneyMarkets.TokenBuilder: casts)
        boolean replies = f.abstraction() != Abstraction.GENSERVER || f.openClauses()
                || f.uses().stream().anyMatch(u -> !u.equals("GenServer")) // a macro it uses may add call clauses
                || f.clauses().stream().anyMatch(c -> "handle_call".equals(c.callback()));
        String mailbox = " Messages waiting in its mailbox are lost" + (replies ? ", and callers waiting on a reply exit."
                : "; it handles no call, so nobody is waiting on a reply.");
        if (f.abstraction() == Abstraction.TASK) {
            add(ev, at(f.location()));
            return new FailureClaim("State lost", "The work in progress is lost; a supervisor runs it again from the "
                    + "start only when its restart value asks for it.", ev);
        }
        if (!m.is(Property.HOLDS_STATE)) {
            add(ev, init == null ? at(f.location()) : at(init.location()));
            // its data may live in a table it owns (logflare's AllLogsLogged counts in ETS): not "no data"
            boolean tables = m.ownedTables().stream().anyMatch(t -> t.spawnedBy() == null && !t.inTest());
            return new FailureClaim("State lost", (tables ? "Its process state holds nothing between operations:"
                    + " what it keeps is in the ETS tables it owns (below)." : "It keeps no state between operations:"
                    + " a restart loses no data.") + mailbox, ev);
        }
        if (init == null) {
            add(ev, at(f.location()));
            String start = f.abstraction() == Abstraction.AGENT
                    ? " The function given to Agent.start_link builds its state again from scratch."
                    : " It defines no init/1 of its own that the analysis could read.";
            return new FailureClaim("State lost", "Its state is lost with the process." + start + mailbox, ev);
        }
        add(ev, at(init.location()));
        Set<String> sources = new LinkedHashSet<>();
        for (Signal s : rebuildSignals(f, init)) {
            String what = source(s.kind());
            if (what != null && sources.add(what)) {
                add(ev, at(s.location()));
            }
        }
        Set<String> continueCalls = new LinkedHashSet<>();
        for (RemoteCall c : continueLoads(m, project)) {
            if (continueCalls.size() < 3 && continueCalls.add(called(c))) {
                add(ev, at(c.location()));
            }
        }
        Set<String> initCalls = new LinkedHashSet<>();
        for (RemoteCall c : initLoads(m, project)) {
            String call = called(c);
            if (initCalls.size() < 3 && !continueCalls.contains(call) && initCalls.add(call)) {
                add(ev, at(c.location()));
            }
        }
        Map<RemoteCall, String> stores = storeLoads(m, project, "init/1");
        stores.keySet().forEach(c -> add(ev, at(c.location())));
        // what init/1 hands to handle_continue/2 to load (blockscout's Beacon.Deposit: its cursor from the database)
        Map<RemoteCall, String> continueStores = storeLoads(m, project, "handle_continue/2");
        continueStores.keySet().removeIf(c -> continueCalls.contains(called(c)));
        continueStores.keySet().forEach(c -> add(ev, at(c.location())));
        RestartDiffers.Found differs = RestartDiffers.of(m, project);
        differs.evidence().forEach(l -> add(ev, at(l)));
        // a state machine's init/1 may pick its first state by what it reads (coffee_time's Hydraulics: one of three
        // by the boiler's fill status): then it is not "the same literal"
        long okReturns = init.returns().stream().filter(r -> "ok".equals(r.tag()) && r.text() != null)
                .map(ReturnShape::text).distinct().count();
        String built = switch (init.state()) {
            case CONSTANT -> okReturns > 1 ? "init/1 starts it again from one of its " + okReturns + " literal"
                    + " states, chosen by what it reads as it starts" : "init/1 starts it again from the same literal"
                    + (init.stateText() == null ? "" : " (" + init.stateText() + ")");
            case FROM_ARGS -> "init/1 builds it again starting from the argument start_link passes"
                    + (differs.isEmpty() ? ", the same on every start" : "");
            case COMPUTED -> "init/1 computes it again";
            default -> "init/1 builds it again";
        };
        String from = sources.isEmpty() ? "" : (init.state() == InitSummary.InitState.CONSTANT
                ? "; it then loads from " : ", reading ") + String.join(", ", sources);
        String loaded = (initCalls.isEmpty() ? "" : " init/1 calls " + String.join(", ", initCalls)
                + ", another process of the project: what the state takes from there comes back.")
                + (stores.isEmpty() ? "" : " init/1 calls " + reads(stores) + ": what the state takes from there"
                + " comes back.")
                + (continueCalls.isEmpty() ? "" : " handle_continue/2 then calls " + String.join(", ", continueCalls)
                + ": what the state takes from there comes back.")
                + (continueStores.isEmpty() ? "" : " handle_continue/2 then calls " + reads(continueStores)
                + ": what the state takes from there comes back.");
        MessageSend startMessage = startLinkMessage(m, project);
        if (startMessage != null) {
            add(ev, at(startMessage.location()));
            loaded += " A restart runs start_link again, which sends it " + startMessage.message() + " as it starts ("
                    + startMessage.location().file() + ":" + startMessage.location().line() + "): what the clause that"
                    + " takes it sets comes back.";
        }
        List<String> refreshes = refreshes(f);
        String lost = !RestartDiffers.callbacksChange(f) ? " Its callbacks never change it, so nothing else is lost."
                : !refreshes.isEmpty() ? " Each callback that changes it (" + String.join(", ", refreshes) + ") replaces"
                + " it with a value computed afresh, from neither the state before nor its message: a restart loses"
                + " nothing the next of them does not compute again."
                : (sources.isEmpty() && continueCalls.isEmpty() && initCalls.isEmpty() && stores.isEmpty()
                && continueStores.isEmpty()
                ? " Whatever its callbacks changed since the start is lost"
                : " What its callbacks changed since the start and did not write there is lost")
                + (f.defines("terminate", 2) || f.defines("terminate", 3) ? ", unless terminate saves it (it runs when "
                + "a callback raises" + (f.signals(Signal.Kind.TRAP_EXIT).isEmpty() ? ", not when it is killed by a "
                + "linked exit)." : " and on exit signals it traps).") : ".");
        String notSame = differs.isEmpty() ? "" : " A restart does not give back the state it had: "
                + String.join("; ", differs.parts()) + ".";
        CounterReset counter = init.state() == InitSummary.InitState.CONSTANT ? CounterReset.of(f) : null;
        if (counter != null) {
            add(ev, at(counter.where()));
        }
        String watched = handlerMonitors(f, ev);
        return new FailureClaim("State lost", "Its state is lost with the process; " + built + from + "." + loaded
                + notSame + lost + (counter == null ? "" : counter.sentence()) + watched + mailbox, ev);
    }

    /**
     * The monitors its handlers set on processes they are given or start (apps' Nexus.Room monitors each peer it
     * starts under Nexus.PeerSupervisor in handle_call({:add_peer, ..})): they end with it, the processes they
     * watched keep running, and the restarted one knows none of them (a reader: "peers keep running while the
     * restarted Room starts empty"). Empty when no handler monitors.
     */
    private static String handlerMonitors(ModuleFacts f, List<String> ev) {
        // a monitor that outlives the clause: its :DOWN comes to a handle_info (elixir's DynamicSupervisor monitors
        // a child to wait for its exit inside terminate_child, then forgets it)
        if (f.clauses("handle_info").stream().noneMatch(c -> "DOWN".equals(c.messageTag()))) {
            return "";
        }
        for (ClauseSummary c : f.clauses()) {
            if (!Set.of("handle_call", "handle_cast", "handle_info", "handle_continue").contains(c.callback())) {
                continue;
            }
            Signal mon = c.effects().stream().filter(x -> x.kind() == Signal.Kind.MONITOR).findFirst().orElse(null);
            if (mon != null && mon.location() != null) {
                add(ev, at(mon.location()));
                return " The monitors its handlers set (" + c.head() + ", line " + mon.location().line() + ") end"
                        + " with it: the processes they watched keep running, unwatched, and a restarted process"
                        + " knows none of them until they are given to it again.";
            }
        }
        return "";
    }

    /**
     * A message its own start_link sends the process it has just started ({@code GenServer.cast(__MODULE__, {:begin,
     * model_type, node_type})}, gristle's Boss.Operator) that one of its clauses takes: a restart runs start_link
     * again, so that message comes again. Null when there is none.
     */
    private static MessageSend startLinkMessage(ProcessModule m, ProjectFacts project) {
        ModuleFacts f = m.facts();
        return project.fileOf(f.name(), m.app()).stream().flatMap(file -> file.sends().stream())
                .filter(s -> f.name().equals(s.module()) && s.function() != null
                        && s.function().startsWith("start_link/") && s.location() != null && s.messageTag() != null
                        && (s.target().kind() == io.github.otpadvisor.facts.Target.Kind.MODULE
                        && f.name().equals(s.target().module())
                        || s.target().kind() == io.github.otpadvisor.facts.Target.Kind.VARIABLE
                        && s.target().module() == null)
                        && f.clauses().stream().anyMatch(c -> s.messageTag().equals(c.messageTag())
                        && c.callback().equals(switch (s.kind()) {
                            case GENSERVER_CALL -> "handle_call";
                            case GENSERVER_CAST -> "handle_cast";
                            default -> "handle_info";
                        })))
                .findFirst().orElse(null);
    }

    /**
     * The callbacks that change the state, named ({@code handle_info :run_update}), when every one of them replaces it
     * with a value computed afresh: it ignores the state it is given and its message is a bare atom (pleroma's Stats,
     * a cache refreshed on a timer), so nothing accumulates that a restart could lose; else empty.
     */
    private static List<String> refreshes(ModuleFacts f) {
        List<String> out = new ArrayList<>();
        for (ClauseSummary c : f.clauses()) {
            if (!c.callback().startsWith("handle_") || c.stateResult() == StateResult.SAME
                    || c.stateResult() == StateResult.NONE) {
                continue;
            }
            if (c.stateVar() != null || c.readsState() || c.messageTag() == null
                    || !(":" + c.messageTag()).equals(c.message())) {
                return List.of();
            }
            out.add(c.callback() + " :" + c.messageTag());
        }
        return out;
    }

    /**
     * The calls handle_continue/2, or a function of the module it calls, makes to another process module of the
     * project that bring something back ({@link #readsFrom}): where init/1 hands over to load the state from a
     * process that outlives it (livebook's
     * NotebookManager: {@code Storage.fetch} in {@code load_state/0}, run by {@code handle_continue(:load_state)}),
     * so "whatever its callbacks changed is lost" does not hold as said. Test code does not count.
     */
    private static List<RemoteCall> continueLoads(ProcessModule m, ProjectFacts project) {
        return loadsIn(m, project, "handle_continue/2");
    }

    /**
     * The same for {@code init/1} itself and the functions of the module it calls (elixir-omg's ExitProcessor reads
     * its state back through OMG.DB's process): what it loads comes back after a restart.
     */
    private static List<RemoteCall> initLoads(ProcessModule m, ProjectFacts project) {
        return loadsIn(m, project, "init/1");
    }

    private static List<RemoteCall> loadsIn(ProcessModule m, ProjectFacts project, String callback) {
        Set<String> callers = new LinkedHashSet<>(List.of(callback));
        m.facts().function(callback).ifPresent(fn -> callers.addAll(fn.localCalls()));
        return callsOut(m, project, callers).stream().filter(c -> readsFrom(project, c)).toList();
    }

    /**
     * Whether the call gets something back from another process module: its function reads that module's table
     * directly or calls its process (a cast brings nothing back; a plain helper of such a module loads nothing).
     */
    private static boolean readsFrom(ProjectFacts project, RemoteCall c) {
        return project.processModule(c.toModule()).stream().flatMap(p -> p.facts().api().stream())
                .anyMatch(a -> a.name().equals(c.function()) && a.arity() == c.arity() && (a.reads()
                        || a.clauses().stream().anyMatch(cl -> cl.body() != null && cl.body().contains(".call("))));
    }

    /**
     * What init/1 (and the handle_continue/2 it hands over to) reads the state from: also the reads of the module's own
     * functions it calls (coffee_time's Watchdog reads its fault file in populate_initial_fault_state/1).
     */
    private static List<Signal> rebuildSignals(ModuleFacts f, InitSummary init) {
        List<Signal> out = new ArrayList<>(init.signals());
        Set<String> reached = f.reach("init/1");
        f.signals().stream().filter(s -> "handle_continue/2".equals(s.function())
                || !"init/1".equals(s.function()) && reached.contains(s.function()) && storeRead(s))
                .forEach(out::add);
        return out;
    }

    private static final java.util.regex.Pattern FILE_READ = java.util.regex.Pattern.compile(
            "^(File\\.(read|read!|stream!|ls|ls!|exists\\?|open)|:file\\.(read_file|consult|open))\\(");

    /** A read of the database or of a file: where a restart finds again what was written there. */
    private static boolean storeRead(Signal s) {
        return s.databaseRead() || s.kind() == Signal.Kind.FILE && s.text() != null
                && FILE_READ.matcher(s.text()).find();
    }

    /** The calls {@link #storeLoads} found, each with what it reads ({@code X.get/1 (it reads the database)}). */
    private static String reads(Map<RemoteCall, String> stores) {
        return String.join(", ", stores.entrySet().stream().map(e -> called(e.getKey()) + " (it reads "
                + e.getValue() + ")").toList());
    }

    /** {@code Module.function/arity} of a call, as the sentences name it. */
    private static String called(RemoteCall c) {
        return c.toModule() + "." + c.function() + "/" + c.arity();
    }

    private static final java.util.regex.Pattern ETS_READ = java.util.regex.Pattern.compile(
            "^:ets\\.(lookup|lookup_element|match|match_object|select|tab2list|member)\\(");

    /** A read of an ETS table ({@code :ets.lookup(@table, uuid)}). */
    private static boolean etsRead(Signal s) {
        return s.kind() == Signal.Kind.ETS_ACCESS && s.text() != null && ETS_READ.matcher(s.text()).find();
    }

    /**
     * init/1's calls (also through its own helpers) of another module's function that reads the database, a file or
     * an ETS table it does not own (nerves_gate's Setup: {@code Store.read_setup/1}), with what it reads; at most
     * three.
     */
    private static Map<RemoteCall, String> storeLoads(ProcessModule m, ProjectFacts project, String callback) {
        Map<RemoteCall, String> out = new LinkedHashMap<>();
        if (m.facts().function(callback).isEmpty()) {
            return out;
        }
        Set<String> targets = new LinkedHashSet<>();
        // a plain module's ETS read (wanderer's MapPoolState.get_pool_state/1, saved on every change): the table is
        // not this process's, unless it owns tables itself, so it outlives the crash
        boolean ownsTables = !m.ownedTables().isEmpty();
        for (RemoteCall c : callsOut(m, project, m.facts().reach(callback))) {
            if (out.size() >= 3 || project.processModule(c.toModule()).isPresent()
                    || targets.contains(called(c))) {
                continue;
            }
            String key = c.function() + "/" + c.arity();
            // the function and its module's own helpers it calls (Store.read_setup/1 -> read_json/3 -> File.read)
            project.module(c.toModule()).flatMap(t -> {
                Set<String> reach = t.reach(key);
                return t.signals().stream().filter(x -> reach.contains(x.function())
                        && (storeRead(x) || !ownsTables && etsRead(x))).findFirst();
            }).ifPresent(x -> {
                targets.add(called(c));
                out.putIfAbsent(c, x.kind() == Signal.Kind.REPO ? "the database"
                        : x.kind() == Signal.Kind.ETS_ACCESS ? "an ETS table it does not own" : "files");
            });
        }
        return out;
    }

    /** The production calls the module's own {@code callers} (name/arity) make of another module's functions. */
    private static List<RemoteCall> callsOut(ProcessModule m, ProjectFacts project, Set<String> callers) {
        if (project == null) {
            return List.of();
        }
        return project.fileOf(m.name()).filter(file -> file.file().equals(m.file())).stream()
                .flatMap(file -> file.remoteCalls().stream())
                .filter(c -> !c.inTest() && m.name().equals(c.fromModule()) && callers.contains(c.fromFunction())
                        && !c.toModule().equals(m.name())).toList();
    }

    private static String source(Signal.Kind k) {
        return switch (k) {
            case REPO -> "the database";
            case HTTP -> "an HTTP service";
            case FILE -> "files";
            case ETS_ACCESS -> "an ETS table";
            case SYSTEM_CMD -> "an OS command";
            case REMOTE_NODE -> "another node";
            case PROCESS_CALL -> "other processes";
            default -> null;
        };
    }

    private static FailureClaim tables(ProcessModule m, ProjectFacts project) {
        List<EtsTable> owned = m.ownedTables().stream().filter(t -> t.spawnedBy() == null && !t.inTest()).toList();
        if (owned.isEmpty()) {
            return null;
        }
        List<String> ev = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (EtsTable t : owned.subList(0, Math.min(3, owned.size()))) {
            add(ev, at(t.location()));
            String again = t.hasHeir() ? "its :heir inherits it"
                    : "init/1".equals(t.function()) || "handle_continue/2".equals(t.function())
                    ? t.function() + " creates it again, empty"
                    : m.facts().reach("init/1").contains(t.function())
                    ? "init/1 creates it again, through " + t.function()
                    : "nothing creates it again until " + t.function() + " runs";
            parts.add("" + t.name() + " (" + again + ")");
        }
        String more = owned.size() > 3 ? " and " + (owned.size() - 3) + " more" : "";
        List<String> rescuing = new ArrayList<>();
        for (io.github.otpadvisor.facts.ApiFunction a : m.facts().api()) {
            if (a.reads() && a.rescues()) {
                rescuing.add(a.key());
                m.facts().function(a.key()).ifPresent(fn -> add(ev, fn.file() + ":" + fn.line()));
            }
        }
        // a reader that rescues ArgumentError returns its default instead: it does not fail, it answers wrong
        long allReaders = m.facts().api().stream().filter(io.github.otpadvisor.facts.ApiFunction::reads).count();
        String readers = !rescuing.isEmpty() && rescuing.size() == allReaders ? " Its functions that read it"
                + " bypassing the process (" + String.join(", ", rescuing) + ") rescue the error or check the table"
                + " first, and return a default until it exists again: callers see that, not a failure."
                : rescuing.isEmpty() ? " Readers that bypass the process get ArgumentError until the table"
                + " exists again." : " Readers that bypass the process get ArgumentError until the table exists"
                + " again, except " + String.join(", ", rescuing) + ", which rescue" + (rescuing.size() == 1 ? "s" : "")
                + " the error or check" + (rescuing.size() == 1 ? "s" : "") + " the table first, and return"
                + (rescuing.size() == 1 ? "s" : "") + " a default: callers see that, not a failure.";
        return new FailureClaim("State lost", "The ETS tables it owns die with it: " + String.join(", ", parts)
                + more + "." + readers + telemetryHandlers(m, project, ev), ev);
    }

    /**
     * Its functions that write a table bypassing the process and that another module passes on as a handler of four
     * arguments ({@code &Telemetry.handle_event/4} given to {@code :telemetry.attach}, thistle_tea's Application):
     * one that raises while the table is gone is detached by {@code :telemetry} for good, so the restart does not
     * bring its events back. The facts record such a capture as a call of arity 0 from the module that makes it.
     */
    private static String telemetryHandlers(ProcessModule m, ProjectFacts project, List<String> ev) {
        if (project == null) {
            return "";
        }
        // handle_event/4 is also a gen_statem callback name: its table access is read from the module's signals
        Set<String> rescuing = new java.util.HashSet<>();
        m.facts().api().stream().filter(io.github.otpadvisor.facts.ApiFunction::rescues)
                .forEach(a -> rescuing.add(a.key()));
        Set<String> publics = new java.util.HashSet<>();
        m.facts().functions().stream().filter(FunctionInfo::isPublic).forEach(f -> publics.add(f.key()));
        Set<String> handlers = new java.util.TreeSet<>(m.facts().signals(Signal.Kind.ETS_ACCESS).stream()
                .map(Signal::function).filter(f -> f != null && f.endsWith("/4") && publics.contains(f)
                        && !rescuing.contains(f)).toList());
        RemoteCall capture = handlers.isEmpty() ? null : project.files().stream().filter(f -> !f.test())
                .flatMap(f -> f.remoteCalls().stream()).filter(c -> !c.inTest() && m.name().equals(c.toModule())
                        && !m.name().equals(c.fromModule()) && c.arity() == 0
                        && handlers.contains(c.function() + "/4"))
                .min(java.util.Comparator.comparing(RemoteCall::file).thenComparingInt(RemoteCall::line))
                .orElse(null);
        if (capture == null) {
            return "";
        }
        add(ev, capture.file() + ":" + capture.line());
        return " " + capture.function() + "/4 is given to " + capture.fromModule() + " as a handler (a :telemetry"
                + " handler, by its four arguments) and touches the table with no rescue: an event while the table"
                + " is gone raises there, and :telemetry detaches a handler that raises for good, so those events"
                + " stay unrecorded after the restart until something attaches it again.";
    }

    /** Timers and monitors set outside init/1: a restart does not set them again. */
    private static FailureClaim armedElsewhere(ProcessModule m) {
        ModuleFacts f = m.facts();
        Set<Location> inInit = new java.util.HashSet<>();
        Set<String> initTags = new java.util.HashSet<>();
        if (f.init() != null) {
            f.init().signals().forEach(s -> {
                inInit.add(s.location());
                if (s.kind() == Signal.Kind.SEND_AFTER || s.kind() == Signal.Kind.TIMER) {
                    initTags.addAll(atoms(s.text()));
                }
            });
        }
        List<String> ev = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (Signal s : f.signals()) {
            boolean timer = s.kind() == Signal.Kind.SEND_AFTER || s.kind() == Signal.Kind.TIMER;
            // Only what runs in its own process and is not run again by a restart: call and cast handlers (start_link
            // runs again on every restart, a public function runs in its caller, handle_info re-arms its own loop).
            if (!(timer || s.kind() == Signal.Kind.MONITOR) || inInit.contains(s.location())
                    || !Set.of("handle_call/3", "handle_cast/2").contains(s.function())
                    || timer && atoms(s.text()).stream().anyMatch(initTags::contains)) { // init/1 arms that one too
                continue;
            }
            if (what.size() < 3) {
                what.add((timer ? "the timer" : "the monitor") + " set in " + s.function());
                add(ev, at(s.location()));
            }
        }
        if (what.isEmpty()) {
            return null;
        }
        return new FailureClaim("State lost", "Set outside init/1, so not set again by a restart until that code "
                + "runs again: " + String.join(", ", what) + ".", ev);
    }

    // ---- Shutdown ---------------------------------------------------------------------------------------------

    private static FailureClaim shutdown(ProcessModule m, SupervisedBy entry, boolean template) {
        ModuleFacts f = m.facts();
        List<String> ev = new ArrayList<>();
        Signal trap = f.signals(Signal.Kind.TRAP_EXIT).stream().findFirst().orElse(null);
        boolean statem = f.abstraction() == Abstraction.GEN_STATEM;
        FunctionInfo terminate = f.function("terminate", statem ? 3 : 2).orElse(null);
        String value = shutdownValue(f);
        String given = entry == null ? null : entryShutdown(entry.spec().text());
        if (given != null) {
            // the children entry sets it (verk's worker(QueuesDrainer, [t], shutdown: shutdown_timeout))
            value = given + " (set by its children entry" + (entry.spec().location() == null ? ""
                    : " at " + at(entry.spec().location())) + ")";
            add(ev, at(entry.spec().location()));
        }
        if (m.abstraction().isSupervisor()) {
            add(ev, at(f.location()));
            // a DynamicSupervisor's children (and a :simple_one_for_one's) have no start order to keep: it stops
            // them all at once
            String order = m.abstraction() == io.github.otpadvisor.facts.Abstraction.DYNAMIC_SUPERVISOR
                    ? "A DynamicSupervisor: on shutdown it stops all its children at once, in no order, and waits for"
                    + " them" : template ? "A :simple_one_for_one supervisor: on shutdown it stops all its children at"
                    + " once, in no order, and waits for them" : "A supervisor: on shutdown it stops its children in"
                    + " reverse start order and waits for them";
            return new FailureClaim("Shutdown", order + " (shutdown: " + (value == null ? ":infinity by default"
                    : value + "") + ").", ev);
        }
        String limit = value == null ? "5000 ms (the default)" : value.matches("\\d+") ? value + " ms" : value;
        String fn = statem ? "terminate/3" : "terminate/2";
        Signal outside = outsideStart(f);
        String left = "";
        if (outside != null) {
            add(ev, at(outside.location()));
            left = " What init/1 started under a library's own supervisor keeps running: " + outside.text() + " ("
                    + at(outside.location()) + ") is not linked to it, so a shutdown or a crash leaves it in place,"
                    + " and init/1 run again by a restart gets {:error, {:already_started, pid}} from that start.";
        }
        if (trap != null) {
            add(ev, at(trap.location()));
            if (terminate != null) {
                add(ev, at(terminate.location()));
                return new FailureClaim("Shutdown", "It traps exits, so on shutdown its supervisor waits up to "
                        + limit + " for " + fn + " to finish, then kills it." + left, ev);
            }
            return new FailureClaim("Shutdown", "It traps exits but defines no " + fn + ": a shutdown runs no "
                    + "cleanup of its own, and linked processes' exits reach it as {:EXIT, pid, reason} messages."
                    + left, ev);
        }
        if (terminate != null) {
            add(ev, at(terminate.location()));
            return new FailureClaim("Shutdown", "" + fn + " does not run when its supervisor shuts it down: it "
                    + "does not trap exits, so the :shutdown exit ends it at once (it runs when a callback raises or "
                    + "returns a stop). Call Process.flag(:trap_exit, true) in init/1 if that cleanup must run."
                    + left, ev);
        }
        add(ev, at(f.location()));
        return new FailureClaim("Shutdown", "It does not trap exits and defines no " + fn + ": a shutdown ends it "
                + "at once" + (left.isEmpty() ? ", with nothing to clean up." : "." + left), ev);
    }

    /**
     * A listener or client that init/1 (or a helper it calls) starts under its library's own supervisor, so it outlives
     * the process (pleroma's Gopher server and {@code :ranch.start_listener}); null when there is none.
     */
    private static Signal outsideStart(ModuleFacts f) {
        if (f.init() == null) {
            return null;
        }
        return f.init().signals().stream().filter(x -> x.kind() == Signal.Kind.SOCKET && x.text() != null
                && OUTSIDE_STARTS.matcher(x.text()).lookingAt()).findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern OUTSIDE_STARTS = java.util.regex.Pattern.compile(
            ":ranch\\.start_listener\\(|:cowboy\\.start_(clear|tls)\\(|:brod\\.start_client\\(");

    private static final java.util.regex.Pattern ENTRY_SHUTDOWN = java.util.regex.Pattern.compile("\\bshutdown:\\s*");

    /** The value of {@code shutdown:} in a children entry as written (up to the next top-level comma), or null. */
    static String entryShutdown(String text) {
        java.util.regex.Matcher m = text == null ? null : ENTRY_SHUTDOWN.matcher(text);
        if (m == null || !m.find()) {
            return null;
        }
        int depth = 0;
        int i = m.end();
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (ch == ',' && depth == 0) {
                break;
            }
        }
        String v = text.substring(m.end(), i).strip();
        return v.isEmpty() ? null : v;
    }

    private static String shutdownValue(ModuleFacts f) {
        if (f.ownChildSpec() != null && f.ownChildSpec().shutdown() != null) {
            return f.ownChildSpec().shutdown();
        }
        return f.useOptions().get("shutdown");
    }

    // ---- Ordering ---------------------------------------------------------------------------------------------

    private static FailureClaim ordering(ProcessModule m, SupervisedBy entry, ProjectFacts project) {
        ChildrenList list = entry.list();
        List<ChildSpec> kids = list.children();
        int i = kids.indexOf(entry.spec());
        List<String> ev = new ArrayList<>();
        add(ev, at(entry.spec().location()));
        add(ev, at(list.location()));
        String strategy = list.strategy() == null ? null : list.strategy().replaceFirst("^:", "");
        String parent = supervisorLabel(list, list.module() == null ? "its supervisor" : list.module());
        StringBuilder text = new StringBuilder();
        // An entry the analysis could not read ([...] ++ Application.get_env(...), a helper's list) is no child it
        // can count: the count says "listed" and names what more may come.
        List<ChildSpec> unread = kids.stream().filter(k -> k.form() == ChildSpec.Form.UNRESOLVED).toList();
        int unreadBefore = i < 0 ? 0 : (int) kids.subList(0, i).stream().filter(unread::contains).count();
        List<String> conditions = conditions(kids);
        // Mix.PubSub lists its Subscriber, and start_listeners/0 adds a ListenerSupervisor later: not "1 of 1"
        StartSite added = project == null ? null : project.addedAtRuntime(listName(list)).orElse(null);
        String addedBy = added == null ? null : "those added with " + call(added) + " at " + at(added.location());
        String addedText = added == null ? "" : " (and " + addedBy + ")";
        if (added != null) {
            add(ev, at(added.location()));
        }
        // listed always, after entries listed always: its position holds in every branch (sensocto's
        // Session.Supervisor, wanderer's Telemetry: readers called "its position depends on the branch" wrong)
        boolean fixedPlace = i >= 0 && unread.isEmpty() && kids.subList(0, i + 1).stream()
                .allMatch(k -> k.condition() == null);
        if (!conditions.isEmpty() && fixedPlace) {
            conditions.forEach(c -> add(ev, c));
            String at = String.join(", ", conditions);
            return new FailureClaim("Ordering", "Child " + (i + 1) + " of " + parent + addedText + " in every"
                    + " branch: the entries that depend on the condition" + (conditions.size() > 1 ? "s" : "") + " at "
                    + at + " come after it" + (i > 0 ? "; it starts after " + names(kids.subList(Math.max(0, i - 3), i),
                    i > 3) + " and stops before them" : "; it starts first and stops last") + ". "
                    + underBranches(strategy, parent, " (which of them run depends on the branch)"), ev);
        }
        if (!conditions.isEmpty()) {
            // ex_nvr's device supervisor lists DiskMonitor first in one branch of an if and not at all in the other:
            // the entries of every branch, read as one list, give no position or neighbours that hold
            conditions.forEach(c -> add(ev, c));
            // logflare's ContextCache.Supervisor: `caches ++ List.wrap(maybe_busters)`, the caches a helper's list
            String count = unread.isEmpty() ? "One of up to " + kids.size() + " children of " + parent + addedText
                    : "One of the children of " + parent + " (" + (kids.size() - unread.size()) + " entries read, and"
                    + " what " + unreadTexts(unread) + " adds" + (added == null ? "" : ", and " + addedBy) + ")";
            return new FailureClaim("Ordering", count + ", but which"
                    + " are listed, and in what order, depends on the condition" + (conditions.size() > 1 ? "s" : "")
                    + " at " + String.join(", ", conditions) + ": its position and neighbours depend on the branch that"
                    + " runs. " + underBranches(strategy, parent, " in that branch"), ev);
        }
        if (i >= 0) {
            text.append("Child ").append(i + 1 - unreadBefore).append(unreadBefore > 0 ? " listed" : "")
                    .append(" of ").append(kids.size() - unread.size()).append(unread.isEmpty() ? "" : " listed")
                    .append(" of ").append(parent);
            if (!unread.isEmpty()) {
                text.append(" (and what ").append(unreadTexts(unread)).append(" adds)");
            }
            text.append(addedText);
            if (i > 0) {
                text.append(": it starts after ").append(names(kids.subList(Math.max(0, i - 3), i), i > 3))
                        .append(" and stops before them");
            } else {
                text.append(": it starts first and stops last");
            }
            text.append(". ");
        }
        if (strategy == null) {
            text.append("The strategy is not a literal the analysis could read.");
        } else {
            switch (strategy) {
                case "one_for_one" -> text.append("Under :one_for_one a crash restarts it alone.");
                case "rest_for_one" -> text.append(i < 0 || i == kids.size() - 1
                        ? "Under :rest_for_one a crash restarts it alone: nothing is listed after it."
                        : "Under :rest_for_one a crash also restarts the " + (kids.size() - i - 1)
                        + " children listed after it (" + names(kids.subList(i + 1, Math.min(kids.size(), i + 4)),
                        false) + (kids.size() - i - 1 > 3 ? " …" : "") + "), and they lose their state too.");
                case "one_for_all" -> text.append(restartsNone(list) ? "Under :one_for_all with max_restarts: 0 a crash"
                        + " restarts nothing: the supervisor stops, and " + (unread.isEmpty() && added == null ? "all " + kids.size()
                        + " of its children" : "all its children") + " with it." : "Under :one_for_all a crash"
                        + " restarts all " + (unread.isEmpty() && added == null ? kids.size() + " " : "") + "children of " + parent
                        + ", and they lose their state too.");
                default -> text.append("Strategy ").append(list.strategy()).append(".");
            }
        }
        String dep = registryOrder(m, kids, i);
        if (dep != null) {
            text.append(' ').append(dep);
        }
        return new FailureClaim("Ordering", text.toString().strip(), ev);
    }

    /** The places of the conditions its entries are listed under, each once. */
    private static List<String> conditions(List<ChildSpec> kids) {
        return kids.stream().map(ChildSpec::condition).filter(Objects::nonNull).map(Failures::at).distinct().toList();
    }

    /** What a crash restarts in a list some entries of which a condition decides; {@code after} says which follow. */
    private static String underBranches(String strategy, String parent, String after) {
        return switch (strategy == null ? "" : strategy) {
            case "one_for_one" -> "Under :one_for_one a crash restarts it alone.";
            case "rest_for_one" -> "Under :rest_for_one a crash also restarts the children listed after it" + after
                    + ", and they lose their state too.";
            case "one_for_all" -> "Under :one_for_all a crash restarts every child " + parent + " runs, and they lose"
                    + " their state too.";
            default -> "The strategy is not a literal the analysis could read.";
        };
    }

    private static String unreadTexts(List<ChildSpec> unread) {
        return unread.stream().map(k -> k.text() == null ? "code not read here"
                : k.text().length() <= 60 ? k.text() : k.text().substring(0, 57) + "...")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The name its supervisor runs under: the name option of its start, else the module whose list it is. */
    private static String listName(ChildrenList list) {
        return list.supervisorName() != null && list.supervisorName().kind() == NameRef.Kind.MODULE
                ? list.supervisorName().module() : list.module();
    }

    /** The Registry its own name goes through must start before it: listed later, its start fails. */
    private static String registryOrder(ProcessModule m, List<ChildSpec> kids, int self) {
        for (NameRef n : m.names()) {
            if (n.kind() != NameRef.Kind.VIA_REGISTRY || n.lookup() || n.module() == null) {
                continue;
            }
            for (int j = 0; j < kids.size(); j++) {
                ChildSpec c = kids.get(j);
                if ("Registry".equals(c.module()) && c.name() != null && n.module().equals(c.name().module())) {
                    return j < self ? "The Registry " + n.module() + " its name goes through is listed before it, "
                            + "so it is up when it registers."
                            : "Wrong order: it registers through " + n.module() + ", which is listed after it: its "
                            + "start fails (unknown registry) until that Registry runs; list the Registry first.";
                }
            }
        }
        return null;
    }

    private static String names(List<ChildSpec> specs, boolean more) {
        List<String> out = new ArrayList<>();
        for (ChildSpec c : specs) {
            String name = c.name() == null ? null : c.name().kind() == NameRef.Kind.MODULE ? c.name().module()
                    : c.name().kind() == NameRef.Kind.ATOM ? c.name().text() : null;
            String label = name != null && c.module() != null
                    && (c.module().indexOf('.') < 0 || "Task.Supervisor".equals(c.module()))
                    ? c.module() + " " + name : c.module() != null ? c.module() : c.text();
            out.add("" + shorten(label) + "");
        }
        return (more ? "… " : "") + String.join(", ", out);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 59) + "…" : one;
    }

    /**
     * A per-entity child found through a Registry and started under a DynamicSupervisor: where both sit in one
     * children list, the strategy decides whether a Registry crash can leave children running unregistered
     * (registered processes are linked to the Registry: those that trap exits survive its crash).
     */
    private static FailureClaim registryPair(ProcessModule m, Supervision s, ProjectFacts project) {
        if (project == null || s.status() != Supervision.Status.DYNAMIC || s.parent() == null) {
            return null;
        }
        String registry = m.names().stream().filter(n -> n.kind() == NameRef.Kind.VIA_REGISTRY && !n.lookup()
                && n.module() != null).map(NameRef::module).findFirst().orElse(null);
        if (registry == null) {
            return null;
        }
        for (ChildrenList list : project.childrenLists()) {
            int reg = -1;
            int sup = -1;
            for (int j = 0; j < list.children().size(); j++) {
                ChildSpec c = list.children().get(j);
                String name = c.name() == null ? null : c.name().module();
                if ("Registry".equals(c.module()) && registry.equals(name)) {
                    reg = j;
                } else if (s.parent().equals(name) || s.parent().equals(c.module()) && name == null) {
                    sup = j;
                }
            }
            if (reg < 0 || sup < 0) {
                continue;
            }
            List<String> ev = new ArrayList<>();
            add(ev, at(list.children().get(reg).location()));
            add(ev, at(list.children().get(sup).location()));
            add(ev, at(list.location()));
            String strategy = list.strategy() == null ? "?" : list.strategy().replaceFirst("^:", "");
            boolean traps = !m.facts().signals(Signal.Kind.TRAP_EXIT).isEmpty();
            StartSite start = m.dynamicStarts().isEmpty() ? null : m.dynamicStarts().get(0);
            boolean temporary = "temporary".equals(restartOf(m.facts(), start == null ? null : start.child(), false)
                    .value());
            String text;
            if (temporary && !traps) {
                // spek's sessions: restart: :temporary, so the Restart line already says nothing starts them again
                text = "The Registry " + registry + " and " + s.parent() + " sit in one children list under :" + strategy
                        + ". Registered processes are linked to the Registry: its crash kills them, and as :temporary"
                        + " children nothing starts them again; a lookup finds none until their callers start them"
                        + " anew.";
            } else if (reg < sup && (strategy.equals("rest_for_one") || strategy.equals("one_for_all"))) {
                text = "The Registry " + registry + " is listed before " + s.parent() + " under :" + strategy
                        + ": a Registry crash restarts the supervisor and its children too, so none runs "
                        + "unregistered.";
            } else {
                String where = list.children().size() > 2 ? "put the Registry and " + s.parent() + " under a "
                        + "supervisor of their own with strategy: :rest_for_one, the Registry first"
                        : "use strategy: :rest_for_one with the Registry listed first";
                text = "The Registry " + registry + " and " + s.parent() + " sit in one children list under :"
                        + strategy + (reg > sup ? ", the Registry after it" : "") + ". Registered processes are "
                        + "linked to the Registry: its crash "
                        + (traps ? "reaches this module, which traps exits and keeps running unregistered, so a "
                        + "lookup then starts a second one for the same key"
                        : "kills them and " + s.parent() + " restarts them at once, possibly before the Registry is "
                        + "back: those starts fail and count against " + s.parent() + "'s restart intensity")
                        + ". To restart " + s.parent() + " with its Registry, " + where + ".";
            }
            return new FailureClaim("Ordering", text, ev);
        }
        return null;
    }

    // ---- Mailbox ----------------------------------------------------------------------------------------------

    /** A singleton reached from a request path: every request waits in one mailbox. */
    private static FailureClaim mailbox(ProcessModule m, CallPaths paths) {
        if (!m.is(Property.SINGLETON) || paths == null) {
            return null;
        }
        MessageSend hit = null;
        CallPaths.RequestPath path = null;
        boolean cast = false;
        boolean call = false;
        // in the order found: a call that passes none waits 5 s, the default (phoenix's CodeReloader passes :infinity)
        Set<String> timeouts = new java.util.LinkedHashSet<>();
        for (MessageSend s : m.sendsToIt()) {
            if (s.inTest() || s.fromOwnProcess() || s.kind() == MessageSend.Kind.SEND_AFTER) {
                continue;
            }
            CallPaths.RequestPath p = paths.requestPath(s.module(), s.function());
            if (p == null) {
                continue;
            }
            boolean isCast = s.kind() == MessageSend.Kind.GENSERVER_CAST || s.kind() == MessageSend.Kind.AGENT_CAST
                    || s.kind() == MessageSend.Kind.SEND || s.kind() == MessageSend.Kind.GEN_STATEM_CAST
                    || s.kind() == MessageSend.Kind.GEN_STATE_MACHINE_CAST;
            cast |= isCast;
            call |= !isCast;
            if (!isCast) {
                timeouts.add(s.timeout() == null ? "5 s, the default" : s.timeout().matches("[0-9_]+")
                        ? s.timeout() + " ms" : s.timeout());
            }
            if (hit == null || path.humanRate() && !p.humanRate()) {
                hit = s;
                path = p;
            }
        }
        if (hit == null) {
            return null;
        }
        List<String> ev = new ArrayList<>();
        add(ev, at(hit.location()));
        String text = "One process for the whole node, reached from a request path (" + path.entryKind() + ": "
                + shorten(path.text()) + "): every request waits its turn in its mailbox. "
                + (cast ? "Casts and sends do not wait, so under load its mailbox grows without bound. " : "")
                + (!call ? "" : timeouts.equals(Set.of(":infinity")) ? "Calls pass :infinity: each waits in line as long"
                + " as the queue takes, and nothing frees it. " : "Calls wait in line and exit after their timeout ("
                + String.join("; ", timeouts) + ") while their messages stay queued. ")
                + (path.humanRate() ? "Here at a person's rate: a concern only under bursts." : "");
        return new FailureClaim("Mailbox", text.strip(), ev);
    }

    /** The atoms written in a call ({@code :tick} in {@code :timer.send_interval(t, :tick)}), without the timer modules. */
    private static Set<String> atoms(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w:]):([a-z_][A-Za-z0-9_]*)").matcher(
                text == null ? "" : text);
        while (m.find()) {
            if (!m.group(1).equals("timer") && !m.group(1).equals("erlang")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String at(Location l) {
        return l == null || l.line() <= 0 ? null : l.file() + ":" + l.line();
    }

    private static void add(List<String> ev, String where) {
        if (where != null && !ev.contains(where)) {
            ev.add(where);
        }
    }
}
