package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchPlan.Op;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Today's handler of an operation read as what it computes: the reply and the next state, as written in the
 * module, so a sketch can move them (into an Agent's function, say) instead of inventing them.
 *
 * @param stateVar the state's name in the expressions ({@code state}), {@code _state} when they do not use it
 * @param reply    the reply expression, or null for a cast
 * @param next     the next state's expression
 */
record TodayLogic(String stateVar, String reply, String next) {
    /** The handler's logic for {@code op}, when it has one return whose parts use only the op's parameters. */
    static TodayLogic of(SketchPlan p, Op op) {
        String callback = op.async() ? "handle_cast" : "handle_call";
        // untagged: the message is the argument itself (ElixirTorrent's BlackList casts peer_id as it is)
        List<Handler> clauses = p.code.handlers().stream()
                .filter(h -> h.callback().equals(callback) && (op.tag() != null ? op.tag().equals(h.tag())
                        : h.message() != null && ElixirNames.isVariable(h.message().strip())
                        && op.data().contains(h.message().strip()))).toList();
        if (clauses.size() != 1 || clauses.get(0).result() == null) {
            return null;
        }
        Handler h = clauses.get(0);
        List<String> parts = tupleItems(h.result());
        String sv = h.stateVar() != null && ElixirNames.isVariable(h.stateVar()) ? h.stateVar() : "_state";
        TodayLogic logic = null;
        if (!op.async() && parts.size() >= 3 && parts.get(0).equals(":reply")) {
            logic = new TodayLogic(sv, parts.get(1), parts.get(2));
        } else if (op.async() && parts.size() >= 2 && parts.get(0).equals(":noreply")) {
            logic = new TodayLogic(sv, null, parts.get(1));
        }
        if (logic == null) {
            return null;
        }
        // The message's variables must be the function's parameters of the same names.
        Set<String> known = new HashSet<>(op.params());
        known.add(sv);
        for (String e : logic.reply == null ? List.of(logic.next) : List.of(logic.reply, logic.next)) {
            if (!Messages.parses(e) || !known.containsAll(Messages.freeVariables(e))) {
                return null;
            }
        }
        if (op.tag() == null) {
            return logic; // the message is the parameter itself, checked above
        }
        Messages.Pattern pattern = Messages.pattern(h.message()).orElse(null);
        if (pattern == null || !pattern.named() || !new HashSet<>(op.data()).containsAll(pattern.names())) {
            return null;
        }
        return logic;
    }

    /** The next state is the state itself: a read. */
    boolean reads() {
        return next.equals(stateVar);
    }

    /** The items of a literal tuple {@code {a, b, c}} as written, split at its own commas only. */
    static List<String> tupleItems(String text) {
        String t = text.strip();
        List<String> out = new ArrayList<>();
        if (!t.startsWith("{") || !t.endsWith("}")) {
            return out;
        }
        int depth = 0;
        boolean string = false;
        StringBuilder item = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '"' && (i == 0 || t.charAt(i - 1) != '\\')) {
                string = !string;
            } else if (!string && (c == '{' || c == '[' || c == '(')) {
                depth++;
            } else if (!string && (c == '}' || c == ']' || c == ')')) {
                depth--;
            } else if (!string && depth == 0 && c == ',') {
                out.add(item.toString().strip());
                item.setLength(0);
                continue;
            }
            item.append(c);
        }
        out.add(item.toString().strip());
        return depth == 0 && !string ? out : List.of();
    }
}
