package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a map state a handler clause writes or reads anywhere in its body, as written (issue 11, "tests that
 * test"): a cast that sets {@code :player_one_name} and a call whose reply reads it can be tested together, the call
 * before and after the cast. Text-level, on the clause's state variable: {@code Map.put(state, :f, ..)},
 * {@code state |> Map.put(:f, ..)}, {@code %{state | f: ..}}, {@code put_in(state.f, ..)}; reads
 * {@code state.f}, {@code state[:f]}, {@code Map.get(state, :f)}.
 */
final class StateFields {
    private static final String FIELD = "([a-z_][A-Za-z0-9_]*[?!]?)";
    /** {@code f: value} of a map update, the value as written (over lines too). */
    private static final Pattern ENTRY = Pattern.compile("(?s)" + FIELD + ":\\s+(.*)");

    private StateFields() {
    }

    /**
     * The fields {@code h} writes with a value built from a variable its message binds (so a test's sample value
     * changes them), or empty when it writes none that way or its state is not a named variable.
     */
    static Set<String> written(Handler h, String body) {
        Set<String> out = new LinkedHashSet<>();
        String var = h.stateVar();
        if (var == null || !TodayAssertions.variable(var) || var.startsWith("_") || body == null) {
            return out;
        }
        Set<String> bound = new LinkedHashSet<>(Messages.freeVariables(h.message() == null ? "" : h.message()));
        // a write under a condition on what it is sent (sensocto's set_lens: if is_guide?(state, user_id)) may not
        // happen for a test's sample values; one on the state alone (an empty seat) happens from init/1's state
        for (String line : body.lines().map(String::strip).toList()) {
            if ((line.matches("(?:if|unless|case|cond|with)\\b.*") || line.endsWith("->") || line.contains("<-"))
                    && uses(line, bound)) {
                return out;
            }
        }
        String v = Pattern.quote(var);
        // Map.put(state, :f, value) and, in a pipeline on the state, Map.put(:f, value)
        Matcher put = Pattern.compile("Map\\.(?:put|replace!?)\\((?:" + v + ",\\s*)?:" + FIELD + ",\\s*([^\\n]*)")
                .matcher(body);
        while (put.find()) {
            if (pipedOrDirect(body, put.start(), var) && uses(put.group(2), bound)) {
                out.add(put.group(1));
            }
        }
        // %{state | f: value, g: value}: each key of the update
        Matcher update = Pattern.compile("%\\{\\s*" + v + "\\s*\\|\\s*").matcher(body);
        while (update.find()) {
            int close = TopLevel.closing(body, update.start() + 1);
            List<String> entries = close < 0 ? null : TopLevel.items(body.substring(update.end(), close), true);
            for (String e : entries == null ? List.<String>of() : entries) {
                Matcher key = ENTRY.matcher(e);
                if (key.matches() && uses(key.group(2), bound)) {
                    out.add(key.group(1));
                }
            }
        }
        Matcher in = Pattern.compile("(?:put_in|update_in)\\(" + v + "(?:\\." + FIELD + "|\\[:" + FIELD + "\\])")
                .matcher(body);
        while (in.find()) {
            String rest = body.substring(in.end());
            if (uses(rest.lines().findFirst().orElse(""), bound)) {
                out.add(in.group(1) != null ? in.group(1) : in.group(2));
            }
        }
        return out;
    }

    /** The fields {@code h}'s body and return read of its state. */
    static Set<String> read(Handler h, String body) {
        Set<String> out = new LinkedHashSet<>();
        String var = h.stateVar();
        if (var == null || !TodayAssertions.variable(var) || var.startsWith("_")) {
            return out;
        }
        String text = (body == null ? "" : body) + "\n" + (h.result() == null ? "" : h.result());
        String v = Pattern.quote(var);
        Matcher m = Pattern.compile("(?<![\\w.])" + v + "(?:\\." + FIELD + "(?![\\w(])|\\[:" + FIELD + "\\]"
                + ")|(?:Map\\.(?:get|fetch!?)|Access\\.get)\\(" + v + ",\\s*:" + FIELD + "[,)]").matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    /** The Map.put at {@code at} takes the state as its first argument, or is a stage of a pipeline on it. */
    private static boolean pipedOrDirect(String body, int at, String var) {
        String v = Pattern.quote(var);
        if (body.substring(at).matches("(?s)Map\\.[a-z_!]+\\(" + v + ",.*")) {
            return true;
        }
        String head = "(?:[a-z_][A-Za-z0-9_]*\\s*=\\s*)?" + v;
        String before = body.substring(0, at);
        String[] lines = before.split("\n", -1);
        String prefix = lines[lines.length - 1].strip();
        if (prefix.matches(head + "\\s*\\|>")) {
            return true; // state |> Map.put(:f, x) on one line
        }
        if (!prefix.equals("|>")) {
            return false;
        }
        for (int i = lines.length - 2; i >= 0; i--) {
            String l = lines[i].strip();
            if (!l.startsWith("|>")) {
                return l.matches(head);
            }
        }
        return false;
    }

    private static boolean uses(String text, Set<String> vars) {
        for (String x : vars) {
            if (!x.startsWith("_") && Pattern.compile("(?<![\\w:.@])" + Pattern.quote(x) + "(?![\\w?!:])")
                    .matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
