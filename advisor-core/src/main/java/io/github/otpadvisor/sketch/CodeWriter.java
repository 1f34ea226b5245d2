package io.github.otpadvisor.sketch;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes Elixir the way {@code mix format} lays it out: two-space indentation, no blank line right after
 * an opening line or before {@code end}, at most one blank line in a row, no trailing whitespace, and
 * no newline after the last line.
 */
final class CodeWriter {
    /** The formatter's default line length. */
    static final int LINE_LENGTH = 98;

    private final List<String> lines = new ArrayList<>();
    private int depth;
    private boolean afterOpen = true;

    /** One line at the current depth. */
    CodeWriter line(String text) {
        lines.add(text.isEmpty() ? "" : "  ".repeat(depth) + text.stripTrailing());
        afterOpen = false;
        return this;
    }

    /** Code as written elsewhere (several lines, indented among themselves), each line at the current depth. */
    CodeWriter code(String text) {
        for (String l : text.split("\n", -1)) {
            line(l);
        }
        return this;
    }

    /** A line that opens a block ({@code def x do}, {@code children = [}): what follows is indented. */
    CodeWriter open(String text) {
        line(text);
        depth++;
        afterOpen = true;
        return this;
    }

    /** Closes the innermost block with {@code text} ({@code end}, {@code ]}). */
    CodeWriter close(String text) {
        dropTrailingBlanks();
        depth--;
        return line(text);
    }

    /** A blank line, unless one is already there or a block was just opened. */
    CodeWriter blank() {
        if (!afterOpen && !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
        return this;
    }

    /** Sets apart an expression that spans lines; a comment right above it stays attached to it. */
    void separate() {
        if (lines.isEmpty() || !lines.get(lines.size() - 1).stripLeading().startsWith("#")) {
            blank();
        }
    }

    /** Whether {@code text} fits on one line at the current depth. */
    boolean fits(String text) {
        return depth * 2 + text.length() <= LINE_LENGTH;
    }

    /**
     * A call with its arguments on one line when it fits, else one argument per line as the formatter
     * breaks it: {@code head(}, the indented arguments, {@code )}; set apart by blank lines, as the
     * formatter sets apart every expression that spans lines.
     */
    CodeWriter call(String head, List<String> args) {
        String flat = head + "(" + String.join(", ", args) + ")";
        if (fits(flat)) {
            return line(flat);
        }
        separate();
        open(head + "(");
        for (int i = 0; i < args.size(); i++) {
            line(args.get(i) + (i < args.size() - 1 ? "," : ""));
        }
        close(")");
        return blank();
    }

    /**
     * {@code assign = head(args, fn -> body end)} on one line when it fits, else as the formatter
     * breaks it: the anonymous function's body on its own line, and the call under {@code assign =}
     * when there is an assignment. {@code assign} may be null.
     */
    CodeWriter callWithFn(String assign, String head, List<String> args, String body) {
        String call = head + "(" + String.join(", ", args) + (args.isEmpty() ? "" : ", ") + "fn -> ";
        String flat = (assign == null ? "" : assign + " = ") + call + body + " end)";
        if (fits(flat)) {
            return line(flat);
        }
        separate();
        if (assign != null) {
            open(assign + " =");
        }
        open(call.stripTrailing());
        line(body);
        close("end)");
        if (assign != null) {
            depth--;
        }
        return blank();
    }

    /**
     * {@code left op right} ({@code pid = start(...)}, {@code assert a == b}) on one line when it fits,
     * else broken after the operator with the right side indented as the formatter does: two spaces,
     * or past {@code assert } for an assertion.
     */
    CodeWriter binary(String left, String op, String right) {
        String flat = left + " " + op + " " + right;
        if (fits(flat)) {
            return line(flat);
        }
        separate();
        line(left + " " + op);
        int extra = left.startsWith("assert ") ? "assert ".length() + 2 : 2;
        lines.add("  ".repeat(depth) + " ".repeat(extra) + right);
        return blank();
    }

    /**
     * A list item that is a tuple with keyword options ({@code {Registry, keys: :unique, name: X}}): on
     * one line when it fits, else the options on the next line, one column right of the brace.
     */
    CodeWriter keywordTuple(String head, String options, String tail) {
        String flat = "{" + head + ", " + options + "}" + tail;
        if (fits(flat)) {
            return line(flat);
        }
        line("{" + head + ",");
        lines.add("  ".repeat(depth) + " " + options + "}" + tail);
        return this;
    }

    /** Where the next line goes: a line written later may be given again with {@link #rewrite}. */
    int mark() {
        return lines.size();
    }

    /** A line from {@code at} on asserts or refutes something. */
    boolean assertsSince(int at) {
        return lines.subList(Math.min(at, lines.size()), lines.size()).stream().map(String::strip)
                .anyMatch(l -> (l.startsWith("assert") || l.startsWith("refute")) && !l.equals(ALIVE));
    }

    /** A line from {@code at} on asserts something, {@link #ALIVE} too. */
    boolean checksSince(int at) {
        return assertsSince(at) || lines.subList(Math.min(at, lines.size()), lines.size()).stream()
                .map(String::strip).anyMatch(ALIVE::equals);
    }

    /**
     * The check that a process handled a message and runs on: a test of its own, but no reason to copy a project's
     * setup into a sketch (that setup is kept only for a test that checks what the process does).
     */
    static final String ALIVE = "assert Process.alive?(pid)";

    /**
     * From {@code at} on, a variable bound once ({@code pid = ..}, {@code {:ok, pid} = ..}) and named nowhere else
     * gets a leading underscore: an unused variable is a compile warning, an error under --warnings-as-errors.
     */
    void underscoreUnused(int at, String var) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w@:.])" + var + "(?![\\w?!:])");
        int uses = 0;
        int bound = -1;
        for (int i = Math.min(at, lines.size()); i < lines.size(); i++) {
            String code = lines.get(i).stripLeading();
            if (code.startsWith("#")) {
                continue;
            }
            java.util.regex.Matcher m = word.matcher(code);
            while (m.find()) {
                uses++;
            }
            if (bound < 0 && (code.startsWith(var + " =") || code.startsWith("{:ok, " + var + "} ="))) {
                bound = i;
            }
        }
        if (uses == 1 && bound >= 0) {
            lines.set(bound, word.matcher(lines.get(bound)).replaceFirst("_" + var));
        }
    }

    /** Drops every line from {@code at} on: a block written after {@link #mark()} and closed again is undone. */
    void truncate(int at) {
        lines.subList(at, lines.size()).clear();
    }

    /**
     * Writes the line at {@code at} again as {@code texts}, each at that line's depth plus its own indentation: a
     * header whose arguments are known only once the block below it is written ({@code test "x", %{port: port} do}).
     */
    void rewrite(int at, List<String> texts) {
        String line = lines.get(at);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        lines.remove(at);
        lines.addAll(at, texts.stream().map(t -> t.isEmpty() ? "" : indent + t).toList());
    }

    @Override
    public String toString() {
        dropTrailingBlanks();
        return String.join("\n", lines);
    }

    private void dropTrailingBlanks() {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
    }
}
