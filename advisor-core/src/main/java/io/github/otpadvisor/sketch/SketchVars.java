package io.github.otpadvisor.sketch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parameter names for sketch functions: real ones when usable, else names after what the operation does. */
final class SketchVars {
    /** Variables the sketches bind themselves in the same scope as an operation's parameters. */
    static final Set<String> RESERVED = Set.of("state", "pid", "task", "result", "reason", "opts", "supervisor",
            "other", "n", "table", "message", "children");

    private SketchVars() {
    }

    /**
     * {@code count} names for an operation's data arguments: the given ones where each is a usable, distinct
     * variable other than {@code taken}, else the defaults for its access ({@code key, value}), else
     * {@code argN}.
     */
    static List<String> names(List<String> given, int count, Access access, Set<String> taken) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>(taken);
        for (int i = 0; i < count; i++) {
            String g = i < given.size() ? given.get(i) : null;
            String name = usable(g, used) ? g : usable(fallback(access, i, count), used) ? fallback(access, i, count)
                    : "arg" + (i + 1);
            int n = i + 1;
            while (used.contains(name)) {
                name = "arg" + n++;
            }
            used.add(name);
            out.add(name);
        }
        return out;
    }

    private static boolean usable(String name, Set<String> used) {
        return name != null && ElixirNames.isVariable(name) && !RESERVED.contains(name) && !used.contains(name);
    }

    private static String fallback(Access access, int i, int count) {
        return switch (access) {
            case GET -> i == 0 ? "key" : i == 1 && count == 2 ? "default" : null;
            case PUT -> i == 0 ? "key" : i == 1 ? "value" : null;
            case DELETE -> i == 0 ? "key" : null;
            case INCREMENT -> i == count - 1 && count > 1 ? "amount" : i == 0 ? "key" : null;
            default -> null;
        };
    }

    /** A sample argument for a test: a number for count-like names, else a string after the name. */
    static String sample(String param) {
        String p = param.toLowerCase(java.util.Locale.ROOT);
        if (p.matches("(qty|quantity|count|amount|price|n|limit|size|number|total|timeout|interval|age|score|delta"
                + "|step|value|default|by|cents|balance)")) {
            return "2";
        }
        String base = p.endsWith("_id") && p.length() > 3 ? p.substring(0, p.length() - 3) : p;
        return "\"" + base.replace('_', '-') + "-1\"";
    }
}
