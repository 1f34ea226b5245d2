package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchPlan.Op;
import java.util.List;

/**
 * The pieces of Elixir an operation's body is made of, for a key-value state: its message, the key it
 * touches, the value it stores. The same mapping for ETS, Agent and GenServer, so the three sketches of
 * one module agree ({@code put(sku, price)} stores {@code price} under {@code sku} in each).
 */
final class OpExprs {
    private OpExprs() {
    }

    /** {@code :items} or {@code {:add, sku, qty}}: the operation's name tags its data. */
    static String message(Op op) {
        if (op.data().isEmpty()) {
            return ":" + op.name();
        }
        return "{:" + op.name() + ", " + String.join(", ", op.data()) + "}";
    }

    /** The message as a handler pattern that ignores its data (for operations whose logic is not shown). */
    static String ignoringMessage(Op op) {
        if (op.data().isEmpty()) {
            return ":" + op.name();
        }
        return "{:" + op.name() + ", " + String.join(", ", op.data().stream().map(d -> "_" + d).toList()) + "}";
    }

    static String key(Op op) {
        List<String> d = op.data();
        int k = d.size();
        return switch (op.access()) {
            case GET -> k <= 2 ? d.get(0) : tuple(d);
            case PUT -> d.get(0);
            case DELETE -> k == 1 ? d.get(0) : tuple(d);
            case INCREMENT -> k == 0 ? ":count" : k <= 2 ? d.get(0) : tuple(d.subList(0, k - 1));
            default -> ":count";
        };
    }

    /** All the data as one key: the argument itself when there is one. */
    static String keyOfAll(Op op) {
        return op.data().size() == 1 ? op.data().get(0) : tuple(op.data());
    }

    /** What a PUT stores: its second argument, {@code true} when there is none, a tuple of the rest. */
    static String value(Op op) {
        List<String> d = op.data();
        return d.size() == 1 ? "true" : d.size() == 2 ? d.get(1) : tuple(d.subList(1, d.size()));
    }

    /** What a GET returns for a missing key: its second argument ({@code get(key, default)}) or nil. */
    static String missing(Op op) {
        return op.data().size() == 2 ? op.data().get(1) : "nil";
    }

    static String amount(Op op) {
        return op.data().size() >= 2 ? op.data().get(op.data().size() - 1) : "1";
    }

    /** A function head: {@code name(a, b)}, or {@code name} with no arguments. */
    static String head(String name, List<String> params) {
        return params.isEmpty() ? name : name + "(" + String.join(", ", params) + ")";
    }

    /** The head with every parameter ignored ({@code _a}): for bodies that do not use them. */
    static String ignoringHead(String name, List<String> params) {
        return head(name, params.stream().map(p -> "_" + p).toList());
    }

    static String tuple(List<String> items) {
        return "{" + String.join(", ", items) + "}";
    }

    /** A variable for a looked-up value that no parameter shadows; at least one candidate is given. */
    static String freshVar(Op op, String... candidates) {
        for (String c : candidates) {
            if (!op.params().contains(c)) {
                return c;
            }
        }
        for (int i = 1; ; i++) {
            if (!op.params().contains(candidates[0] + i)) {
                return candidates[0] + i;
            }
        }
    }
}
