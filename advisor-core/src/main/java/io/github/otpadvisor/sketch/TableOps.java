package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchPlan.Op;
import io.github.otpadvisor.sketch.TodayCode.AgentCall;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ETS sketch's operations read from what today's handlers (or Agent functions) do with the state
 * ({@link TableAccess}), its start_link as written, and the initial state inserted when the table is made. An
 * operation whose code cannot be said as table reads and writes keeps its name and quotes today's code.
 */
final class TableOps {

    private final SketchPlan p;
    private final String lookup;
    private final String fetch;
    private boolean usesLookup;
    private boolean usesFetch;
    private final Set<String> moved = new LinkedHashSet<>();
    private boolean initialFromStart;
    /** Tags whose handlers were quoted already: another operation sending the same message points there. */
    private final Set<String> quoted = new HashSet<>();
    /** Today's state is a number that handlers add to: the table keeps it under :count. */
    private final boolean counter;

    TableOps(SketchPlan p) {
        this.p = p;
        Set<String> taken = new HashSet<>();
        p.ops.forEach(o -> taken.add(o.name()));
        p.code.privates().forEach(k -> taken.add(k.substring(0, k.lastIndexOf('/'))));
        p.code.plain().forEach(k -> taken.add(k.substring(0, k.lastIndexOf('/'))));
        lookup = taken.contains("lookup") ? "table_lookup" : "lookup";
        fetch = taken.contains("lookup!") ? "table_lookup!" : "lookup!";
        counter = counter(p);
    }

    /** Some handler or Agent function makes the next state by adding to the state ({@code state + 1}). */
    private static boolean counter(SketchPlan p) {
        for (Handler h : p.code.handlers()) {
            MovedBody b = MovedBody.of(h.body());
            List<String> items = b == null ? List.of() : b.returnItems();
            if (h.stateVar() != null && !items.isEmpty() && items.get(items.size() - 1)
                    .matches(Pattern.quote(h.stateVar()) + "\\s*[+-]\\s*[^|]+")) {
                return true;
            }
        }
        for (AgentCall c : p.code.agentCalls()) {
            if (c.fn().startsWith("&") && MovedBody.capture(c.fn()).matches("state\\s*[+-]\\s*[^|]+")) {
                return true;
            }
        }
        return false;
    }

    /** Today's state is not a map of keys a table can hold row by row (a number, a list, a struct). */
    private boolean notAMap() {
        String s = p.code.initState();
        return !counter && s != null && !s.startsWith("%{") && !s.startsWith("[") && !s.equals("nil");
    }

    /** There is code of today's to read (else the operations are shown by what their names say). */
    boolean today() {
        return !p.code.handlers().isEmpty() || !p.code.agentCalls().isEmpty();
    }

    /**
     * Writes start_link: today's as written when the owner is started the same way (or an Agent's, its initial
     * state passed to init); else a plain one. Returns the name init takes the initial state by, or null.
     */
    String startLink(CodeWriter w) {
        TodayCode.Init start = p.code.startLink();
        if (start != null && !p.perEntity()) {
            if (start.body().contains("GenServer.start_link(__MODULE__,")) {
                if (start.body().contains("name:") && !start.body().matches("(?s).*name: (__MODULE__|@\\w+)\\b.*")) {
                    FitsSketch.comment(w, "Today each start gets the name it is given: one named table serves one"
                            + " of them; several need a table each (named after the process's name).");
                }
                writeStart(w, start, start.body());
                return null;
            }
            Matcher agent = AgentFunction.START.matcher(start.body());
            if (agent.find() && MovedBody.parse(agent.group(1)) != null && !agent.group(1).contains("\n")) {
                String body = start.body().substring(0, agent.start()) + "GenServer.start_link(__MODULE__, "
                        + agent.group(1) + ", " + start.body().substring(agent.end());
                if (MovedBody.parse(body) != null) {
                    FitsSketch.comment(w, "Today's start_link, the Agent's initial state now given to init:");
                    writeStart(w, start, body);
                    initialFromStart = true;
                    return "initial";
                }
            }
        }
        w.open("def start_link(opts) do");
        w.line("GenServer.start_link(__MODULE__, opts, name: " + p.startName + ")");
        w.close("end");
        return null;
    }

