package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchInput.Operation;
import io.github.otpadvisor.sketch.SketchPlan.Op;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The body of a test sketch when no write and read of the module meet on one value (issue 11, "tests that test"):
 * each operation called, with what today's clause for it lets the test assert (a fixed reply, the value init/1
 * gives the field it replies); a cast followed by a call that observes it; a process driven by its own messages
 * sent one of them, then a call, or {@code :sys.get_state/1} as the last resort, that waits for it and checks the
 * state its clause returns. What cannot be asserted is named in a comment with the clause and its file:line, never
 * replaced by {@code Process.alive?}.
 */
final class TestSteps {
    private final TestSketch t;
    private final SketchPlan p;
    /** The test started the process itself: its state is init/1's, not what the running application made of it. */
    private final boolean fresh;
    /** Today's handler clauses are the process's code (it fits, or the sketch keeps its callbacks). */
    private final boolean todaysHandlers;
    private final List<Consumer<CodeWriter>> steps = new ArrayList<>();
    private boolean usesPid;
    private String firstMessage;
    /** The clause the test calls as a function instead of sending its message ({@link CallbackCall}), or null. */
    private CallbackCall callback;
    /** The reason the message the test sends stops it with ({@link #stops}), or null. */
    private String stopReason;

    /**
     * The test uses the application's running process: it only makes calls that leave its state as it is, and sends
     * it nothing (a message or a cast with test data would act on the live application).
     */
    private final boolean live;

    TestSteps(TestSketch t, SketchPlan p, boolean fresh, boolean live) {
        this.t = t;
        this.p = p;
        this.fresh = fresh;
        this.live = live;
        this.todaysHandlers = p.shape == SketchPlan.Shape.GENSERVER && (p.code.fits() || p.keepsCallbacks);
        plan();
    }

    /** The steps need the process's pid (bound by the start line). */
    boolean usesPid() {
        return usesPid;
    }

    /** It has no operation: the test sends it one of its own messages. */
    boolean messageDriven() {
        return firstMessage != null;
    }

    String firstMessage() {
        return firstMessage;
    }

    /** The clause the test calls as a function, or null. */
    CallbackCall callback() {
        return callback;
    }

    /** The reason the process exits with once it has the message the test sends it, or null: it keeps running. */
    String stopReason() {
        return stopReason;
    }

    void write(CodeWriter w) {
        steps.forEach(s -> s.accept(w));
    }

