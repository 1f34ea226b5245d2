package io.github.otpadvisor.elixir.lexer;

/**
 * The source being tokenized and where the tokenizer stands in it. Offset, line and column move
 * here only, together. A {@link Lexer} is one, and its {@link StringLexer} reads through it; the
 * lexer of an interpolation takes over from its string and hands back with {@link #continueFrom}.
 *
 * <p>Columns are Elixir 1.14's, not always one per char: a name counts its code points, a
 * grapheme cluster in a string one column, {@code \#{} one, a comment none. {@link #advance(int, int)}
 * takes both counts for those places.
 */
class SourceReader {
    static final int EOF = -1;

    /** The source, readable from 0 to {@link #length} (the array may be longer: it is reused). */
    final char[] chars;
    final int length;
    private int pos;
    private int line = 1;
    private int column = 1;

    SourceReader(char[] chars, int length) {
        this.chars = chars;
        this.length = length;
    }

    /** Goes on where {@code other}, a reader of the same source, stands: how an interpolation's lexer and its string hand over. */
    final void continueFrom(SourceReader other) {
        pos = other.pos;
        line = other.line;
        column = other.column;
    }

    int pos() {
        return pos;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    boolean isEmpty() {
        return pos >= length;
    }

    /** The char at the current position, or {@link #EOF}. */
    int current() {
        return pos < length ? chars[pos] : EOF;
    }

    /** The char {@code k} chars ahead, or {@link #EOF}. */
    int peek(int k) {
        int i = pos + k;
        return i < length ? chars[i] : EOF;
    }

    /** Whether at least {@code k} more chars follow the current one. */
    boolean hasAhead(int k) {
        return pos + k < length;
    }

    int codePointAt(int k) {
        return Character.codePointAt(chars, pos + k, length);
    }

    boolean matches(String text) {
        return matchesAt(0, text);
    }

    /** Whether {@code text} stands {@code k} chars ahead. */
    boolean matchesAt(int k, String text) {
        int from = pos + k;
        int len = text.length();
        if (from + len > length) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (chars[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a keyword's {@code :} and a space stand {@code k} chars ahead (Erlang's {@code [$: | T] when ?is_space(hd(T))}). */
    boolean keywordColonAt(int k) {
        return peek(k) == ':' && isSpace(peek(k + 1));
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** {@code strip_horizontal_space/2} as a count: the spaces and tabs starting {@code k} chars ahead. */
    int spacesAt(int k) {
        int from = pos + k;
        int p = from;
        while (p < length && (chars[p] == ' ' || chars[p] == '\t')) {
            p++;
        }
        return p - from;
    }

    /** The length of the newline ({@code \n} or {@code \r\n}) standing {@code k} chars ahead, else 0. */
    int newlineAt(int k) {
        int c = peek(k);
        return c == '\n' ? 1 : c == '\r' && peek(k + 1) == '\n' ? 2 : 0;
    }

    /** Moves {@code k} chars on along the line, one column each. */
    void advance(int k) {
        pos += k;
        column += k;
    }

    /** Moves {@code chars} chars on along the line, counted as Elixir counts them: {@code columns} columns. */
    void advance(int chars, int columns) {
        pos += chars;
        column += columns;
    }

    /** Moves to {@code offset} on the same line and column: Elixir gives a comment no columns. */
    void skipTo(int offset) {
        pos = offset;
    }

    /** Skips spaces and tabs; returns how many. */
    int skipSpaces() {
        int k = spacesAt(0);
        advance(k);
        return k;
    }

    /** Moves past the newline of {@code len} chars standing here ({@link #newlineAt}) to the next line's start. */
    void nextLine(int len) {
        pos += len;
        line++;
        column = 1;
    }

    /**
     * Back to column 1 of this line: {@code tokenize_dot/6} restarts the column after a comment (on
     * the comment's own line; the newline that follows then moves to the next).
     */
    void restartColumn() {
        column = 1;
    }

    /** The column of {@code offset} counted in chars from its line's start: where a comment starts. */
    int charColumnOf(int offset) {
        int lineStart = offset;
        while (lineStart > 0 && chars[lineStart - 1] != '\n') {
            lineStart--;
        }
        return offset - lineStart + 1;
    }

    String text(int from, int to) {
        return new String(chars, from, to - from);
    }
}