    /**
     * Writes init: the table made, then today's init statements and its state's entries inserted (or the Agent's
     * initial state, or today's literal state). When today's init makes the table itself and keeps it in a
     * variable as its state, its statements are the init as written. Returns what init/1 returns its table as
     * ({@code table}, or today's variable), and the code moved from today's init ("" for none).
     */
    String[] init(CodeWriter w, String initial) {
        TodayCode.Init init = p.code.init();
        MovedBody body = init == null || initial != null ? null : MovedBody.of(init.body());
        List<String> ret = body == null ? List.of() : body.returnItems();
        boolean today = ret.size() == 2 && ret.get(0).equals(":ok");
        String param = initial != null ? initial : today ? init.param() : "_opts";
        w.open("def init(" + param + ") do");
        if (today && body.prelude().contains(":ets.new(") && ElixirNames.isVariable(ret.get(1))
                && MovedBody.uses(body.prelude(), ret.get(1))) {
            // The owner today already: its table, its options and its name stay as written.
            MovedBody.write(w, body.prelude());
            if (body.gap()) {
                w.blank();
            }
            moved.addAll(HandlerQuote.attributes(body.prelude()));
            return new String[] {ret.get(1), body.prelude()};
        }
        w.line("table = :ets.new(@table, [:named_table, :public, read_concurrency: true])");
        if (initial != null) {
            w.line(counter ? ":ets.insert(table, {:count, " + initial + "})"
                    : ":ets.insert(table, Enum.to_list(" + initial + "))");
        } else if (today) {
            if (!body.prelude().isEmpty()) {
                MovedBody.write(w, body.prelude());
                moved.addAll(HandlerQuote.attributes(body.prelude()));
            }
            if (counter) {
                w.line(":ets.insert(table, {:count, " + ret.get(1) + "})");
            } else if (notAMap()) {
                FitsSketch.comment(w, "today's state, " + ret.get(1) + ", is not a map of keys: it has no rows here.");
            } else if (!ret.get(1).equals("%{}") && !ret.get(1).equals("[]") && !ret.get(1).equals("nil")) {
                w.line(":ets.insert(table, Enum.to_list(" + ret.get(1) + "))");
            }
        } else if (initialLiteral() != null) {
            w.line(":ets.insert(table, Enum.to_list(" + initialLiteral() + "))");
        }
        return new String[] {"table", today && !body.prelude().isEmpty() ? body.prelude() : ""};
    }

    private void writeStart(CodeWriter w, TodayCode.Init start, String body) {
        moved.addAll(HandlerQuote.attributes(body));
        w.open("def start_link" + (start.param().isEmpty() ? "" : "(" + start.param() + ")") + " do");
        MovedBody.write(w, body);
        w.close("end");
    }

    /** Today's initial state as a literal map or keyword list, when start_link does not pass it. */
    String initialLiteral() {
        String s = p.code.initState();
        if (initialFromStart || s == null || s.equals("%{}") || s.equals("[]")) {
            return null;
        }
        return s.startsWith("%{") || s.startsWith("[") ? s : null;
    }

    /** Writes the operation from today's code; false when there is none to read (the caller shows a default). */
    boolean render(CodeWriter w, Op op) {
        if (!today()) {
            return false;
        }
        String what = op.name() + "/" + op.arity();
        if (op.tag() != null && notAMap()) {
            for (Handler h : HandlerQuote.clauses(p.code, op.async() ? "handle_cast" : "handle_call", op.tag())) {
                HandlerQuote.notMoved(w, what, "today's state (" + p.code.initState() + ") is not a map of keys, so"
                        + " a table of key rows does not hold it as it is.", h);
            }
            return true;
        }
        if (op.tag() != null) {
            handler(w, op, what);
            return true;
        }
        List<AgentCall> calls = p.code.agentCalls().stream()
                .filter(c -> c.function().equals(op.name() + "/" + op.arity())).toList();
        if (calls.size() == 1) {
            agent(w, op, what, calls.get(0));
            return true;
        }
        FitsSketch.comment(w, what + (calls.isEmpty() ? " messages no process today: it stays as it is."
                : " makes " + calls.size() + " Agent calls today: each becomes a table read or write like those"
                + " of the functions around it."));
        return true;
    }

