package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.sketch.TodayStart.Site;
import io.github.otpadvisor.sketch.TodayStart.StartArity;
import java.util.ArrayList;
import java.util.List;

/**
 * The children entry of the module itself, fitted to how it starts (issue 11): today's entry as written when its
 * application lists it; else an argument its start accepts: {@code {M, arg}} calls {@code M.child_spec(arg)}, which
 * {@code use GenServer} makes call {@code start_link(arg)}; so a module with only start_link/0 gets a map spec, one
 * whose start fetches keys gets those keys as named placeholders that say who passes them today and where, and one
 * without a start_link gets no entry, but how it is started today and what a start_link would take.
 */
final class StartEntry {
    private StartEntry() {
    }

    /** Writes the entry as a list item ({@code tail} is the comma or nothing), with the comments it needs first. */
    static void write(CodeWriter w, SketchPlan p, String tail) {
        TodayStart t = p.code.start();
        if (t.entry() != null) {
            comment(w, "As today in " + t.entry().by() + " (" + t.entry().where() + ").");
            layout(w, t.entry().text(), tail);
            return;
        }
        if (t.arity() == StartArity.ZERO) {
            comment(w, p.module + " has only start_link/0: {" + p.module + ", arg} would call start_link(arg), "
                    + "so the entry names the function itself.");
            boolean supervisor = p.shape == SketchPlan.Shape.SUPERVISOR || p.shape == SketchPlan.Shape.DYNAMIC_SUPERVISOR;
            layout(w, "%{id: " + p.module + ", start: {" + p.module + ", :start_link, []}"
                    + (supervisor ? ", type: :supervisor" : "") + "}", tail);
            return;
        }
        if (!t.requiredKeys().isEmpty()) {
            Site today = today(t);
            boolean one = t.requiredKeys().size() == 1;
            comment(w, String.join(", ", t.requiredKeys()) + ": its start takes " + (one ? "it" : "them")
                    + " with Keyword.fetch!/pop! (no default); " + (today == null
                    ? "no start in the scanned files shows " + (one ? "it" : "them") + ": pass the values its callers use."
                    : today.by().endsWith(" names it") ? "no start call in the scanned files passes "
                    + (one ? "it" : "them") + ": look where " + today.by().replaceFirst(" names it$", "")
                    + " uses " + p.module + " (first named at " + today.where() + ")."
                    : "today " + today.by() + " passes " + (one ? "it" : "them") + " (" + today.where() + ")."));
            layout(w, "{" + p.module + ", " + String.join(", ", t.requiredKeys().stream().map(k -> k + ": " + k)
                    .toList()) + "}", tail);
            return;
        }
        TodayCode.Init start = p.code.startLink();
        if (start != null && start.param() != null && fitsClause(w, p, start.param(), tail)) {
            return;
        }
        String refused = start == null ? null : StartFit.initTakes(p, "[]");
        if (refused != null && ElixirNames.isVariable(start.param().strip())) {
            // evercam's pollers read args.config: {M, []} would raise in init/1, so the entry names what to pass
            Site today = today(t);
            comment(w, start.param().strip() + ": " + refused + " " + (today == null
                    ? "No start in the scanned files shows what it is given: pass what its callers build."
                    : "Pass what " + today.by() + " passes today (" + today.where() + ")."));
            w.keywordTuple(p.module, start.param().strip(), tail);
            return;
        }
        if (start != null && start.param() != null && !start.param().isBlank() && !start.param().startsWith("_")
                && ElixirNames.isVariable(start.param())) {
            Site today = today(t);
            comment(w, "[] stands for what start_link(" + start.param() + ") is given: " + (today == null
                    ? "no start in the scanned files shows it; pass what it needs."
                    : "pass what " + today.by() + " passes today (" + today.where() + ")."));
        }
        w.keywordTuple(p.module, "[]", tail);
    }

