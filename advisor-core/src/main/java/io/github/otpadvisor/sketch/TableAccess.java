package io.github.otpadvisor.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what code as written does with a map state and says it against a named table: a read of a key
 * ({@code Map.get(state, :k)}, {@code state.k}, {@code state[:k]}, {@code Map.fetch!(state, :k)}, also piped)
 * becomes a lookup of that key, a whole-state read the table's entries as a map, and a next state built from the
 * state ({@code Map.put}, {@code %{state | k: v}}, {@code Map.merge}, {@code Map.delete}) becomes inserts and
 * deletes. Anything else it does with the state is not read: the caller says so instead of guessing.
 */
final class TableAccess {
    private final String state;
    private final String lookup;
    private final String fetch;
    /** The state is a number kept under {@code :count}: whole reads read it, {@code state + n} bumps it. */
    boolean counter;
    /** The code reads a key through {@link #lookup} / {@link #fetch}: the sketch defines them. */
    boolean usesLookup;
    boolean usesFetch;

    /**
     * @param state  the state's variable in the code
     * @param lookup the name of the sketch's helper for a read with a default
     * @param fetch  the name of the sketch's helper for a read that must find the key
     */
    TableAccess(String state, String lookup, String fetch, boolean counter) {
        this.counter = counter;
        this.state = state;
        this.lookup = lookup;
        this.fetch = fetch;
    }

    /** The expression with its reads of the state as table reads; null when it uses the state some other way. */
    String reads(String expr) {
        if (state == null || !MovedBody.uses(expr, state)) {
            return expr;
        }
        if (expr.strip().equals(state)) {
            if (counter) {
                usesLookup = true;
                return lookup + "(:count, 0)";
            }
            return "Map.new(:ets.tab2list(@table))";
        }
        String out = calls(expr);
        if (out == null) {
            return null;
        }
        out = fields(out);
        out = access(out);
        return out == null || MovedBody.uses(out, state) || MovedBody.parse(out) == null ? null : out;
    }

    /**
     * The table writes that make {@code next} (the next state) out of the state, one statement each: none when it
     * is the state itself; null when it is not built from the state in a way a table can say.
     */
    List<String> writes(String next) {
        String n = next.strip();
        List<String> out = new ArrayList<>();
        if (state == null) {
            // The clause ignores the state and returns a new one: the table's rows are replaced by its entries.
            if (MovedBody.parse(n) == null) {
                return null;
            }
            out.add(":ets.delete_all_objects(@table)");
            out.add(":ets.insert(@table, Enum.to_list(" + n + "))");
            return out;
        }
        if (n.equals(state)) {
            return out;
        }
        Matcher bump = Pattern.compile("^" + Pattern.quote(state) + "\\s*([+-])\\s*(.+)$").matcher(n);
        if (counter && bump.find() && !MovedBody.uses(bump.group(2), state)) {
            String amount = bump.group(1).equals("-") ? "-(" + bump.group(2).strip() + ")" : bump.group(2).strip();
            out.add(":ets.update_counter(@table, :count, " + amount + ", {:count, 0})");
            return out;
        }
        List<String> args = mapCall(n, "put");
        if (args != null && args.size() == 2) {
            return one(":ets.insert(@table, {" + args.get(0) + ", " + args.get(1) + "})");
        }
        args = mapCall(n, "merge");
        if (args != null && args.size() == 1) {
            return one(":ets.insert(@table, Enum.to_list(" + args.get(0) + "))");
        }
        args = mapCall(n, "delete");
        if (args != null && args.size() == 1) {
            return one(":ets.delete(@table, " + args.get(0) + ")");
        }
        Matcher update = Pattern.compile("(?s)^%\\{\\s*" + Pattern.quote(state) + "\\s*\\|(.*)}$").matcher(n);
        if (update.find()) {
            List<String> rows = new ArrayList<>();
            for (String pair : TodayLogic.tupleItems("{" + update.group(1) + "}")) {
                Matcher kw = Pattern.compile("(?s)^([a-z_][A-Za-z0-9_]*[?!]?):\\s+(.+)$").matcher(pair);
                int arrow = pair.indexOf("=>");
                if (kw.find()) {
                    rows.add("{:" + kw.group(1) + ", " + kw.group(2).strip() + "}");
                } else if (arrow > 0) {
                    rows.add("{" + pair.substring(0, arrow).strip() + ", " + pair.substring(arrow + 2).strip() + "}");
                } else {
                    return null;
                }
            }
            if (rows.isEmpty()) {
                return null;
            }
            String insert = rows.size() == 1 ? rows.get(0) : "[" + String.join(", ", rows) + "]";
            return one(":ets.insert(@table, " + insert + ")");
        }
        return null;
    }

