package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.sketch.SketchPlan.Op;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Functions: the module's operations as plain functions, run by each caller in its own process. A handler that
 * does not need the state becomes a function with today's body (its statements kept, its reply returned); one that
 * does, or that cannot be moved as written, is quoted with the reason. Without today's code (a planned feature),
 * the operations are shown as functions of their arguments.
 */
final class FunctionsSketch {
    /** Plain functions named in the comment that says they stay; the rest are counted. */

    private FunctionsSketch() {
    }

    static String render(SketchPlan p) {
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line("# No process: each caller runs these functions itself, concurrently.");
        CarryOver.namedOnly(w, p, CarryOver.notIn(p, EtsSketch.opNames(p)), "Without a process nobody receives"
                + " them: each becomes a function like those below, called directly.");
        CarryOver.outsideSenders(w, p, "a module without a process");
        boolean shim = StartShim.needed(p);
        CarryOver.optionsNotKept(w, p, "without a process there is nothing to restart.", shim);
        for (TodayCode.InitCall c : p.code.initCalls()) {
            FitsSketch.comment(w, "Not kept: today's init runs " + c.text() + "; without a process there is no"
                    + " timer or monitor, so what it drives needs a process of its own.");
        }
        boolean today = !p.code.handlers().isEmpty() || !p.code.plain().isEmpty() || p.code.init() != null;
        if (today) {
            initWork(w, p, shim);
            plainStay(w, p);
        }
        Set<String> helpers = new LinkedHashSet<>();
        for (Op op : p.ops) {
            if (today && op.tag() == null || KeptFunctions.kept(p, op)) {
                continue; // a plain function: named above, it stays as written
            }
            w.blank();
            if (!today) {
                w.open("def " + OpExprs.head(op.name(), op.params()) + " do");
                w.line("# " + op.name() + "/" + op.arity() + " computed from its arguments");
                w.line(template(op));
                w.close("end");
            } else {
                String moved = moved(w, p, op);
                if (moved != null) {
                    helpers.addAll(HandlerQuote.helpers(p.code, moved));
                }
            }
        }
        helpers.addAll(KeptFunctions.uses(p, KeptFunctions.write(w, p)));
        HandlerQuote.helpersStay(w, helpers);
        if (shim) {
            StartShim.write(w, p);
        }
        CarryOver.terminate(w, p, "without a process nothing stops: release what it holds where the application stops (its Application.stop/1).");
        return w.close("end").toString();
    }

    /** What today's init does at start: without a process it runs once elsewhere, or goes. */
    private static void initWork(CodeWriter w, SketchPlan p, boolean shim) {
        TodayCode.Init init = p.code.init();
        MovedBody body = init == null ? null : MovedBody.of(init.body());
        String goes = shim ? "use GenServer, init and the handle_* callbacks go; start_link stays, starting nothing"
                + " (below); its other functions, attributes and aliases stay as they are."
                : "use GenServer, start_link, init and the handle_* callbacks go, and so does its entry in the"
                + " children list; its other functions, attributes and aliases stay as they are.";
        if (body == null || body.prelude().isEmpty()) {
            FitsSketch.comment(w, goes);
            return;
        }
        FitsSketch.comment(w, goes + " Today init/1"
                + " runs this at start; without a process it runs once where the application starts (its"
                + " Application.start/2), with what start_link was given:");
        for (String l : body.prelude().split("\n", -1)) {
            w.line(l.isBlank() ? "#" : "#   " + l);
        }
    }

    /** Its public functions that message no process today stay as they are; one that starts it changes. */
    private static void plainStay(CodeWriter w, SketchPlan p) {
        List<String> plain = new ArrayList<>(p.code.plain());
        plain.removeAll(p.bypassKeys); // written below as they are
        List<io.github.otpadvisor.facts.ApiFunction> starting = p.code.api().stream()
                .filter(f -> plain.contains(f.key()) && startsOwn(f)).toList();
        starting.forEach(f -> plain.remove(f.key()));
        if (!plain.isEmpty()) {
            // Every one named: a function left out would read as dropped.
            FitsSketch.comment(w, "Its public functions that message no process today stay as they are: "
                    + String.join(", ", plain) + ".");
        }
        for (io.github.otpadvisor.facts.ApiFunction f : starting) {
            // marty's FakeWifiSetup.setup_wifi/1 starts the process the sketch removes: kept as written, it would
            // start a GenServer without init/1 (undef); the rest of its body stays
            w.blank();
            FitsSketch.comment(w, f.key() + " starts this module's process today; without it, that start goes and"
                    + " the rest stays:");
            for (io.github.otpadvisor.facts.ApiFunction.Clause c : f.clauses()) {
                w.open(c.head().strip() + " do");
                for (String line : c.body().strip().split("\n", -1)) {
                    if (OWN_START.matcher(line).find()) {
                        w.line("# gone: " + line.strip());
                    } else {
                        w.line(line.stripTrailing());
                    }
                }
                w.close("end");
            }
        }
    }

