package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A body of code as written (a handler's, an Agent function's), cut into the statements before its last one and
 * that last one, so a sketch can move the statements as they are and rewrite only what the last one returns
 * ({@code {:reply, expr, state}} becomes {@code expr}).
 *
 * @param prelude the statements before the last, as written ("" when there are none)
 * @param last    the last statement, as written (may span lines)
 * @param gap     a blank line sets the last statement apart today (kept where it is moved)
 */
record MovedBody(String prelude, String last, boolean gap) {
    private static final ElixirFrontEnd PARSER = new ElixirFrontEnd();
    /** Lines at the left margin that continue a statement rather than start one. */
    private static final List<String> CONTINUATIONS = List.of(")", "]", "}", "end", "|>", "#", "else", "rescue",
            "catch", "after", "do", "->", ">>", "<>", "||", "&&", "++", "and ", "or ");

    /** The body cut before its last statement, or null when it does not cut cleanly. */
    static MovedBody of(String body) {
        if (body == null || parse(body) == null) {
            return null;
        }
        List<String> lines = Arrays.asList(body.split("\n", -1));
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith(" ") || CONTINUATIONS.stream().anyMatch(l::startsWith)) {
                continue;
            }
            String before = String.join("\n", lines.subList(0, i));
            String prelude = before.stripTrailing();
            String last = String.join("\n", lines.subList(i, lines.size())).strip();
            if (parse(last) != null && (prelude.isEmpty() || parse(prelude) != null)) {
                return new MovedBody(prelude, last, !prelude.isEmpty() && before.endsWith("\n"));
            }
            return null;
        }
        return null;
    }

    /** The items of the last statement when it is a literal tuple ({@code {:reply, a, b}}), else empty. */
    List<String> returnItems() {
        Quoted q = parse(last);
        boolean tuple = q instanceof Tuple || q instanceof Call c && "{}".equals(c.name());
        if (!tuple) {
            return List.of();
        }
        List<String> items = TodayLogic.tupleItems(last);
        for (String item : items) {
            if (parse(item) == null) {
                return List.of();
            }
        }
        return items.stream().map(MovedBody::dedentItem).toList();
    }

    /** A tuple item that spans lines, with its continuation lines back at the item's own margin. */
    private static String dedentItem(String item) {
        if (!item.contains("\n")) {
            return item;
        }
        String[] lines = item.split("\n", -1);
        int indent = margin(lines);
        // The closing line of a multi-line item sits at the item's margin: the rest is indented one step more.
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(lines[i].length() >= indent ? lines[i].substring(indent) : lines[i].strip());
        }
        return out.toString();
    }

    /** The common indentation of the lines after the first (which starts mid-line), blank lines aside. */
    private static int margin(String[] lines) {
        int indent = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                indent = Math.min(indent, lines[i].length() - lines[i].stripLeading().length());
            }
        }
        return indent;
    }

    /** Code cut from the middle of a line: its first line as it is, the others back at their common margin. */
    static String dedent(String text) {
        String[] lines = text.strip().split("\n", -1);
        int indent = margin(lines);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            out.append('\n').append(l.length() >= indent ? l.substring(indent) : l.strip());
        }
        return out.toString();
    }

    /** A one-argument capture's expression with its argument named state: {@code &(&1 + 1)} gives {@code state + 1}. */
    static String capture(String fn) {
        String body = fn.substring(1).strip();
        if (body.startsWith("(") && TableAccess.close(body, 0) == body.length() - 1) {
            body = body.substring(1, body.length() - 1).strip();
        }
        return body.replaceAll("&1\\b", "state");
    }

    /**
     * {@code code} as it appears inside {@code around}: cut from a line of its own, its continuation lines sit at the
     * indentation of the line it starts on there. Null when it is not there exactly once.
     */
    static String within(String around, String code) {
        if (around == null || code == null) {
            return null;
        }
        String[] lines = code.split("\n", -1);
        int at = around.indexOf(lines[0]);
        if (at < 0) {
            return null;
        }
        int lineStart = around.lastIndexOf('\n', at) + 1;
        String indent = " ".repeat(around.length() > lineStart ? leading(around.substring(lineStart)) : 0);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(lines[i].isEmpty() ? "" : indent + lines[i]);
        }
        String found = out.toString();
        int first = around.indexOf(found);
        return first >= 0 && first == around.lastIndexOf(found) ? found : null;
    }

    private static int leading(String line) {
        int k = 0;
        while (k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** The statements and then {@code result} in place of the last statement. */
    String with(String result) {
        return prelude.isEmpty() ? result : prelude + (gap ? "\n\n" : "\n") + result;
    }

    static Quoted parse(String text) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            return null;
        }
        ParseResult r = PARSER.parse(text);
        return r.ok() ? r.ast() : null;
    }

    /** Variables the code uses (module attributes aside), in order. */
    static Set<String> variables(String text) {
        Set<String> out = new LinkedHashSet<>();
        Quoted root = parse(text);
        if (root == null) {
            return out;
        }
        Deque<Quoted> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Quoted q = todo.pop();
            if (q instanceof Call c) {
                if (c.isVariable()) {
                    if (!c.name().matches("__[A-Z]+__")) { // __MODULE__, __ENV__: special forms, not variables
                        out.add(c.name());
                    }
                } else if ("::".equals(c.name()) && c.args().size() == 2) {
                    todo.push(c.args().get(0)); // the right side is a type ("#{x}" holds x::binary)
                } else if (!"@".equals(c.name())) {
                    c.args().forEach(todo::push);
                    if (c.name() == null) {
                        todo.push(c.target());
                    }
                }
            } else if (q instanceof Tuple t) {
                t.items().forEach(todo::push);
            } else if (q instanceof QList l) {
                l.items().forEach(todo::push);
            }
        }
        return out;
    }

    /** The code uses the variable. */
    static boolean uses(String text, String variable) {
        return variable != null && variables(text).contains(variable);
    }

    /** Writes code as written, line by line, at the writer's indentation. */
    static void write(CodeWriter w, String code) {
        for (String l : code.split("\n", -1)) {
            if (l.isBlank()) {
                w.blank();
            } else {
                w.line(l);
            }
        }
    }

    /** The variables a pattern binds ({@code {:put, key, %{id: id}}} gives key, id), in order. */
    static List<String> bound(String pattern) {
        return new ArrayList<>(variables(pattern));
    }
}
