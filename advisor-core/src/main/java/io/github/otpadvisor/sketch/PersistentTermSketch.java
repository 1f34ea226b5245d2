package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ApiFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write-once Agent (its state built when it starts, every call an {@code Agent.get}) rewritten to
 * {@code :persistent_term}: its start function's value is put once where its supervisor starts it today, and each
 * of today's functions reads it in the caller, with today's code around the read. Reads copy nothing, so a large
 * value (transport-site's communes, filtered on every keystroke) costs no more than inside the Agent. Null when
 * today's start or one of its reads is not written in a shape this can carry over exactly: the table sketch is
 * written instead.
 */
final class PersistentTermSketch {
    private static final String READ = ":persistent_term.get(__MODULE__)";
    private static final Pattern AGENT_START = Pattern.compile("\\bAgent\\.start_link\\(");
    private static final Pattern AGENT_GET = Pattern.compile("\\bAgent\\.get\\(");
    private static final Pattern START_FN = Pattern.compile("(?s)^fn\\s*->\\s*(.*?)\\s*end$");
    private static final Pattern READ_FN = Pattern.compile("(?s)^fn\\s+([a-z_][A-Za-z0-9_]*)\\s*->\\s*(.*?)\\s*end$");
    private static final Pattern NAMED_FUN = Pattern.compile("^&((?:[A-Z][\\w.]*\\.)?[a-z_][\\w?!]*)/0$");

    private PersistentTermSketch() {
    }

    static String render(SketchPlan p) {
        if (p.perEntity() || p.code.agentCalls().isEmpty()
                || p.code.agentCalls().stream().anyMatch(c -> !"get".equals(c.kind()))) {
            return null;
        }
        String[] start = start(p);
        if (start == null) {
            return null;
        }
        List<ApiFunction> readers = new ArrayList<>();
        List<List<ApiFunction.Clause>> rewritten = new ArrayList<>();
        for (ApiFunction f : p.code.api()) {
            if (!f.messages()) {
                continue;
            }
            if (!f.written()) {
                return null;
            }
            List<ApiFunction.Clause> clauses = new ArrayList<>();
            for (ApiFunction.Clause c : f.clauses()) {
                String body = c.body() == null ? null : reads(c.body());
                if (c.body() != null && body == null) {
                    return null;
                }
                clauses.add(new ApiFunction.Clause(c.head(), body));
            }
            readers.add(f);
            rewritten.add(clauses);
        }
        if (readers.isEmpty()) {
            return null;
        }
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        FitsSketch.comment(w, "A write-once value: put once where its supervisor starts it today, then read in the"
                + " caller. :persistent_term reads copy nothing (a large value costs no more than inside the Agent);"
                + " putting it again, on a restart, makes every process check for old references: fine for a value"
                + " set at boot.");
        if (p.code.childSpec()) {
            CarryOver.childSpec(w, p);
        } else if (start[0].isEmpty()) {
            // today's start_link/0 (use Agent, start: {__MODULE__, :start_link, []}): the spec passes nothing
            w.open("def child_spec(_arg) do");
            w.line("%{id: __MODULE__, start: {__MODULE__, :start_link, []}}");
            w.close("end");
        } else {
            w.open("def child_spec(arg) do");
            w.line("%{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}");
            w.close("end");
        }
        w.blank();
        FitsSketch.comment(w, "What the Agent's start function built, put once; no process stays running"
                + " (:ignore), so nothing is left to restart.");
        w.open("def start_link" + (start[0].isEmpty() ? "" : "(" + start[0] + ")") + " do");
        MovedBody.write(w, start[1]);
        w.line(":ignore");
        w.close("end");
        for (int i = 0; i < readers.size(); i++) {
            w.blank();
            List<ApiFunction.Clause> clauses = rewritten.get(i);
            for (int j = 0; j < clauses.size(); j++) {
                if (j > 0) {
                    w.blank();
                }
                KeptFunctions.clause(w, clauses.get(j));
            }
        }
        return w.close("end").toString();
    }

    /**
     * Today's start_link parameter and the code that puts the value: {@code {"_", ":persistent_term.put(...)"}}, or
     * null when its start is not one {@code Agent.start_link(fn, opts)} ending its body.
     */
    private static String[] start(SketchPlan p) {
        TodayCode.Init s = p.code.startLink();
        if (s == null) {
            return null;
        }
        String body = s.body().strip();
        Matcher m = AGENT_START.matcher(body);
        if (!m.find()) {
            return null;
        }
        int at = m.start();
        int open = m.end() - 1;
        if (m.find() || TableAccess.close(body, open) != body.length() - 1) {
            return null; // two starts, or code after the start: the Agent's pid is used
        }
        List<String> args = TableAccess.arguments(body, open);
        if (args.isEmpty()) {
            return null;
        }
        String fn = args.get(0).strip();
        String value;
        Matcher f = START_FN.matcher(fn);
        Matcher named = NAMED_FUN.matcher(fn);
        if (f.find()) {
            value = MovedBody.dedent(f.group(1));
        } else if (named.find()) {
            value = named.group(1) + "()";
        } else {
            return null;
        }
        String before = body.substring(0, at).strip();
        String put = value.contains("\n") ? "value =\n" + indent(value) + "\n\n:persistent_term.put(__MODULE__, value)"
                : ":persistent_term.put(__MODULE__, " + value + ")";
        String code = (before.isEmpty() ? "" : before + "\n") + put;
        if (MovedBody.parse(code + "\n:ignore") == null) {
            return null;
        }
        String param = s.param() == null ? "" : s.param();
        if (ElixirNames.isVariable(param) && !param.startsWith("_") && !MovedBody.uses(code, param)) {
            param = "_" + param;
        }
        return new String[] {param, code};
    }

    private static String indent(String code) {
        return "  " + code.replace("\n", "\n  ");
    }

    /** The body with each {@code Agent.get} read from {@code :persistent_term}, last first; null when one cannot be. */
    private static String reads(String body) {
        List<int[]> calls = new ArrayList<>();
        Matcher m = AGENT_GET.matcher(body);
        while (m.find()) {
            int close = TableAccess.close(body, m.end() - 1);
            if (close < 0) {
                return null;
            }
            calls.add(new int[] {m.start(), m.end() - 1, close});
        }
        String out = body;
        for (int i = calls.size() - 1; i >= 0; i--) {
            int[] c = calls.get(i);
            if (body.substring(0, c[0]).stripTrailing().endsWith("|>")) {
                return null; // piped: its target comes from before
            }
            String read = read(TableAccess.arguments(body, c[1]), body.substring(c[0], c[2] + 1).equals(body.strip()));
            if (read == null) {
                return null;
            }
            out = out.substring(0, c[0]) + read + out.substring(c[2] + 1);
        }
        return MovedBody.parse(out) == null ? null : out;
    }

    /**
     * What one {@code Agent.get(target, ...)} becomes: the function applied to the value read; {@code whole}: the
     * call is the clause's whole body, so a function's variable can be bound on a line of its own.
     */
    private static String read(List<String> args, boolean whole) {
        if (args.size() == 4) { // Agent.get(agent, Mod, :fun, [args]): fun(state, args...)
            String mod = args.get(1).strip();
            String fun = args.get(2).strip();
            String rest = args.get(3).strip();
            if (!fun.matches(":[a-z_][\\w?!]*") || !rest.startsWith("[") || !rest.endsWith("]")) {
                return null;
            }
            String more = rest.substring(1, rest.length() - 1).strip();
            return (mod.equals("__MODULE__") ? "" : mod + ".") + fun.substring(1) + "(" + READ
                    + (more.isEmpty() ? "" : ", " + more) + ")";
        }
        if (args.size() != 2 && args.size() != 3) {
            return null;
        }
        String fn = args.get(1).strip();
        if (ElixirNames.isVariable(fn) && !fn.startsWith("_")) {
            return fn + ".(" + READ + ")"; // aircloak's BOM: Agent.get(__MODULE__, f) in get/1
        }
        if (fn.startsWith("&") && !fn.contains("/") && !fn.matches("(?s).*&[2-9].*")) {
            String capture = fn.substring(1).strip();
            if (capture.startsWith("(") && capture.endsWith(")")) {
                capture = capture.substring(1, capture.length() - 1).strip();
            }
            return capture.replace("&1", READ);
        }
        Matcher f = READ_FN.matcher(fn);
        if (!f.find()) {
            return null;
        }
        String var = f.group(1);
        String expr = MovedBody.dedent(f.group(2));
        if (var.startsWith("_")) {
            return expr.contains("\n") ? null : expr;
        }
        if (whole) {
            return var + " = " + READ + "\n" + expr;
        }
        return expr.contains("\n") ? null : READ + " |> then(fn " + var + " -> " + expr + " end)";
    }
}
