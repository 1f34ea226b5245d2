package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.extract.Q;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the messages the facts keep as printed Elixir ({@code {:put, sku, price}}) back into what a sketch
 * needs: how many arguments a message carries and the names of its variables, so the sketch's functions
 * take {@code sku, price} rather than {@code arg1, arg2}.
 */
final class Messages {
    private static final ElixirFrontEnd PARSER = new ElixirFrontEnd();
    /** Printed facts are short; longer text is not worth parsing for parameter names. */
    private static final int MAX_TEXT = 2_000;

    private Messages() {
    }

    /**
     * A handler's message pattern.
     *
     * @param args  arguments after the tag: 0 for {@code :items}, 2 for {@code {:put, sku, price}}
     * @param names for each argument, its variable name ({@code _sku} gives {@code sku}), or null when it is
     *              not a plain variable
     */
    record Pattern(int args, List<String> names) {
        /** All arguments are distinct named variables. */
        boolean named() {
            return names.stream().allMatch(n -> n != null) && new HashSet<>(names).size() == names.size();
        }
    }

    /** The text is one or more Elixir expressions our parser reads. */
    static boolean parses(String text) {
        return parse(text) != null;
    }

    /** The shape of a handler pattern with a leading atom tag, or empty. */
    static Optional<Pattern> pattern(String message) {
        Quoted q = parse(message);
        if (q instanceof Atom) {
            return Optional.of(new Pattern(0, List.of()));
        }
        List<Quoted> items = Q.tuple(q);
        if (items == null || items.isEmpty() || !(items.get(0) instanceof Atom)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Quoted item : items.subList(1, items.size())) {
            names.add(ElixirNames.variableFrom(Q.varName(item)));
        }
        return Optional.of(new Pattern(items.size() - 1, names));
    }

    /**
     * The variables an expression uses that it does not bind itself, in order of first use: for
     * {@code {:put, sku, price}} {@code [sku, price]}; for {@code fn state -> Map.get(state, account) end}
     * {@code [account]}. Empty when the text does not parse.
     *
     * <p>Not {@link Q#walk}: that visits a call's target after its arguments, while parameters should come in
     * the order they are written ({@code fun.(x)} gives {@code fun, x}).
     */
    static List<String> freeVariables(String expression) {
        Quoted root = parse(expression);
        if (root == null) {
            return List.of();
        }
        Set<String> bound = new HashSet<>();
        Set<String> used = new LinkedHashSet<>();
        Deque<Quoted> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Quoted q = todo.pop();
            if (q instanceof Call c) {
                if (c.isVariable()) {
                    if (Q.isUsableVar(c)) {
                        used.add(Q.varName(c));
                    }
                    continue;
                }
                if ((Q.isLocal(c, "=") || Q.isLocal(c, "->")) && c.args().size() == 2) {
                    bound.addAll(variables(c.args().get(0))); // a match or a fn head binds its left side
                }
                pushReversed(todo, c.args());
                if (c.name() == null) {
                    todo.push(c.target()); // remote or anonymous call: pushed last, so read first
                }
            } else if (q instanceof Tuple t) {
                pushReversed(todo, t.items());
            } else if (q instanceof QList l) {
                pushReversed(todo, l.items());
            }
        }
        List<String> out = new ArrayList<>();
        for (String v : used) {
            if (!bound.contains(v) && ElixirNames.isVariable(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The variables a pattern binds. Unlike {@link Q#vars} it keeps {@code _x}, skips pinned variables and
     * does not look into call targets: only what the pattern itself binds.
     */
    private static Set<String> variables(Quoted root) {
        Set<String> out = new HashSet<>();
        Deque<Quoted> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Quoted q = todo.pop();
            if (q instanceof Call c) {
                if (c.isVariable()) {
                    out.add(c.name());
                } else if (!Q.isLocal(c, "^")) { // a pinned variable is used, not bound
                    c.args().forEach(todo::push);
                }
            } else if (q instanceof Tuple t) {
                t.items().forEach(todo::push);
            } else if (q instanceof QList l) {
                l.items().forEach(todo::push);
            }
        }
        return out;
    }

    private static void pushReversed(Deque<Quoted> todo, List<Quoted> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            todo.push(items.get(i));
        }
    }

    private static Quoted parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return null;
        }
        ParseResult r = PARSER.parse(text);
        return r.ok() ? r.ast() : null;
    }
}