    /** One write, its reads of the state made table reads; null when it uses the state otherwise. */
    private List<String> one(String write) {
        String out = reads(write);
        if (out == null) {
            return null;
        }
        List<String> list = new ArrayList<>();
        list.add(out);
        return list;
    }

    /** The other arguments of {@code Map.<fun>(state, ..)} or {@code state |> Map.<fun>(..)} as the whole text. */
    private List<String> mapCall(String text, String fun) {
        String direct = "Map." + fun + "(";
        if (text.startsWith(direct) && text.endsWith(")")) {
            List<String> args = TodayLogic.tupleItems("{" + text.substring(direct.length(), text.length() - 1) + "}");
            if (!args.isEmpty() && args.get(0).equals(state) && close(text, direct.length() - 1) == text.length() - 1) {
                return args.subList(1, args.size());
            }
            return null;
        }
        Matcher piped = Pattern.compile("^" + Pattern.quote(state) + "\\s*\\|>\\s*Map\\." + fun + "\\(").matcher(text);
        if (piped.find() && text.endsWith(")") && close(text, piped.end() - 1) == text.length() - 1) {
            return TodayLogic.tupleItems("{" + text.substring(piped.end(), text.length() - 1) + "}");
        }
        return null;
    }

    /** {@code Map.get(state, k[, d])}, {@code Map.fetch!(state, k)} and their piped forms as helper calls. */
    private String calls(String expr) {
        Pattern p = Pattern.compile("(?<![\\w.])(?:Map\\.(get|fetch!)\\(\\s*" + Pattern.quote(state)
                + "\\s*,|" + Pattern.quote(state) + "\\s*\\|>\\s*Map\\.(get|fetch!)\\()");
        StringBuilder out = new StringBuilder();
        int from = 0;
        Matcher m = p.matcher(expr);
        while (m.find(from)) {
            int open = expr.lastIndexOf('(', m.end() - 1);
            int close = close(expr, open);
            if (close < 0) {
                return null;
            }
            String inner = expr.substring(m.end(), close);
            List<String> args = TodayLogic.tupleItems("{" + inner + "}");
            String fun = m.group(1) != null ? m.group(1) : m.group(2);
            out.append(expr, from, m.start());
            if (fun.equals("get") && (args.size() == 1 || args.size() == 2)) {
                usesLookup = true;
                out.append(lookup).append('(').append(args.get(0)).append(", ")
                        .append(args.size() == 2 ? args.get(1) : "nil").append(')');
            } else if (fun.equals("fetch!") && args.size() == 1) {
                usesFetch = true;
                out.append(fetch).append('(').append(args.get(0)).append(')');
            } else {
                return null;
            }
            from = close + 1;
        }
        out.append(expr.substring(from));
        return out.toString();
    }

    /** {@code state.key} (not a call) as a read that must find the key, as the dot did. */
    private String fields(String expr) {
        Matcher m = Pattern.compile("(?<![\\w.@:])" + Pattern.quote(state) + "\\.([a-z_][A-Za-z0-9_]*[?!]?)(?![\\w(])")
                .matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            usesFetch = true;
            m.appendReplacement(out, Matcher.quoteReplacement(fetch + "(:" + m.group(1) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code state[key]} as a read with a nil default, as Access did. */
    private String access(String expr) {
        Pattern p = Pattern.compile("(?<![\\w.@:])" + Pattern.quote(state) + "\\[");
        StringBuilder out = new StringBuilder();
        int from = 0;
        Matcher m = p.matcher(expr);
        while (m.find(from)) {
            int close = close(expr, m.end() - 1);
            if (close < 0) {
                return null;
            }
            usesLookup = true;
            out.append(expr, from, m.start()).append(lookup).append('(').append(expr, m.end(), close).append(", nil)");
            from = close + 1;
        }
        out.append(expr.substring(from));
        return out.toString();
    }

    /** The arguments of the call whose bracket opens at {@code open}, as written; empty when it does not close. */
    static List<String> arguments(String text, int open) {
        int close = close(text, open);
        return close < 0 ? List.of() : TodayLogic.tupleItems("{" + text.substring(open + 1, close) + "}");
    }

    /** The offset of the bracket closing the one at {@code open}, skipping strings; -1 if none. */
    static int close(String text, int open) {
        int depth = 0;
        boolean string = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && string) {
                i++;
            } else if (c == '"') {
                string = !string;
            } else if (!string && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!string && (c == ')' || c == ']' || c == '}')) {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