    /**
     * An entry its one start_link clause accepts when {@code {M, []}} would not: {@code start_link(module, arg, opts)}
     * takes three arguments (a map spec passes them all), {@code start_link({source, backend} = opts)} matches only
     * a pair (the entry passes that shape). False when a plain {@code start_link(arg)} takes anything.
     */
    private static boolean fitsClause(CodeWriter w, SketchPlan p, String params, String tail) {
        List<String> all = topLevel(params).stream().map(x -> x.replaceFirst("\\s*\\\\\\\\[\\s\\S]*$", "").trim())
                .toList();
        if (all.size() >= 2) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                String v = all.get(i).replaceFirst("^[\\s\\S]*=\\s*", "").replaceFirst("^_+", "");
                names.add(ElixirNames.isVariable(v) && !names.contains(v) ? v : "arg" + (i + 1));
            }
            comment(w, "start_link(" + params + ") takes " + all.size() + " arguments: {" + p.module + ", arg} would "
                    + "call a start_link/1 it does not define, so the spec names the call; give each argument the "
                    + "value its callers pass.");
            layout(w, "%{id: " + p.module + ", start: {" + p.module + ", :start_link, [" + String.join(", ", names)
                    + "]}}", tail);
            return true;
        }
        if (all.size() == 1 && !ElixirNames.isVariable(all.get(0)) && !all.get(0).matches("_\\w*")) {
            String shape = all.get(0).replaceFirst("\\s*=\\s*_?[a-z]\\w*$", "").replaceFirst("^_?[a-z]\\w*\\s*=\\s*", "");
            if (shape.isBlank() || shape.contains("%") || !Messages.parses(shape)) {
                return false;
            }
            // an ignored element ({_, key}) is no value an entry can pass: it gets a name the reader fills in
            String value = named(shape);
            comment(w, "start_link(" + params + ") matches only " + shape + ": the entry passes that shape"
                    + (value.equals(shape) ? "." : ", each element the value its callers pass."));
            layout(w, "{" + p.module + ", " + value + "}", tail);
            return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern IGNORED = java.util.regex.Pattern.compile(
            "(?<![\\w@:.?])_([a-z0-9]\\w*)?");

    /** The shape with its ignored elements named: {@code {_, key}} as {@code {arg, key}}, {@code _size} as {@code size}. */
    static String named(String shape) {
        java.util.regex.Matcher m = IGNORED.matcher(shape);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            String name = m.group(1) != null && !shape.matches("(?s).*(?<![\\w@:.?])" + m.group(1) + "\\b.*")
                    ? m.group(1) : "arg" + (++n == 1 ? "" : n);
            m.appendReplacement(out, name);
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * For a module that defines no start_link: how today's code starts it and what a start_link would take, in
     * place of a children entry. False when it has one (or the code does not show it).
     */
    static boolean withoutStartLink(CodeWriter w, SketchPlan p) {
        TodayStart t = p.code.start();
        if (t.arity() != StartArity.NONE || t.entry() != null) {
            return false;
        }
        if (definedBySketch(p)) {
            return sketchStart(w, p);
        }
        comment(w, p.module + " defines no start_link: a children entry {" + p.module + ", arg} calls "
                + "start_link(arg), so none is written here.");
        Site call = t.call();
        String link = call == null ? null : linkingCall(call.by());
        if (call != null && call.text() != null) {
            comment(w, "Today " + call.by() + " starts it, outside any supervisor (" + call.where() + "):");
            writeCall(w, call.text());
            w.blank();
        } else if (call != null) {
            comment(w, (call.by().endsWith(" names it") ? call.by() : "Today " + call.by() + " starts it") + " ("
                    + call.where() + ").");
        }
        comment(w, "To supervise it, add a start_link that links, in " + p.module + ":");
        w.line("def start_link(arg), do: " + (link != null ? link : "GenServer.start_link") + "(__MODULE__, arg)");
        String stop = normalStop(p);
        if (stop != null && !p.code.useOptions().containsKey("restart")) {
            // A per-run process: under the default :permanent, a supervisor would start a finished run again.
            comment(w, "It ends itself when its run is over (" + stop + "): give it restart: :temporary in its use "
                    + "line (use GenServer, restart: :temporary), or a supervisor starts a finished run again.");
        }
        w.blank();
        comment(w, "then start it from a supervisor with the argument " + (call != null ? "today's call passes"
                : "its init/1 takes") + ": {" + p.module + ", arg} in a children list, or "
                + "DynamicSupervisor.start_child(supervisor, {" + p.module + ", arg}) for one per start.");
        return true;
    }

    /** The Implementation section's sketch writes a start_link (an Agent or a GenServer rewrite adds one). */
    private static boolean definedBySketch(SketchPlan p) {
        return !p.code.fits() && ElixirSketches.render(p).lines().map(String::strip)
                .anyMatch(l -> l.startsWith("def start_link("));
    }

    /**
     * No start_link today, but the Implementation adds one: the section says so rather than "defines no start_link".
     * One per caller, it stays where its caller starts it (true: no entry); else the entry follows (false).
     */
    private static boolean sketchStart(CodeWriter w, SketchPlan p) {
        Site call = p.code.start().call();
        comment(w, p.module + " has no start_link today; the Implementation above adds one" + (call == null ? "."
                : call.by().endsWith(" names it") ? " (" + call.by() + " at " + call.where() + ")."
                : ": where " + call.by() + " starts it today (" + call.where() + "), call that start_link instead."));
        if (p.ownerPlaced) {
            comment(w, "One instance per caller: it stays started where its caller starts it, so no children "
                    + "entry is written here.");
            return true;
        }
        comment(w, "A children entry {" + p.module + ", arg} calls that start_link(arg):");
        return false;
    }

    /** Where a callback clause returns {@code {:stop, :normal, ...}} ({@code handle_info(:end) at file:line}), or null. */
    private static String normalStop(SketchPlan p) {
        for (TodayCode.Clause c : p.code.callbacks()) {
            if (c.body() != null && c.body().replaceAll("\\s+", "").contains("{:stop,:normal")) {
                return c.callback() + "/" + c.arity() + (c.where() == null ? "" : " at " + c.where())
                        + " returns {:stop, :normal, ...}";
            }
        }
        // meadow's Heartbeat: stop/1 ends it with GenServer.stop/1, a :normal exit a :permanent child restarts
        for (io.github.otpadvisor.facts.ApiFunction a : p.code.api()) {
            if (a.clauses().stream().anyMatch(c -> c.body() != null && c.body().matches("(?s).*\\b(?:GenServer|Agent)"
                    + "\\.stop\\(.*"))) {
                return a.key() + " ends it on purpose, with a normal exit";
            }
        }
        return null;
    }

    /** The code that starts it today, for a placeholder to cite: its start_child, else its plain start call. */
    private static Site today(TodayStart t) {
        return t.dynamic() != null ? t.dynamic() : t.call();
    }

    /** {@code GenServer.start in X} gives {@code GenServer.start_link}; null for another kind of start. */
    private static String linkingCall(String by) {
        if (by.startsWith("GenServer.start ") || by.startsWith("GenServer.start_link ")) {
            return "GenServer.start_link";
        }
        if (by.startsWith("GenStateMachine.start ") || by.startsWith("GenStateMachine.start_link ")) {
            return "GenStateMachine.start_link";
        }
        return null;
    }

    /**
     * A start call as written: its own lines when it spans several, else one line, broken at its arguments as the
     * formatter does when naming the caller's {@code __MODULE__} made it too long.
     */
    static void writeCall(CodeWriter w, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z_][\\w.]*)\\((.*)\\)$").matcher(text);
        if (!text.contains("\n") && !w.fits(text) && m.matches()) {
            w.call(m.group(1), topLevel(m.group(2)));
        } else {
            WrittenCall.write(w, text);
        }
    }

    static void comment(CodeWriter w, String text) {
        FitsSketch.comment(w, text);
    }

    /**
     * One entry laid out as {@code mix format} does when it is too long: a tuple ending in keyword options one
     * option a line past the brace, a map one field a line.
     */
    static void layout(CodeWriter w, String text, String tail) {
        if (w.fits(text + tail)) {
            w.line(text + tail);
            return;
        }
        if (text.startsWith("%{") && text.endsWith("}")) {
            List<String> fields = topLevel(text.substring(2, text.length() - 1));
            w.open("%{");
            for (int i = 0; i < fields.size(); i++) {
                w.line(fields.get(i) + (i < fields.size() - 1 ? "," : ""));
            }
            w.close("}" + tail);
            return;
        }
        if (text.startsWith("{") && text.endsWith("}")) {
            List<String> items = topLevel(text.substring(1, text.length() - 1));
            if (items.size() >= 2 && items.get(1).matches("[a-z_][A-Za-z0-9_]*[?!]?: .*")) {
                w.line("{" + items.get(0) + ",");
                String options = String.join(", ", items.subList(1, items.size()));
                if (w.fits(" " + options + "}" + tail)) {
                    w.line(" " + options + "}" + tail);
                    return;
                }
                for (int i = 1; i < items.size(); i++) {
                    w.line(" " + items.get(i) + (i < items.size() - 1 ? "," : "}" + tail));
                }
                return;
            }
        }
        java.util.regex.Matcher call = java.util.regex.Pattern.compile("^([A-Za-z_][\\w.]*)\\((.*)\\)$").matcher(text);
        if (call.matches()) {
            List<String> args = topLevel(call.group(2));
            w.open(call.group(1) + "(");
            for (int i = 0; i < args.size(); i++) {
                w.line(args.get(i) + (i < args.size() - 1 ? "," : ""));
            }
            w.close(")" + tail);
            return;
        }
        w.line(text + tail);
    }

    /** The items of a comma-separated list, split only at its own commas (not inside brackets, strings or fns). */
    static List<String> topLevel(String s) {
        return TopLevel.items(s, false);
    }
}
