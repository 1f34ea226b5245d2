package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.SupervisedBy;
import io.github.otpadvisor.sketch.TodayStart.Site;
import io.github.otpadvisor.sketch.TodayStart.StartArity;
import java.util.List;
import java.util.Set;

/**
 * Reads how production code starts a module, as written, for a Supervision Tree that shows today's entry instead of
 * inventing one ({@link TodayStart}): its children entry, the start_child call, a plain start call, and what its
 * start_link accepts.
 */
final class StartSites {
    /** The longest one-line entry the facts keep whole ({@code SourceText} cuts longer ones with an ellipsis). */
    private static final int MAX_ENTRY = 160;
    /** Behaviours whose {@code use} defines no start_link: a module using only these has none unless it writes one. */
    private static final Set<String> PLAIN_USES = Set.of("GenServer", "GenStateMachine", "Agent", "Supervisor",
            "DynamicSupervisor", "Task", "Logger", "Require", "Ecto.Schema");
    private static final Set<StartSite.Kind> CALLS = Set.of(StartSite.Kind.GENSERVER_START,
            StartSite.Kind.GENSERVER_START_LINK, StartSite.Kind.GEN_STATEM_START, StartSite.Kind.AGENT_START,
            StartSite.Kind.AGENT_START_LINK, StartSite.Kind.SUPERVISOR_START_LINK);

    private StartSites() {
    }

    /** Its production children entry as written, when it is one line of Elixir the facts keep whole. */
    static Site entry(ProcessModule m, ProjectFacts project) {
        for (SupervisedBy s : m.supervisedBy()) {
            boolean test = project.filesAt(s.file()).stream().anyMatch(FileFacts::test);
            String text = s.spec() == null ? null : s.spec().text();
            if (!test && text != null && !text.contains("\n") && text.length() < MAX_ENTRY
                    && !text.contains("…") && SketchNames.fenceSafe(text) && Messages.parses(text)) {
                int line = s.spec().location() == null ? 0 : s.spec().location().line();
                String owner = s.list() == null || s.list().module() == null ? "its supervisor" : s.list().module();
                String by = s.list() != null && "simple_one_for_one".equals(s.list().strategy())
                        ? owner + "'s :simple_one_for_one children" : owner + "'s children";
                // The facts print an fn without arguments as "fn  ->": written, it has one space.
                // the entry's own file: a list another module's function returns sits there (gamend's HostSupervision)
                String file = s.spec().location() != null && s.spec().location().file() != null
                        ? s.spec().location().file() : s.file();
                io.github.otpadvisor.facts.Location cond = s.spec().condition() != null ? s.spec().condition()
                        : ancestorCondition(m, project);
                return new Site(text.replace("fn  -> ", "fn -> "), file + (line > 0 ? ":" + line : ""),
                        by, null, cond == null ? null : cond.file() + ":" + cond.line());
            }
        }
        return poolEntry(m, project);
    }

    /**
     * The condition a supervisor above it is listed under, on its one path from the application's root: nothing
     * below that entry runs where the condition does not hold (wanderer's kills listeners, under a supervisor its
     * application lists only outside :test). Null when none is, or when several paths lead to it.
     */
    private static io.github.otpadvisor.facts.Location ancestorCondition(ProcessModule m, ProjectFacts project) {
        io.github.otpadvisor.project.TreePaths.Found found = project.treePaths().to(m.name(), m.app(), 2, 64);
        if (found.total() != 1 || found.paths().get(0).skipped() > 0) {
            return null;
        }
        List<io.github.otpadvisor.project.SupervisionNode> nodes = found.paths().get(0).nodes();
        for (int i = nodes.size() - 2; i >= 0; i--) {
            io.github.otpadvisor.facts.ChildSpec spec = nodes.get(i).spec();
            if (spec != null && spec.condition() != null) {
                return spec.condition();
            }
        }
        return null;
    }

    /** A pool's worker: the entry of the pool that starts it ({@code :poolboy.child_spec(..)}), as written. */
    private static Site poolEntry(ProcessModule m, ProjectFacts project) {
        for (io.github.otpadvisor.facts.ChildrenList l : project.childrenLists()) {
            for (io.github.otpadvisor.facts.ChildSpec c : l.children()) {
                String text = c.text();
                if (!c.pool() || !m.name().equals(c.partitionChild()) || c.location() == null || text == null
                        || project.filesAt(c.location().file()).stream().anyMatch(FileFacts::test)) {
                    continue;
                }
                if (!text.contains("\n") && text.length() < MAX_ENTRY && SketchNames.fenceSafe(text)
                        && Messages.parses(text)) {
                    return new Site(text, c.location().file() + ":" + c.location().line(),
                            (l.module() == null ? "its supervisor" : l.module()) + "'s children");
                }
            }
        }
        return null;
    }

    /** The first production start_child call that starts it, whole as written. */
    static Site dynamic(ProcessModule m, ProjectFacts project) {
        for (StartSite s : project.startSitesFor(m.name(), m.app())) {
            if (s.kind() == StartSite.Kind.DYNAMIC_START_CHILD && production(s) && m.name().equals(s.startedModule())
                    && !project.unstarted(s)) {
                Site site = site(s, m);
                if (site != null) {
                    String key = bottleneckKey(s, project);
                    if (key != null && site.text() != null && ElixirNames.isVariable(key)
                            && java.util.regex.Pattern.compile("\\b" + key + "\\.id\\b").matcher(site.text()).find()) {
                        // the entity is a struct its start names by id ("party_#{party.id}", teiserver's parties):
                        // the id routes it, which the calls that only hold the id can give too
                        key = key + ".id";
                    }
                    return key == null ? site : new Site(site.text(), site.where(), site.by(), key);
                }
            }
        }
        return null;
    }

