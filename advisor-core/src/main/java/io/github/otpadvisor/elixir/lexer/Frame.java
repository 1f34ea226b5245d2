package io.github.otpadvisor.elixir.lexer;

/**
 * One entry of the tokenizer's mismatch hints, as Erlang's {@code {Start, Line, Indentation}} tuples,
 * and the start kinds shared with the terminator stack (which the Lexer keeps in an int array).
 * Immutable and linked, so an interpolation can start from its parent's hints without copying them
 * (Erlang lists share their tails the same way).
 */
record Frame(int start, int line, int indentation, Frame next) {
    static final int PAREN = 0;
    static final int BRACKET = 1;
    static final int CURLY = 2;
    static final int BIT = 3;
    static final int FN = 4;
    static final int DO = 5;
    /** Only in hints: an {@code end} more indented than its {@code do}. */
    static final int END = 6;

    private static final String[] TEXT = {"(", "[", "{", "<<", "fn", "do", "end"};
    private static final String[] CLOSER = {")", "]", "}", ">>", "end", "end", null};

    static String text(int start) {
        return TEXT[start];
    }

    /** The closing word or bracket that {@code start} expects. */
    static String terminatorOf(int start) {
        return CLOSER[start];
    }

    /** The first frame of {@code list} whose start is {@code start} ({@code lists:keyfind/3}), or null. */
    static Frame find(Frame list, int start) {
        for (Frame f = list; f != null; f = f.next) {
            if (f.start == start) {
                return f;
            }
        }
        return null;
    }
}