    /** {@code GenServer.start_link(__MODULE__, ..)} on one line, its parentheses closed there. */
    private static final java.util.regex.Pattern OWN_START = java.util.regex.Pattern.compile(
            "GenServer\\.start(?:_link)?\\(__MODULE__\\b[^\\n]*\\)\\s*$");

    /** Every clause has its code, and each start of its own process sits on one line of its own. */
    private static boolean startsOwn(io.github.otpadvisor.facts.ApiFunction f) {
        return !f.clauses().isEmpty() && f.clauses().stream().allMatch(c -> c.head() != null && c.body() != null)
                && f.clauses().stream().anyMatch(c -> c.body().lines().anyMatch(l -> OWN_START.matcher(l).find()
                && !l.contains("=") && !l.strip().startsWith("#")))
                && f.clauses().stream().allMatch(c -> c.body().lines().filter(l -> l.contains("GenServer.start"))
                .allMatch(l -> OWN_START.matcher(l).find() && !l.contains("=")));
    }

    /** The operation's handler moved into a function; or quoted with why not. Returns the moved code, or null. */
    private static String moved(CodeWriter w, SketchPlan p, Op op) {
        String callback = op.async() ? "handle_cast" : "handle_call";
        String what = op.name() + "/" + op.arity();
        List<Handler> clauses = HandlerQuote.clauses(p.code, callback, op.tag());
        if (clauses.size() != 1) {
            if (clauses.isEmpty()) {
                FitsSketch.comment(w, what + " sends :" + op.tag() + ", which no " + callback + " clause of the"
                        + " module takes: it has no logic to move.");
            }
            for (Handler h : clauses) {
                HandlerQuote.notMoved(w, what, "today " + clauses.size() + " clauses take :" + op.tag()
                        + "; a function with the same clauses needs what each one matches on, including the state.", h);
            }
            return null;
        }
        Handler h = clauses.get(0);
        String why = whyNot(h, op.async());
        String branches = why == null || op.async() ? null : branchReplies(h);
        if (branches != null) {
            // rube's TokenBuilder: a case whose every branch replies and keeps the state becomes that case
            List<String> params = params(h);
            w.open("def " + op.name() + (params.isEmpty() ? "" : "(" + String.join(", ", params) + ")") + " do");
            MovedBody.write(w, branches);
            w.close("end");
            return branches;
        }
        if (why != null) {
            HandlerQuote.notMoved(w, what, why, h);
            return null;
        }
        MovedBody body = MovedBody.of(h.body());
        List<String> items = body.returnItems();
        String code = op.async() ? body.with(":ok") : folded(body, items.get(1));
        List<String> params = params(h);
        if (params.size() != op.arity()) {
            FitsSketch.comment(w, "Today " + what + " also passes what addresses the process; without one it takes"
                    + " only what the message carries.");
        }
        if (op.async() && doesWork(body)) {
            // rube's TokenIndexer.ensure/2, cast from an event handler: run in the caller it would make that handler
            // wait for the fetch and its RPC; a task keeps the caller off the work, as the cast did
            FitsSketch.comment(w, "Today a cast: the caller did not wait, and it still does not: the work runs in a"
                    + " task under " + p.taskSupervisor + (p.newNames.contains(p.taskSupervisor)
                    ? " (new: see the Supervision Tree)" : "") + ". Tasks run concurrently: two calls are no longer"
                    + " handled one after the other.");
            w.open("def " + op.name() + (params.isEmpty() ? "" : "(" + String.join(", ", params) + ")") + " do");
            w.open("Task.Supervisor.start_child(" + p.taskSupervisor + ", fn ->");
            MovedBody.write(w, body.prelude());
            w.close("end)");
            w.blank();
            w.line(":ok");
            w.close("end");
            return body.prelude();
        }
        if (op.async()) {
            FitsSketch.comment(w, "Today a cast: the caller did not wait. It now runs in the caller.");
        }
        w.open("def " + op.name() + (params.isEmpty() ? "" : "(" + String.join(", ", params) + ")") + " do");
        MovedBody.write(w, code);
        w.close("end");
        return code;
    }

