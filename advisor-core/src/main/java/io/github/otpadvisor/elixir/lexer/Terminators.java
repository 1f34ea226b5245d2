package io.github.otpadvisor.elixir.lexer;

import java.util.Arrays;

/**
 * The tokenizer scope's {@code terminators} (the open brackets and do/fn blocks) and
 * {@code mismatch_hints}, and the errors {@code check_terminator/3} derives from them. Entries are
 * three ints (start, line, indentation as in {@link Frame}), innermost last, rather than Frames:
 * every bracket would allocate one.
 */
final class Terminators {
    private int[] open = new int[3 * 8];
    private int count;
    /** Erlang's {@code mismatch_hints}, newest first; an interpolation starts from its parent's. */
    private Frame hints;

    Terminators(Frame hints) {
        this.hints = hints;
    }

    Frame hints() {
        return hints;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** An opening bracket. */
    void open(int start, int line, int indentation) {
        int at = 3 * count;
        if (at == open.length) {
            open = Arrays.copyOf(open, at * 2);
        }
        open[at] = start;
        open[at + 1] = line;
        open[at + 2] = indentation;
        count++;
    }

    /** {@code fn} or {@code do}: a block opened no deeper than the same kind of block around it is suspicious. */
    void openBlock(int start, int line, int indentation) {
        if (count > 0 && topStart() == start && indentation <= topIndentation()) {
            hints = new Frame(start, topLine(), topIndentation(), hints);
        }
        open(start, line, indentation);
    }

    /** {@code check_terminator/3} for {@code end} and the closing brackets, on a line indented by {@code indentation}. */
    void close(String end, int line, int column, int indentation) {
        boolean reserved = end.equals("end");
        if (count == 0) {
            if (reserved) {
                Frame hint = Frame.find(hints, Frame.END);
                String suffix = hint == null ? "" : "\n\n    HINT: it looks like the \"end\" on line " + hint.line()
                        + " does not have a matching \"do\" defined before it\n";
                throw Lexer.error(line, column, "unexpected reserved word: end" + suffix);
            }
            throw Lexer.error(line, column, "unexpected token: " + end);
        }
        int start = topStart();
        if (reserved && start == Frame.DO) {
            if (indentation > topIndentation()) {
                hints = new Frame(Frame.END, line, indentation, hints);
            }
            count--;
            return;
        }
        String expected = Frame.terminatorOf(start);
        if (expected.equals(end)) {
            count--;
            return;
        }
        throw Lexer.error(line, column, (reserved ? "unexpected reserved word: " : "unexpected token: ") + end
                + ". The \"" + Frame.text(start) + "\" at line " + topLine() + " is missing terminator \"" + expected
                + "\"" + missingTerminatorHint(start, expected));
    }

    /** {@code tokenize([], ...)} with terminators left: the innermost one is missing. */
    void checkAllClosed(int line, int column) {
        if (count > 0) {
            int start = topStart();
            String end = Frame.terminatorOf(start);
            throw Lexer.error(line, column, "missing terminator: " + end + " (for \"" + Frame.text(start)
                    + "\" starting at line " + topLine() + ")" + missingTerminatorHint(start, end));
        }
    }

    private String missingTerminatorHint(int start, String end) {
        Frame hint = Frame.find(hints, start);
        if (hint == null) {
            return "";
        }
        return "\n\n    HINT: it looks like the \"" + Frame.text(start) + "\" on line " + hint.line()
                + " does not have a matching \"" + end + "\"\n";
    }

    private int topStart() {
        return open[3 * count - 3];
    }

    private int topLine() {
        return open[3 * count - 2];
    }

    private int topIndentation() {
        return open[3 * count - 1];
    }
}
