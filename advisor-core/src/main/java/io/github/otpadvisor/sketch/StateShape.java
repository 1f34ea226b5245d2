package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a process's state that holds whatever it has handled (issue 11, "tests that test"): init/1 returns a
 * literal map or struct on its last line, and every callback clause returns, on its last line, a state that keeps
 * that shape (the state it was given, {@code %{state | n: 1}}, {@code %Mod{state | n: 1}},
 * {@code Map.put(state, :k, v)}, or a variable the clause binds only to one of these). Then
 * {@code %{queue: _, active: _} = :sys.get_state(pid)} (or {@code %Mod.State{}}) holds after any message. A clause
 * whose return is not read this way (a helper's result, a multi-line tuple, a {@code case}) makes the shape unknown:
 * nothing is asserted that the code does not show.
 */
final class StateShape {
    private static final Pattern STRUCT = Pattern.compile("%((?:__MODULE__|[A-Z][A-Za-z0-9_]*)(?:\\.[A-Z][A-Za-z0-9_]*)*)\\{.*\\}");
    private static final Pattern VARIABLE = Pattern.compile("[a-z_][A-Za-z0-9_]*");

    /** What init/1's state is: a literal map or struct of fields, a MapSet, or an empty map filled later. */
    private enum Kind {
        FIELDS, MAPSET, MAP
    }

    private StateShape() {
    }

    /**
     * A pattern every state of the process matches ({@code %{queue: _, active: _}}, {@code %Shop.Cart.State{}}),
     * or null when the code does not fix one. With {@code values}, fields init/1 sets to a literal keep it
     * ({@code %{queue: [], active: _}}): only for the state right after init/1, before any message.
     */
    static String pattern(TodayCode code, String alias, boolean values) {
        String init = initState(code);
        Kind kind = init == null ? null : init.startsWith("MapSet.new(") ? Kind.MAPSET : init.equals("%{}") ? Kind.MAP
                : Kind.FIELDS;
        if (init == null || !everyClauseKeeps(code, kind)) {
            return null;
        }
        if (kind != Kind.FIELDS) {
            // a set or a map that grows and shrinks: that it is one is what every clause keeps (accent's usage writer)
            return kind == Kind.MAPSET ? "%MapSet{}" : "%{}";
        }
        Matcher struct = STRUCT.matcher(init);
        if (struct.matches()) {
            // In the test, __MODULE__ is the test's module: the struct is named by the module's alias. Another
            // struct name is an alias of the module's own scope, which the test does not have.
            return struct.group(1).equals("__MODULE__") && alias != null ? "%" + alias + "{}" : null;
        }
        Map<String, String> fields = TodayAssertions.literalMap(init);
        if (fields.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(k + ": " + (values && literal(v) ? v : "_")));
        return "%{" + String.join(", ", parts) + "}";
    }

    /** Nothing reaches the process between init/1 and the test's first look: no timer, monitor, subscription, continue. */
    static boolean quietStart(TodayCode code) {
        if (code.init() == null || code.init().body() == null || !code.initCalls().isEmpty()) {
            return false;
        }
        String body = code.init().body();
        return !body.contains("send") && !body.contains("subscribe") && !body.contains("monitor")
                && !body.contains(":continue") && !body.contains(":timer") && !body.contains("Process.")
                && !body.contains(":ets");
    }

    private static boolean literal(String v) {
        return v.matches(":[a-z_][A-Za-z0-9_]*|-?[0-9][0-9_]*|true|false|nil|\\[\\]|%\\{\\}|\"[^\"#\\\\]{0,40}\"");
    }

    /** The map or struct init/1's last line returns ({@code {:ok, %{a: 1}}}, also with a continue), or null. */
    private static String initState(TodayCode code) {
        if (code.initState() != null) {
            return code.initState().strip();
        }
        if (code.init() == null || code.init().body() == null) {
            return null;
        }
        String[] lines = code.init().body().strip().split("\n");
        List<String> ok = TodayAssertions.topLevel(lines[lines.length - 1].strip(), "{", "}");
        if (ok == null || ok.size() < 2 || ok.size() > 3 || !ok.get(0).equals(":ok")) {
            return null;
        }
        String s = TodayAssertions.resolved(code, ok.get(1).strip());
        if (VARIABLE.matcher(s).matches()) {
            s = boundMap(code.init().body(), s);
        }
        return s != null && (s.startsWith("%") && s.endsWith("}") || s.equals("MapSet.new()")) ? s : null;
    }

    /**
     * The map or struct init/1 binds {@code var} to once ({@code state = %__MODULE__{\n a: 1\n}}), on one line, or
     * null.
     */
    private static String boundMap(String body, String var) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(var) + "\\s*=(?![=~>])\\s*(%[A-Za-z0-9_.]*\\{)").matcher(body);
        if (!m.find() || boundTo(body, var).size() != 1 || patternBinds(body, var)) {
            return null;
        }
        int close = TopLevel.closing(body, m.start(1) + m.group(1).length() - 1);
        if (close < 0) {
            return null;
        }
        String text = body.substring(m.start(1), close + 1).replaceAll("\\s*\n\\s*", " ");
        return text.replaceAll("\\{ ", "{").replaceAll(",? \\}$", "}");
    }

    /** Every handle_call/cast/info/continue clause's last line returns a state of the same shape. */
    private static boolean everyClauseKeeps(TodayCode code, Kind kind) {
        boolean any = false;
        for (TodayCode.Clause c : code.callbacks()) {
            if (!c.callback().startsWith("handle_")) {
                continue;
            }
            any = true;
            String var = stateVar(c);
            if (var == null || c.body() == null || !keeps(c.body(), var, kind)) {
                return false;
            }
        }
        return any || code.callbacks().isEmpty() && code.handlers().isEmpty();
    }

    /** The clause's last parameter when it is a plain variable ({@code state}), else null. */
    private static String stateVar(TodayCode.Clause c) {
        if (c.head() == null) {
            return null;
        }
        String head = c.head().strip().replaceFirst("\\s+when\\s.*$", "").replaceFirst("(?:,\\s*do:|\\s+do\\b).*$", "");
        int open = head.indexOf('(');
        if (open < 0 || !head.endsWith(")")) {
            return null;
        }
        List<String> params = TopLevel.items(head.substring(open + 1, head.length() - 1), true);
        String last = params == null || params.isEmpty() ? null : params.get(params.size() - 1).strip();
        // %{ready: true} = state, state = %State{}: the variable names the whole state.
        Matcher bound = last == null ? null : Pattern.compile("(?s)(?:.*\\s=\\s+([a-z_][A-Za-z0-9_]*)|([a-z_][A-Za-z0-9_]*)\\s+=\\s.*)")
                .matcher(last);
        if (bound != null && bound.matches()) {
            last = bound.group(1) != null ? bound.group(1) : bound.group(2);
        }
        return last != null && VARIABLE.matcher(last).matches() && !last.startsWith("_") ? last : null;
    }

    /** The body's last line is a return tuple whose state keeps the shape of {@code var}. */
    private static boolean keeps(String body, String var, Kind kind) {
        String[] lines = body.strip().split("\n");
        List<String> ret = TodayAssertions.topLevel(lines[lines.length - 1].strip(), "{", "}");
        if (ret == null || ret.isEmpty()) {
            return false;
        }
        String state;
        switch (ret.get(0)) {
            case ":noreply" -> state = ret.size() >= 2 ? ret.get(1) : null;
            case ":reply" -> state = ret.size() >= 3 ? ret.get(2) : null;
            case ":stop" -> {
                return true;
            }
            default -> state = null;
        }
        return state != null && keepsExpr(state.strip(), var, body, kind);
    }

    private static boolean keepsExpr(String e, String var, String body, Kind kind) {
        // {:ok, state} = load(state), case ... {:ok, state} ->: the name may hold anything; state = f(state) too.
        if (patternBinds(body, var) || !boundTo(body, var).stream().allMatch(b -> update(b, var, kind))) {
            return false;
        }
        if (!e.equals(var) && VARIABLE.matcher(e).matches()) {
            List<String> bound = boundTo(body, e);
            return !patternBinds(body, e) && !bound.isEmpty() && bound.stream().allMatch(b -> update(b, var, kind));
        }
        return e.equals(var) || update(e, var, kind);
    }

    /**
     * On one line: {@code %{state | ...}}, {@code %Mod{state | ...}}, {@code Map.put(state, :k, v)}; for a MapSet,
     * {@code MapSet.put(state, x)} and its kin or a new empty one; for a map filled later, {@code Map.put(state, k, v)}
     * and its kin or a new empty one.
     */
    private static boolean update(String e, String var, Kind kind) {
        if (TopLevel.items(e, true) == null || !(e.endsWith("}") || e.endsWith(")"))) {
            return false;
        }
        String v = Pattern.quote(var);
        return switch (kind) {
            case MAPSET -> e.equals("MapSet.new()") || e.matches("MapSet\\.(put|delete|union|difference|intersection)\\("
                    + v + ", .*\\)");
            case MAP -> e.equals("%{}") || fields(e, var) || e.matches("Map\\.(put|delete|merge|drop|put_new|update!?)\\("
                    + v + ", .*\\)");
            case FIELDS -> fields(e, var);
        };
    }

    /** {@code %{state | ...}}, {@code %Mod{state | ...}}, {@code Map.put(state, :k, v)}. */
    private static boolean fields(String e, String var) {
        return e.startsWith("%{" + var + " | ") || e.matches("%[A-Z][A-Za-z0-9_.]*\\{" + Pattern.quote(var) + " \\|.*")
                || e.startsWith("Map.put(" + var + ", :");
    }

    /** The body binds {@code name} again: {@code name = ...}, or in a pattern, a case clause, a with. */
    static boolean rebinds(String body, String name) {
        return !boundTo(body, name).isEmpty() || patternBinds(body, name);
    }

    /** A line binds {@code name} other than as {@code name = ...}: in a pattern, a case clause, a with. */
    private static boolean patternBinds(String body, String name) {
        Pattern plain = Pattern.compile("^\\s*" + Pattern.quote(name) + "\\s*=(?![=~>]).*");
        Pattern bind = Pattern.compile("(?<![\\w.:@])" + Pattern.quote(name) + "(?![\\w?!(:])[^\\n]*?(\\s=(?![=~>])|->|<-)");
        for (String line : body.split("\n")) {
            if (!plain.matcher(line).matches() && bind.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** What each {@code name = ...} line of the body binds the name to (one line each). */
    private static List<String> boundTo(String body, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*=(?![=~>])\\s*(.*)$").matcher(body);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }
}