    /** The entity a start_child that makes its DynamicSupervisor a bottleneck starts one process for, or null. */
    private static String bottleneckKey(StartSite s, ProjectFacts project) {
        return s.location() == null ? null : project.bottleneckStarts().stream()
                .filter(b -> s.location().equals(b.site().location()))
                .map(io.github.otpadvisor.project.BottleneckStart::key).findFirst().orElse(null);
    }

    /**
     * The first production start call of another module that starts it outside a supervisor, as written; else a call
     * of its own start_link from another module (where and by whom, without text).
     */
    static Site call(ProcessModule m, ProjectFacts project) {
        for (StartSite s : project.startSitesFor(m.name(), m.app())) {
            if (CALLS.contains(s.kind()) && production(s) && !s.inOwnStartLink() && !m.name().equals(s.module())
                    && m.name().equals(s.startedModule())) {
                Site site = site(s, m);
                if (site != null) {
                    return site;
                }
            }
        }
        for (io.github.otpadvisor.facts.RemoteCall c : m.callers()) {
            // M.start_link(...) called from another module's code: who passes its argument (no text: not a spec).
            if (!c.inTest() && (c.function().equals("start_link") || c.function().equals("start"))
                    && c.fromFunction() != null && !c.fromFunction().startsWith("child_spec/")
                    && !m.name().equals(c.fromModule()) && c.location() != null) {
                return new Site(null, c.location().file() + ":" + c.location().line(), m.name() + "."
                        + c.function() + " in " + c.fromModule() + "." + c.fromFunction());
            }
        }
        return null;
    }

    /**
     * Another module's start function that starts it (it sits where that module does), or the process that restarts
     * it on {@code :DOWN}; null when neither does.
     */
    static Site indirect(ProcessModule m, ProjectFacts project) {
        io.github.otpadvisor.project.Supervision s = project.supervision(m);
        String where = s.location() == null ? null : s.location().file() + ":" + s.location().line();
        if (s.through() != null) {
            return new Site(null, where, "started by " + s.through() + ", so it starts whenever that module does");
        }
        return s.restartedBy() == null ? null : new Site(null, where, s.restartedBy());
    }

    /**
     * Where another module's production code names it ({@code start: {M, :start_link, [..]}} in a child_spec of its
     * own), for a placeholder to point at when no start call shows its argument; null when none does.
     */
    static Site named(ProcessModule m, ProjectFacts project) {
        for (FileFacts file : project.productionFiles()) {
            for (io.github.otpadvisor.facts.ModuleRef r : file.moduleRefs()) {
                if (r.name().equals(m.name()) && r.fromModule() != null && !r.fromModule().equals(m.name())
                        && r.line() > 0) {
                    return new Site(null, r.file() + ":" + r.line(), r.fromModule() + " names it");
                }
            }
        }
        return null;
    }

    /** What its start_link accepts; unknown when a macro or code the file does not show may define it. */
    static StartArity arity(ModuleFacts f) {
        List<FunctionInfo> starts = f.functions().stream().filter(fn -> fn.name().equals("start_link")
                && fn.isPublic()).toList();
        if (f.defines("child_spec", 1) || starts.stream().anyMatch(fn -> fn.acceptsArity(1))) {
            return StartArity.ONE;
        }
        if (f.openClauses() || f.usingTemplate() != null || f.library() != null
                || f.uses().stream().anyMatch(u -> !PLAIN_USES.contains(u))) {
            return StartArity.UNKNOWN;
        }
        if (starts.isEmpty()) {
            return StartArity.NONE;
        }
        return starts.stream().anyMatch(fn -> fn.acceptsArity(0)) ? StartArity.ZERO : StartArity.UNKNOWN;
    }

    private static boolean production(StartSite s) {
        return !s.inTest() && !s.inScript();
    }

    /** The call as written (several lines when it spans them), {@code __MODULE__} named when it is the caller's. */
    private static Site site(StartSite s, ProcessModule m) {
        String text = s.written() != null ? TodayCodes.movable(s.written()) : s.text();
        if (text != null && text.split("\n", -1).length > WrittenCall.MAX_LINES) {
            // Too long to quote whole: the call on one line, its spec as the facts print it.
            text = s.text() != null ? s.text() : s.child() == null || s.supervisor() == null ? null
                    : s.call().replaceFirst("/\\d+$", "") + "(" + (s.supervisor().module() != null
                    ? s.supervisor().module() : s.supervisor().text()) + ", " + s.child().text() + ")";
        }
        String where0 = s.location() == null ? null : s.location().file() + ":" + s.location().line();
        if ((text == null || text.contains("…")) && s.written() != null && where0 != null) {
            // Too long to quote or print: who and where, so the entry is not invented.
            return new Site(null, where0, s.call().replaceFirst("/\\d+$", "") + (s.function() == null ? ""
                    : " in " + (s.module() == null ? "" : s.module() + ".") + s.function()));
        }
        if (text == null || text.contains("…") || text.isBlank() || !SketchNames.fenceSafe(text) || !Messages.parses(text)) {
            return null;
        }
        if (s.module() != null) {
            text = text.replace("__MODULE__", s.module());
        }
        String where = s.location() == null ? null : s.location().file() + ":" + s.location().line();
        String by = s.call().replaceFirst("/\\d+$", "") + (s.function() == null ? ""
                : " in " + (s.module() == null ? "" : s.module() + ".") + s.function());
        return new Site(text, where, by);
    }
}
