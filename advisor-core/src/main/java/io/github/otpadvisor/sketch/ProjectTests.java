package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.ModuleRef;
import io.github.otpadvisor.facts.TestStart;
import io.github.otpadvisor.facts.UseLine;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the project's own tests say about testing a module (issue 11, "tests that test"): the test file that starts it
 * or is named after it, the case template that file uses ({@code use Keila.DataCase}) and how it starts the module
 * ({@code Scheduler.start_link(name: nil)}), so a test sketch sets up as the project does; without such a file, the
 * case template of the module's application that checks out an Ecto sandbox, when the module calls a Repo itself (its
 * queries fail outside a sandbox).
 *
 * @param file          the project's test file of the module, or null
 * @param template      the case template to use instead of {@code ExUnit.Case}, or null
 * @param templateWhere {@code file:line} of that template's {@code use} in the project's test, or of its definition
 * @param start         how the project's test starts it, when it calls its start function directly; null otherwise
 * @param covered       the module's functions ({@code name/arity}) the project's test file calls: a test sketch
 *                      writes tests for the others
 * @param startArities  every number of arguments its {@code start_link} takes (defaults included); empty when it
 *                      defines none: a spec {@code {M, arg}} needs 1
 * @param sandboxRepo   without a template, the Repo the module queries when the project's tests run the Ecto sandbox
 *                      ({@code Ecto.Adapters.SQL.Sandbox} calls in its test code): the test checks a connection out
 *                      and shares it with the process it starts (prediction_analyzer's Download); else null
 * @param stoppedBy     why the application's tree is not running while its tests run, or null when it is: its mix.exs
 *                      (or the umbrella's) runs them with {@code mix test --no-start} (bolt, anoma, elixir-omg), or
 *                      names no {@code mod:} (gristle's nerves_ground_robot); nothing that tree starts is there
 * @param hiddenStarts  its application's tree has children entries the analysis could not read (dispatch's
 *                      {@code |> SlackApi.append_child_spec()}): a module nothing seen starts may be one of them
 * @param repoVia       the module of the project through which its code queries the Repo, when it does not call the
 *                      Repo itself (vutuv's {@code Sweeper} calls {@code Vutuv.AccountEvents.delete_expired/0}); else
 *                      null
 * @param unsharedRepo  with a template that checks the sandbox out for the test alone (no shared mode, evercam's
 *                      ConnCase): the Repo the module queries, which the test shares with the process it starts;
 *                      else null
 * @param childrenAtStart its own start adds children to it: the functions reached from its start_link or init/1
 *                      that call start_child on it (gristle's Comms.System starts two registries in its
 *                      start_link), in the order found; a test cannot count on none
 * @param childrenNamed   every module its own functions start under it ({@code DynamicSupervisor.start_child(__MODULE__,
 *                      {Child, id})}) passes a name to its start: a second start of the same id returns
 *                      {@code {:error, {:already_started, pid}}} (dara-dots' RockPaperScissors; its TicTacToe, which
 *                      registers in init/1 instead, starts a second copy)
 * @param castReply     a function of another process module that only casts ({@code GenServer.cast(..)}, returning
 *                      :ok) which its call clauses reach through its own functions ({@code Rube.Chainlink.FeedBuilder.fetch/2}
 *                      from FeedIndexer's get_or_fetch/2): a call's reply may be that :ok, whatever its @spec says;
 *                      else null
 */
record ProjectTests(String file, String template, String templateWhere, TestStart start,
                    java.util.Set<String> covered, java.util.Set<Integer> startArities, String sandboxRepo,
                    String stoppedBy, boolean hiddenStarts, String repoVia, String unsharedRepo,
                    java.util.List<String> childrenAtStart, boolean childrenNamed, String castReply, Miss miss) {
    static final ProjectTests NONE = new ProjectTests(null, null, null, null, java.util.Set.of(), java.util.Set.of(),
            null, null, false, null, null, java.util.List.of(), false, null, null);

    /**
     * What its call answers for ids nothing has, as the sample values a test passes are: which lookups miss them and
     * where ({@code Slurp.Blockchains.find/1 misses it (lib/amm/pair_builder.ex:31)}), the parameter they are given,
     * and the reply: {@code :ok} when the miss branch returns a cast's result
     * (rube's FeedIndexer.get/2), null when the miss is only "not {:ok, _}" (a {@code with} that stops at its first
     * step: rube's PairBuilder.fetch/2, and TokenIndexer.get/2 through TokenBuilder.fetch/2).
     */
    record Miss(String missed, String param, String reply) {
    }

    ProjectTests {
        covered = covered == null ? java.util.Set.of() : java.util.Set.copyOf(covered);
        // in order: a report lists them ("has start_link/2, start_link/3 only"), and Set.copyOf's order changes from
        // one run to the next
        startArities = startArities == null ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(startArities));
    }

    ProjectTests(String file, String template, String templateWhere, TestStart start, java.util.Set<String> covered,
                 java.util.Set<Integer> startArities) {
        this(file, template, templateWhere, start, covered, startArities, null, null, false, null, null,
                java.util.List.of(), false, null, null);
    }

    /** The application's tree runs while its tests do. */
    boolean appRunning() {
        return stoppedBy == null;
    }

    /** The same, with what the module's start_link takes. */
    private ProjectTests starting(java.util.Set<Integer> arities) {
        return new ProjectTests(file, template, templateWhere, start, covered, arities, sandboxRepo, stoppedBy,
                hiddenStarts, repoVia, unsharedRepo, childrenAtStart, childrenNamed, castReply, miss);
    }

    /** The same, with the Repo a test without a template checks out. */
    private ProjectTests sandboxed(String repo) {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, repo, stoppedBy,
                hiddenStarts, repoVia, unsharedRepo, childrenAtStart, childrenNamed, castReply, miss);
    }

    /** The same, for an application whose tree is not running in its tests, for {@code why}. */
    private ProjectTests appStopped(String why) {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, sandboxRepo, why,
                hiddenStarts, repoVia, unsharedRepo, childrenAtStart, childrenNamed, castReply, miss);
    }

    /** The same, for an application whose tree has entries the analysis could not read. */
    private ProjectTests withHiddenStarts() {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, sandboxRepo, stoppedBy,
                true, repoVia, unsharedRepo, childrenAtStart, childrenNamed, castReply, miss);
    }

    /** The same, naming the module through which the code reaches the Repo. */
    private ProjectTests via(String module) {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, sandboxRepo, stoppedBy,
                hiddenStarts, module, unsharedRepo, childrenAtStart, childrenNamed, castReply, miss);
    }

    /** The same, with the Repo the test shares itself (its template does not). */
    private ProjectTests sharing(String repo) {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, sandboxRepo, stoppedBy,
                hiddenStarts, repoVia, repo, childrenAtStart, childrenNamed, castReply, miss);
    }

    /** The same, with the cast function a call's reply may come from. */
    private ProjectTests replyingFromCast(String function) {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, sandboxRepo, stoppedBy,
                hiddenStarts, repoVia, unsharedRepo, childrenAtStart, childrenNamed, function, miss);
    }

    /** The same, with what its call answers for ids nothing has. */
    private ProjectTests missing(Miss m) {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, sandboxRepo, stoppedBy,
                hiddenStarts, repoVia, unsharedRepo, childrenAtStart, childrenNamed, castReply, m);
    }

    /** The same, whose own functions start only children that register a name as they start. */
    private ProjectTests namingChildren() {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, sandboxRepo, stoppedBy,
                hiddenStarts, repoVia, unsharedRepo, childrenAtStart, true, castReply, miss);
    }

    /** The same, with the functions of its own start that add children to it. */
    private ProjectTests addingChildren(java.util.List<String> functions) {
        return new ProjectTests(file, template, templateWhere, start, covered, startArities, sandboxRepo, stoppedBy,
                hiddenStarts, repoVia, unsharedRepo, functions, childrenNamed, castReply, miss);
    }

    /**
     * The functions ({@code name/arity}) of {@code module} reached from its start_link or init/1 through its local
     * calls that call start_child on it ({@code DynamicSupervisor.start_child(__MODULE__, ..)}).
     */
    private static java.util.List<String> childrenAtStart(ProjectFacts project, String module, String app) {
        ModuleFacts m = project.module(module, app).orElse(null);
        if (m == null) {
            return java.util.List.of();
        }
        java.util.Set<String> reached = m.reachedFrom(m.functions().stream()
                .filter(f -> f.name().equals("start_link") || f.key().equals("init/1")).map(f -> f.key()).toList());
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (io.github.otpadvisor.facts.StartSite s : project.startSitesFor(module, app)) {
            io.github.otpadvisor.facts.Target to = s.supervisor();
            if (s.kind() == io.github.otpadvisor.facts.StartSite.Kind.DYNAMIC_START_CHILD && !s.inTest()
                    && module.equals(s.module()) && to != null && to.kind() == io.github.otpadvisor.facts.Target.Kind.MODULE
                    && module.equals(to.module()) && s.function() != null && reached.contains(s.function())) {
                out.add(s.function());
            }
        }
        return java.util.List.copyOf(out);
    }

    /**
     * A function of another process module that only casts, reached from {@code module}'s handle_call/3 through its own
     * functions ({@link #castReply}), as {@code Mod.fun/arity}; null when there is none.
     */
    private static String castReply(ProjectFacts project, String module, String app) {
        ModuleFacts m = project.module(module, app).orElse(null);
        if (m == null || m.functions().stream().noneMatch(f -> f.key().equals("handle_call/3"))) {
            return null;
        }
        java.util.Set<String> reached = m.reachedFrom(java.util.List.of("handle_call/3"));
        return project.fileOf(module, app).stream().flatMap(f -> f.remoteCalls().stream())
                .filter(c -> module.equals(c.fromModule()) && !c.inTest() && reached.contains(c.fromFunction()))
                .filter(c -> project.processModule(c.toModule()).stream().flatMap(p -> p.facts().api().stream())
                        .anyMatch(a -> a.name().equals(c.function()) && a.arity() == c.arity()
                                && a.clauses().size() == 1 && a.clauses().get(0).body() != null
                                && CAST_ONLY.matcher(a.clauses().get(0).body().strip()).matches()))
                .map(c -> c.toModule() + "." + c.function() + "/" + c.arity()).findFirst().orElse(null);
    }

    /**
     * What {@code module}'s one handle_call clause answers for ids nothing has ({@link Miss}): a lookup its clause
     * reaches through its own functions that misses them, then either a fill that only casts ({@code cast}: the
     * reply is :ok), a fill that calls another process module whose one handle_call clause stops at a first lookup
     * ({@code depth} more modules followed), or a {@code with} that stops at its first lookup; null otherwise.
     */
    private static Miss miss(ProjectFacts project, String module, String app, String cast, int depth) {
        ModuleFacts m = project.module(module, app).orElse(null);
        if (m == null || m.clauses("handle_call").size() != 1) {
            return null;
        }
        java.util.Set<String> reached = m.reachedFrom(java.util.List.of("handle_call/3"));
        for (io.github.otpadvisor.facts.Signal s : m.signals()) {
            if (s.function() == null || !reached.contains(s.function()) || s.location() == null) {
                continue;
            }
            String where = s.location().file() + ":" + s.location().line();
            String param = s.lookupParams().isEmpty() ? null : s.lookupParams().get(0);
            if (param == null) {
                continue;
            }
            if (s.kind() == io.github.otpadvisor.facts.Signal.Kind.FIRST_LOOKUP) {
                return new Miss(s.lookup() + " misses it (" + where + ")", param, null);
            }
            if (s.kind() != io.github.otpadvisor.facts.Signal.Kind.MISS_FILL) {
                continue;
            }
            if (s.fill().equals(cast)) {
                return new Miss(s.lookup() + " misses it (" + where + ")", param, ":ok");
            }
            String target = s.fill().substring(0, s.fill().lastIndexOf('.'));
            Miss further = depth > 0 && !target.equals(module) ? miss(project, target, app, null, depth - 1) : null;
            if (further != null && further.reply() == null && further.param().equals(param)) {
                return new Miss(s.lookup() + " misses it (" + where + "), and so does the fetch it then waits for, "
                        + s.fill() + ": " + further.missed(), param, null);
            }
        }
        return null;
    }

    /** A body that is one GenServer.cast: the function returns its :ok. */
    private static final Pattern CAST_ONLY = Pattern.compile("(?s)GenServer\\.cast\\([^\\n]*\\)");

    /** Each module {@code module}'s own code starts under it passes a name to its start ({@link #childrenNamed}). */
    private static boolean childrenNamed(ProjectFacts project, String module, String app) {
        java.util.List<String> started = project.startSitesFor(module, app).stream()
                .filter(s -> s.kind() == io.github.otpadvisor.facts.StartSite.Kind.DYNAMIC_START_CHILD && !s.inTest()
                        && module.equals(s.module()) && s.supervisor() != null
                        && s.supervisor().kind() == io.github.otpadvisor.facts.Target.Kind.MODULE
                        && module.equals(s.supervisor().module()))
                .map(io.github.otpadvisor.facts.StartSite::startedModule).toList();
        return !started.isEmpty() && started.stream().allMatch(c -> c != null && project.module(c, app)
                .map(ModuleFacts::startLink).map(l -> l.names().stream().anyMatch(n -> !n.lookup())).orElse(false));
    }

    /** A call of a Repo ({@code Explorer.Repo.all/1}, {@code Repo.insert!/1}). */
    private static final Pattern REPO_CALL = Pattern.compile("(^|.*\\.)Repo(\\.[A-Z][A-Za-z0-9_]*)?\\.[a-z_].*");

    /** The template of the project's own test is given with {@code use}: that line, as {@code file:line}. */
    static ProjectTests of(ProjectFacts project, String module, String app) {
        if (project == null || module == null) {
            return NONE;
        }
        java.util.Set<Integer> arities = new java.util.TreeSet<>();
        project.module(module, app).ifPresent(m -> m.functions().stream()
                .filter(fn -> fn.isPublic() && fn.name().equals("start_link"))
                .forEach(fn -> {
                    for (int n = fn.arity() - fn.defaults(); n <= fn.arity(); n++) {
                        arities.add(n);
                    }
                }));
        // read once: the template, the sandbox and the words all go by the Repo calls its code makes
        java.util.Map<String, String> repo = repoCalls(project, module, app);
        // a Repo call of its own first: then it queries the Repo itself
        String via = repo.isEmpty() || repo.containsValue(module) ? null : new java.util.TreeSet<>(repo.values())
                .first();
        java.util.Set<String> repos = repos(repo);
        ProjectTests t = tests(project, module, app, repo.isEmpty(), via).starting(arities);
        String sandbox = t.template() == null ? sandboxRepo(project, repos) : null;
        t = sandbox == null ? t : t.sandboxed(sandbox).via(via);
        t = hidden(project, app) ? t.withHiddenStarts() : t;
        if (t.template() != null && repos.size() == 1 && !sharesSandbox(project, t.template())) {
            t = t.sharing(repos.iterator().next());
        }
        java.util.List<String> adding = childrenAtStart(project, module, app);
        t = adding.isEmpty() ? t : t.addingChildren(adding);
        t = childrenNamed(project, module, app) ? t.namingChildren() : t;
        String cast = castReply(project, module, app);
        t = cast == null ? t : t.replyingFromCast(cast);
        Miss miss = miss(project, module, app, cast, 1);
        t = miss == null ? t : t.missing(miss);
        String stopped = project.whyStoppedInTests(app);
        return stopped == null ? t : t.appStopped(stopped);
    }

    /** An Application tree of {@code app} holds an entry the analysis could not read. */
    private static boolean hidden(ProjectFacts project, String app) {
        boolean[] found = {false};
        project.trees().getOrDefault(app == null ? "" : app, List.of()).stream()
                .filter(r -> r.kind() == io.github.otpadvisor.project.SupervisionNode.Kind.APPLICATION)
                .forEach(r -> r.forEach(n -> found[0] |= n.kind()
                        == io.github.otpadvisor.project.SupervisionNode.Kind.UNRESOLVED));
        return found[0];
    }

    /**
     * The Repo {@code module} calls itself ({@code PredictionAnalyzer.Repo.insert_all/3}), when the project's test
     * code uses the Ecto sandbox; null otherwise (one Repo only: with several, which one the test needs is a guess).
     */
    private static String sandboxRepo(ProjectFacts project, java.util.Set<String> repos) {
        if (repos.size() != 1) {
            return null;
        }
        boolean sandbox = project.files().stream().filter(FileFacts::test).anyMatch(f -> f.modules().stream()
                .anyMatch(m -> m.callsTo().stream().anyMatch(c -> c.startsWith("Ecto.Adapters.SQL.Sandbox.")))
                || f.moduleRefs().stream().map(ModuleRef::name).anyMatch("Ecto.Adapters.SQL.Sandbox"::equals));
        return sandbox ? repos.iterator().next() : null;
    }

    /** The Repos ({@code Explorer.Repo}) of the Repo calls {@link #repoCalls} gives, in order. */
    private static java.util.Set<String> repos(java.util.Map<String, String> repoCalls) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String c : repoCalls.keySet()) {
            String target = c.substring(0, c.lastIndexOf('.'));
            if (target.endsWith("Repo") && target.contains(".")) {
                out.add(target);
            }
        }
        return out;
    }

    /**
     * The project's own test of {@code module}, else the case template that checks out the sandbox when its code
     * queries the Repo ({@code noRepo} false), named through {@code via} when another module makes the query.
     */
    private static ProjectTests tests(ProjectFacts project, String module, String app, boolean noRepo, String via) {
        String own = ownFile(project, module, app);
        if (own != null) {
            for (FileFacts f : project.filesAt(own)) {
                for (ModuleFacts m : f.modules()) {
                    TestStart start = f.testStarts().stream().filter(s -> module.equals(s.target())
                            && m.name().equals(s.module()) && s.runsIn() == null && !s.resultChecked()).findFirst()
                            .orElse(null);
                    java.util.Set<String> covered = covered(project, own, module);
                    for (UseLine u : m.useLines()) {
                        if (template(project, u.module())) {
                            return new ProjectTests(own, u.module(), u.location() == null ? own
                                    : own + ":" + u.location().line(), start, covered, null);
                        }
                    }
                    if (start != null) {
                        return new ProjectTests(own, null, null, start, covered, null);
                    }
                }
            }
            return new ProjectTests(own, null, null, null, covered(project, own, module), null);
        }
        if (noRepo) {
            return NONE;
        }
        ProjectTests t = sandboxTemplate(project, app);
        return t == NONE ? t : t.via(via);
    }

    /**
     * The Repo calls {@code module}'s code makes ({@code Explorer.Repo.all/1}), its own and those of the project's
     * modules it calls (one step: vutuv's {@code Sweeper} runs {@code Vutuv.AccountEvents.delete_expired/0}, whose
     * {@code Repo.delete_all} its process runs), each with the module that makes it; empty when there is none.
     */
    private static java.util.Map<String, String> repoCalls(ProjectFacts project, String module, String app) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        ModuleFacts facts = project.module(module, app).orElse(null);
        if (facts == null) {
            return out;
        }
        facts.callsTo().stream().filter(c -> REPO_CALL.matcher(c).matches()).forEach(c -> out.put(c, module));
        // in sorted order: the module a report names must not depend on the order the facts came in
        for (String c : new java.util.TreeSet<>(facts.callsTo())) {
            int dot = c.lastIndexOf('.');
            String target = dot > 0 ? c.substring(0, dot) : null;
            if (target == null || target.equals(module) || REPO_CALL.matcher(c).matches()) {
                continue;
            }
            project.module(target).ifPresent(m -> m.callsTo().stream().filter(x -> REPO_CALL.matcher(x).matches())
                    .forEach(x -> out.putIfAbsent(x, target)));
        }
        return out;
    }

    /**
     * The project's test file of {@code module}: one whose test module starts it directly, else one named after it
     * ({@code scheduler_test.exs} for {@code Keila.Mailings.Scheduler}) that names it; null when there is none.
     */
    private static String ownFile(ProjectFacts project, String module, String app) {
        String named = snake(module.substring(module.lastIndexOf('.') + 1)) + "_test.exs";
        String byName = null;
        // a name several applications define: another application's test tests its own module (gristle's Workshop)
        boolean ownAppOnly = project.treePaths().definedInSeveralApps(module);
        for (FileFacts f : project.files()) {
            if (!f.test() || !f.file().endsWith("_test.exs") || ownAppOnly && !java.util.Objects.equals(f.app(), app)) {
                continue;
            }
            if (f.testStarts().stream().anyMatch(s -> module.equals(s.target()) && s.runsIn() == null)) {
                return f.file();
            }
            if (byName == null && (f.file().equals(named) || f.file().endsWith("/" + named))
                    && f.moduleRefs().stream().map(ModuleRef::name).anyMatch(module::equals)) {
                byName = f.file();
            }
        }
        return byName;
    }

    /** The functions of {@code module} ({@code name/arity}) the modules of the test file {@code own} call. */
    private static java.util.Set<String> covered(ProjectFacts project, String own, String module) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        String prefix = module + ".";
        for (FileFacts f : project.filesAt(own)) {
            for (ModuleFacts m : f.modules()) {
                for (String c : m.callsTo()) {
                    String rest = c.startsWith(prefix) ? c.substring(prefix.length()) : null;
                    if (rest != null && rest.matches("[a-z_][A-Za-z0-9_]*[?!]?/[0-9]+")) {
                        out.add(rest);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The case template sets the sandbox's shared mode ({@code Sandbox.mode(Repo, {:shared, self()})}, or
     * {@code start_owner!(Repo, shared: ...)}), or uses no sandbox at all: a process the test starts then reaches the
     * test's connection.
     */
    private static boolean sharesSandbox(ProjectFacts project, String template) {
        return project.module(template).map(m -> m.callsTo().stream().noneMatch(c -> c.startsWith(
                "Ecto.Adapters.SQL.Sandbox.checkout/")) || m.callsTo().stream().anyMatch(c -> c.startsWith(
                "Ecto.Adapters.SQL.Sandbox.mode/") || c.startsWith("Ecto.Adapters.SQL.Sandbox.start_owner!/")))
                .orElse(true);
    }

    /** A case template of the project ({@code use ExUnit.CaseTemplate}), which takes {@code async:} as ExUnit.Case does. */
    private static boolean template(ProjectFacts project, String module) {
        return project.module(module).map(m -> m.uses().contains("ExUnit.CaseTemplate")).orElse(false);
    }

    /** The case template of {@code app}'s tests that checks out an Ecto sandbox (a DataCase first), or NONE. */
    private static ProjectTests sandboxTemplate(ProjectFacts project, String app) {
        ProjectTests best = NONE;
        for (FileFacts f : project.files()) {
            if (!f.test() || app != null && !app.equals(f.app())) {
                continue;
            }
            for (ModuleFacts m : f.modules()) {
                if (!m.uses().contains("ExUnit.CaseTemplate")
                        || m.callsTo().stream().noneMatch(c -> c.startsWith("Ecto.Adapters.SQL.Sandbox."))) {
                    continue;
                }
                ProjectTests t = new ProjectTests(null, m.name(), f.file() + (m.location() == null ? ""
                        : ":" + m.location().line()), null, null, null);
                if (m.name().endsWith("DataCase")) {
                    return t;
                }
                if (best == NONE) {
                    best = t;
                }
            }
        }
        return best;
    }

    /** {@code MutexOwner} -> {@code mutex_owner}. */
    static String snake(String alias) {
        return alias.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
