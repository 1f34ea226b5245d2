package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.sketch.SketchInput.Operation;
import io.github.otpadvisor.sketch.SketchPlan.Addressing;
import io.github.otpadvisor.sketch.SketchPlan.Op;
import io.github.otpadvisor.sketch.SketchPlan.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seed's "Testing Approach": an ExUnit test that starts what the module needs with
 * {@code start_supervised!} (so ExUnit stops it after the test) and exercises the module's real
 * operations; for plain functions, a test with no process at all.
 */
final class TestSketch {
    /** Modules the tests name: an alias of the same last name would hide them. */
    private static final Set<String> USED = Set.of("Registry", "DynamicSupervisor", "PartitionSupervisor",
            "Supervisor", "Task", "Process", "ExUnit");

    private final SketchPlan p;
    /** How the test refers to the module: its alias' last segment when it aliases it. */
    private final String ref;
    private final CodeWriter w = new CodeWriter();
    /** Why the start the test writes cannot start the module as it is (no start_link clause takes it), or null. */
    private String cannotStart;
    /** The functions the test may call: read from the module's sketch when it is first needed. */
    private TestCalls calls;
    /**
     * Values the test cannot build (what today's callers pass: a port, a %Lobby{}): the test takes them from its
     * context, which a setup block gives, instead of a placeholder of the wrong type.
     */
    private final java.util.Set<String> needs = new java.util.LinkedHashSet<>();

    /** The line of the test's header and its title, rewritten with {@link #needs} once the test is written. */
    private int header = -1;
    private String title;

    /** Today's start returns :ignore unless a condition holds: what the test sets first, or null. */
    private final StartIgnored ignored;
    /** {@link #builtByOwnTest()}, made once. */
    private final List<String> ownBuilt;
    /** {@link #startOfOwnTest()}, made once. */
    private final String ownStart;
    /** The project's own test's way to its start, copied, when the start takes what that test builds; else null. */
    private final OwnSetup ownSetup;
    /** The test started it through {@link #ownSetup}. */
    private boolean setUpAsOwn;

    private TestSketch(SketchPlan p) {
        this.p = p;
        this.ignored = StartIgnored.of(p, p.code.appChild());
        String last = ElixirNames.isAlias(p.module) && p.module.contains(".")
                ? p.module.substring(p.module.lastIndexOf('.') + 1) : null;
        this.ref = last != null && !USED.contains(last) ? last : p.module;
        // asked at every step of the sketch: each is a parse of the project's test's arguments, made once
        this.ownBuilt = builtByOwnTest();
        this.ownStart = startOfOwnTest();
        // also where today's start returns :ignore unless something the environment does not say holds: the lines the
        // project's own test runs first are what makes it start (blockscout's migrators insert a block first)
        this.ownSetup = projectSetup() || ignored != null && ignored.setup().isEmpty() && ownStart != null
                && (p.code.fits() || p.keepsCallbacks) ? OwnSetup.of(p.code.tests(), p.named) : null;
    }

    /** How the test names the module. */
    String ref() {
        return ref;
    }

    static String render(SketchPlan p) {
        return new TestSketch(p).render();
    }

    private String render() {
        w.open("defmodule " + p.testModule + " do");
        ProjectTests own = p.code.tests();
        if (own.template() != null) {
            // The project's case template (a DataCase checks out the Repo's sandbox): shared with the process the
            // test starts only when the test is not async.
            FitsSketch.comment(w, own.file() != null ? "As the project's own test of it does (" + own.templateWhere()
                    + "): its case template; not async here, as the process the test starts shares the test's"
                    + " connection." : "Its code queries the Repo" + (own.repoVia() == null ? ""
                    : " (through " + own.repoVia() + ")") + ": " + own.template() + " ("
                    + own.templateWhere() + ") checks out the sandbox" + (own.unsharedRepo() == null
                    ? ", shared with its process when not async." : "."));
            w.line("use " + own.template() + ", async: false");
        } else {
            // A singleton the application runs is shared by every test: they must not run at the same time; a
            // sandbox shared with the process the test starts needs the test alone too.
            // the application's environment the test sets is every test's
            // the project's own setup, copied, may act on what every test shares (gristle's common_prepare)
            w.line("use ExUnit.Case, async: " + (!runningSingleton() && !runningSupervisor()
                    && own.sandboxRepo() == null && (ignored == null || ignored.setup().isEmpty()) && ownSetup == null));
            if (own.file() != null && own.start() == null) {
                FitsSketch.comment(w, "The project tests it in " + own.file() + ": set it up as that test does."
                        + coverage(calls().functions().stream().filter(k -> !k.startsWith("start_link/")).toList()));
            }
        }
        w.blank();
        // the project's test's own alias lines, copied below, may bring it in already
        boolean aliasedByCopy = !ref.equals(p.module) && ownSetup != null && ownSetup.aliases(p.module, ref);
        if (!ref.equals(p.module) && !aliasedByCopy) {
            w.line("alias " + p.module);
            w.blank();
        }
        if (own.unsharedRepo() != null) {
            // evercam's ConnCase checks out a connection for the test alone: the process it starts would not reach it
            w.open("setup do");
            FitsSketch.comment(w, own.template() + " checks the connection out for the test alone (no shared mode):"
                    + " share it with the process the test starts.");
            w.line("Ecto.Adapters.SQL.Sandbox.mode(" + own.unsharedRepo() + ", {:shared, self()})");
            w.close("end");
            w.blank();
        }
        if (own.template() == null && own.sandboxRepo() != null) {
            // prediction_analyzer's Download: its handler's Repo call raised an ownership error in the process
            w.open("setup do");
            FitsSketch.comment(w, "Its code queries " + own.sandboxRepo() + (own.repoVia() == null ? ""
                    : " (through " + own.repoVia() + ")") + " and the project's tests run the"
                    + " Ecto sandbox: check a connection out and share it with the process the test starts.");
            w.line(":ok = Ecto.Adapters.SQL.Sandbox.checkout(" + own.sandboxRepo() + ")");
            w.line("Ecto.Adapters.SQL.Sandbox.mode(" + own.sandboxRepo() + ", {:shared, self()})");
            w.close("end");
            w.blank();
        }
        int body = w.mark();
        if (ownSetup != null) {
            ownSetup.header(w, ref);
            ownSetup.setups(w);
        }
        switch (p.shape) {
            case FUNCTIONS -> functions();
            case TASK -> task();
            case SUPERVISOR -> supervisor();
            case DYNAMIC_SUPERVISOR -> dynamicSupervisor();
            default -> stateful();
        }
        // the project's setup copied in place of a pointer is worth its lines only under a test that checks
        // something (domolixir's TurnOnForResponder has no operation to call): else the pointer says as much
        setUpAsOwn &= w.checksSince(body) || !projectSetup();
        boolean pointed = cannotStart != null || !needs.isEmpty() || projectSetup() && !setUpAsOwn;
        if (ownSetup != null && !pointed) {
            // the project's test used them after its start; this one may not (an unused variable is a warning)
            w.underscoreUnused(body, "pid");
            ownSetup.boundBefore().forEach(v -> w.underscoreUnused(body, v));
            ownSetup.helpers(w); // the copied setups call them
        }
        if (pointed) {
            // A test that reads values no setup gives, or starts it with a spec no start_link clause takes, fails:
            // the reader gets what is not known and where to look instead. One started with other values than the
            // project's own test gives (nerves_gate's tmp root and fake ops) would act on the real files and devices.
            w.truncate(body);
            if (aliasedByCopy && callbackCall().isPresent()) {
                // the copied lines are gone with the body: the callback test below names it by its alias (gristle's
                // MsgSorterRx, a reader ran it: MsgSorterRx.handle_cast/2 undefined)
                w.line("alias " + p.module);
                w.blank();
            }
            pointer();
            callbackWithoutProcess();
        } else {
            contextHeader();
        }
        return withoutUnusedAlias(w.close("end").toString());
    }

