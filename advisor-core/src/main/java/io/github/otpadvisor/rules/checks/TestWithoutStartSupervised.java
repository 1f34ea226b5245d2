package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.TestStart;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OTP014: a test starts a process with {@code start_link}/{@code start} directly instead of {@code start_supervised!/1}
 * (seed "Testing Approach"). Only in test modules of {@code *_test.exs} files and in the {@code setup} blocks of case
 * templates: code that runs in the test process, where ExUnit's test supervisor is there to stop it. Not reported: a
 * start whose failure is what the test checks, a test that traps exits to watch the exit signal, a start in a
 * closure another process runs, the process callbacks of a module defined in the test, compile-time code,
 * {@code test_helper.exs} and other test/support code (who calls it is not known: start_supervised only works in
 * a test process).
 */
@RuleInfo(id = "OTP014", name = "test-without-start-supervised", severity = Severity.INFO,
        summary = "A test starts a process with start_link/start instead of start_supervised!/1.")
public final class TestWithoutStartSupervised implements Rule {
    /** Standard-library modules whose start functions start a process, and which accept {@code {Mod, arg}}. */
    private static final Set<String> SERVERS = Set.of("GenServer", ":gen_server", "GenStateMachine", ":gen_statem");
    /** The standard library's process modules: their own test suites start them on purpose. */
    private static final Set<String> STDLIB_PROCESSES = Set.of("GenServer", "Agent", "Task", "Task.Supervisor",
            "Supervisor", "DynamicSupervisor", "Registry", "PartitionSupervisor");
    private static final Set<String> OPTION_STARTED = Set.of("DynamicSupervisor", "Registry", "Task.Supervisor",
            "PartitionSupervisor");
    /** A test module's own process code: a module defined in the test may be a server too. */
    private static final Set<String> PROCESS_FUNCTIONS = Set.of("start_link", "start", "init", "child_spec",
            "handle_call", "handle_cast", "handle_info", "handle_continue", "terminate");

    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        for (FileFacts file : project.files()) {
            if (!file.test() || file.testStarts().isEmpty()) {
                continue;
            }
            Map<String, ModuleFacts> modules = new java.util.HashMap<>();
            file.modules().forEach(m -> modules.putIfAbsent(m.name(), m));
            for (TestStart s : file.testStarts()) {
                if (!s.function().equals("start_link") && !s.function().equals("start")) {
                    continue; // start_supervised: the test supervisor's
                }
                ModuleFacts m = modules.get(s.module());
                if (m == null || !runsInTestProcess(s, m, file, project) || s.resultChecked() || s.trapsExits()
                        || s.runsIn() != null || s.stoppedBy() != null || testsTheStarter(s)) {
                    continue; // an expected failure, a test of the exit signal, code of another process, or stopped
                }
                String started = started(s, project);
                if (started == null) {
                    continue;
                }
                out.add(CallSiteText.finding(this, s.location(), s.module(), message(s, started, project), null));
            }
        }
        return out;
    }

    /**
     * Code of a test module in a {@code *_test.exs} file (tests, setup, its helper functions), or a case template's
     * {@code setup}: it runs in a test process. Module-level code outside a block runs at compile time.
     */
    private static boolean runsInTestProcess(TestStart s, ModuleFacts m, FileFacts file, ProjectFacts project) {
        if (s.block() == null) {
            return false;
        }
        if (m.uses().contains("ExUnit.CaseTemplate")) {
            return s.block().equals("setup") || s.block().equals("setup_all");
        }
        if (!file.file().endsWith("_test.exs") || !isTestCase(m, project)) {
            return false;
        }
        String fn = s.block().startsWith("setup_all ") ? s.block().substring(10) : s.block();
        return !(fn.contains("/") && PROCESS_FUNCTIONS.contains(fn.substring(0, fn.indexOf('/'))));
    }

    /**
     * The test module of the standard-library module whose start function it calls ({@code GenServerTest} calling
     * {@code GenServer.start_link}, {@code Registry.UniqueTest} calling {@code Registry.start_link}): the start
     * function is what is under test.
     */
    private static boolean testsTheStarter(TestStart s) {
        boolean stdlib = SERVERS.contains(s.target()) || OPTION_STARTED.contains(s.target())
                || s.target().equals("Agent") || s.target().equals("Supervisor");
        String subject = s.module().endsWith("Test") ? s.module().substring(0, s.module().length() - 4) : null;
        if (subject == null) {
            return false;
        }
        if (stdlib && (subject.equals(s.target()) || subject.startsWith(s.target() + "."))) {
            return true;
        }
        // AgentTest's Supervisor.start_link([{Agent, fn -> :ok end}], ..): "can be supervised directly" is the test
        String last = subject.substring(subject.lastIndexOf('.') + 1);
        return s.target().equals("Supervisor") && !s.args().isEmpty() && (STDLIB_PROCESSES.contains(subject)
                || s.args().get(0).matches("(?s).*\\b" + java.util.regex.Pattern.quote(last) + "\\b.*"));
    }

    /** A module name as written ({@code Worker}, {@code __MODULE__}), not a variable holding one. */
    private static boolean moduleText(String a) {
        return a.matches("[A-Z][A-Za-z0-9_.]*|__MODULE__(\\.[A-Z][A-Za-z0-9_.]*)?");
    }

    /** {@code use ExUnit.Case}, or a case template of the project ({@code use MyApp.DataCase}). */
    private static boolean isTestCase(ModuleFacts m, ProjectFacts project) {
        return m.uses().stream().anyMatch(u -> u.equals("ExUnit.Case") || u.endsWith("Case")
                || project.module(u).map(t -> t.uses().contains("ExUnit.CaseTemplate")).orElse(false));
    }

    /** What the call starts, named for the message; null when it is not known to start a process. */
    private static String started(TestStart s, ProjectFacts project) {
        String t = s.target();
        boolean link = s.function().equals("start_link");
        if (SERVERS.contains(t)) {
            int at = t.equals(":gen_statem") || t.equals(":gen_server") ? (s.args().size() == 4 ? 1 : 0) : 0;
            return s.args().size() <= at ? null : moduleText(s.args().get(at)) ? s.args().get(at) : "a process";
        }
        if (t.equals("Agent")) {
            return "an Agent";
        }
        if (t.equals("Supervisor")) {
            return link && !s.args().isEmpty() ? (moduleText(s.args().get(0)) ? s.args().get(0) : "a Supervisor")
                    : null;
        }
        if (OPTION_STARTED.contains(t)) {
            return link ? "a " + t : null;
        }
        Optional<ModuleFacts> m = project.module(t);
        if (m.isEmpty()) {
            return null;
        }
        ModuleFacts mod = m.get();
        String key = s.function() + "/" + s.args().size();
        if (!mod.defines(s.function(), s.args().size())) {
            // start_link/1 from a project macro (use MyApp.Server) or a library behaviour's default
            return link && (mod.isProcess() || mod.library() != null) && !mod.functions().stream()
                    .anyMatch(f -> f.name().equals(s.function())) ? t : null;
        }
        return startsItself(t, key, project) || link && (mod.isProcess() || mod.library() != null) ? t : null;
    }

    /** The module's own {@code start/N} (or {@code start_link/N}) starts a process ({@code GenServer.start(__MODULE__, ..)}). */
    private static boolean startsItself(String module, String key, ProjectFacts project) {
        return project.startSitesOf(module).stream()
                .anyMatch(ss -> key.equals(ss.function())
                        && ss.kind() != StartSite.Kind.TASK_ASYNC && ss.kind() != StartSite.Kind.TASK_ASYNC_STREAM
                        && ss.kind() != StartSite.Kind.DYNAMIC_START_CHILD);
    }

    /** A project module's own {@code start/N} that links what it starts ({@code spawn_link} in {@code start/1}). */
    private static boolean linksItself(TestStart s, ProjectFacts project) {
        String key = s.function() + "/" + s.args().size();
        return project.startSitesOf(s.target()).stream().anyMatch(ss -> key.equals(ss.function()) && ss.linked());
    }

    private static String message(TestStart s, String started, ProjectFacts project) {
        String call = CallSiteText.bare(s.call()) + "(" + CallSiteText.shorten(String.join(", ", s.args()), 60) + ")";
        String where = s.block().startsWith("test ") || s.block().startsWith("setup") && !s.block().contains("/")
                ? s.block() : "helper " + s.block();
        boolean setupAll = s.block().startsWith("setup_all");
        boolean linked = s.function().equals("start_link") || linksItself(s, project);
        String lifetime;
        if (!linked) {
            lifetime = " starts " + started + " unlinked, outside ExUnit's test supervisor: the end of the"
                    + (setupAll ? " module's tests" : " test") + " does not stop it (at best it notices later"
                    + " through a monitor), so it can keep running (holding its name, if it registered one) into"
                    + " the next tests.";
        } else if (setupAll) {
            lifetime = " starts " + started + " linked to the setup_all process, which exits normally once the"
                    + " module's tests are done, so nothing stops it: it keeps running (holding its name, if it"
                    + " registered one) through the rest of the suite.";
        } else {
            lifetime = " starts " + started + " linked to the test process, outside ExUnit's test supervisor: when"
                    + " the test ends it only gets the :shutdown exit signal, asynchronously, so it may still be"
                    + " running (holding its name, if it registered one) when the next test starts, and what it"
                    + " does while dying shows up there.";
        }
        return call + " in " + where + lifetime + " Start it with " + replacement(s, project) + ": ExUnit stops it"
                + (setupAll ? " when the module's tests end" : " before the next test starts") + ", in reverse order of"
                + " start, before on_exit callbacks run (start_link_supervised!/1 also links it, so a crash still"
                + " fails the test).";
    }

    /** The {@code start_supervised!} call that starts the same process under the test supervisor. */
    static String replacement(TestStart s, ProjectFacts project) {
        String t = s.target();
        List<String> a = s.args().stream().map(x -> CallSiteText.shorten(x, 40)).toList();
        if (SERVERS.contains(t) || t.equals("Supervisor") && !a.isEmpty() && moduleText(a.get(0))) {
            String mod = a.get(t.startsWith(":") && a.size() == 4 ? 1 : 0);
            String exact = spec(mod, t, "start_link", a) + (t.equals("Supervisor") ? ", type: :supervisor" : "");
            boolean own = a.size() == 2 && project.module(mod).map(m -> m.defines("start_link", 1)).orElse(false);
            return own ? "start_supervised!({" + mod + ", " + a.get(1) + "}) (" + mod + ".start_link/1), or "
                    + "start_supervised!(" + exact + "}) to keep these exact arguments"
                    : "start_supervised!(" + exact + "})";
        }
        if (t.equals("Supervisor")) {
            return "start_supervised!/1 for each child of " + CallSiteText.shorten(a.get(0), 50)
                    + " (or start_supervised!(" + spec(":test_supervisor", t, "start_link", a)
                    + ", type: :supervisor}))";
        }
        Optional<ModuleFacts> m = project.module(t);
        String fun = s.function().equals("start_link") || m.map(x -> x.defines("start_link", a.size())).orElse(false)
                ? "start_link" : s.function();
        boolean childSpec = t.equals("Agent") || OPTION_STARTED.contains(t)
                || m.map(x -> x.isProcess() || x.library() != null || x.defines("child_spec", 1)).orElse(false);
        if (childSpec && fun.equals("start_link") && a.size() <= 1) {
            return a.isEmpty() ? "start_supervised!(" + t + ")" : "start_supervised!({" + t + ", " + a.get(0) + "})";
        }
        return "start_supervised!(" + spec(t, t, fun, a) + "})";
    }

    /** {@code %{id: Id, start: {M, :f, [args]}} without its closing brace (options may follow). */
    private static String spec(String id, String module, String fun, List<String> args) {
        return "%{id: " + id + ", start: {" + module + ", :" + fun + ", [" + String.join(", ", args) + "]}";
    }
}