    private void handler(CodeWriter w, Op op, String what) {
        String callback = op.async() ? "handle_cast" : "handle_call";
        List<Handler> clauses = HandlerQuote.clauses(p.code, callback, op.tag());
        if (clauses.size() != 1) {
            if (clauses.isEmpty()) {
                FitsSketch.comment(w, what + " sends :" + op.tag() + ", which no " + callback + " clause takes.");
            }
            if (!quoted.add(op.tag())) {
                FitsSketch.comment(w, what + " is not moved either: it sends :" + op.tag() + " too (quoted above).");
                return;
            }
            for (Handler h : clauses) {
                HandlerQuote.notMoved(w, what, "today " + clauses.size() + " clauses take :" + op.tag() + ", chosen"
                        + " by what each matches (the state among them); a table has no state to match on.", h);
            }
            return;
        }
        Handler h = clauses.get(0);
        MovedBody body = MovedBody.of(h.body());
        List<String> items = body == null ? List.of() : body.returnItems();
        boolean shaped = op.async() ? items.size() == 2 && items.get(0).equals(":noreply")
                : items.size() == 3 && items.get(0).equals(":reply");
        if (!shaped) {
            HandlerQuote.notMoved(w, what, h.body() == null ? "its body could not be read back exactly from the file."
                    : "it does not end in one reply and next state (several returns, a :stop, GenServer.reply).", h);
            return;
        }
        TableAccess ta = new TableAccess(h.stateVar(), lookup, fetch, counter);
        String prelude = body.prelude().isEmpty() ? "" : ta.reads(body.prelude());
        List<String> writes = ta.writes(items.get(items.size() - 1));
        String reply = op.async() ? ":ok" : ta.reads(items.get(1));
        if (prelude == null || writes == null || reply == null) {
            HandlerQuote.notMoved(w, what, "it uses the state" + (h.stateVar() == null ? "" : " (" + h.stateVar()
                    + ")") + " other than by reading keys or putting, merging and deleting them, which is what a"
                    + " table can say.", h);
            return;
        }
        String code = join(prelude, writes, reply);
        String free = unbound(code, h.message() == null ? "" : h.message());
        if (free != null) {
            HandlerQuote.notMoved(w, what, "it uses " + free + ", which the message does not carry: today's clause"
                    + " takes it from the state's pattern, a value the process holds. A handle other processes use"
                    + " (a database ref, a port) stays with its owner: a table row does not replace it.", h);
            return;
        }
        write(w, op, what, params(h), code, ta, !writes.isEmpty());
    }

    private void agent(CodeWriter w, Op op, String what, AgentCall c) {
        String why = null;
        String code = null;
        TableAccess ta = null;
        AgentFunction fn = AgentFunction.of(c.fn());
        String sv = fn == null ? null : fn.stateVar();
        String body = fn == null ? null : fn.body();
        MovedBody mb = body == null ? null : MovedBody.of(body);
        if (mb == null) {
            why = "its function is not one clause of one state variable.";
        } else {
            ta = new TableAccess(sv, lookup, fetch, counter);
            String prelude = mb.prelude().isEmpty() ? "" : ta.reads(mb.prelude());
            String replacement = null;
            List<String> statementWrites = null;
            if (prelude != null) {
                switch (c.kind()) {
                    case "get" -> {
                        String r = ta.reads(mb.last());
                        replacement = r == null ? null : join(prelude, List.of(), r);
                    }
                    case "update", "cast" -> {
                        List<String> writes = ta.writes(mb.last());
                        replacement = writes == null ? null : join(prelude, writes, ":ok");
                        statementWrites = prelude.isEmpty() ? writes : null;
                    }
                    default -> {
                        List<String> items = mb.returnItems();
                        List<String> writes = items.size() == 2 ? ta.writes(items.get(1)) : null;
                        String r = items.size() == 2 ? ta.reads(items.get(0)) : null;
                        replacement = writes == null || r == null ? null : join(prelude, writes, r);
                    }
                }
            }
            if (replacement == null) {
                why = "its function uses the state (" + sv + ") other than by reading keys or putting, merging and"
                        + " deleting them.";
            } else if (c.caller().strip().equals(c.call().strip())) {
                code = replacement;
            } else if (!replacement.contains("\n") && c.call() != null && c.call().startsWith("Agent." + c.kind() + "(")
                    && !c.call().equals("Agent." + c.kind() + "(" + c.fn() + ")")
                    && MovedBody.within(c.caller(), c.call()) != null) {
                code = c.caller().replace(MovedBody.within(c.caller(), c.call()), replacement);
            } else if (statementWrites != null && !statementWrites.isEmpty()
                    && statement(c.caller(), MovedBody.within(c.caller(), c.call())) != null) {
                // a statement whose :ok nobody reads (TrainLoc's put_object: start(), the update, then {:ok, body})
                String call = MovedBody.within(c.caller(), c.call());
                code = c.caller().replace(call, String.join("\n" + statement(c.caller(), call), statementWrites));
            } else {
                why = "the Agent call sits inside more code (piped, or beside other statements) that a table"
                        + " access of several lines cannot replace as written.";
            }
        }
        if (code == null || MovedBody.parse(code) == null) {
            FitsSketch.comment(w, what + " is not moved: " + (why != null ? why : "the result does not parse.")
                    + " Today:");
            w.line("#   def " + op.name() + "(" + c.params() + ") do");
            for (String l : c.caller().split("\n", -1)) {
                w.line(l.isBlank() ? "#" : "#     " + l);
            }
            w.line("#   end");
            return;
        }
        write(w, op, what, c.params().isEmpty() ? List.of() : TodayLogic.tupleItems("{" + c.params() + "}"), code, ta,
                !c.kind().equals("get"));
    }