    private void plan() {
        List<Op> all = p.ops.stream().filter(t::callable).toList();
        List<Op> callable = live ? all.stream().filter(this::readOnly).toList() : all;
        List<Op> shown = callable.subList(0, Math.min(3, callable.size()));
        // A write and the read that shows it, written after the other operations: their reads see init/1's state.
        Op[] observed = live || !fresh || !todaysHandlers ? null : observedWrite(callable);
        Runnable observedSteps = null;
        if (observed != null) {
            Op write = observed[0];
            Op read = observed[1];
            observedSteps = () -> writeObserved(write, t.call(read, null), onlyClause(read.tag()));
            usesPid |= t.addressed(read);
            java.util.Set<String> tags = java.util.Set.of(write.tag(), read.tag());
            shown = callable.stream().filter(op -> !tags.contains(op.tag())).limit(2).toList();
        } else if (!live && fresh && todaysHandlers) {
            // the read is one of its functions the shown operations leave out (dara-dots' RockPaperScissors has
            // eight; get_player_names_by_pid/1 is not among the first four)
            for (Op write : callable) {
                String[] read = unlistedRead(write);
                if (read != null) {
                    observedSteps = () -> writeObserved(write, read[0], onlyClause(read[1]));
                    usesPid |= read[0].contains("(pid)");
                    shown = callable.stream().filter(op -> !op.tag().equals(write.tag())).limit(2).toList();
                    observed = new Op[] {write, null};
                    break;
                }
            }
        }
        List<Op> raising = shown.stream().filter(this::raisesOnMiss).toList();
        if (!raising.isEmpty()) {
            // elixir's CaptureServer: device_output("name-1", "ref-1") hit Map.fetch! and crashed the running one
            shown = shown.stream().filter(op -> !raising.contains(op)).toList();
            steps.add(w -> comment(w, "The test leaves out " + String.join(", ", raising.stream().map(op -> op.name()
                    + "/" + op.arity()).toList()) + ": " + (raising.size() == 1 ? "its clause raises" : "their clauses"
                    + " raise") + " on a value it does not hold (" + String.join(", ", raising.stream().map(op ->
                    bangAt(onlyClause(op.tag()))).toList()) + "), which a sample value is; call "
                    + (raising.size() == 1 ? "it" : "them") + " with one the process was given."));
        }
        if (callable.size() < all.size()) {
            List<String> left = all.stream().filter(op -> !callable.contains(op)).limit(3)
                    .map(op -> op.name() + "/" + op.arity()).toList();
            steps.add(w -> comment(w, "It is the application's running process: the test leaves out "
                    + String.join(", ", left) + ", which " + (left.size() == 1 ? "is" : "are") + " not shown to"
                    + " leave its state as it is."));
        }
        boolean touched = false;
        Op cast = null;
        java.util.Set<String> io = new java.util.HashSet<>();
        for (Op op : shown) {
            Handler h = onlyClause(op.tag());
            String call = t.call(op, null);
            if (h != null && h.io() != null && io.add(h.io())) {
                steps.add(w -> comment(w, realIo(op.name() + "/" + op.arity(), h.io())));
            }
            usesPid |= t.addressed(op);
            if (op.async()) {
                steps.add(w -> w.line(call));
                cast = op;
                touched = true;
                continue;
            }
            Handler castClause = cast == null || !todaysHandlers ? null : onlyClause(cast.tag());
            String afterCast = castClause == null ? null : literalField(op, TodayAssertions.setFields(castClause));
            cast = null;
            String pattern = t.replyPattern(op) != null ? t.replyPattern(op) : agentUpdate(op) ? ":ok" : null;
            // init/1's value holds until a timer init/1 arms fires (logflare's Poller: poll_per_second/0 in init/1)
            String initial = !touched && fresh && todaysHandlers && p.code.initTags().isEmpty()
                    ? TodayAssertions.initialReply(h, p.code) : null;
            String echoed = todaysHandlers ? t.echoed(op, h) : null;
            // a call whose only clause replies with the state it was given leaves init/1's fields as they were
            touched |= !repliesWithStateAsItCame(h);
            if (afterCast != null) {
                // Calls are handled in order: this one sees the field the cast before it set.
                steps.add(w -> w.binary("assert " + call, "==", afterCast));
            } else if (pattern != null) {
                // The reply today's only clause for this message gives, whatever the state holds.
                steps.add(w -> w.binary("assert " + pattern, "=", call));
            } else if (initial != null) {
                // The field it replies with, as init/1 sets it.
                steps.add(w -> comment(w, name(h) + " replies " + TodayAssertions.reply(h) + ", which init/1 sets to "
                        + initial + "."));
                steps.add(w -> w.binary("assert " + call, "==", initial));
            } else if (echoed != null) {
                // Its clause replies with the argument as the message brought it.
                steps.add(w -> comment(w, name(h) + " replies " + TodayAssertions.reply(h) + " as it came."));
                steps.add(w -> w.binary("assert " + call, "==", echoed));
            } else if (TodayAssertions.replyKind(h, p.code) != null && reaches(op, TodayAssertions.replyKind(h, p.code))
                    || h != null && op.name().endsWith("?")) {
                // Computed at run time, of a kind the clause fixes (or, for name?, Elixir's naming): the test checks it.
                String kind = TodayAssertions.replyKind(h, p.code) != null ? TodayAssertions.replyKind(h, p.code)
                        : "is_boolean";
                steps.add(w -> comment(w, name(h) + " replies " + (TodayAssertions.reply(h) == null ? "at run time"
                        : TodayAssertions.reply(h) + ", computed at run time") + ": the test checks its kind."));
                steps.add(w -> {
                    if (kind.startsWith("%") || kind.startsWith("{")) {
                        w.binary("assert " + kind, "=", call);
                    } else {
                        w.binary("reply", "=", call);
                        w.line("assert " + kind + "(reply)");
                    }
                });
            } else if (MissReply.applies(op, p.code.tests().miss())) {
                // an id nothing has: the reply the code gives a miss (rube's TokenIndexer.get/2)
                steps.add(w -> MissReply.write(w, op, call, p.code.tests().miss(), returns(op)));
            } else if (SpecKinds.of(returns(op)) != null) {
                // tymeslot's and rube's calls: no kind the clause fixes, but the project's own @spec says one
                SpecKinds kind = SpecKinds.of(returns(op));
                steps.add(w -> comment(w, "Its @spec says it returns " + returns(op) + ": the test checks that."));
                steps.add(w -> kind.write(w, call));
            } else {
                String reply = TodayAssertions.reply(h);
                String what = reply != null ? name(h) + " replies " + reply + ": assert what that is."
                        : "assert what " + op.name() + "/" + op.arity() + " returns (its reply is computed at run time"
                        + (h != null && h.where() != null ? ", " + name(h) : "") + ").";
                steps.add(w -> comment(w, what));
                steps.add(w -> w.line(call));
            }
        }
        if (observedSteps != null) {
            observedSteps.run();
        }
        // An operation no function takes, and one whose clause matches a struct or a map (no sample value fits):
        // the test names what to exercise instead of calling either.
        Op missing = p.ops.stream().filter(op -> !t.exists(op)).findFirst().orElse(null);
        Op built = p.ops.stream().filter(op -> t.exists(op) && !t.callable(op)).findFirst().orElse(null);
        if (cast != null) {
            observeCast(cast);
        } else if (shown.isEmpty() && !todaysHandlers && (missing != null || built != null)) {
            if (built == null) {
                steps.add(w -> comment(w, t.uncallable(missing)));
            }
        } else if (shown.isEmpty() && live && todaysHandlers && callable.size() == all.size()) {
            liveMessage();
            initialState();
        } else if (shown.isEmpty() && live && todaysHandlers) {
            // its operations would act on the application's process: a clause of one, called as a function with
            // init/1's state, is what the test can check (marty's Connection: send_command/1 while not connected)
            CallbackCall call = CallbackCall.of(p, p.code.initTags(), List.of("handle_call", "handle_cast"))
                    .orElse(null);
            if (call != null) {
                callback = call;
                steps.add(w -> call.write(w, t.ref(), ": the application's only instance gets no message from the"
                        + " test", p.code.tests()));
            }
            initialState();
        } else if (shown.isEmpty() && !live && observed == null) {
            ownMessage();
        }
        if (built != null) {
            steps.add(w -> comment(w, t.uncallable(built)));
        }
        if (!asserts()) {
            setUpChecks();
        }
        setUpOnly = shown.isEmpty() && observedSteps == null && callback == null && firstMessage == null
                && stopReason == null && asserts();
    }

    /** Its only checks are of what its start set up: it calls none of its operations. */
    private boolean setUpOnly;

    boolean setUpOnly() {
        return setUpOnly;
    }