    /**
     * The test without its alias line when nothing after it names the alias (the running children of a supervisor are
     * looked up by their names): an unused alias is a compile warning, an error under --warnings-as-errors.
     */
    private String withoutUnusedAlias(String test) {
        String line = "  alias " + p.module + "\n";
        int at = test.indexOf(line);
        if (ref.equals(p.module) || at < 0 || java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern
                .quote(ref) + "(?![\\w])").matcher(test.substring(at + line.length())).find()) {
            return test;
        }
        String after = test.substring(at + line.length());
        return test.substring(0, at) + (after.startsWith("\n") ? after.substring(1) : after);
    }

    /**
     * In place of a test that cannot run: why the test cannot start it (a start_link clause it misses, or the values
     * today's caller builds), the project's own test to build on, and what a test started that way calls.
     */
    private void pointer() {
        TodayStart t = p.code.start();
        ProjectTests own = p.code.tests();
        String built = "its start takes " + String.join(", ", needs) + ", which " + (t.by() != null ? t.by()
                : "its callers") + " build" + (t.by() != null ? "s" : "") + (t.where() != null ? " (" + t.where() + ")"
                : "");
        if (projectSetup()) {
            io.github.otpadvisor.facts.TestStart s = own.start();
            FitsSketch.comment(w, "Not written here: the project's own test starts it with what its setup builds ("
                    + String.join(", ", ownBuilt()) + "): " + ownCall(s) + " (" + s.location().file() + ":"
                    + s.location().line() + "). Add tests there, with its setup."
                    + coverage(pointerOps()));
            return;
        } else if (cannotStart == null && own.file() != null) {
            // the project's own test builds those values in its setup: that is how a test starts it
            FitsSketch.comment(w, "Not written here: " + built + ", and the project's own test " + own.file()
                    + " builds " + (needs.size() == 1 ? "it" : "them") + " in its setup.");
        } else {
            // what the start site builds says more than the [] stand-in's mismatch (blockscout's Realtime.Supervisor)
            FitsSketch.comment(w, "Not known from the code how a test starts it: " + (cannotStart != null
                    && needs.isEmpty() ? cannotStart : built + ": a test cannot make " + (needs.size() == 1 ? "it"
                    : "them") + " up."));
        }
        List<String> ops = pointerOps();
        if (own.file() != null && own.template() == null && own.start() == null) {
            // The line above the alias names that file already.
            FitsSketch.comment(w, "Add tests to that file, with its setup.");
        } else if (own.file() != null) {
            FitsSketch.comment(w, "Add tests to the project's own test " + own.file() + ", with its setup."
                    + coverage(ops));
        } else if (!ops.isEmpty()) {
            FitsSketch.comment(w, "Started as " + (t.by() != null && t.where() != null ? t.by() + " starts it ("
                    + t.where() + ")" : "its callers start it") + ", a test calls " + String.join(", ", ops.stream()
                    .limit(4).toList()) + (ops.size() > 4 ? " and " + (ops.size() - 4) + " more" : "")
                    + " and asserts their replies.");
        }
    }

    /**
     * Where the test cannot start the process: one of today's handle_info clauses still runs as a function, with the
     * state init/1 returns as a literal (CallbackCall), so the test checks something of the module as it is.
     */
    private void callbackWithoutProcess() {
        callbackCall().ifPresent(c -> {
            w.blank();
            openTest(c.title());
            c.write(w, ref, ": the clause needs no process of its own", p.code.tests());
            w.close("end");
        });
    }

    /** The clause a test without a process calls as a function, when there is one. */
    private java.util.Optional<CallbackCall> callbackCall() {
        if (p.shape != Shape.GENSERVER || !p.code.fits() && !p.keepsCallbacks) {
            return java.util.Optional.empty();
        }
        return CallbackCall.of(p, p.code.initTags(), List.of("handle_info", "handle_call", "handle_cast"));
    }

    /** What a test started as today's code starts it calls: not what starts it (start_link, a start/1 around it). */
    private List<String> pointerOps() {
        TodayStart t = p.code.start();
        return calls().functions().stream().filter(k -> !k.startsWith("start_link/")
                && !p.code.ownStarts().contains(k) && (t.by() == null || !t.by().endsWith(p.module + "." + k)))
                .toList();
    }

    /** ExUnit's start ({@code start_supervised!({M, arg})}) rather than a call of the module's start_link. */
    private static boolean supervised(io.github.otpadvisor.facts.TestStart s) {
        return s.function().startsWith("start_supervised") || s.function().equals("start_link_supervised!");
    }

    /** The project's test's start as written: {@code Setup.start_link(name: name)}, {@code start_supervised!({M, a})}. */
    private String ownCall(io.github.otpadvisor.facts.TestStart s) {
        if (supervised(s)) {
            return s.function() + "(" + (s.args().isEmpty() ? ref : "{" + ref + ", " + unbracketed(s.args().get(0))
                    + "}") + ")";
        }
        List<String> out = new ArrayList<>(s.args());
        int last = out.size() - 1;
        if (last >= 0) {
            out.set(last, unbracketed(out.get(last)));
        }
        return ref + "." + s.function() + "(" + String.join(", ", out) + ")";
    }

    /** A keyword list without its brackets, as a last argument is written ({@code f(name: name)}); else as it is. */
    private static String unbracketed(String arg) {
        return arg.matches("\\[[a-z_][A-Za-z0-9_]*: (?s).*\\]") && TopLevel.closing(arg, 0) == arg.length() - 1
                ? arg.substring(1, arg.length() - 1) : arg;
    }

    /**
     * The module stays as it is and the project's own test starts it with values its setup builds: a test started
     * otherwise would not be the one the project runs.
     */
    private boolean projectSetup() {
        return (p.code.fits() || p.keepsCallbacks) && !ownBuilt().isEmpty();
    }

    /** Which of {@code ops} the project's own test calls and which it does not, as a sentence (or ""). */
    private String coverage(List<String> ops) {
        java.util.Set<String> covered = p.code.tests().covered();
        List<String> done = ops.stream().filter(covered::contains).toList();
        List<String> open = ops.stream().filter(k -> !covered.contains(k)).limit(5).toList();
        if (done.isEmpty()) {
            // It may call them imported (import Mod), which the facts do not trace: nothing is said.
            return "";
        }
        return " It calls " + String.join(", ", done)
                + (open.isEmpty() ? "." : "; not " + String.join(", ", open) + ".");
    }

    /** {@code spec}, checked against today's start_link clauses: one that cannot start it is noted. */
    private String checked(String spec) {
        if (cannotStart == null && spec != null) {
            cannotStart = StartFit.problem(p, ref, spec, ElixirSketches.render(p));
        }
        if (cannotStart == null && spec != null && !spec.equals(ownStart())) {
            // the project's own test may call its helpers; a children entry's private helpers are out of reach
            cannotStart = StartFit.localCall(spec);
        }
        return spec;
    }

    /** Keys ExUnit puts in every test's context. */
    private static final Set<String> EXUNIT_KEYS = Set.of("module", "test", "file", "line", "case", "describe",
            "describe_line", "test_type", "registered", "async", "tmp_dir", "test_pid");

    private void openTest(String title) {
        this.header = w.mark();
        this.title = title;
        w.open("test \"" + title + "\" do");
    }

    /** The test takes what it cannot build from its context: {@code test "x", %{port: port} do}, laid out as mix format does. */
    private void contextHeader() {
        if (needs.isEmpty() || header < 0) {
            return;
        }
        String head = "test \"" + title + "\", %{";
        // ExUnit's own context keys (module, test, file...) hold ExUnit's values: the setup's value takes another key.
        List<String> fields = needs.stream().map(v -> (EXUNIT_KEYS.contains(v) ? v + "_arg" : v) + ": " + v).toList();
        String one = head + String.join(", ", fields) + "} do";
        if (("  " + one).length() <= CodeWriter.LINE_LENGTH) {
            w.rewrite(header, List.of(one));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(head);
        for (int i = 0; i < fields.size(); i++) {
            lines.add("  " + fields.get(i) + (i < fields.size() - 1 ? "," : ""));
        }
        lines.add("} do");
        w.rewrite(header, lines);
    }

    private void functions() {
        Op op = unaddressed(p.ops.get(0));
        if (!callable(op)) {
            // No function of its own takes sample values: the test names one to exercise instead of inventing one.
            openTest("needs no process");
            FitsSketch.comment(w, uncallable(op));
            w.close("end");
            return;
        }
        // Called twice and compared, a function that writes or fetches would do it twice and could differ
        // (cryptozaur's get_tickers/0, a Slack post): the test asserts what today's clause fixes of the reply.
        openTest(op.name() + "/" + op.arity() + " works with no process started");
        String call = call(op, null);
        TodayCode.Handler h = handler(op.tag());
        if (h != null && h.io() != null) {
            FitsSketch.comment(w, TestSteps.realIo(op.name() + "/" + op.arity(), h.io()));
        }
        String pattern = replyPattern(op);
        String returns = SpecKinds.returns(p, op);
        String kind = pattern == null && h != null && TodayAssertions.reply(h) != null
                && !TodayAssertions.reply(h).contains(h.stateVar() == null ? "\0" : h.stateVar())
                ? TodayAssertions.replyKind(h, p.code) : null;
        if (pattern != null) {
            w.binary("assert " + pattern, "=", call);
        } else if (h != null && h.pure()) {
            // Today's clause computes its reply from the message alone: the same call gives the same reply.
            FitsSketch.comment(w, "Today's " + h.callback() + (h.where() == null ? "" : " (" + h.where() + ")")
                    + " computes its reply from the message alone: the same call, the same reply.");
            w.binary("assert " + call, "==", call);
        } else if (kind != null && (kind.startsWith("%") || kind.startsWith("{"))) {
            w.binary("assert " + kind, "=", call);
        } else if (kind != null) {
            w.binary("result", "=", call);
            w.line("assert " + kind + "(result)");
        } else if (MissReply.applies(op, p.code.tests().miss())) {
            MissReply.write(w, op, call, p.code.tests().miss(), returns);
        } else if (SpecKinds.of(returns) != null) {
            // rube's TokenBuilder: no kind its clause fixes, but the project's own @spec (through its @type) says one
            SpecKinds spec = SpecKinds.of(returns);
            String cast = p.code.tests().castReply();
            if (cast != null && spec.guard() == null && !spec.patterns().contains(":ok")) {
                // rube's FeedIndexer: get/2 returns FeedBuilder.fetch/2's :ok when the feed is missing, which its
                // @spec leaves out; a test of the @spec alone would fail on a miss
                FitsSketch.comment(w, "Its @spec says it returns " + returns + ", but its call"
                        + " clause reaches " + cast + ", which only casts: its :ok may be the reply, which the @spec"
                        + " leaves out. The test accepts it; the @spec should say it.");
                spec = new SpecKinds(null, java.util.stream.Stream.concat(java.util.stream.Stream.of(":ok"),
                        spec.patterns().stream()).toList());
            } else {
                FitsSketch.comment(w, "Its @spec says it returns " + returns + ": the test checks that.");
            }
            spec.write(w, call);
        } else {
            FitsSketch.comment(w, "It returns what " + (h != null && h.where() != null ? h.callback() + " at "
                    + h.where() : "today's code") + " computes at run time: assert what that is.");
            w.line(call);
        }
        w.close("end");
    }

    /**
     * {@code op} as the sketch's plain function takes it: where the sketch dropped the parameter that addressed the
     * process (add(server, a, b) becomes add(a, b)), the test does not pass a pid nobody started.
     */
    private Op unaddressed(Op op) {
        if (p.code.fits() || p.keepsCallbacks || op.id() != null || op.data().isEmpty()
                || calls().functions().contains(op.name() + "/" + op.data().size())
                || !calls().functions().contains(op.name() + "/" + (op.data().size() - 1))) {
            return op;
        }
        return new Op(op.name(), op.kind(), op.access(), null, op.data().subList(1, op.data().size()), op.tag());
    }

    /**
     * What a test of {@code op} must do instead of calling it with sample values: build the argument its clause
     * matches, or, when the function does not exist, exercise one that does (named with its file:line).
     */
    String uncallable(Op op) {
        TestCalls.Signature s = calls().of(op);
        if (s != null) {
            String where = p.code.where().get(op.name() + "/" + (s.args().size()));
            return op.name() + "/" + s.args().size() + " matches what its callers build (" + s.head()
                    + (where == null ? "" : ", " + where) + "): call it with such a value and assert its result.";
        }
        String other = calls().functions().stream().findFirst().orElse(null);
        String where = other == null ? null : p.code.where().get(other);
        String what = other == null ? "assert what its functions return."
                : "assert what " + other + (where == null ? "" : " (" + where + ")") + " does with what its callers pass.";
        TodayCode.Handler h = handler(op.tag());
        // An operation read from a handler names the handler; a generic one (no code gave it) is not mentioned.
        return h != null ? op.name() + "/" + op.arity() + " is not a function of " + (p.code.fits() || p.keepsCallbacks
                ? "the module" : "the sketch") + " (" + h.callback() + "(" + (h.message() == null ? ":" + h.tag() : h.message()) + ", ...)"
                + (h.where() == null ? "" : " at " + h.where()) + " takes the message): " + what
                : "No function of " + (p.code.fits() || p.keepsCallbacks ? "the module" : "the sketch")
                + " takes sample values: " + what;
    }

    /**
     * The start_link call a children entry makes ({@code Mod} -> {@code Mod.start_link([])}, {@code {Mod, arg}} ->
     * {@code Mod.start_link(arg)}) when the module defines start_link/1; null otherwise.
     */
    private String startLinkOf(String spec) {
        if (spec == null || !p.code.tests().startArities().contains(1)) {
            return null;
        }
        if (spec.equals(ref) || spec.equals(p.module)) {
            return spec + ".start_link([])";
        }
        java.util.List<String> parts = TodayAssertions.topLevel(spec, "{", "}");
        return parts != null && parts.size() == 2 && (parts.get(0).equals(ref) || parts.get(0).equals(p.module))
                ? parts.get(0) + ".start_link(" + parts.get(1).strip() + ")" : null;
    }

    private void task() {
        if (p.code.fits()) {
            // It stays a task its supervisor starts: started the same way, it runs its work and ends normally.
            openTest("runs its work and ends normally");
            String spec = checked(todaySpec());
            String start = startLinkOf(spec);
            if (start != null) {
                // A monitor set after start_supervised! comes too late for a task that is already done (its :DOWN
                // says :noproc, wanderer's corp-wallet task); a link made at the start does not.
                FitsSketch.comment(w, "Linked from its start, so its exit reaches the test however soon it ends.");
                w.line("Process.flag(:trap_exit, true)");
                w.binary("{:ok, pid}", "=", start);
                w.line("assert_receive {:EXIT, ^pid, :normal}, 5_000");
            } else {
                w.binary("pid", "=", "start_supervised!(" + spec + ")");
                w.binary("ref", "=", "Process.monitor(pid)");
                FitsSketch.comment(w, "Done before the monitor was set, it reports :noproc.");
                w.line("assert_receive {:DOWN, ^ref, :process, ^pid, reason} when reason in [:normal, :noproc],"
                        + " 5_000");
            }
            w.close("end");
            return;
        }
        openTest("runs its work under the task supervisor");
        sharedSetup(List.of(Child.taskSupervisor(p)));
        w.blank();
        for (Op op : p.ops.subList(0, Math.min(2, p.ops.size()))) {
            boolean awaited = op.kind() == Operation.Kind.READ || op.kind() == Operation.Kind.CALL;
            w.binary("assert {:ok, " + (awaited ? "_result" : "_pid") + "}", "=", call(op, null));
        }
        w.close("end");
    }

    private void supervisor() {
        SketchInput.ChildIds kids = p.childIds;
        if (p.code.fits() && !runningSupervisor() && p.code.tests().appRunning() && appStarts()
                && !kids.names().isEmpty()) {
            // thundermoon's CounterRealmSupervisor: unnamed, but its children register fixed names; a second one
            // started by the test fails on them with already_started
            openTest("runs its children, as the application starts it");
            FitsSketch.comment(w, "The application starts it, and its children register fixed names: a second one"
                    + " started here could not start them (already_started). The test checks the running ones.");
            List<String> shown = kids.names().subList(0, Math.min(4, kids.names().size()));
            shown.forEach(n -> w.line("assert is_pid(Process.whereis(" + n + "))"));
            w.close("end");
            return;
        }
        openTest("starts its children");
        startOrRunning();
        w.blank();
        List<String> look = kids.ids().subList(0, Math.min(3, kids.ids().size()));
        if (!p.code.fits()) {
            // a new supervisor: the sketch's list is what there is to count
            w.line("assert %{specs: " + SupervisorSketch.children(p).size() + "} = Supervisor.count_children(pid)");
        } else if (kids.count() < 0 && look.isEmpty() && !kids.names().isEmpty()) {
            // logflare's ConsolidatedSup: a worker listed only outside :test, and a DynamicSupervisor under a fixed
            // name: that one is among the children whatever the environment
            FitsSketch.comment(w, "Its children list is not read whole (computed at run time, or listed only under"
                    + " a condition): the test looks for the children it always starts under fixed names.");
            w.binary("children", "=", "for {_id, child, _type, _modules} <- Supervisor.which_children(pid), do: child");
            kids.names().subList(0, Math.min(3, kids.names().size()))
                    .forEach(n -> w.line("assert Process.whereis(" + n + ") in children"));
        } else if (kids.count() < 0 && look.isEmpty()) {
            // codebattle's GlobalSupervisor: children added at run time (or a list computed then), none named
            // No comparison of the counts: any supervisor meets `active <= specs`, so such an assertion cannot fail.
            FitsSketch.comment(w, "Its children are not a list the code names (added at run time, or computed):"
                    + " the test counts none of them. Supervisor.count_children/1 exits unless the process answers"
                    + " as a supervisor: that is what this checks.");
            w.line("assert %{specs: _, active: _} = Supervisor.count_children(pid)");
        } else {
            if (kids.count() >= 0) {
                w.line("assert %{specs: " + kids.count() + "} = Supervisor.count_children(pid)");
            } else {
                FitsSketch.comment(w, "Part of its children list is computed at run time or listed only under a"
                        + " condition: the test looks for the children it always names, not for their number.");
            }
            if (!look.isEmpty()) {
                // no ids to look for: no list the test would not use (a compile warning, ThundermoonWeb.Telemetry)
                w.binary("ids", "=", "for {id, _pid, _type, _modules} <- Supervisor.which_children(pid), do: id");
                look.forEach(id -> w.line("assert " + id + " in ids"));
            }
        }
        w.close("end");
    }

    private void dynamicSupervisor() {
        if (p.code.fits()) {
            // It has no get_or_start of its own: it starts empty, and its callers add the children.
            if (runningSupervisor()) {
                // The application's callers may have started children in it already: the test cannot count on none.
                OwnChildStarts own = OwnChildStarts.of(p).orElse(null);
                openTest(own == null ? "runs under its name, as the application starts it"
                        : "adds a child per " + own.param() + (own.find() == null ? "" : " and finds it again"));
                startOrRunning();
                w.blank();
                if (own != null) {
                    own.write(w, ref);
                } else {
                    w.line("assert %{active: _} = DynamicSupervisor.count_children(pid)");
                }
                w.close("end");
                return;
            }
            java.util.List<String> adding = p.code.tests().childrenAtStart();
            openTest(adding.isEmpty() ? "starts with no children" : "starts with the children its start adds");
            w.binary("pid", "=", "start_supervised!(" + checked(todaySpec()) + ")");
            w.blank();
            if (!adding.isEmpty()) {
                FitsSketch.comment(w, "Its start adds children itself (" + String.join(", ", adding)
                        + "): the test does not count on none.");
            }
            w.line("assert %{active: " + (adding.isEmpty() ? "0" : "_") + "} = DynamicSupervisor.count_children(pid)");
            w.close("end");
            return;
        }
        if (p.fromSimpleOneForOne) {
            boolean running = runningSupervisor();
            openTest(running ? "runs under its name, as the application starts it"
                    : "starts empty and takes the children its callers ask for");
            if (running) {
                // evercam's WorkerSupervisor: started again under the name the application holds, it fails with
                // {:already_started, pid}; its callers may have started children in it already
                startOrRunning();
                w.blank();
                w.line("assert %{active: _} = DynamicSupervisor.count_children(pid)");
            } else {
                w.binary("pid", "=", "start_supervised!(" + p.module + ")");
                w.blank();
                w.line("assert %{active: 0} = DynamicSupervisor.count_children(pid)");
            }
            FitsSketch.comment(w, p.module + ".start_child(args) takes what Supervisor.start_child(" + p.module
                    + ", args) is given today: start one that way and assert it runs.");
            w.close("end");
            return;
        }
        openTest("starts one child per " + p.entityId + " and finds it again");
        Child own = p.addressing == Addressing.PARTITION ? Child.partitionSupervisor(p, ref) : Child.of(ref);
        sharedSetup(withRegistry(own));
        w.blank();
        lookupTwice();
        w.close("end");
    }

    /** The Registry the sketch names, then {@code other}; without it where today's via helper names its own. */
    private List<Child> withRegistry(Child other) {
        return p.registryNeeded ? List.of(Child.registry(p), other) : List.of(other);
    }

    /** ETS, Agent and GenServer: write then read back, or call each operation and assert what today's clauses give. */
    private void stateful() {
        Optional<Op[]> pair = writeThenRead();
        Optional<String[]> today = pair.isPresent() ? Optional.empty() : todaysPair();
        // The application's process, when the test uses it, is only read: what it is sent acts on the live app.
        boolean isolated = runningSingleton() && isolated();
        // One the application only may run is exercised as one the test started (its own calls and messages), but
        // not assumed fresh: the running one, when there is one, has handled what the application sent it.
        boolean maybe = runningSingleton() && (mayRun() || underCondition() != null);
        boolean live = runningSingleton() && !isolated && !maybe;
        TestSteps steps = pair.isEmpty() && today.isEmpty() ? new TestSteps(this, p, !live && !maybe, live) : null;
        boolean usesPid = steps != null && steps.usesPid();
        String title = p.perEntity() && p.code.fits() ? "starts the process of one " + p.entityId
                : p.perEntity() ? "one process per " + p.entityId + ", found again through the registry"
                : p.shape == Shape.ETS ? "reads and writes go straight to the table"
                : steps != null && steps.stopReason() != null ? "stops with " + steps.stopReason() + " on "
                + steps.firstMessage()
                : steps != null && steps.messageDriven() ? "handles " + steps.firstMessage() + " and keeps running"
                : steps != null && steps.callback() != null ? steps.callback().title()
                : steps != null && p.ops.isEmpty() ? "starts as its supervisor starts it"
                : steps != null && steps.setUpOnly() ? (live ? "the running one holds what its start set up"
                : "holds what its start sets up")
                : steps != null && p.ops.stream().noneMatch(this::callable) ? "starts as its callers start it"
                : keepsNoState() ? "handles each message it is sent" : "keeps state between calls";
        openTest(title);
        if (ignored != null && ownSetup == null) {
            FitsSketch.comment(w, ignored.comment());
            ignored.setup().forEach(w::line);
            w.blank();
        }
        boolean needPid = !p.perEntity() && (usesPid || pair.isPresent() && (addressed(pair.get()[0])
                || addressed(pair.get()[1])) || today.isPresent() && today.get()[0].contains("(pid"));
        if (p.perEntity() && p.code.fits()) {
            // It has no get_or_start of its own: start one for a test id, as its DynamicSupervisor does.
            if (p.registryNeeded && !p.newNames.contains(p.registry)) {
                sharedSetup(List.of(Child.registry(p)));
                w.blank();
            }
            needPid = usesPid;
            String spec = checked(knownStart() ? startSpec() : "{" + ref + ", " + SketchVars.sample(p.entityId) + "}");
            w.binary(needPid ? "pid" : "_pid", "=", "start_supervised!(" + spec + ")");
        } else if (p.perEntity()) {
            sharedSetup(withRegistry(p.addressing == Addressing.PARTITION
                    ? Child.partitionSupervisor(p, "DynamicSupervisor") : Child.dynamicSupervisor(p)));
            w.blank();
            lookupTwice();
        } else if (isolated) {
            String spec = checked(withName(knownStart() ? startSpec() : todaysEntry()));
            FitsSketch.comment(w, "The application runs one under its name; its start takes :name, so the test"
                    + " starts its own under the test's name and leaves the live one alone.");
            w.binary(needPid ? "pid" : "_pid", "=", "start_supervised!(" + spec + ")");
        } else if (runningSingleton()) {
            String server = p.server.equals("__MODULE__") ? ref : p.server;
            int before = w.mark();
            if (mayRun()) {
                FitsSketch.comment(w, "The application may start it already (where is not known): use the running"
                        + " one, start it only where it does not run.");
            } else if (underCondition() != null) {
                // logflare's ErlSysMon: listed by get_children(env)'s other clauses, not by its :test one
                FitsSketch.comment(w, "The application starts it only under a condition (" + underCondition()
                        + "): use the running one where it runs, start it where it does not.");
            } else {
                String where = p.code.running().get(p.module);
                if (where != null && ("/" + where).contains("/test/")) {
                    // gamend's test_helper.exs has its test support start Gamend.Cache.Sync under its name
                    FitsSketch.comment(w, "The project's test setup starts it (" + where + "): use the running one,"
                            + " start it only where it does not run.");
                } else {
                    w.line("# The application starts it already: use the running one, start it only where it does not"
                            + " run.");
                }
            }
            String spec = checked(knownStart() ? startSpec() : todaysEntry());
            String left = needPid ? "pid" : "_pid";
            if (cannotStart != null || !needs.isEmpty()) {
                // What its start takes is not known to the test: the application's own process is the one to use.
                w.truncate(before);
                cannotStart = null;
                needs.clear();
                String where = p.code.running().get(p.module);
                FitsSketch.comment(w, "The application starts it" + (where == null ? "" : " (" + where + ")")
                        + " with values a test cannot make up: the test uses the running one.");
                w.binary("pid", "=", namedTable() != null ? ":ets.info(" + namedTable() + ", :owner)" : whereis(server));
                w.line("assert is_pid(pid)");
                w.blank();
                if (pair.isPresent() && pair.get()[0].access() == Access.PUT) {
                    // A key of the test's own leaves what the application stored under its other keys as it is.
                    FitsSketch.comment(w, "Under a key of the test's own: what the application stored under its"
                            + " other keys stays as it is.");
                    roundTrip(pair.get(), true);
                    w.close("end");
                    return;
                }
                if (pair.isPresent() || today.isPresent()) {
                    // A write would act on the live process: only the steps that keep its state follow.
                    w.close("end");
                    return;
                }
                steps.write(w);
                w.close("end");
                return;
            }
            String right = whereis(server) + " || start_supervised!(" + spec + ")";
            if (namedTable() != null) {
                // It registers no name: the owner of its named table is the running one.
                w.binary("pid", "=", ":ets.info(" + namedTable() + ", :owner)");
                w.binary(left, "=", "if pid == :undefined, do: start_supervised!(" + spec + "), else: pid");
            } else if (w.fits(left + " = " + right) || w.fits("  " + right)) {
                w.binary(left, "=", right);
            } else {
                // Broken where the formatter breaks it: after = and after ||.
                w.separate();
                w.line(left + " =");
                w.line("  " + whereis(server) + " ||");
                w.line("    start_supervised!(" + spec + ")");
                w.blank();
            }
        } else {
            if (!p.code.tests().appRunning() && p.code.appChild() != null) {
                FitsSketch.comment(w, p.code.tests().stoppedBy() + ", so the test starts it.");
            }
            String viaRegistry = viaRegistry();
            if (viaRegistry != null) {
                // It registers in a Registry under a fixed key: that Registry must run first.
                sharedSetup(List.of(new Child("Registry", "keys: :unique, name: " + viaRegistry)));
            }
            if (ownSetup != null) {
                setUpAsOwn(needPid);
            } else if (knownStart()) {
                startLine(checked(startSpec()), needPid);
            } else if (startParams().size() > 1) {
                // {M, arg} would call a start_link/1 it does not have: the spec names start_link with its arguments.
                unknownStart();
                w.binary(needPid ? "pid" : "_pid", "=", "start_supervised!(" + checked(byStartLink()) + ")");
            } else if (noArgumentStart() != null) {
                startLine(checked(noArgumentStart()), needPid);
            } else {
                unknownStart();
                checked(Child.of(ref).text());
                Child.of(ref).startSupervised(w, needPid ? "pid" : null);
            }
        }
        w.blank();
        if (pair.isPresent()) {
            roundTrip(pair.get(), live);
        } else if (today.isPresent()) {
            // Today's handlers: the setter puts its argument in a field that the getter replies with.
            w.line(today.get()[0]);
            w.binary("assert " + today.get()[1], "==", today.get()[2]);
        } else {
            steps.write(w);
        }
        w.close("end");
    }

    /** The write, then the read of what it wrote (a counter's first increment reads back 1). */
    private void roundTrip(Op[] pair, boolean live) {
        Op write = pair[0];
        Op read = pair[1];
        String key = write.data().isEmpty() ? null : SketchVars.sample(write.data().get(0));
        String written = call(write, key);
        if (live && write.access() == Access.INCREMENT) {
            // The running process has counted what the application did: the test counts from there.
            w.binary("before", "=", call(read, key));
            w.line(written);
            w.binary("assert " + call(read, key), "==", "before + 1");
            return;
        }
        w.line(written);
        String expected = write.access() == Access.INCREMENT ? "1" : writtenValue(written, write);
        w.binary("assert " + call(read, key), "==", expected);
    }

    /** {@code start_supervised!(spec)}, its pid bound when the steps use it. */
    private void startLine(String spec, boolean needPid) {
        String call = "start_supervised!(" + spec + ")";
        if (needPid) {
            w.binary("pid", "=", call);
        } else {
            w.line(call);
        }
    }

    /**
     * The value the write call passes, as written there: its sample, or {@code pid} where the parameter takes a
     * process (elixir_agent's {@code update(harvester, pid)} stores the pid the test has).
     */
    private static String writtenValue(String call, Op write) {
        int open = call.indexOf('(');
        List<String> args = open < 0 ? List.of() : TableAccess.arguments(call, open);
        int at = args.size() - write.data().size() + 1;
        return at >= 0 && at < args.size() ? args.get(at).strip() : SketchVars.sample(write.data().get(1));
    }

    /** The application's entry when it names the module, else the module with an empty list. */
    private String todaysEntry() {
        String entry = p.code.appChild();
        SpecHelper spec = entry == null ? null : specHelper(entry);
        String map = spec == null || !Messages.freeVariables(spec.args() + " " + (spec.opts() == null ? ""
                : spec.opts())).isEmpty() ? null : specMap(spec);
        if (map != null) {
            // Supervisor.Spec's worker/supervisor (or a helper of the same shape): the map it stands for
            return map;
        }
        return entry != null && entry.contains(p.module) ? entry : Child.of(ref).text();
    }

    /** One keyword option as written: {@code shutdown: 1000}. */
    private static final java.util.regex.Pattern OPTION = java.util.regex.Pattern.compile("(?s)([a-z_]+): (.+)");

    /**
     * The map spec Supervisor.Spec's {@code worker(M, [args], opts)} stands for, its options ({@code id:},
     * {@code function:}, {@code restart:}, {@code shutdown:}) in their places ({@code modules:} is the default);
     * null when an option is not one of those.
     */
    private String specMap(SpecHelper spec) {
        String id = ref;
        String function = ":start_link";
        StringBuilder tail = new StringBuilder();
        List<String> opts = spec.opts() == null ? List.of() : TopLevel.items(spec.opts(), true);
        if (opts == null) {
            return null;
        }
        for (String o : opts) {
            java.util.regex.Matcher kv = OPTION.matcher(o.strip());
            if (!kv.matches()) {
                return null;
            }
            switch (kv.group(1)) {
                case "id" -> id = kv.group(2);
                case "function" -> function = kv.group(2);
                case "restart", "shutdown" -> tail.append(", ").append(kv.group(1)).append(": ").append(kv.group(2));
                case "modules" -> {
                }
                default -> {
                    return null;
                }
            }
        }
        return "%{id: " + id + ", start: {" + ref + ", " + function + ", [" + spec.args() + "]}" + tail
                + (spec.supervisor() ? ", type: :supervisor" : "") + "}";
    }

    /**
     * A singleton the application runs can be tested apart from it: its start_link takes a {@code :name}, the test
     * only sends it messages or calls operations that take the pid (one that does not would reach the application's
     * process by its name), and
     * its spec is a keyword list the test can add {@code name:} to.
     */
    private boolean isolated() {
        TodayCode.Init start = p.code.startLink();
        if (start == null || start.body() == null || !TAKES_NAME.matcher(start.body()).find()
                || p.ops.stream().filter(this::callable).anyMatch(op -> !addressed(op))) {
            return false;
        }
        TodayStart t = p.code.start();
        String shape = t.spec() != null && startsThis(t.spec()) ? t.spec()
                : !t.requiredKeys().isEmpty() ? "{" + ref + ", " + String.join(", ", t.requiredKeys().stream()
                .map(k -> k + ": nil").toList()) + "}" : todaysEntry();
        return withName(shape) != null;
    }

    /** A start_link that reads a {@code :name} from its options ({@code Keyword.get(opts, :name, __MODULE__)}). */
    private static final java.util.regex.Pattern TAKES_NAME = java.util.regex.Pattern.compile(
            "Keyword\\.[a-z_]+[?!]?\\([^)]*:name\\b|\\[:name\\]|Keyword\\.(?:take|split)\\([^)]*\\bname\\b");

    /** {@code spec} started under the test module's name ({@code {Mod, port: port, name: __MODULE__}}), or null. */
    private String withName(String spec) {
        String s = spec.strip();
        if (s.equals(ref) || s.equals(p.module)) {
            return "{" + s + ", name: __MODULE__}";
        }
        List<String> items = TodayAssertions.topLevel(s, "{", "}");
        if (items == null || items.size() < 2 || !startsThis(s)) {
            return null;
        }
        List<String> options = items.subList(1, items.size()).stream().map(String::strip).toList();
        if (options.size() == 1 && options.get(0).startsWith("[")) {
            options = TodayAssertions.topLevel(options.get(0), "[", "]");
            options = options == null ? null : options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        }
        if (options == null || options.stream().anyMatch(o -> !KEY.matcher(o).lookingAt())) {
            return null;
        }
        List<String> out = new ArrayList<>(options.stream().filter(o -> !o.startsWith("name:")).toList());
        out.add("name: __MODULE__");
        return "{" + items.get(0).strip() + ", " + String.join(", ", out) + "}";
    }

    /**
     * A setter and a getter today's handlers tie together: the setter's clause ({@code {:set_id, next_id}}) returns
     * the state with one field set to its argument ({@code %{state | next_id: next_id}}), the getter's replies with
     * that field ({@code {:reply, state.next_id, ...}}). Gives the write call, the read call and the value to
     * expect (a number when the getter does arithmetic on the field).
     */
    private Optional<String[]> todaysPair() {
        if (p.perEntity()) {
            return Optional.empty();
        }
        for (Op write : p.ops) {
            if (!callable(write)) {
                continue;
            }
            TodayCode.Handler hw = handler(write.tag());
            if (write.data().size() != 1 || hw == null || hw.result() == null || hw.stateVar() == null) {
                continue;
            }
            java.util.regex.Matcher v = java.util.regex.Pattern.compile("\\{:" + java.util.regex.Pattern.quote(hw.tag())
                    + ", ([a-z][A-Za-z0-9_]*)\\}").matcher(hw.message() == null ? "" : hw.message());
            if (!v.matches()) {
                continue;
            }
            java.util.regex.Matcher f = java.util.regex.Pattern.compile("%\\{" + java.util.regex.Pattern.quote(hw.stateVar())
                    + " \\| ([a-z_][A-Za-z0-9_]*): " + java.util.regex.Pattern.quote(v.group(1)) + "[,}]").matcher(hw.result());
            if (!f.find()) {
                continue;
            }
            for (Op read : p.ops) {
                TodayCode.Handler hr = handler(read.tag());
                if (read == write || !callable(read) || !read.data().isEmpty() || hr == null || hr.result() == null || hr.stateVar() == null
                        || !hr.callback().equals("handle_call")) {
                    continue;
                }
                String field = hr.stateVar() + "." + f.group(1);
                if (!hr.result().startsWith("{:reply, " + field + ",")) {
                    continue;
                }
                boolean number = hr.result().matches(".*" + java.util.regex.Pattern.quote(field) + " [-+*] .*");
                String value = number ? "42" : SketchVars.sample(write.data().get(0));
                return Optional.of(new String[] {call(write, value), call(read, null), value});
            }
        }
        return Optional.empty();
    }

    /**
     * The sample the test passes for the argument today's only clause replies with as it came
     * ({@code {:reply, existing, state}} for {@code {:get_host, existing}}), when the client sends its parameter
     * unchanged in that message; else null.
     */
    String echoed(Op op, TodayCode.Handler h) {
        if (h == null || h.result() == null || h.message() == null || !"handle_call".equals(h.callback())) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\{:reply, ([a-z][A-Za-z0-9_]*), [a-z_][A-Za-z0-9_]*\\}").matcher(h.result().strip());
        if (!m.matches()) {
            return null;
        }
        String v = m.group(1);
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?<![\\w.:@])" + v + "(?![\\w(?!:])");
        java.util.regex.Pattern rebound = java.util.regex.Pattern.compile("(?m)^\\s*" + v + "\\s*=[^=>~]");
        int i = op.data().indexOf(v);
        io.github.otpadvisor.facts.ApiFunction f = p.code.api().stream()
                .filter(x -> x.key().equals(op.name() + "/" + op.arity())).findFirst().orElse(null);
        if (i < 0 || !named.matcher(h.message()).find() || h.body() != null && rebound.matcher(h.body()).find()
                || f == null || f.clauses().size() != 1 || f.clauses().get(0).body() == null
                || !f.clauses().get(0).body().contains(h.message()) || rebound.matcher(f.clauses().get(0).body()).find()) {
            return null;
        }
        TestCalls.Signature s = calls().of(op);
        int at = (s != null && s.extraPid() ? 1 : 0) + op.position(i);
        return s != null && at < s.args().size() && s.args().get(at) == TestCalls.Arg.SAMPLE ? SketchVars.sample(v)
                : null;
    }

    /** Today's call or cast clause of a message tag, or null. */
    TodayCode.Handler handler(String tag) {
        if (tag == null) {
            return null;
        }
        return p.code.handlers().stream().filter(h -> tag.equals(h.tag()) && !h.callback().equals("handle_info"))
                .findFirst().orElse(null);
    }

    /**
     * The child spec the application starts it with, when the test can use it as written (no variables, and it
     * names the module as the test does); else the module with an empty list.
     */
    private String todaySpec() {
        if (knownStart()) {
            return startSpec();
        }
        unknownStart();
        String today = p.code.appChild();
        if (today != null && Messages.freeVariables(today).isEmpty() && (names(today, p.module) || names(today, ref))) {
            return today;
        }
        if (startParams().size() > 1) {
            return byStartLink();
        }
        return noArgumentStart() != null ? noArgumentStart() : Child.of(ref).text();
    }

    /**
     * Its only start_link takes no argument ({@code def start_link, do: ...}), and no child_spec of its own says how to
     * call it: {@code {M, []}} would call a start_link/1 it does not define, so the spec calls the one it has. Else null.
     */
    private String noArgumentStart() {
        return p.code.start().arity() == TodayStart.StartArity.ZERO
                ? "%{id: " + ref + ", start: {" + ref + ", :start_link, []}}" : null;
    }

    /** Today's code starts it through a spec this test can write, or its start requires keys. */
    private boolean knownStart() {
        TodayStart t = p.code.start();
        return ownStart() != null || t.spec() != null && startsThis(t.spec()) || !t.requiredKeys().isEmpty();
    }

    /**
     * How the project's own test starts it ({@code Scheduler.start_link(name: nil)}) as a child spec, when that call
     * names none of that test's variables; else null. {@code {M, arg}} calls {@code start_link(arg)} only when the
     * module has no child_spec of its own: otherwise the spec names start_link itself.
     */
    private String ownStart() {
        return ownStart;
    }

    private String startOfOwnTest() {
        io.github.otpadvisor.facts.TestStart s = p.code.tests().start();
        if (s == null || !ownBuilt().isEmpty() || s.args().stream().anyMatch(a -> a.contains("…"))) {
            return null; // values its setup builds, or a start too long for the facts to keep whole
        }
        if (supervised(s)) {
            // start_supervised!({M, arg}): the same spec
            return s.args().isEmpty() ? ref : "{" + ref + ", " + unbracketed(ownArgs(s).get(0)) + "}";
        }
        List<String> args = ownArgs(s).stream().map(a -> a.matches("[a-z_][A-Za-z0-9_]*: (?s).*") ? "[" + a + "]" : a)
                .toList();
        if (args.size() == 1 && !p.code.childSpec()) {
            String arg = args.get(0);
            boolean keywords = arg.matches("\\[[a-z_][A-Za-z0-9_]*: (?s).*\\]");
            return "{" + ref + ", " + (keywords ? arg.substring(1, arg.length() - 1) : arg) + "}";
        }
        return "%{id: " + ref + ", start: {" + ref + ", :start_link, [" + String.join(", ", args) + "]}}";
    }

    /** A variable given only as a {@code name:} option ({@code name: name}): the test's own name takes its place. */
    private static final java.util.regex.Pattern NAME_OPTION = java.util.regex.Pattern.compile(
            "(?<![\\w:.@])name: (?!(?:nil|true|false)(?![\\w?!]))([a-z_][A-Za-z0-9_]*)(?![\\w?!:.(])");

    /** The project's test's start arguments, a variable given as the {@code name:} option replaced by the test's name. */
    private static List<String> ownArgs(io.github.otpadvisor.facts.TestStart s) {
        return s.args().stream().map(a -> {
            java.util.regex.Matcher m = NAME_OPTION.matcher(a);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String v = m.group(1);
                // only where the variable is nothing but that name: a value read elsewhere in the call stays
                boolean onlyName = !java.util.regex.Pattern.compile("(?<![\\w:.@])" + v + "(?![\\w?!:])")
                        .matcher(a.substring(0, m.start(1)) + a.substring(m.end(1))).find();
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        onlyName ? "name: __MODULE__" : m.group()));
            }
            m.appendTail(out);
            return out.toString();
        }).toList();
    }

    /**
     * The variables of the project's own test that its start of the module takes ({@code root}, {@code ops}: what
     * its setup builds), the test's name aside; empty when it starts it with literals, or does not call start_link.
     */
    private List<String> ownBuilt() {
        return ownBuilt;
    }

    private List<String> builtByOwnTest() {
        io.github.otpadvisor.facts.TestStart s = p.code.tests().start();
        if (s == null || !s.function().equals("start_link") && !supervised(s)) {
            return List.of();
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        ownArgs(s).forEach(a -> out.addAll(Messages.freeVariables(a)));
        return List.copyOf(out);
    }

    private boolean startsThis(String spec) {
        return names(spec, p.module) || names(spec, ref) || spec.startsWith(p.module + ".child_spec(")
                || spec.startsWith(ref + ".child_spec(") || mapStarts(spec, p.module) || mapStarts(spec, ref)
                || specHelperStarts(spec);
    }

    /**
     * {@code worker(Verk.Manager, [queues], id: Verk.Manager)} (Supervisor.Spec) passing what its caller builds: the
     * value the test cannot make up. One with literal arguments becomes a map spec ({@link #todaysEntry}).
     */
    private boolean specHelperStarts(String spec) {
        SpecHelper h = specHelper(spec);
        return h != null && !Messages.freeVariables(h.args()).isEmpty();
    }

    private static final java.util.regex.Pattern SPEC_MODULE = java.util.regex.Pattern.compile(
            "^(Supervisor\\.)?Spec\\.(?=(worker|supervisor)\\()");
    private static final java.util.regex.Pattern MATCHED = java.util.regex.Pattern.compile("^_[a-z_0-9]*\\s*=\\s*");

    /** Supervisor.Spec's {@code worker(Mod, [args])} or {@code supervisor(Mod, [args], opts)} starting this module. */
    private record SpecHelper(boolean supervisor, String args, String opts) {
    }

    /** {@code spec} as a {@link SpecHelper} for this module, or null. */
    private SpecHelper specHelper(String spec) {
        // worker(..), or through its module or an alias of it: Supervisor.Spec.worker(..), Spec.worker(..)
        String text = SPEC_MODULE.matcher(spec.strip()).replaceFirst("");
        boolean supervisor = text.startsWith("supervisor(");
        int open = text.indexOf('(');
        if (!supervisor && !text.startsWith("worker(") || TopLevel.closing(text, open) != text.length() - 1) {
            return null;
        }
        List<String> items = TopLevel.items(text.substring(open + 1, text.length() - 1), true);
        if (items == null || items.size() < 2 || !(p.module.equals(items.get(0)) || p.module.endsWith("." + items.get(0)))) {
            return null;
        }
        String list = MATCHED.matcher(items.get(1).strip()).replaceFirst(""); // _args = [..]
        if (!list.startsWith("[") || !list.endsWith("]")) {
            return null;
        }
        String opts = items.size() > 2 ? String.join(", ", items.subList(2, items.size())) : null;
        return new SpecHelper(supervisor, list.substring(1, list.length() - 1).strip(), opts);
    }

    /**
     * A map spec whose {@code start:} calls the module's start_link with what its caller builds ({@code %{id: ..,
     * start: {M, :start_link, [p]}}} in an {@code Enum.map}): the value the test cannot make up. One with literal
     * arguments is started as its module, as before.
     */
    private static boolean mapStarts(String spec, String module) {
        return spec.startsWith("%{") && !Messages.freeVariables(spec).isEmpty()
                && spec.matches("(?s).*\\bstart: \\{" + java.util.regex.Pattern.quote(module) + ", :start_link, \\[.*");
    }

    /**
     * The spec today's code starts it with, each variable in it bound first to a named placeholder that says what
     * today's caller passes and where; else the module with the keys its start requires. Writes the bindings.
     */
    private String startSpec() {
        String own = ownStart();
        if (own != null) {
            io.github.otpadvisor.facts.TestStart s = p.code.tests().start();
            FitsSketch.comment(w, "Started as the project's own test starts it (" + s.location().file() + ":"
                    + s.location().line() + ")." + coverage(pointerOps()));
            return own;
        }
        TodayStart t = p.code.start();
        if (t.spec() != null && startsThis(t.spec())) {
            String spec = callerValues(t.spec());
            for (String v : Messages.freeVariables(spec)) {
                if (!java.util.regex.Pattern.compile("(?<![\\w:.@])" + java.util.regex.Pattern.quote(v) + "(?![\\w?!:])")
                        .matcher(spec).find()) {
                    continue; // not written in the spec (a type in an interpolation's expansion): nothing to bind
                }
                boolean extra = spec.contains("++ " + v) || spec.contains(v + " ++");
                // An id is any id of that kind, a name the test's own; other values are the caller's to give.
                boolean id = id(v);
                // The keys its start fetches go in the variable only when it is the whole argument ({Mod, opts}).
                boolean whole = !extra && spec.matches("\\{[^,{}]+, " + java.util.regex.Pattern.quote(v) + "\\}")
                        && !t.requiredKeys().isEmpty();
                boolean given = !extra && !whole && !id && !v.equals("name");
                FitsSketch.comment(w, v + ": what " + t.by() + " passes today (" + t.where() + ")"
                        + (extra ? "; [] starts it with the defaults." : given ? "; the test's setup gives the same."
                        : v.equals("name") ? "; the test names its own." : "."));
                if (given) {
                    needs.add(v);
                    continue;
                }
                w.binary(v, "=", extra ? "[]" : whole ? requiredKeys(t) : id ? SketchVars.sample(v) : "__MODULE__");

            }
            aliases(t);
            return spec;
        }
        List<String> keys = startKeys(t);
        String others = String.join(", ", keys.subList(t.requiredKeys().size(), keys.size()).stream()
                .map(k -> ":" + k).toList());
        FitsSketch.comment(w, "Its start takes " + String.join(", ", t.requiredKeys().stream().map(k -> ":" + k)
                .toList()) + " with Keyword.fetch!" + (others.isEmpty() ? "" : " and " + t.entry().where()
                + " also passes " + others) + ": " + (keys.stream().allMatch(k -> id(k) || k.equals("name"))
                ? "an id of the test's, a name of its own." : "the test's setup gives what its callers pass."));
        return "{" + ref + ", " + requiredKeys(t).substring(1, requiredKeys(t).length() - 1) + "}";
    }

    /** Local calls of Elixir's Kernel, which the test can make as well. */
    private static final Set<String> KERNEL = Set.of("is_nil", "is_atom", "is_binary", "is_integer", "is_map", "is_list",
            "is_pid", "elem", "length", "map_size", "hd", "tl", "to_string", "inspect", "self", "node", "make_ref",
            "byte_size", "div", "rem", "abs", "max", "min", "round", "trunc", "not", "if", "unless", "case", "cond",
            "with", "fn", "for", "raise", "send", "apply", "tuple_size", "put_elem", "struct", "struct!", "to_timeout");
    private static final java.util.regex.Pattern LOCAL_CALL = java.util.regex.Pattern.compile(
            "(?<![\\w.:@&])([a-z_][A-Za-z0-9_]*[?!]?)\\(");

    /**
     * Today's spec with each keyword value that calls a function of the module it is written in
     * ({@code on_acquired: fn -> start_children(specs) end}, {@code mutex_key: mutex_key(name)}) replaced by a
     * variable named after its key: the test cannot call that function, its setup gives the value.
     */
    private String callerValues(String spec) {
        List<String> items = TodayAssertions.topLevel(spec.strip(), "{", "}");
        if (items == null || items.size() < 2) {
            return spec;
        }
        List<String> out = new ArrayList<>(List.of(items.get(0).strip()));
        boolean changed = false;
        for (String item : items.subList(1, items.size())) {
            java.util.regex.Matcher k = KEY.matcher(item);
            boolean local = false;
            java.util.regex.Matcher call = LOCAL_CALL.matcher(item);
            while (call.find()) {
                local |= !KERNEL.contains(call.group(1));
            }
            if (k.lookingAt() && local) {
                out.add(k.group(1) + ": " + k.group(1));
                changed = true;
            } else {
                out.add(item.strip());
            }
        }
        return changed ? "{" + String.join(", ", out) + "}" : spec;
    }

    /** Short module names in today's spec are aliases of the file it is written in: the test needs the same. */
    private void aliases(TodayStart t) {
        java.util.Set<String> shortNames = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.:])[A-Z][A-Za-z0-9_]*(?![\\w]|\\.[A-Z])")
                .matcher(t.spec());
        while (m.find()) {
            // Application.get_env(...) in an entry is Elixir's Application, no alias (ride_along's EtaMonitor)
            if (!m.group().equals(ref) && !USED.contains(m.group())
                    && !io.github.otpadvisor.elixir.syntax.ElixirNames.STDLIB_MODULES.contains(m.group())) {
                shortNames.add(m.group());
            }
        }
        if (!shortNames.isEmpty() && t.where() != null) {
            String file = t.where().replaceFirst(":\\d+$", "");
            FitsSketch.comment(w, String.join(", ", shortNames) + (shortNames.size() == 1 ? " is an alias" : " are aliases")
                    + " in " + file + ": alias " + (shortNames.size() == 1 ? "it" : "them") + " here the same way.");
        }
    }

    private static boolean id(String variable) {
        return variable.equals("id") || variable.endsWith("_id");
    }

    /**
     * The keys its start fetches: a name of the test's own (the test module), a sample id, and what only its callers
     * can build taken from the test's context.
     */
    private String requiredKeys(TodayStart t) {
        return "[" + String.join(", ", startKeys(t).stream().map(k -> k + ": " + (k.equals("name") ? "__MODULE__"
                : id(k) ? SketchVars.sample(k) : context(k))).toList()) + "]";
    }

    /**
     * The keys its start fetches, then the other keys its children entry passes ({@code on_acquired:}, which a
     * {@code struct!} of its state may require though no {@code Keyword.fetch!} names it).
     */
    private List<String> startKeys(TodayStart t) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(t.requiredKeys());
        List<String> items = t.entry() == null ? null : TodayAssertions.topLevel(t.entry().text().strip(), "{", "}");
        if (items != null && items.size() > 1 && startsThis(items.get(0).strip())) {
            List<String> options = items.subList(1, items.size());
            if (options.size() == 1 && options.get(0).strip().startsWith("[")) {
                options = TodayAssertions.topLevel(options.get(0).strip(), "[", "]");
            }
            for (String o : options == null ? List.<String>of() : options) {
                java.util.regex.Matcher k = KEY.matcher(o);
                if (!k.lookingAt()) {
                    return t.requiredKeys(); // not a keyword list as written: only the fetched keys are known
                }
                keys.add(k.group(1));
            }
        }
        return List.copyOf(keys);
    }

    /** A keyword entry's key as written ({@code on_acquired: fn -> .. end}). */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("\\s*([a-z_][A-Za-z0-9_]*): ");

    /** {@code v}, given by the test's context. */
    private String context(String v) {
        needs.add(v);
        return v;
    }

    /**
     * The parameters today's start_link requires (those without a default), when each is a plain variable; empty
     * otherwise.
     */
    private List<String> startParams() {
        TodayCode.Init start = p.code.startLink();
        List<String> params = start == null || start.param() == null || start.param().isBlank() || p.code.childSpec()
                ? null : TopLevel.items(start.param(), true);
        if (params == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String param : params) {
            String v = param.strip();
            if (v.contains("\\\\")) {
                continue;
            }
            if (!TodayAssertions.variable(v) || v.startsWith("_")) {
                return List.of();
            }
            out.add(v);
        }
        return out;
    }

    /** A spec that calls today's start_link with its arguments, each given by the test's context. */
    private String byStartLink() {
        return "%{id: " + ref + ", start: {" + ref + ", :start_link, [" + String.join(", ", startParams().stream()
                .map(this::context).toList()) + "]}}";
    }

    /** Nothing says how today's code starts it: the empty list is said to be a guess, not left silent. */
    private void unknownStart() {
        TodayCode.Init start = p.code.startLink();
        if (startParams().size() > 1) {
            FitsSketch.comment(w, "No children entry or start_child call of the project shows how it is started:"
                    + " start_link(" + start.param() + ") takes what the test's setup gives.");
        } else if (start != null && start.param() != null && !start.param().isBlank()
                && !start.param().startsWith("_")) {
            FitsSketch.comment(w, "[] stands for what start_link(" + start.param() + ") is given today (no children"
                    + " entry or start_child call of the project shows it): pass the same.");
        }
    }

    /**
     * The reply today's only clause for the operation's message gives whatever the state holds: an atom
     * ({@code {:reply, :ok, state}}) or a tagged pair ({@code {:reply, {:ok, conn}, state}}); null otherwise.
     */
    String replyPattern(Op op) {
        TodayCode.Handler h = handler(op.tag());
        if (h == null || !h.callback().equals("handle_call") || h.result() == null || p.code.handlers().stream()
                .filter(x -> op.tag().equals(x.tag()) && x.callback().equals("handle_call")).count() != 1) {
            return null;
        }
        java.util.regex.Matcher atom = java.util.regex.Pattern.compile(
                "^\\{:reply, (:[a-z_][A-Za-z0-9_]*|true|false|nil), .*").matcher(h.result());
        if (atom.matches()) {
            return atom.group(1);
        }
        java.util.regex.Matcher pair = java.util.regex.Pattern.compile(
                "^\\{:reply, \\{(:[a-z_][A-Za-z0-9_]*), [a-z_@][A-Za-z0-9_.]*\\}, .*").matcher(h.result());
        return pair.matches() ? "{" + pair.group(1) + ", _}" : null;
    }

    /** {@code spec} is {@code module} or a spec tuple headed by it ({@code {Shop.Cache, ttl: 5}}). */
    private static boolean names(String spec, String module) {
        return spec.matches("\\{?" + java.util.regex.Pattern.quote(module) + "([^A-Za-z0-9_.].*)?");
    }

    /** {@code Process.whereis/1} for a plain name; a via name is looked up through its registry. */
    private static String whereis(String server) {
        return (server.startsWith("{") ? "GenServer.whereis(" : "Process.whereis(") + server + ")";
    }

    /** The Registry of a via name the module registers under ({@code {:via, Registry, {Reg, "key"}}}), or null. */
    private String viaRegistry() {
        if (!SketchNames.viaName(p.server)) {
            return null;
        }
        String rest = p.server.substring("{:via, Registry, {".length());
        return rest.substring(0, rest.indexOf(','));
    }

    /**
     * {@code pid} bound to the supervisor: the running one when the application starts it under its name (a second
     * would fail to register), else one the test starts as today's code does.
     */
    private void startOrRunning() {
        if (runningSupervisor()) {
            String where = p.code.running().get(p.module);
            FitsSketch.comment(w, "The application starts it" + (where == null ? "" : " (" + where + ")")
                    + ": the test uses the running one, and starts it where the test environment does not.");
            String running = whereis(p.server.equals("__MODULE__") ? ref : p.server);
            String spec = checked(todaySpec()); // before the binding: it may say where the spec comes from
            String right = running + " || start_supervised!(" + spec + ")";
            if (w.fits("pid = " + right)) {
                w.binary("pid", "=", right);
            } else {
                w.line("pid =");
                w.line("  " + running + " ||");
                w.line("    start_supervised!(" + spec + ")");
            }
            return;
        }
        if (ownSetup != null) {
            setUpAsOwn(true);
            return;
        }
        w.binary("pid", "=", "start_supervised!(" + checked(todaySpec()) + ")");
    }

    /** Starts it as the project's own test does, in that test's context: what its setup builds is there. */
    private void setUpAsOwn(boolean needPid) {
        String head = ownSetup.head(title, needPid);
        if (head == null) {
            return; // no way to the pid: the pointer stays
        }
        w.rewrite(header, List.of(head));
        String server = p.server.equals("__MODULE__") ? ref : p.server;
        ownSetup.start(w, needPid, server);
        setUpAsOwn = true;
    }

    /**
     * A supervisor the application starts under its name: as it is, or as the sketch makes it, which keeps the name
     * (evercam's :simple_one_for_one supervisors become DynamicSupervisors under the same name).
     */
    private boolean runningSupervisor() {
        return p.code.tests().appRunning() && p.named && !SketchNames.viaName(p.server) && appStarts();
    }

    /**
     * The application runs it when its tests run: its tree reaches it, or it has a children entry in a project whose
     * application starts anything at all (a library with no Application module, such as alchemy, starts nothing
     * on its own: what its users' code starts is not running in its tests).
     */
    private boolean appStarts() {
        return p.code.running().containsKey(p.module) || p.code.appChild() != null && !p.code.running().isEmpty();
    }

    /**
     * The application starts this (unpartitioned, stateful) module under its name already, or may: its start is not
     * in the scanned files while the application runs a tree in its tests ({@link #mayRun}).
     */
    private boolean runningSingleton() {
        return p.code.tests().appRunning() && ownStart() == null && (appStarts() || mayRun()) && !p.perEntity()
                && (p.named || namedTable() != null)
                && (p.shape == Shape.GENSERVER || p.shape == Shape.AGENT || p.shape == Shape.ETS);
    }

    /**
     * Nothing seen starts it, and its application's tree, which runs in its tests, has entries the analysis could
     * not read: the start may be one of them (dispatch's adapters appended from the configuration by {@code SlackApi.append_child_spec/1}; a
     * child_spec that wraps it in a supervisor of its own). A second start under its name would fail with
     * {@code already_started}: the test takes the running one when there is one.
     */
    /** {@code file:line} of the condition its production children entry is listed under, or null. */
    private String underCondition() {
        TodayStart.Site entry = p.code.start().entry();
        return entry == null ? null : entry.condition();
    }

    private boolean mayRun() {
        TodayStart t = p.code.start();
        return !appStarts() && p.code.tests().hiddenStarts() && t.spec() == null && t.dynamic() == null
                && t.call() == null && t.indirect() == null;
    }

    private static final java.util.regex.Pattern NAMED_TABLE = java.util.regex.Pattern.compile(
            ":ets\\.new\\(\\s*(__MODULE__|[A-Z][A-Za-z0-9_.]*|:[a-z_][A-Za-z0-9_]*)\\s*,\\s*\\[[^\\]]*:named_table");

    /**
     * The named ETS table today's init/1 creates, as the test writes it, when the process registers no name: a
     * second one would fail on the table (erlef's WildApricot.Cache), and the table's owner is the running one.
     */
    String namedTable() {
        if (p.named || p.code.init() == null || p.code.init().body() == null) {
            return null;
        }
        java.util.regex.Matcher m = NAMED_TABLE.matcher(p.code.init().body());
        return !m.find() ? null : m.group(1).equals("__MODULE__") ? ref : m.group(1);
    }


    /** Named processes the application may already start in tests; started here when it does not. */
    private void sharedSetup(List<Child> children) {
        List<Child> started = new ArrayList<>();
        for (Child c : children) {
            String name = c.args().contains("name: ") ? c.args().substring(c.args().lastIndexOf("name: ") + 6).strip()
                    : null;
            String where = name == null ? null : p.code.running().get(name);
            if (where != null) {
                // A second one under the same name would fail to start: the test uses the application's.
                FitsSketch.comment(w, name + " runs in the application (" + where + "): the test uses it.");
            } else {
                started.add(c);
            }
        }
        if (started.isEmpty()) {
            return;
        }
        w.line("# The application's tree does not start " + (started.size() == 1 ? "this" : "these")
                + ": the test does.");
        java.util.Set<String> heads = new java.util.HashSet<>();
        for (Child c : started) {
            if (heads.add(c.head())) {
                c.startSupervised(w, null);
            } else {
                // start_supervised! refuses a second child with the same id: this one gets its own.
                w.line("start_supervised!(Supervisor.child_spec(" + c.text() + ", id: " + c.args()
                        .substring(c.args().lastIndexOf("name: ") + 6) + "))");
            }
        }
    }

    private void lookupTwice() {
        if (ElixirSketches.render(p).contains("\n  def get_or_start(")) {
            String lookup = ref + ".get_or_start(" + SketchVars.sample(p.entityId) + ")";
            w.binary("{:ok, pid}", "=", lookup);
            w.binary("assert {:ok, ^pid}", "=", lookup);
            return;
        }
        // The sketch keeps today's start_link and starts one with its argument: a second start finds the first.
        TodayStart t = p.code.start();
        String arg = t.requiredKeys().isEmpty() ? SketchVars.sample(p.entityId) : t.requiredKeys().stream()
                .map(k -> k + ": " + SketchVars.sample(k)).reduce((a, b) -> a + ", " + b).orElseThrow();
        if (t.requiredKeys().isEmpty()) {
            FitsSketch.comment(w, SketchVars.sample(p.entityId) + " stands for what today's start_link takes: pass"
                    + " what its callers pass.");
        }
        String start = ref + ".start_child(" + arg + ")";
        w.binary("{:ok, pid}", "=", start);
        w.binary("assert {:error, {:already_started, ^pid}}", "=", start);
    }

    /**
     * A write and a read that checks it: {@code put(k, v)} and {@code get(k)} on the same key, or an
     * increment without arguments and the read of the whole (counter) state.
     */
    private Optional<Op[]> writeThenRead() {
        if (keepsNoState()) {
            return Optional.empty(); // a read after a write would assert state no handler keeps
        }
        for (Op write : p.ops) {
            for (Op read : p.ops) {
                if (!callable(write) || !callable(read)) {
                    continue;
                }
                if (write.access() == Access.PUT && write.data().size() == 2 && read.access() == Access.GET
                        && read.data().size() == 1 && !onlyProcess(read) && readsWhatItWrites(write, read)) {
                    return Optional.of(new Op[] {write, read});
                }
                if (write.access() == Access.INCREMENT && write.data().isEmpty() && read.access() == Access.ALL) {
                    return Optional.of(new Op[] {write, read});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Today's clauses, when known, let the read see what the write sets: the fields the write's clause sets are read by
     * the read's clause. sensocto's PredictiveLoadBalancer: record_attention/2 adds to attention_history while
     * get_patterns/1 replies from hourly_patterns, so "get returns what was put" would fail.
     */
    private boolean readsWhatItWrites(Op write, Op read) {
        TodayCode.Handler w = write.tag() == null ? null : handler(write.tag());
        TodayCode.Handler r = read.tag() == null ? null : handler(read.tag());
        if (w == null || r == null || r.body() == null) {
            return true; // a rewrite's own put and get, or clauses the facts do not hold: the access kinds decide
        }
        java.util.Set<String> fields = TodayAssertions.setFields(w).keySet();
        return fields.isEmpty() || fields.stream().anyMatch(f -> java.util.regex.Pattern.compile(
                "\\." + f + "\\b|\\b" + f + ":").matcher(r.body()).find());
    }

    /**
     * The read takes nothing but the process ({@code data(server)}): it reads no key a write put, so what it returns
     * is no value a write gave (nerves_gate's {@code join(client, server)} then {@code data(server)}).
     */
    private boolean onlyProcess(Op read) {
        String call = call(read, null);
        int open = call.indexOf('(');
        return TableAccess.arguments(call, open).stream().map(String::strip).allMatch("pid"::equals);
    }

    /** Today's handlers are known and none reads the state or returns another one. */
    private boolean keepsNoState() {
        return !p.code.handlers().isEmpty() && p.code.handlers().stream().noneMatch(TodayCode.Handler::usesState);
    }

    /**
     * The test may call the operation: the rewrite defines it, or, when the module stays as it is, it is one of its
     * public functions (an operation read from a handler no function sends is not).
     */
    boolean callable(Op op) {
        TestCalls.Signature s = calls().of(op);
        if (s == null || s.sampled() || ownSetup == null) {
            return s != null && s.sampled();
        }
        // a value its callers build, which the project's setup has under the parameter's name
        List<String> params = params(op.name(), s.args().size());
        java.util.Set<String> given = ownSetup.variables();
        for (int i = 0; i < s.args().size(); i++) {
            if (s.args().get(i) == TestCalls.Arg.BUILT && (i >= params.size() || !given.contains(named(params.get(i))))) {
                return false;
            }
        }
        return true;
    }

    /** A function of the module or its sketch takes the operation, whether or not a sample value fits it. */
    boolean exists(Op op) {
        return calls().of(op) != null;
    }

    private TestCalls calls() {
        if (calls == null) {
            calls = TestCalls.of(p, ElixirSketches.render(p));
        }
        return calls;
    }

    /**
     * The operation takes the process it talks to first ({@code clear(server)}: an unnamed process, reached by pid):
     * the test passes the pid it started.
     */
    boolean addressed(Op op) {
        TestCalls.Signature s = calls().of(op);
        return s != null && s.args().contains(TestCalls.Arg.PID) || serverFirst(op);
    }

    /** A singleton's operation whose first parameter is named {@code server}. */
    private boolean serverFirst(Op op) {
        return !p.perEntity() && !op.data().isEmpty() && op.data().get(0).equals("server");
    }

    /**
     * The operation called with sample arguments ({@code "sku-1"}, {@code 2}); {@code key}, when given,
     * replaces the first data argument so a write and a read in one test meet on one entry.
     */
    String call(Op op, String key) {
        List<String> args = new ArrayList<>();
        TestCalls.Signature s = calls().of(op);
        // Where today's clause (or the sketch's) sends to an argument, the test passes the process it started.
        java.util.function.IntPredicate pid = i -> s != null && i < s.args().size() && s.args().get(i) == TestCalls.Arg.PID;
        int at = 0;
        if (s != null && s.extraPid()) {
            args.add("pid");
            at++;
        }
        for (int i = 0; i < op.arity(); i++, at++) {
            if (op.id() != null && i == op.idAt()) {
                args.add(pid.test(at) ? "pid" : SketchVars.sample(p.entityId));
            } else {
                args.add(dataArg(op, s, pid.test(at), at, op.id() != null && i > op.idAt() ? i - 1 : i, key));
            }
        }
        // A parameter named as the id the test started its process with takes that id (dara-dots' add_player(game_id,
        // ..) reaches the game registered under it; a sample of its own would reach no process).
        List<String> params = params(op.name(), args.size());
        java.util.Set<String> given = ownSetup == null ? java.util.Set.of() : ownSetup.variables();
        for (int i = 0; i < args.size() && i < params.size(); i++) {
            if (params.get(i).equals(boundId()) && args.get(i).startsWith("\"")) {
                args.set(i, params.get(i));
            } else if (given.contains(named(params.get(i)))) {
                // the project's setup built it under this name (logflare's CircuitBreaker.check(backend))
                args.set(i, named(params.get(i)));
            }
        }
        // The instance a plain start runs is the one its defaulted address names: the call leaves that out.
        int n = args.size();
        while (s != null && n > 0 && n - 1 < s.args().size() && s.args().get(n - 1) == TestCalls.Arg.DEFAULT_ADDRESS) {
            n--;
        }
        return ref + "." + op.name() + "(" + String.join(", ", args.subList(0, n)) + ")";
    }

    /**
     * The id variable {@link #startSpec} binds before the start ({@code game_id = "game-1"} for today's
     * {@code {Shop.Game, game_id}}), when {@link #id} takes it for an id; else null.
     */
    private String boundId() {
        TodayStart t = p.code.start();
        // only where the test starts one for an id as today's code does (the per-entity branch of stateful())
        if (!p.perEntity() || !p.code.fits() || !knownStart() || ownStart() != null || t.spec() == null
                || !startsThis(t.spec())) {
            return null;
        }
        String spec = callerValues(t.spec());
        if (!spec.matches("\\{[^,{}]+, [a-z_][A-Za-z0-9_]*\\}") || !t.requiredKeys().isEmpty()) {
            return null; // only an id that is the whole argument ({Mod, game_id}) is bound as it is
        }
        String v = spec.substring(spec.lastIndexOf(", ") + 2, spec.length() - 1);
        return id(v) ? v : null;
    }

    private static final java.util.regex.Pattern HEAD_PARAMS = java.util.regex.Pattern.compile(
            "def [a-z_][A-Za-z0-9_]*[?!]?\\((.*?)\\)(?:\\s+when\\b.*)?");

    /** The parameters of today's one-clause function {@code name/arity} as written; empty if unknown. */
    /** {@code %Backend{id: id}}: a struct pattern, and the module it names. */
    private static final java.util.regex.Pattern STRUCT = java.util.regex.Pattern.compile(
            "%(?:[A-Z][A-Za-z0-9_]*\\.)*([A-Z][A-Za-z0-9_]*)\\{.*\\}", java.util.regex.Pattern.DOTALL);

    /**
     * The variable a parameter binds ({@code backend} of {@code %Backend{} = backend}), or for a struct pattern that
     * binds none the name a test gives such a value ({@code backend} for {@code %Backend{id: id}}); else the
     * parameter as written.
     */
    private static String named(String param) {
        int eq = param.indexOf(" = ");
        java.util.regex.Matcher struct = STRUCT.matcher(param.strip());
        if (eq < 0 && struct.matches()) {
            return struct.group(1).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        }
        if (eq < 0) {
            return param;
        }
        String left = param.substring(0, eq).strip();
        String right = param.substring(eq + 3).strip();
        return TodayAssertions.variable(right) ? right : TodayAssertions.variable(left) ? left : param;
    }

    private List<String> params(String name, int arity) {
        return p.code.api().stream().filter(f -> f.name().equals(name) && f.arity() == arity).findFirst()
                .map(TestSketch::params).orElse(List.of());
    }

    /**
     * The parameters of a one-clause function of today's code whose head and body are at hand, as written
     * ({@code def add_player(game_id, name, id) when is_binary(name)}: game_id, name, id); empty otherwise.
     */
    static List<String> params(io.github.otpadvisor.facts.ApiFunction f) {
        if (f.clauses().size() != 1 || f.clauses().get(0).head() == null || f.clauses().get(0).body() == null) {
            return List.of();
        }
        java.util.regex.Matcher m = HEAD_PARAMS.matcher(f.clauses().get(0).head().strip());
        List<String> items = m.matches() ? TopLevel.items(m.group(1), true) : null;
        return items != null && items.size() == f.arity() ? items.stream().map(String::strip).toList() : List.of();
    }

    /** The value the test passes for data parameter {@code i} of {@code op}, standing at {@code at} in the call. */
    private String dataArg(Op op, TestCalls.Signature s, boolean pid, int at, int i, String key) {
        TestCalls.Arg arg = s != null && at < s.args().size() ? s.args().get(at) : null;
        String literal = arg == TestCalls.Arg.SAMPLE ? calls().literal(op, at) : null;
        // the operation's data says "server", but a clause that takes something else there (CircuitBreaker's
        // get_state(backend_id) looks the pid up itself) is called with what it takes
        boolean server = i == 0 && serverFirst(op) && (arg == null || arg == TestCalls.Arg.SAMPLE);
        String typed = SpecKinds.sampleOf(p, op, at);
        return pid || server ? "pid" : literal != null ? literal : arg == TestCalls.Arg.OPTIONS ? "[]"
                : arg == TestCalls.Arg.NUMBER ? "2" : arg == TestCalls.Arg.TIMEOUT ? "5_000"
                : arg == TestCalls.Arg.FUNCTION ? "fn -> :ok end"
                : i == 0 && key != null ? key
                : typed != null ? typed
                : SketchVars.sample(op.data().get(i));
    }
}