    /** Calls besides logging before the return: work a caller would wait for. */
    private static boolean doesWork(MovedBody body) {
        return !body.prelude().isBlank() && body.prelude().lines().map(String::strip)
                .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("Logger.") && l.contains("("));
    }

    /**
     * The operations whose cast does work become tasks under the task supervisor ({@link #moved}): a sketch that has
     * one needs that supervisor running.
     */
    static boolean castsToTasks(SketchPlan p) {
        if (p.shape != SketchPlan.Shape.FUNCTIONS || p.code.handlers().isEmpty()) {
            return false;
        }
        for (Op op : p.ops) {
            if (!op.async() || op.tag() == null || KeptFunctions.kept(p, op)) {
                continue;
            }
            List<Handler> clauses = HandlerQuote.clauses(p.code, "handle_cast", op.tag());
            if (clauses.size() == 1 && whyNot(clauses.get(0), true) == null
                    && doesWork(MovedBody.of(clauses.get(0).body()))) {
                return true;
            }
        }
        return false;
    }

    /** The statements and the reply, a last {@code total = expr} returned as {@code expr} when the reply is total. */
    private static String folded(MovedBody body, String reply) {
        MovedBody prelude = body.prelude().isEmpty() ? null : MovedBody.of(body.prelude());
        String prefix = reply + " =";
        if (prelude != null && ElixirNames.isVariable(reply) && prelude.last().startsWith(prefix)
                && !MovedBody.uses(prelude.last().substring(prefix.length()), reply)) {
            String expr = MovedBody.dedent(prelude.last().substring(prefix.length()));
            String out = prelude.with(expr);
            if (MovedBody.parse(out) != null) {
                return out;
            }
        }
        return body.with(reply);
    }

    /** Why the handler cannot become a plain function as written, or null. */
    static String whyNot(Handler h, boolean cast) {
        if (h.body() == null) {
            return "its body could not be read back exactly from the file (too long, or an implicit try).";
        }
        MovedBody body = MovedBody.of(h.body());
        List<String> items = body == null ? List.of() : body.returnItems();
        boolean shaped = cast ? items.size() == 2 && items.get(0).equals(":noreply")
                : items.size() == 3 && items.get(0).equals(":reply");
        if (!shaped) {
            return "it does not end in one " + (cast ? "{:noreply, state}" : "{:reply, reply, state}")
                    + " (several returns, a :stop, or a reply through GenServer.reply).";
        }
        String sv = h.stateVar();
        String next = items.get(items.size() - 1);
        String code = body.with(cast ? ":ok" : items.get(1));
        if (sv != null && (!next.equals(sv) || MovedBody.uses(code, sv))) {
            return "it " + (next.equals(sv) ? "reads" : "changes") + " the state (" + sv + "), which a plain"
                    + " function does not have.";
        }
        if (usesProcess(code)) {
            return "it uses the process itself (self() or GenServer.reply).";
        }
        String foreign = notCarried(h, code);
        return foreign == null ? null
                : "it uses " + foreign + ", which the message does not carry (the caller, or the state).";
    }

    /** The code uses the process itself ({@code self()}, {@code GenServer.reply}): no plain function can. */
    private static boolean usesProcess(String code) {
        return code.contains("GenServer.reply") || code.contains("self()");
    }

    /** A variable the moved code uses that the handler's message does not bind, or null. */
    private static String notCarried(Handler h, String code) {
        Set<String> known = new HashSet<>(MovedBody.bound(h.message() == null ? "" : h.message()));
        Set<String> vars = MovedBody.variables(code);
        for (String v : Messages.freeVariables(code)) {
            if (vars.contains(v) && !known.contains(v)) {
                return v;
            }
        }
        return null;
    }

    /**
     * A call handler whose every return is {@code {:reply, x, state}} with the state as it came, in the branches of
     * a {@code case}, {@code if} or {@code with}: its body with each return replaced by its reply, when that reads
     * nothing of the state, of the caller or of the process, and uses only what the message carries. Else null.
     */
    static String branchReplies(Handler h) {
        String sv = h.stateVar();
        if (h.body() == null || sv == null || !ElixirNames.isVariable(sv)) {
            return null;
        }
        String code = h.body();
        StringBuilder out = new StringBuilder();
        int from = 0;
        int replaced = 0;
        for (int at = code.indexOf("{:reply,"); at >= 0; at = code.indexOf("{:reply,", at + 1)) {
            if (at < from) {
                continue;
            }
            int close = TopLevel.closing(code, at);
            List<String> items = close < 0 ? List.of() : TodayLogic.tupleItems(code.substring(at, close + 1));
            if (items.size() != 3 || !items.get(2).equals(sv)) {
                return null;
            }
            out.append(code, from, at).append(items.get(1));
            from = close + 1;
            replaced++;
        }
        out.append(code.substring(from));
        String moved = out.toString();
        if (replaced < 2 || moved.contains(":noreply") || moved.contains(":stop") || MovedBody.uses(moved, sv)
                || usesProcess(moved) || MovedBody.parse(moved) == null) {
            return null;
        }
        return notCarried(h, moved) == null ? moved : null;
    }

    /** The handler's message items after its tag, as written: the function's parameters. */
    private static List<String> params(Handler h) {
        List<String> items = TodayLogic.tupleItems(h.message());
        return items.isEmpty() ? List.of() : items.subList(1, items.size());
    }

    /** For a planned feature: a result built from the arguments, so the sketch uses every one of them. */
    private static String template(Op op) {
        return switch (op.params().size()) {
            case 0 -> ":ok";
            case 1 -> op.params().get(0);
            default -> OpExprs.tuple(op.params());
        };
    }
}