    /**
     * The indentation of {@code call} when it stands alone as a statement of {@code body} that is not the last one
     * (its value unused), else null.
     */
    private static String statement(String body, String call) {
        if (body == null || call == null) {
            return null;
        }
        int at = body.indexOf(call);
        if (at < 0 || body.indexOf(call, at + 1) >= 0) {
            return null;
        }
        int lineStart = body.lastIndexOf('\n', at) + 1;
        String before = body.substring(lineStart, at);
        int end = at + call.length();
        int lineEnd = body.indexOf('\n', end);
        String after = lineEnd < 0 ? body.substring(end) : body.substring(end, lineEnd);
        boolean lastStatement = lineEnd < 0 || body.substring(lineEnd).isBlank();
        return before.isBlank() && after.isBlank() && !lastStatement ? before : null;
    }

    private void write(CodeWriter w, Op op, String what, List<String> params, String code, TableAccess ta,
                       boolean writes) {
        if (params.size() != op.arity()) {
            FitsSketch.comment(w, "Today " + what + " also passes what addresses the process; the table has one"
                    + " name, so it takes only what the message carries.");
        }
        usesLookup |= ta.usesLookup;
        usesFetch |= ta.usesFetch;
        moved.addAll(HandlerQuote.helpers(p.code, code));
        if (writes && (ta.usesLookup || ta.usesFetch)) {
            FitsSketch.comment(w, "Read and write are two steps now: concurrent callers can interleave between"
                    + " them (the process used to run them one at a time).");
        }
        if (op.async()) {
            FitsSketch.comment(w, "Today a cast: the caller did not wait for " + what + ". It now writes the table"
                    + " itself.");
        }
        w.open("def " + op.name() + (params.isEmpty() ? "" : "(" + String.join(", ", params) + ")") + " do");
        MovedBody.write(w, code);
        w.close("end");
    }

    /** The table helpers the operations read through. */
    void helpers(CodeWriter w) {
        if (usesLookup) {
            w.blank();
            w.open("defp " + lookup + "(key, default) do");
            w.open("case :ets.lookup(@table, key) do");
            w.line("[{^key, value}] -> value");
            w.line("[] -> default");
            w.close("end");
            w.close("end");
        }
        if (usesFetch) {
            w.blank();
            w.line("# The key must be there, as Map.fetch!/2 or state.key required.");
            w.open("defp " + fetch + "(key) do");
            w.line("[{^key, value}] = :ets.lookup(@table, key)");
            w.line("value");
            w.close("end");
        }
    }

    Set<String> movedHelpers() {
        return moved;
    }

    private static String join(String prelude, List<String> writes, String result) {
        List<String> parts = new ArrayList<>();
        if (!prelude.isEmpty()) {
            parts.add(prelude);
        }
        parts.addAll(writes);
        parts.add(result);
        return String.join("\n", parts);
    }

    /** A variable the code uses that neither the message nor the code itself binds, or null. */
    private static String unbound(String code, String message) {
        Set<String> known = new HashSet<>(MovedBody.bound(message));
        Set<String> vars = MovedBody.variables(code);
        for (String v : Messages.freeVariables(code)) {
            if (vars.contains(v) && !known.contains(v)) {
                return v;
            }
        }
        return null;
    }

    private static List<String> params(Handler h) {
        List<String> items = TodayLogic.tupleItems(h.message());
        return items.isEmpty() ? List.of() : items.subList(1, items.size());
    }
}