    /** {@code Map.fetch!(config.devices, name)}: a call of a function that raises, the first argument up to its ")". */
    private static final java.util.regex.Pattern BANG_CALL = java.util.regex.Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_.]*!)\\(([^)\\n]*)");
    /** A variable of a message pattern ({@code name} and {@code ref} of {@code {:device_output, name, ref}}). */
    private static final java.util.regex.Pattern PATTERN_VAR = java.util.regex.Pattern.compile(
            "(?<![:\\w.@^])([a-z][A-Za-z0-9_]*)(?![\\w(:])");

    /**
     * Its only clause passes a value its message brings to a function that raises on a miss ({@code Map.fetch!},
     * {@code Keyword.fetch!}): called with a sample value the process does not hold, it crashes the process.
     */
    private boolean raisesOnMiss(Op op) {
        return bangAt(onlyClause(op.tag())) != null;
    }

    /** {@code Map.fetch!/2 (lib/x.ex:61)}: the raising call of {@link #raisesOnMiss}, or null. */
    private String bangAt(Handler h) {
        if (h == null || h.message() == null) {
            return null;
        }
        java.util.Set<String> vars = new java.util.HashSet<>();
        java.util.regex.Matcher v = PATTERN_VAR.matcher(h.message());
        while (v.find()) {
            vars.add(v.group(1));
        }
        java.util.regex.Matcher m = BANG_CALL.matcher(body(h));
        while (m.find()) {
            for (String var : vars) {
                if (java.util.regex.Pattern.compile("(?<![\\w.])" + var + "(?![\\w(])").matcher(m.group(2)).find()) {
                    return m.group(1) + (h.where() == null ? "" : " in " + name(h));
                }
            }
        }
        return null;
    }

    /** Some step asserts something (or waits for a message with assert_receive). */
    private boolean asserts() {
        CodeWriter scratch = new CodeWriter();
        write(scratch);
        return scratch.checksSince(0);
    }

    /** {@code :ets.new(:counters, [:named_table, ..])}, also with {@code __MODULE__} or an attribute as the name. */
    private static final java.util.regex.Pattern NAMED_TABLE = java.util.regex.Pattern.compile(
            ":ets\\.new\\(\\s*(__MODULE__|[A-Z][A-Za-z0-9_.]*|:[a-z_][A-Za-z0-9_]*|@[a-z_][A-Za-z0-9_]*)\\s*,"
                    + "\\s*\\[[^\\]]*:named_table");

    /**
     * Nothing else asserts (readers of the fresh batches: "the test asserts nothing" caps a report): what init/1 sets
     * up that a test can see from outside, on the process the test holds. The named table init/1 creates is owned by
     * it (the table goes with the process), and init/1's {@code trap_exit} is set (its terminate/2 runs at shutdown).
     * With neither, the state's shape (when init/1 gives one every clause keeps) is what {@link #initialState} checks.
     */
    private void setUpChecks() {
        if (p.perEntity() || p.code.init() == null || p.code.init().body() == null || !pidHeld()) {
            return;
        }
        String init = p.code.where().get("init/1");
        String at = init == null ? "" : " (" + init + ")";
        java.util.regex.Matcher m = NAMED_TABLE.matcher(p.code.init().body());
        String table = null;
        if (m.find() && t.namedTable() == null) {
            // (a table's owner the test looks its pid up by is no check)
            String name = m.group(1);
            String attr = name.startsWith("@") ? TodayAssertions.attributeValue(p.code, name.substring(1)) : null;
            table = name.equals("__MODULE__") ? t.ref() : attr == null ? name
                    : attr.matches(":[a-z_][A-Za-z0-9_]*|[A-Z][A-Za-z0-9_.]*") ? attr : null;
        }
        boolean traps = p.code.initCalls().stream().anyMatch(c -> "EXIT".equals(c.tag()));
        if (table != null) {
            String name = table;
            usesPid = true;
            steps.add(w -> comment(w, "init/1" + at + " creates the named table " + name + ": the process owns it,"
                    + " and the table goes when the process does."));
            steps.add(w -> w.binary("assert :ets.info(" + name + ", :owner)", "==", "pid"));
        }
        if (traps) {
            usesPid = true;
            steps.add(w -> comment(w, "init/1" + at + " traps exits: its supervisor's shutdown runs terminate/2."));
            steps.add(w -> w.binary("assert {:trap_exit, true}", "=", "Process.info(pid, :trap_exit)"));
        }
        if (table == null && !traps && todaysHandlers && !asserts()) {
            initialState();
        }
        if (!asserts() && live) {
            liveShape();
        }
        if (!asserts() && runsOn()) {
            usesPid = true;
            steps.add(w -> comment(w, fresh ? "What the test can check without acting on it: it has handled what its"
                    + " start set off and runs on (:sys.get_state/1 returns once the messages before it are handled)."
                    : "What the test can check without acting on it: the running one answers, and runs on."));
            steps.add(w -> w.line(":sys.get_state(pid)"));
            steps.add(w -> w.line(CodeWriter.ALIVE));
        }
    }

    /**
     * The running process's state has the fields its init/1 gives it, whatever it has handled since: what a test of
     * the application's process can check without changing it (readers of the fresh batches: a test that leaves
     * out every operation "asserts nothing").
     */
    private void liveShape() {
        Map<String, String> fields = TodayAssertions.initFields(p.code);
        if (fields.isEmpty() || fields.size() > 6 || !fields.keySet().stream().allMatch(
                k -> k.matches("[a-z_][A-Za-z0-9_]*"))) {
            return;
        }
        String init = p.code.where().get("init/1");
        usesPid = true;
        steps.add(w -> comment(w, "Its state keeps the fields its init/1 gives it" + (init == null ? "" : " (" + init
                + ")") + ", whatever the application sent it since."));
        steps.add(w -> w.binary("assert %{" + String.join(", ", fields.keySet().stream().map(k -> k + ": _").toList())
                + "}", "=", ":sys.get_state(pid)"));
    }

    /**
     * Nothing its start sets off stops it: init/1 neither ignores nor stops, and no handle_continue/2 clause or
     * clause of a message init/1 sends itself returns {@code :stop} (blockscout's migrators stop once done).
     */
    private boolean runsOn() {
        String init = p.code.init().body();
        if (init.contains(":ignore") || init.contains("{:stop")) {
            return false;
        }
        boolean continueStops = p.code.callbacks().stream().anyMatch(c -> c.callback().equals("handle_continue")
                && (c.body() == null || c.body().contains(":stop")));
        List<String> timers = p.code.initTags();
        boolean messageStops = p.code.handlers().stream().anyMatch(h -> h.callback().equals("handle_info")
                && (timers.contains(h.tag()) || sentToSelf(h.tag())) && (h.result() == null
                || h.result().contains(":stop") || body(h).contains("{:stop")));
        return !continueStops && !messageStops;
    }

    /**
     * The test binds the process it starts or uses (a GenServer of today's code or a sketch that keeps it): not an
     * Agent's or a table's sketch, whose pid the test does not look at.
     */
    private boolean pidHeld() {
        return p.shape == SketchPlan.Shape.GENSERVER;
    }

    /**
     * A write and a call that reads what it wrote: today's only clause for the write sets a field of the state from
     * a value its message brings, and today's only call clause for the read, which takes no data, reads that field.
     * Ops reaching the process by its pid come first (the test holds it). Null when there is no such pair.
     */
    private Op[] observedWrite(List<Op> ops) {
        List<Op> ordered = new ArrayList<>(ops.stream().filter(t::addressed).toList());
        ops.stream().filter(op -> !t.addressed(op)).forEach(ordered::add);
        for (Op write : ordered) {
            java.util.Set<String> set = written(write);
            if (set.isEmpty()) {
                continue;
            }
            for (Op read : ordered) {
                Handler r = onlyClause(read.tag());
                if (read == write || read.async() || !read.data().isEmpty() || r == null
                        || !"handle_call".equals(r.callback()) || r.io() != null) {
                    continue;
                }
                if (readsAny(r, set)) {
                    return new Op[] {write, read};
                }
            }
        }
        return null;
    }

    /** The fields {@link #observedWrite} found written and read, in the write's order. */
    private List<String> fields = List.of();

    /**
     * A read for {@code write} among today's public functions that are not operations: one of one parameter whose
     * body is {@code GenServer.call(param, :tag)} (the test passes the pid) for a call clause that reads a field the
     * write sets. Returns the call and the tag, or null.
     */
    private String[] unlistedRead(Op write) {
        java.util.Set<String> set = written(write);
        if (set.isEmpty()) {
            return null;
        }
        for (io.github.otpadvisor.facts.ApiFunction f : p.code.api()) {
            List<String> params = TestSketch.params(f);
            if (params.size() != 1) {
                continue;
            }
            java.util.regex.Matcher call = java.util.regex.Pattern.compile("GenServer\\.call\\(\\s*"
                    + java.util.regex.Pattern.quote(params.get(0)) + ",\\s*:([a-z_][A-Za-z0-9_]*)\\s*\\)")
                    .matcher(f.clauses().get(0).body().strip());
            if (!call.matches()) {
                continue;
            }
            Handler r = onlyClause(call.group(1));
            if (r != null && "handle_call".equals(r.callback()) && r.io() == null && readsAny(r, set)) {
                return new String[] {t.ref() + "." + f.name() + "(pid)", call.group(1)};
            }
        }
        return null;
    }

    /**
     * The fields today's only clause for {@code write} sets from what its message brings; empty when it has no data,
     * does I/O, or sets none that way.
     */
    private java.util.Set<String> written(Op write) {
        Handler w = onlyClause(write.tag());
        return w == null || write.data().isEmpty() || w.io() != null ? java.util.Set.of()
                : StateFields.written(w, body(w));
    }

    /** {@code r} reads one of {@code set}: those it reads become {@link #fields}. */
    private boolean readsAny(Handler r, java.util.Set<String> set) {
        java.util.Set<String> both = new java.util.LinkedHashSet<>(StateFields.read(r, body(r)));
        both.retainAll(set);
        if (both.isEmpty()) {
            return false;
        }
        fields = List.copyOf(both);
        return true;
    }

    /** The read, the write, the read again: what the write set shows in what the read returns. */
    private void writeObserved(Op write, String readCall, Handler r) {
        Handler w = onlyClause(write.tag());
        usesPid |= t.addressed(write);
        String fieldList = String.join(", ", fields.stream().map(f -> ":" + f).toList());
        steps.add(w2 -> {
            w2.separate();
            w2.binary("before", "=", readCall);
        });
        steps.add(w2 -> w2.line(t.call(write, null)));
        steps.add(w2 -> comment(w2, name(w) + " sets " + fieldList + " from what it is sent, and " + name(r)
                + " replies from " + (fields.size() == 1 ? "it" : "them") + ": calls are handled in order, so this one"
                + " sees the change."));
        steps.add(w2 -> w2.binary("assert " + readCall, "!=", "before"));
    }

    /**
     * A tuple's tag is asserted only when the call reaches the process the test started (its pid, or the one
     * instance of a singleton): a per-entity process reached by a sample id is not the one started, and a client
     * that catches the exit would return something else.
     */
    private boolean reaches(Op op, String kind) {
        return !kind.startsWith("{") || t.addressed(op) || !p.perEntity();
    }

    /** A cast returns at once: a call after it is handled after it, and observes it. */
    private void observeCast(Op cast) {
        Handler h = onlyClause(cast.tag());
        if (!todaysHandlers || h == null) {
            Op read = reader(null);
            if (read != null) {
                readAfter(read, null);
            } else {
                steps.add(w -> comment(w, "assert what " + cast.name() + "/" + cast.arity()
                        + " changes: a call made after it is handled after it."));
            }
            return;
        }
        waitFor(h);
    }

    /**
     * It has no operation: today's timer (or other) message with a bare atom, sent as its timer would send it, then
     * waited for. With none, the comment names the clause to test.
     */
    private void ownMessage() {
        if (!todaysHandlers) {
            steps.add(w -> comment(w, "It has no operation to call: assert what its callbacks do once "
                    + "a message reaches it."));
            return;
        }
        Handler info = null;
        List<String> timers = p.code.initTags();
        for (int pass = 0; pass < 2 && info == null; pass++) {
            for (Handler h : p.code.handlers()) {
                if (h.callback().equals("handle_info") && TodayAssertions.sendable(h.message())
                        && (pass == 1 || timers.contains(h.tag())) && single(h) && TodayAssertions.noreplyState(h) != null
                        && !(CallbackCall.readsMissingField(p, h) && quietStartLink())) {
                    info = h;
                    break;
                }
            }
        }
        if (info == null && (continues() || terminates() || stops())) {
            return;
        }
        if (info == null) {
            Handler named = p.code.handlers().stream().filter(h -> h.callback().equals("handle_info")).findFirst()
                    .orElse(p.code.handlers().isEmpty() ? null : p.code.handlers().get(0));
            String what = named == null
                    ? p.code.stateMachine() ? "It has no operation to call: assert what its state machine does once"
                    + " an event (a timeout of init/1, a message) reaches it."
                    : "It has no operation and handles no message: assert what its init/1 sets up."
                    : "It has no operation to call: assert what " + name(named) + " does when "
                    + (timers.contains(named.tag()) ? "its timer fires" : "the message arrives")
                    + (single(named) && named.result() != null ? "" : " (it may also stop, see its returns)") + ".";
            CallbackCall call = todaysHandlers ? CallbackCall.of(p, timers).orElse(null) : null;
            if (call != null) {
                callback = call;
                steps.add(w -> call.write(w, t.ref(), ": a test cannot send the message as written", p.code.tests()));
            } else {
                steps.add(w -> comment(w, what));
            }
            initialState();
            return;
        }
        Handler h = info;
        firstMessage = h.message();
        usesPid = true;
        boolean own = timers.contains(h.tag()) || sentToSelf(h.tag());
        steps.add(w -> comment(w, timers.contains(h.tag())
                ? "What its timer sends (init/1 schedules it): handled as if the time had come."
                : own ? "What it sends itself (a timer of its callbacks): handled as if the time had come."
                : "A message it handles, sent as its own timer (a helper may schedule it) or another process would."));
        steps.add(w -> w.line("send(pid, " + h.message() + ")"));
        waitFor(h);
    }

    /**
     * The test has nothing to send it (it started it, or it is the application's): the state init/1 returns, in the shape every clause keeps, with
     * the literal values init/1 gives its fields when nothing can reach the process before the test looks.
     */
    private void initialState() {
        // The running process has handled what the application sent it: only the shape every clause keeps holds.
        boolean quiet = fresh && StateShape.quietStart(p.code);
        String shape = todaysHandlers ? StateShape.pattern(p.code, t.ref(), quiet) : null;
        if (shape == null || callback != null && shape.equals("%{}")) {
            // %{} = :sys.get_state(pid) holds for any map: after the clause's own assertion it adds nothing
            return;
        }
        usesPid = true;
        steps.add(w -> comment(w, quiet ? "The state init/1 returns (no timer, monitor or message reaches it before"
                + " this look):" : "The shape init/1 gives its state, which every clause keeps"
                + (fresh ? ":" : " whatever the application has sent it:")));
        steps.add(w -> w.binary("assert " + shape, "=", ":sys.get_state(pid)"));
    }

    /**
     * Nothing reaches the process between its start and the test's message: no timer, continue or subscription of
     * init/1, and a start_link that sends it nothing (gristle's Time.Server casts {:begin, config} there, and that
     * cast sets the fields its loop reads).
     */
    private boolean quietStartLink() {
        TodayCode.Init link = p.code.startLink();
        return StateShape.quietStart(p.code) && (link == null || link.body() == null
                || !link.body().contains("cast") && !link.body().contains("send") && !link.body().contains("call("));
    }

    /**
     * The application's process has no operation to call: the test does not send it one of its messages, which
     * would act on the live process, and names the clause a test of its own instance would exercise.
     */
    private void liveMessage() {
        CallbackCall call = CallbackCall.of(p, p.code.initTags()).orElse(null);
        if (call != null) {
            // the clause runs in the test's process: the live one gets no message with test data
            callback = call;
            steps.add(w -> call.write(w, t.ref(), ": the application's only instance gets no message from the"
                    + " test", p.code.tests()));
            return;
        }
        Handler h = p.code.handlers().stream().filter(x -> x.callback().equals("handle_info")).findFirst()
                .orElse(p.code.handlers().isEmpty() ? null : p.code.handlers().get(0));
        steps.add(w -> comment(w, h == null ? "It has no operation and handles no message: nothing to assert on"
                + " the running process beyond that it runs."
                : "It runs in the application as its only instance (" + (p.named ? "a fixed name" : "a named table")
                + ") and its start takes no other name: the test sends it"
                + " nothing, since " + name(h) + " would act on the live process. Assert what that clause does"
                + " where a test starts its own instance."));
    }

    /**
     * A call that leaves the process's state as it is: a read, or a call whose only clause replies with the state it
     * was given ({@code {:reply, state.rows, state}}).
     */
    private boolean readOnly(Op op) {
        if (op.async()) {
            return false;
        }
        if (op.kind() == Operation.Kind.READ) {
            return true;
        }
        Handler h = onlyClause(op.tag());
        List<String> parts = h == null || !"handle_call".equals(h.callback()) || h.stateVar() == null ? null
                : TodayAssertions.topLevel(h.result(), "{", "}");
        return parts != null && parts.size() == 3 && parts.get(2).strip().equals(h.stateVar()) && !rebindsState(h);
    }

    /** Waits until the process has handled what {@code h} takes, and asserts what its clause leaves. */
    private void waitFor(Handler h) {
        Map<String, String> set = TodayAssertions.setFields(h);
        Op read = reader(set);
        if (read != null) {
            readAfter(read, set);
            return;
        }
        usesPid = true;
        String pattern = TodayAssertions.statePattern(h);
        String why = "No call of its own reads what " + name(h) + " does: :sys.get_state/1 (the last resort) returns"
                + " once it has been handled";
        if (pattern != null && !heldBefore(pattern)) {
            steps.add(w -> comment(w, why + ", with the fields its clause sets."));
            steps.add(w -> w.binary("assert " + pattern, "=", ":sys.get_state(pid)"));
        } else {
            // A pattern init/1's state already matched, a clause that returns the state it was given, a shape every
            // clause keeps: a check of the state would pass whatever the clause did (readers: "a tautology, asserts
            // nothing"), and the same message sent again raced the work it schedules (blockscout's migrations). That
            // it handled the message and runs on is what such a test shows.
            List<String> calls = calls(h);
            String does = calls.isEmpty() ? "" : " (it calls " + String.join(", ", calls) + ")";
            String held = pattern != null ? "; init/1's state already has the fields its clause sets (" + pattern + ")"
                    : !again(h) ? null : constantState() ? "; its state is init/1's " + p.code.initState()
                    + " whatever the clause does, as no clause changes it"
                    : "; " + name(h) + " returns the state it was given";
            steps.add(w -> comment(w, why + (held == null ? "; assert what its clause does" + does + "." : held
                    + ": the test checks that it handled the message and runs on"
                    + (does.isEmpty() ? "." : "; assert what the clause does besides" + does + "."))));
            steps.add(w -> w.line(":sys.get_state(pid)"));
            if (TodayAssertions.noreplyState(h) != null) {
                // its only return keeps it running (a pattern and again() both read that return)
                steps.add(w -> w.line(CodeWriter.ALIVE));
            }
        }
    }

    /**
     * A state pattern of fields alone ({@code %{subscribed_pid: _}}) whose every key init/1's literal state already
     * has: it matched before the message was handled (logflare's TransactionBroadcaster).
     */
    private boolean heldBefore(String pattern) {
        List<String> parts = TodayAssertions.topLevel(pattern, "%{", "}");
        Map<String, String> init = TodayAssertions.initFields(p.code);
        return parts != null && !parts.isEmpty() && parts.stream().allMatch(x -> x.strip().endsWith(": _")
                && init.containsKey(x.strip().substring(0, x.strip().length() - 3)));
    }

    /**
     * init/1 returns a literal ({@code %{}}) and every clause returns the state it was given: the state is that
     * literal whatever the process handles (wanderer's ZkbDataFetcher, blockscout's index migrations).
     */
    private boolean constantState() {
        return p.code.initState() != null && !p.code.handlers().isEmpty() && p.code.handlers().stream()
                .allMatch(x -> !x.callback().startsWith("handle_") || TodayAssertions.keepsState(x) && !rebindsState(x)
                        || repliesWithStateAsItCame(x)) && continuesKeepState();
    }

    /** Every handle_continue/2 clause returns the state it was given (blockscout's Scroll.BridgeL2 builds a new one). */
    private boolean continuesKeepState() {
        for (TodayCode.Clause c : p.code.callbacks()) {
            if (!c.callback().equals("handle_continue")) {
                continue;
            }
            String var = c.head() == null ? null : stateParam(c.head().strip());
            if (var == null || c.body() == null) {
                return false;
            }
            Handler h = continueHandler(c, "", var);
            if (!TodayAssertions.keepsState(h) || rebindsState(h)) {
                return false;
            }
        }
        return true;
    }

    /** A handle_continue/2 clause read as a handler: its last line is what it returns. */
    private static Handler continueHandler(TodayCode.Clause c, String message, String stateVar) {
        String[] lines = c.body().strip().split("\n");
        return new Handler("handle_continue", message, "", stateVar, lines[lines.length - 1].strip(), c.body(),
                c.where());
    }

    /** The variable a clause head binds its last parameter, the state, to ({@code state}, {@code %{a: 1} = s}). */
    private static String stateParam(String head) {
        String param = CallbackCall.lastParam(head);
        if (param == null) {
            return null;
        }
        java.util.regex.Matcher m = STATE_PARAM.matcher(param);
        return !m.matches() ? null : m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    private static final java.util.regex.Pattern STATE_PARAM = java.util.regex.Pattern.compile(
            "(?s)([a-z_][A-Za-z0-9_]*)|%.*\\}\\s*=\\s*([a-z_][A-Za-z0-9_]*)|([a-z_][A-Za-z0-9_]*)\\s*=\\s*%.*");

    private static final java.util.regex.Pattern CONTINUE_HEAD = java.util.regex.Pattern.compile(
            "def handle_continue\\((.+), ([a-z_][A-Za-z0-9_]*)\\)");

    /**
     * The test sent {@code h}'s message itself (it has no operation), its clause returns the state it was given, and
     * no other timer init/1 arms has a clause that changes the state after it.
     */
    private boolean again(Handler h) {
        if (firstMessage == null || !firstMessage.equals(h.message()) || !TodayAssertions.keepsState(h)
                || rebindsState(h)) {
            return false;
        }
        List<String> timers = p.code.initTags();
        return p.code.handlers().stream().filter(x -> x.callback().equals("handle_info") && timers.contains(x.tag()))
                .allMatch(x -> TodayAssertions.keepsState(x) && !rebindsState(x));
    }

    /**
     * A call without data arguments to wait with: one replying a field {@code set} gives a literal, else one with a
     * fixed reply; null when there is none.
     */
    private Op reader(Map<String, String> set) {
        Op fixed = null;
        for (Op op : p.ops) {
            if (op.async() || !op.data().isEmpty() || op.kind() == Operation.Kind.CAST || !t.callable(op)) {
                continue;
            }
            if (set != null && literalField(op, set) != null) {
                return op;
            }
            if (fixed == null && t.replyPattern(op) != null) {
                fixed = op;
            }
        }
        return fixed;
    }

    private void readAfter(Op read, Map<String, String> set) {
        String call = t.call(read, null);
        usesPid |= t.addressed(read);
        String literal = set == null ? null : literalField(read, set);
        if (literal != null) {
            steps.add(w -> comment(w, "Calls are handled in order: this one sees what the message set."));
            steps.add(w -> w.binary("assert " + call, "==", literal));
        } else {
            String pattern = t.replyPattern(read);
            steps.add(w -> comment(w, "Calls are handled in order: this one returns after the message"
                    + " was handled."));
            steps.add(w -> w.binary("assert " + pattern, "=", call));
        }
    }

    /** The literal {@code set} gives the field {@code op}'s only clause replies with ({@code state.rows}), or null. */
    private String literalField(Op op, Map<String, String> set) {
        Handler h = onlyClause(op.tag());
        String reply = TodayAssertions.reply(h);
        if (reply == null || h.stateVar() == null || !reply.startsWith(h.stateVar() + ".")) {
            return null;
        }
        String value = set.get(reply.substring(h.stateVar().length() + 1));
        return value != null && value.matches(":[a-z_][A-Za-z0-9_]*|-?[0-9][0-9_]*|true|false|nil|\\[\\]|%\\{\\}")
                ? value : null;
    }

    /**
     * A function of today's Agent whose one Agent call is {@code Agent.update}: it returns :ok, as an Agent and as
     * the GenServer the sketch makes of it (its clause replies :ok).
     */
    private boolean agentUpdate(Op op) {
        String key = op.name() + "/" + op.arity();
        List<TodayCode.AgentCall> calls = p.code.agentCalls().stream().filter(c -> c.function().equals(key)).toList();
        return (p.shape == SketchPlan.Shape.AGENT || p.shape == SketchPlan.Shape.GENSERVER) && calls.size() == 1
                && calls.get(0).kind().equals("update");
    }

    /**
     * init/1 continues with a handle_continue/2 clause that returns its state with fields set: the first message the
     * process takes is that continue, so {@code :sys.get_state/1} returns after it.
     */
    private boolean continues() {
        List<TodayCode.Clause> all = p.code.callbacks().stream().filter(c -> c.callback().equals("handle_continue"))
                .toList();
        if (all.size() != 1 || all.get(0).head() == null || all.get(0).body() == null) {
            return false;
        }
        TodayCode.Clause c = all.get(0);
        java.util.regex.Matcher head = CONTINUE_HEAD.matcher(c.head().strip());
        if (!head.matches() || c.body().contains("{:stop")) {
            return false;
        }
        Handler h = continueHandler(c, head.group(1), head.group(2));
        String pattern = head.group(2).startsWith("_") ? null : TodayAssertions.statePattern(h);
        if (pattern == null) {
            // a new map, the state it was given left aside (blockscout's Scroll.BridgeL2: %{json_rpc_named_arguments:
            // json_rpc_named_arguments} from the continue's term)
            pattern = TodayAssertions.newMapPattern(h);
        }
        if (pattern == null) {
            return false;
        }
        usesPid = true;
        String shown = pattern;
        steps.add(w -> comment(w, "init/1 continues with " + name(h) + ": :sys.get_state/1 (the last resort: it has"
                + " no call to wait with) returns after it, with the fields it sets."));
        steps.add(w -> w.binary("assert " + shown, "=", ":sys.get_state(pid)"));
        return true;
    }

    /**
     * Its work is in terminate/2 and it traps exits (it handles no message and has no operation): stopping it runs
     * that work, which the test then checks. False when it cannot be stopped by the test (the application's process,
     * or a child id of its own child_spec/1).
     */
    private boolean terminates() {
        TodayCode.Clause terminate = p.code.callbacks().stream().filter(c -> c.callback().equals("terminate"))
                .findFirst().orElse(null);
        boolean traps = p.code.initCalls().stream().anyMatch(c -> "EXIT".equals(c.tag()));
        if (terminate == null || !traps || !fresh || p.code.childSpec() || p.perEntity()) {
            return false;
        }
        String id = t.ref();
        steps.add(w -> comment(w, "Its work is in terminate/2" + (terminate.where() == null ? ""
                : " (" + terminate.where() + ")") + ", which runs at shutdown because init/1 traps exits: stop it,"
                + " then assert what terminate/2 cleans up."));
        steps.add(w -> w.line("assert :ok = stop_supervised(" + id + ")"));
        firstMessage = null;
        return true;
    }

    /** A timer of its own callbacks or init/1 sends it the message ({@code Process.send_after(self(), :tick, ..)}). */
    private boolean sentToSelf(String tag) {
        java.util.regex.Pattern send = java.util.regex.Pattern.compile("(send_after|send)\\(self\\(\\), :"
                + java.util.regex.Pattern.quote(tag) + "(?![\\w?!])");
        if (p.code.init() != null && send.matcher(p.code.init().body()).find()) {
            return true;
        }
        return p.code.callbacks().stream().anyMatch(c -> c.body() != null && send.matcher(c.body()).find());
    }

    /** Today's clause body for {@code h}, as written, or "". */
    String body(Handler h) {
        return body(p, h);
    }

    /** Today's clause body for {@code h} in {@code p}, as written, or "". */
    static String body(SketchPlan p, Handler h) {
        if (h.body() != null) {
            return h.body();
        }
        return p.code.callbacks().stream().filter(c -> c.callback().equals(h.callback())
                && java.util.Objects.equals(c.message(), h.message()) && c.body() != null)
                .map(TodayCode.Clause::body).findFirst().orElse("");
    }

    /** A call clause's only return is {@code {:reply, x, state}} with the state it was given, never rebound. */
    private boolean repliesWithStateAsItCame(Handler h) {
        List<String> parts = h == null || !"handle_call".equals(h.callback()) ? null
                : TodayAssertions.topLevel(h.result(), "{", "}");
        return parts != null && parts.size() == 3 && parts.get(0).equals(":reply")
                && parts.get(2).strip().equals(h.stateVar()) && !rebindsState(h);
    }

    /** The body binds the state's name again ({@code state = %{state | sum: sum}}): the state it returns is new. */
    private boolean rebindsState(Handler h) {
        return h.stateVar() != null && StateShape.rebinds(body(h), h.stateVar());
    }

    /** Modules whose functions compute values: what a clause does is in its other calls. */
    private static final java.util.Set<String> PURE = java.util.Set.of("Enum", "Map", "Keyword", "List", "String",
            "Integer", "Float", "Tuple", "Access", "MapSet", "Logger", "Process", "Kernel", "DateTime", "System");

    /** The functions today's clause for {@code h} calls, as written ({@code consolidate}, {@code Repo.insert_all}). */
    private List<String> calls(Handler h) {
        String body = body(h);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?<![\\w.:@])((?:[A-Z][A-Za-z0-9_]*\\.)*[a-z_][A-Za-z0-9_]*[?!]?)\\(").matcher(body);
        while (m.find() && out.size() < 4) {
            String f = m.group(1);
            if (!java.util.Set.of("if", "unless", "case", "cond", "with", "fn", "for", "receive", "self", "is_nil",
                    "send", "elem", "length", "map_size", "not").contains(f)
                    && !(f.contains(".") && PURE.contains(f.substring(0, f.indexOf('.'))))) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** Today's only call or cast clause for a tag, or null (several clauses reply by what they match). */
    private Handler onlyClause(String tag) {
        Handler h = t.handler(tag);
        return h != null && single(h) ? h : null;
    }

    private boolean single(Handler h) {
        return p.code.handlers().stream().filter(x -> x.tag().equals(h.tag()) && x.callback().equals(h.callback()))
                .count() == 1;
    }

    /** {@code {:stop, :normal, state}}: a clause's only return, stopping with a literal reason. */
    private static final java.util.regex.Pattern STOP = java.util.regex.Pattern.compile(
            "\\{:stop, (:[a-z_][A-Za-z0-9_]*), [a-z_][A-Za-z0-9_]*\\}");
    /** One element of a message pattern: a literal atom, or a variable (kept for the clause, or ignored). */
    private static final java.util.regex.Pattern ELEMENT = java.util.regex.Pattern.compile(
            ":[a-z_][A-Za-z0-9_]*|_?[a-z][A-Za-z0-9_]*|_");

    /**
     * It has no operation, and a message of its own stops it ({@code handle_info({:tcp_closed, _}, state)} returning
     * {@code {:stop, :normal, state}}): the test sends that message and waits for the exit, with its reason. Only a
     * process the test started (the running one is the application's), only a message written with atoms and
     * variables the clause does not read (sent as {@code nil}), only a clause that does no I/O first.
     */
    private boolean stops() {
        if (!fresh || live || !todaysHandlers) {
            return false;
        }
        for (Handler h : p.code.handlers()) {
            java.util.regex.Matcher stop = h.result() == null ? null : STOP.matcher(h.result().strip());
            String message = stop == null || !stop.matches() || !h.callback().equals("handle_info") || h.io() != null
                    || !single(h) || !onlyLogs(h) ? null : sample(h, body(h));
            if (message == null) {
                continue;
            }
            String reason = stop.group(1);
            usesPid = true;
            firstMessage = message;
            stopReason = reason;
            steps.add(w -> comment(w, name(h) + " stops it with " + reason + ": it exits with that reason once"
                    + " the message arrives."));
            steps.add(w -> w.binary("ref", "=", "Process.monitor(pid)"));
            steps.add(w -> w.line("send(pid, " + message + ")"));
            steps.add(w -> w.line("assert_receive {:DOWN, ^ref, :process, ^pid, " + reason + "}"));
            return true;
        }
        return false;
    }

    /** The clause does nothing before its return but log (a one-line Logger call): no state it would need. */
    private static boolean onlyLogs(Handler h) {
        if (h.body() == null) {
            return true;
        }
        String rest = h.body().replace(h.result().strip(), "");
        return rest.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("Logger.")
                && l.endsWith(")") && !l.contains(h.stateVar() == null ? "\0" : h.stateVar()));
    }

    /** The return type the project's @spec gives the function that makes {@code op}, or null. */
    private String returns(Op op) {
        return SpecKinds.returns(p, op);
    }

    /**
     * The clause's message with {@code nil} for the variables its body does not use ({@code {:tcp_closed, nil}}), or
     * null when it is not a bare atom or a flat tuple of atoms and such variables.
     */
    static String sample(Handler h, String body) {
        String m = h.message() == null ? "" : h.message().strip();
        if (TodayAssertions.sendable(m)) {
            return m;
        }
        if (!m.startsWith("{:") || !m.endsWith("}")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : m.substring(1, m.length() - 1).split(",", -1)) {
            String e = part.strip();
            if (!ELEMENT.matcher(e).matches()) {
                return null;
            }
            boolean variable = !e.startsWith(":");
            // read only where a log line interpolates it as it is (Logger.debug("Peer #{id} ..."), apps' Nexus.Room):
            // nil is logged as ""; a field of it (#{data.name}) would raise
            String read = body == null || !variable ? body : body
                    .lines().map(l -> l.strip().startsWith("Logger.") ? l.replace("#{" + e + "}", "")
                    .replace("inspect(" + e + ")", "") : l).collect(java.util.stream.Collectors.joining("\n"));
            if (variable && !e.startsWith("_") && (body == null || body.isEmpty()
                    || java.util.regex.Pattern.compile("\\b" + e + "\\b").matcher(read).find())) {
                return null; // the clause reads it: nil may not be what it expects
            }
            out.add(variable ? "nil" : e);
        }
        return "{" + String.join(", ", out) + "}";
    }

    /** {@code who} reaches {@code io} (a Repo call, an HTTP request) in a test: said so, with what to do about it. */
    static String realIo(String who, String io) {
        return who + " reaches " + io + ": this test does that I/O for real; point it at a test double as the"
                + " project's own tests do.";
    }

    /** The formatter sets a comment apart from the code line above it. */
    private static void comment(CodeWriter w, String text) {
        w.separate();
        FitsSketch.comment(w, text);
    }

    /** {@code handle_info(:tick, state) (lib/shop/buffer.ex:30)}. */
    private static String name(Handler h) {
        return h.callback() + "(" + (h.message() == null ? ":" + h.tag() : h.message()) + ", ...)"
                + (h.where() == null ? "" : " (" + h.where() + ")");
    }
}
