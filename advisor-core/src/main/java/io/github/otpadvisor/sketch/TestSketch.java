package io.github.otpadvisor.sketch;

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
    /** The functions the test may call: read from the module's sketch when it is first needed. */
    private TestCalls calls;

    private TestSketch(SketchPlan p) {
        this.p = p;
        String last = ElixirNames.isAlias(p.module) && p.module.contains(".")
                ? p.module.substring(p.module.lastIndexOf('.') + 1) : null;
        this.ref = last != null && !USED.contains(last) ? last : p.module;
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
        // A singleton the application runs is shared by every test: they must not run at the same time.
        w.line("use ExUnit.Case, async: " + !runningSingleton());
        w.blank();
        if (!ref.equals(p.module)) {
            w.line("alias " + p.module);
            w.blank();
        }
        switch (p.shape) {
            case FUNCTIONS -> functions();
            case TASK -> task();
            case SUPERVISOR -> supervisor();
            case DYNAMIC_SUPERVISOR -> dynamicSupervisor();
            default -> stateful();
        }
        return w.close("end").toString();
    }

    private void functions() {
        Op op = p.ops.get(0);
        if (!callable(op)) {
            // No function of its own takes sample values: the test names one to exercise instead of inventing one.
            w.open("test \"needs no process\" do");
            FitsSketch.comment(w, uncallable(op));
            w.close("end");
            return;
        }
        w.open("test \"" + op.name() + "/" + op.arity() + " needs no process: same input, same result\" do");
        String call = call(op, null);
        w.binary("assert " + call, "==", call);
        w.close("end");
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

    private void task() {
        if (p.code.fits()) {
            // It stays a task its supervisor starts: started the same way, it runs its work and ends normally.
            w.open("test \"runs its work and ends normally\" do");
            w.binary("pid", "=", "start_supervised!(" + todaySpec() + ")");
            w.binary("ref", "=", "Process.monitor(pid)");
            w.line("assert_receive {:DOWN, ^ref, :process, ^pid, :normal}, 5_000");
            w.close("end");
            return;
        }
        w.open("test \"runs its work under the task supervisor\" do");
        sharedSetup(List.of(Child.taskSupervisor(p)));
        w.blank();
        for (Op op : p.ops.subList(0, Math.min(2, p.ops.size()))) {
            boolean awaited = op.kind() == Operation.Kind.READ || op.kind() == Operation.Kind.CALL;
            w.binary("assert {:ok, " + (awaited ? "_result" : "_pid") + "}", "=", call(op, null));
        }
        w.close("end");
    }

    private void supervisor() {
        w.open("test \"starts its children\" do");
        startOrRunning();
        w.blank();
        w.line("assert %{specs: " + SupervisorSketch.children(p).size() + "} = Supervisor.count_children(pid)");
        w.close("end");
    }

    private void dynamicSupervisor() {
        if (p.code.fits()) {
            // It has no get_or_start of its own: it starts empty, and its callers add the children.
            if (runningSupervisor()) {
                // The application's callers may have started children in it already: the test cannot count on none.
                w.open("test \"runs under its name, as the application starts it\" do");
                startOrRunning();
                w.blank();
                w.line("assert %{active: _} = DynamicSupervisor.count_children(pid)");
                w.close("end");
                return;
            }
            w.open("test \"starts with no children\" do");
            w.binary("pid", "=", "start_supervised!(" + todaySpec() + ")");
            w.blank();
            w.line("assert %{active: 0} = DynamicSupervisor.count_children(pid)");
            w.close("end");
            return;
        }
        w.open("test \"starts one child per " + p.entityId + " and finds it again\" do");
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
        TestSteps steps = pair.isEmpty() && today.isEmpty() ? new TestSteps(this, p, !runningSingleton()) : null;
        boolean usesPid = steps != null && steps.usesPid();
        String title = p.perEntity() && p.code.fits() ? "starts the process of one " + p.entityId
                : p.perEntity() ? "one process per " + p.entityId + ", found again through the registry"
                : p.shape == Shape.ETS ? "reads and writes go straight to the table"
                : steps != null && steps.messageDriven() ? "handles " + steps.firstMessage() + " and keeps running"
                : steps != null && p.ops.isEmpty() ? "starts as its supervisor starts it"
                : steps != null && p.ops.stream().noneMatch(this::callable) ? "starts as its callers start it"
                : "keeps state between calls";
        w.open("test \"" + title + "\" do");
        boolean needPid = !p.perEntity() && (usesPid || pair.isPresent() && (addressed(pair.get()[0])
                || addressed(pair.get()[1])) || today.isPresent() && today.get()[0].contains("(pid"));
        if (p.perEntity() && p.code.fits()) {
            // It has no get_or_start of its own: start one for a test id, as its DynamicSupervisor does.
            if (p.registryNeeded && !p.newNames.contains(p.registry)) {
                sharedSetup(List.of(Child.registry(p)));
                w.blank();
            }
            needPid = usesPid;
            String spec = knownStart() ? startSpec() : "{" + ref + ", " + SketchVars.sample(p.entityId) + "}";
            w.binary(needPid ? "pid" : "_pid", "=", "start_supervised!(" + spec + ")");
        } else if (p.perEntity()) {
            sharedSetup(withRegistry(p.addressing == Addressing.PARTITION
                    ? Child.partitionSupervisor(p, "DynamicSupervisor") : Child.dynamicSupervisor(p)));
            w.blank();
            lookupTwice();
        } else if (runningSingleton()) {
            String server = p.server.equals("__MODULE__") ? ref : p.server;
            w.line("# The application starts it already: use the running one, start it only where it does not run.");
            String spec = knownStart() ? startSpec() : p.code.appChild() != null
                    && p.code.appChild().contains(p.module) ? p.code.appChild() : Child.of(ref).text();
            String left = needPid ? "pid" : "_pid";
            String right = whereis(server) + " || start_supervised!(" + spec + ")";
            if (w.fits(left + " = " + right) || w.fits("  " + right)) {
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
            String viaRegistry = viaRegistry();
            if (viaRegistry != null) {
                // It registers in a Registry under a fixed key: that Registry must run first.
                sharedSetup(List.of(new Child("Registry", "keys: :unique, name: " + viaRegistry)));
            }
            if (knownStart()) {
                String call = "start_supervised!(" + startSpec() + ")";
                if (needPid) {
                    w.binary("pid", "=", call);
                } else {
                    w.line(call);
                }
            } else {
                unknownStart();
                Child.of(ref).startSupervised(w, needPid ? "pid" : null);
            }
        }
        w.blank();
        if (pair.isPresent()) {
            Op write = pair.get()[0];
            Op read = pair.get()[1];
            String key = write.data().isEmpty() ? null : SketchVars.sample(write.data().get(0));
            w.line(call(write, key));
            String expected = write.access() == Access.INCREMENT ? "1" : SketchVars.sample(write.data().get(1));
            w.binary("assert " + call(read, key), "==", expected);
        } else if (today.isPresent()) {
            // Today's handlers: the setter puts its argument in a field that the getter replies with.
            w.line(today.get()[0]);
            w.binary("assert " + today.get()[1], "==", today.get()[2]);
        } else {
            steps.write(w);
        }
        w.close("end");
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
        return Child.of(ref).text();
    }

    /** Today's code starts it through a spec this test can write, or its start requires keys. */
    private boolean knownStart() {
        TodayStart t = p.code.start();
        return t.spec() != null && startsThis(t.spec()) || !t.requiredKeys().isEmpty();
    }

    private boolean startsThis(String spec) {
        return names(spec, p.module) || names(spec, ref) || spec.startsWith(p.module + ".child_spec(")
                || spec.startsWith(ref + ".child_spec(");
    }

    /**
     * The spec today's code starts it with, each variable in it bound first to a named placeholder that says what
     * today's caller passes and where; else the module with the keys its start requires. Writes the bindings.
     */
    private String startSpec() {
        TodayStart t = p.code.start();
        if (t.spec() != null && startsThis(t.spec())) {
            for (String v : Messages.freeVariables(t.spec())) {
                if (!java.util.regex.Pattern.compile("(?<![\\w:.@])" + java.util.regex.Pattern.quote(v) + "(?![\\w?!:])")
                        .matcher(t.spec()).find()) {
                    continue; // not written in the spec (a type in an interpolation's expansion): nothing to bind
                }
                boolean extra = t.spec().contains("++ " + v) || t.spec().contains(v + " ++");
                FitsSketch.comment(w, v + ": what " + t.by() + " passes today (" + t.where() + ")"
                        + (extra ? "; [] starts it with the defaults." : id(v) ? "." : "; replace the placeholder with the same value."));
                // An id is any id of that kind; other values are the caller's to give.
                boolean id = id(v);
                // The keys its start fetches go in the variable only when it is the whole argument ({Mod, opts}).
                boolean whole = t.spec().matches("\\{[^,{}]+, " + java.util.regex.Pattern.quote(v) + "\\}");
                w.binary(v, "=", extra ? "[]" : whole && !t.requiredKeys().isEmpty() ? requiredKeys(t)
                        : id ? SketchVars.sample(v) : ":todo_" + v);
            }
            aliases(t);
            return t.spec();
        }
        FitsSketch.comment(w, "Its start takes " + String.join(", ", t.requiredKeys().stream().map(k -> ":" + k)
                .toList()) + " with Keyword.fetch!: pass the values its callers pass.");
        return "{" + ref + ", " + requiredKeys(t).substring(1, requiredKeys(t).length() - 1) + "}";
    }

    /** Short module names in today's spec are aliases of the file it is written in: the test needs the same. */
    private void aliases(TodayStart t) {
        java.util.Set<String> shortNames = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.:])[A-Z][A-Za-z0-9_]*(?![\\w]|\\.[A-Z])")
                .matcher(t.spec());
        while (m.find()) {
            if (!m.group().equals(ref) && !USED.contains(m.group())) {
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

    private static String requiredKeys(TodayStart t) {
        return "[" + String.join(", ", t.requiredKeys().stream().map(k -> k + ": :todo_" + k).toList()) + "]";
    }

    /** Nothing says how today's code starts it: the empty list is said to be a guess, not left silent. */
    private void unknownStart() {
        TodayCode.Init start = p.code.startLink();
        if (start != null && start.param() != null && !start.param().isBlank() && !start.param().startsWith("_")) {
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
                    + ": the test uses the running one.");
            w.binary("pid", "=", whereis(p.server.equals("__MODULE__") ? ref : p.server));
            return;
        }
        w.binary("pid", "=", "start_supervised!(" + todaySpec() + ")");
    }

    /** A supervisor that stays as it is and that the application starts under its name. */
    private boolean runningSupervisor() {
        return p.code.fits() && p.named && !SketchNames.viaName(p.server) && (p.code.appChild() != null
                || p.code.running().containsKey(p.module));
    }

    /** The application starts this (unpartitioned, stateful) module under its name already. */
    private boolean runningSingleton() {
        return (p.code.appChild() != null || p.code.running().containsKey(p.module)) && !p.perEntity() && p.named
                && (p.shape == Shape.GENSERVER || p.shape == Shape.AGENT || p.shape == Shape.ETS);
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
        for (Op write : p.ops) {
            for (Op read : p.ops) {
                if (!callable(write) || !callable(read)) {
                    continue;
                }
                if (write.access() == Access.PUT && write.data().size() == 2 && read.access() == Access.GET
                        && read.data().size() == 1) {
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
     * The test may call the operation: the rewrite defines it, or, when the module stays as it is, it is one of its
     * public functions (an operation read from a handler no function sends is not).
     */
    boolean callable(Op op) {
        TestCalls.Signature s = calls().of(op);
        return s != null && s.sampled();
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
        if (op.id() != null) {
            args.add(pid.test(at++) ? "pid" : SketchVars.sample(p.entityId));
        }
        for (int i = 0; i < op.data().size(); i++, at++) {
            args.add(pid.test(at) || i == 0 && serverFirst(op) ? "pid" : i == 0 && key != null ? key
                    : SketchVars.sample(op.data().get(i)));
        }
        return ref + "." + op.name() + "(" + String.join(", ", args) + ")";
    }
}
