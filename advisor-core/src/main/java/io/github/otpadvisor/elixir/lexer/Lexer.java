package io.github.otpadvisor.elixir.lexer;

import static io.github.otpadvisor.elixir.lexer.TokenKind.*;

import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.ArrayList;
import java.util.List;

/**
 * The main loop of Elixir 1.14's {@code elixir_tokenizer:tokenize/5}, clause by clause, over a
 * {@code char[]} with an index. Erlang's accumulator list is {@link #tokens} (newest last); its
 * scope record is the fields {@link #open} (its terminators), {@link #hints} and {@link #indentation}.
 * An interpolation {@code #{...}} runs a nested Lexer that stops at its unmatched {@code }}.
 */
final class Lexer {
    /**
     * Interpolations nested deeper than this are refused, so the recursion (about 1.5 KB of stack
     * per level) fits in a default 512 KB thread stack. Elixir itself has no limit; real code nests a few levels.
     */
    static final int MAX_DEPTH = 256;

    private static final Integer ZERO = 0;

    final char[] s;
    final int n;
    final int depth;
    /** Whether this lexer reads an interpolation: an unmatched {@code }} ends it. */
    final boolean nested;
    final NameCache names;
    private final Identifiers.Scan scan = new Identifiers.Scan();
    final ArrayList<Token> tokens;
    /** Where comments are collected (suppression directives live in them); null when nobody asked. */
    java.util.List<io.github.otpadvisor.elixir.syntax.SourceComment> comments;
    /** The newest token (Erlang's head of the accumulator), or null. */
    private Token last;

    int pos;
    int line;
    int col;
    /** Indentation of the current line (Erlang's {@code Scope#elixir_tokenizer.indentation}). */
    int indentation;
    /**
     * Erlang's terminators, the open brackets and do/fn: {@link #openCount} entries of three ints
     * (start, line, indentation as in {@link Frame}), innermost last. An array rather than Frames
     * because every bracket would allocate one, and a nested lexer starts without terminators.
     */
    private int[] open = new int[3 * 8];
    private int openCount;
    /** Erlang's {@code mismatch_hints}, newest first. */
    Frame hints;

    boolean closed;
    int closeLine;
    int closeCol;

    Lexer(char[] s, int n) {
        this.s = s;
        this.n = n;
        this.depth = 0;
        this.nested = false;
        this.names = NameCache.forThisThread();
        this.tokens = new ArrayList<>(16 + n / 4);
        this.line = 1;
        this.col = 1;
    }

    /** A lexer for the interpolation starting at {@code pos}, inheriting the parent's scope but not its terminators. */
    Lexer(Lexer parent, int pos, int line, int col) {
        this.s = parent.s;
        this.n = parent.n;
        this.depth = parent.depth + 1;
        this.nested = true;
        this.names = parent.names;
        this.tokens = new ArrayList<>(8); // an interpolation usually holds a few tokens
        this.comments = parent.comments;
        this.pos = pos;
        this.line = line;
        this.col = col;
        this.indentation = parent.indentation;
        this.hints = parent.hints;
    }

    // ---------------------------------------------------------------------------------------
    // Main loop

    void run() {
        final char[] s = this.s;
        for (;;) {
            if (pos >= n) {
                atEnd();
                return;
            }
            char c = s[pos];
            switch (c) {
                case 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
                        't', 'u', 'v', 'w', 'x', 'y', 'z', '_', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K',
                        'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z' -> identifier();
                case ' ', '\t' -> spaces();
                case '\n' -> newline(1);
                case '\r' -> {
                    if (at(1) == '\n') {
                        newline(2);
                    } else {
                        identifier();
                    }
                }
                case '0' -> {
                    if (!baseInteger()) {
                        number();
                    }
                }
                case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number();
                case '#' -> comment();
                case '~' -> tilde();
                case '?' -> {
                    if (pos + 1 < n) {
                        charLiteral();
                    } else {
                        identifier();
                    }
                }
                case '"', '\'' -> {
                    if (at(1) == c && at(2) == c) {
                        heredoc(c);
                    } else {
                        string(c);
                    }
                }
                case '.' -> dot();
                case ':' -> colon();
                case ',' -> {
                    push(new Token(COMMA, line, col, null, ZERO));
                    pos++;
                    col++;
                }
                case '(' -> opener(LPAREN, Frame.PAREN, 1);
                case '[' -> opener(LBRACKET, Frame.BRACKET, 1);
                case '{' -> {
                    if (!keywordOperator("{}")) {
                        opener(LCURLY, Frame.CURLY, 1);
                    }
                }
                case ')' -> closer(RPAREN, ")", 1);
                case ']' -> closer(RBRACKET, "]", 1);
                case '}' -> {
                    if (nested && openCount == 0) {
                        closed = true;
                        closeLine = line;
                        closeCol = col;
                        pos++;
                        return;
                    }
                    closer(RCURLY, "}", 1);
                }
                case '<' -> lessThan();
                case '>' -> greaterThan();
                case '=' -> equals();
                case '!' -> bang();
                case '|' -> pipe();
                case '^' -> caret();
                case '+' -> plus();
                case '-' -> minus();
                case '*' -> {
                    if (at(1) == '*') {
                        handleOp(POWER_OP, "**", 2);
                    } else {
                        handleOp(MULT_OP, "*", 1);
                    }
                }
                case '/' -> {
                    if (at(1) == '/') {
                        addWithEol(new Token(TERNARY_OP, line, col, "//", previousWasEol()));
                        pos += 2;
                        col += 2;
                    } else {
                        handleOp(MULT_OP, "/", 1);
                    }
                }
                case '&' -> ampersand();
                case '@' -> handleUnaryOp(AT_OP, "@", 1);
                case '%' -> percent();
                case '\\' -> backslash();
                case ';' -> semicolon();
                default -> identifier();
            }
        }
    }

    private void atEnd() {
        if (openCount > 0) {
            int start = topStart();
            String end = Frame.terminatorOf(start);
            throw error(line, col, "missing terminator: " + end + " (for \"" + Frame.text(start) + "\" starting at line "
                    + topLine() + ")" + missingTerminatorHint(start, end));
        }
    }

    private void pushTerminator(int start, int startLine, int indent) {
        int at = 3 * openCount;
        if (at == open.length) {
            open = java.util.Arrays.copyOf(open, at * 2);
        }
        open[at] = start;
        open[at + 1] = startLine;
        open[at + 2] = indent;
        openCount++;
    }

    private int topStart() {
        return open[3 * openCount - 3];
    }

    private int topLine() {
        return open[3 * openCount - 2];
    }

    private int topIndentation() {
        return open[3 * openCount - 1];
    }

    // ---------------------------------------------------------------------------------------
    // Helpers over the source and the token list

    /** The char at {@code pos + offset}, or -1 past the end. */
    private int at(int offset) {
        int i = pos + offset;
        return i < n ? s[i] : -1;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private int horizontalSpaces(int from) {
        int p = from;
        while (p < n && (s[p] == ' ' || s[p] == '\t')) {
            p++;
        }
        return p - from;
    }

    private Token last() {
        return last;
    }

    private TokenKind lastKind() {
        return last == null ? null : last.kind;
    }

    private void push(Token token) {
        tokens.add(token);
        last = token;
    }

    private void replaceLast(Token token) {
        tokens.set(tokens.size() - 1, token);
        last = token;
    }

    private void removeLast() {
        int size = tokens.size();
        tokens.remove(size - 1);
        last = size > 1 ? tokens.get(size - 2) : null;
    }

    /** {@code previous_was_eol/1}: the newline count of a preceding eol, comma or semicolon, else null. */
    private Integer previousWasEol() {
        Token last = last();
        if (last != null && (last.kind == EOL || last.kind == COMMA || last.kind == SEMICOLON)) {
            Integer count = (Integer) last.extra;
            return count > 0 ? count : null;
        }
        return null;
    }

    /** {@code add_token_with_eol/2}: a binary operator (or do) swallows the eol before it. */
    private void addWithEol(Token token) {
        if (token.kind != UNARY_OP && lastKind() == EOL) {
            replaceLast(token);
        } else {
            push(token);
        }
    }

    private boolean startsWith(String text) {
        int len = text.length();
        if (pos + len > n) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s[pos + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static SyntaxErrorException error(int line, int col, String message) {
        return new SyntaxErrorException(line, col, message);
    }

    private SyntaxErrorException unexpectedHere() {
        return error(line, col, Messages.unexpectedToken(Character.codePointAt(s, pos, n), col));
    }

    // ---------------------------------------------------------------------------------------
    // Operators

    /** {@code handle_op/8}: a binary operator, or an identifier before {@code /}, or a keyword before {@code : }. */
    private void handleOp(TokenKind kind, String op, int len) {
        int rest = pos + len;
        if (rest + 1 < n && s[rest] == ':' && isSpace(s[rest + 1])) {
            push(new Token(KW_IDENTIFIER, line, col, op, null));
            pos = rest + 1;
            col += len + 1;
            return;
        }
        int extra = horizontalSpaces(rest);
        if (rest + extra < n && s[rest + extra] == '/') {
            push(new Token(IDENTIFIER, line, col, op, null));
        } else {
            addWithEol(new Token(kind, line, col, op, previousWasEol()));
        }
        pos = rest + extra;
        col += len + extra;
    }

    /** {@code handle_unary_op/8}: as handleOp, but the token neither records nor swallows a preceding eol. */
    private void handleUnaryOp(TokenKind kind, String op, int len) {
        int rest = pos + len;
        if (rest + 1 < n && s[rest] == ':' && isSpace(s[rest + 1])) {
            push(new Token(KW_IDENTIFIER, line, col, op, null));
            pos = rest + 1;
            col += len + 1;
            return;
        }
        int extra = horizontalSpaces(rest);
        TokenKind actual = rest + extra < n && s[rest + extra] == '/' ? IDENTIFIER : kind;
        push(new Token(actual, line, col, op, null));
        pos = rest + extra;
        col += len + extra;
    }

    /** Operators such as {@code %{}} written as keywords ({@code %{}: 1}): {@code text} then ":" then a space. */
    private boolean keywordOperator(String text) {
        int len = text.length();
        int colon = pos + len;
        if (colon + 1 < n && s[colon] == ':' && isSpace(s[colon + 1]) && startsWith(text)) {
            push(new Token(KW_IDENTIFIER, line, col, text, null));
            pos = colon + 1;
            col += len + 1;
            return true;
        }
        return false;
    }

    /** The three-character operators: {@code ~~~ === !== &&& ||| <<< >>> ~>> <<~ <~> <|> ^^^ +++ ---}. */
    private static String operator3(int a, int b, int c) {
        switch (a) {
            case '~':
                if (b == '~' && c == '~') return "~~~";
                if (b == '>' && c == '>') return "~>>";
                return null;
            case '=':
                return b == '=' && c == '=' ? "===" : null;
            case '!':
                return b == '=' && c == '=' ? "!==" : null;
            case '&':
                return b == '&' && c == '&' ? "&&&" : null;
            case '|':
                return b == '|' && c == '|' ? "|||" : null;
            case '<':
                if (b == '<' && c == '<') return "<<<";
                if (b == '<' && c == '~') return "<<~";
                if (b == '~' && c == '>') return "<~>";
                if (b == '|' && c == '>') return "<|>";
                return null;
            case '>':
                return b == '>' && c == '>' ? ">>>" : null;
            case '^':
                return b == '^' && c == '^' ? "^^^" : null;
            case '+':
                return b == '+' && c == '+' ? "+++" : null;
            case '-':
                return b == '-' && c == '-' ? "---" : null;
            default:
                return null;
        }
    }

    /**
     * Two-character operators allowed after {@code :} (as atoms) and after {@code .} (as calls):
     * comp, rel, and, or, arrow, in_match, concat, power, range; plus {@code ->} for atoms and
     * {@code ::} for calls.
     */
    private static String operator2(int a, int b, boolean afterDot) {
        switch (a) {
            case '=':
                return b == '=' ? "==" : b == '~' ? "=~" : null;
            case '!':
                return b == '=' ? "!=" : null;
            case '<':
                return b == '=' ? "<=" : b == '~' ? "<~" : b == '-' ? "<-" : b == '>' ? "<>" : null;
            case '>':
                return b == '=' ? ">=" : null;
            case '&':
                return b == '&' ? "&&" : null;
            case '|':
                return b == '|' ? "||" : b == '>' ? "|>" : null;
            case '~':
                return b == '>' ? "~>" : null;
            case '\\':
                return b == '\\' ? "\\\\" : null;
            case '+':
                return b == '+' ? "++" : null;
            case '-':
                return b == '-' ? "--" : b == '>' && !afterDot ? "->" : null;
            case '*':
                return b == '*' ? "**" : null;
            case '.':
                return b == '.' ? ".." : null;
            case ':':
                return b == ':' && afterDot ? "::" : null;
            default:
                return null;
        }
    }

    /** One-character operators allowed after {@code :} and {@code .} ({@code .} itself only after {@code :}). */
    private static String operator1(int a, boolean afterDot) {
        return switch (a) {
            case '@' -> "@";
            case '!' -> "!";
            case '^' -> "^";
            case '&' -> "&";
            case '+' -> "+";
            case '-' -> "-";
            case '*' -> "*";
            case '/' -> "/";
            case '<' -> "<";
            case '>' -> ">";
            case '=' -> "=";
            case '|' -> "|";
            case '.' -> afterDot ? null : ".";
            default -> null;
        };
    }

    private static TokenKind operator3Kind(String op) {
        return switch (op) {
            case "~~~" -> UNARY_OP;
            case "===", "!==" -> COMP_OP;
            case "&&&" -> AND_OP;
            case "|||" -> OR_OP;
            case "^^^" -> XOR_OP;
            case "+++", "---" -> CONCAT_OP;
            default -> ARROW_OP;
        };
    }

    /** The three-character operators, which Erlang tries before every shorter one. */
    private boolean operator3Here() {
        String op = operator3(at(0), at(1), at(2));
        if (op == null) {
            return false;
        }
        TokenKind kind = operator3Kind(op);
        if (kind == UNARY_OP) {
            handleUnaryOp(kind, op, 3);
        } else {
            handleOp(kind, op, 3);
        }
        return true;
    }

    private void lessThan() {
        if (col == 1 && startsWith("<<<<<<<")) {
            int p = pos;
            while (p < n && s[p] != '\n' && s[p] != '\r') {
                p++;
            }
            throw error(line, 1, "found an unexpected version control marker, please resolve the conflicts: "
                    + new String(s, pos, p - pos));
        }
        if (keywordOperator("<<>>") || operator3Here()) {
            return;
        }
        switch (at(1)) {
            case '<' -> opener(LBIT, Frame.BIT, 2);
            case '>' -> handleOp(CONCAT_OP, "<>", 2);
            case '~' -> handleOp(ARROW_OP, "<~", 2);
            case '=' -> handleOp(REL_OP, "<=", 2);
            case '-' -> handleOp(IN_MATCH_OP, "<-", 2);
            default -> handleOp(REL_OP, "<", 1);
        }
    }

    private void greaterThan() {
        if (operator3Here()) {
            return;
        }
        switch (at(1)) {
            case '>' -> closer(RBIT, ">>", 2);
            case '=' -> handleOp(REL_OP, ">=", 2);
            default -> handleOp(REL_OP, ">", 1);
        }
    }

    private void equals() {
        if (at(1) == '>') {
            addWithEol(new Token(ASSOC_OP, line, col, "=>", previousWasEol()));
            pos += 2;
            col += 2;
            return;
        }
        if (operator3Here()) {
            return;
        }
        switch (at(1)) {
            case '=' -> handleOp(COMP_OP, "==", 2);
            case '~' -> handleOp(COMP_OP, "=~", 2);
            default -> handleOp(MATCH_OP, "=", 1);
        }
    }

    private void bang() {
        if (operator3Here()) {
            return;
        }
        if (at(1) == '=') {
            handleOp(COMP_OP, "!=", 2);
        } else {
            handleUnaryOp(UNARY_OP, "!", 1);
        }
    }

    private void pipe() {
        if (operator3Here()) {
            return;
        }
        switch (at(1)) {
            case '>' -> handleOp(ARROW_OP, "|>", 2);
            case '|' -> handleOp(OR_OP, "||", 2);
            default -> handleOp(PIPE_OP, "|", 1);
        }
    }

    private void caret() {
        if (!operator3Here()) {
            handleUnaryOp(UNARY_OP, "^", 1);
        }
    }

    private void plus() {
        if (operator3Here()) {
            return;
        }
        if (at(1) == '+') {
            handleOp(CONCAT_OP, "++", 2);
        } else {
            handleUnaryOp(DUAL_OP, "+", 1);
        }
    }

    private void minus() {
        if (operator3Here()) {
            return;
        }
        switch (at(1)) {
            case '-' -> handleOp(CONCAT_OP, "--", 2);
            case '>' -> handleOp(STAB_OP, "->", 2);
            default -> handleUnaryOp(DUAL_OP, "-", 1);
        }
    }

    private void ampersand() {
        if (keywordOperator("&") || operator3Here()) {
            return;
        }
        if (at(1) == '&') {
            handleOp(AND_OP, "&&", 2);
            return;
        }
        // &/ is the capture of the division operator unless it is &//
        TokenKind kind = CAPTURE_OP;
        int p = pos + 1 + horizontalSpaces(pos + 1);
        if (p < n && s[p] == '/') {
            int q = p + 1 + horizontalSpaces(p + 1);
            kind = q < n && s[q] == '/' ? CAPTURE_OP : IDENTIFIER;
        }
        push(new Token(kind, line, col, "&", null));
        pos++;
        col++;
    }

    private void percent() {
        if (keywordOperator("%{}") || keywordOperator("%")) {
            return;
        }
        int next = at(1);
        if (next == '(' || next == '[') {
            throw error(line, col, "expected %{ to define a map, got: %" + (char) next);
        }
        push(new Token(next == '{' ? MAP : PERCENT, line, col, null, null));
        pos++;
        col++;
    }

    private void backslash() {
        int next = at(1);
        if (next == '\\') {
            handleOp(IN_MATCH_OP, "\\\\", 2);
            return;
        }
        int eolLength = next == '\n' ? 1 : next == '\r' && at(2) == '\n' ? 2 : 0;
        if (pos + 1 == n || (eolLength > 0 && pos + 1 + eolLength == n)) {
            throw error(line, col, "invalid escape \\ at end of file");
        }
        if (eolLength > 0) {
            // a line continuation: no eol token
            pos += 1 + eolLength;
            tokenizeEol();
        } else {
            identifier();
        }
    }

    private void tilde() {
        int letter = at(1);
        if (isLetter(letter)) {
            if (pos + 2 < n) {
                sigil();
                return;
            }
        } else if (operator3Here()) {
            return;
        } else if (letter == '>') {
            handleOp(ARROW_OP, "~>", 2);
            return;
        }
        identifier();
    }

    // ---------------------------------------------------------------------------------------
    // Punctuation, containers and terminators

    private void spaces() {
        int k = horizontalSpaces(pos);
        pos += k;
        col += k;
        // handle_space_sensitive_tokens/5: `foo -1` is a call with a negative argument
        if (pos + 1 < n && lastKind() == IDENTIFIER) {
            char sign = s[pos];
            if (sign == '+' || sign == '-') {
                char marker = s[pos + 1];
                if (!isSpace(marker) && marker != '(' && marker != '[' && marker != '<' && marker != '{'
                        && marker != '%' && marker != '+' && marker != '-' && marker != '/' && marker != '>'
                        && marker != ':') {
                    replaceLast(last().withKind(OP_IDENTIFIER));
                    push(new Token(DUAL_OP, line, col, sign == '+' ? "+" : "-", null));
                    pos++;
                    col++;
                }
            }
        }
    }

    /**
     * A newline ({@code len} chars) and the blank and comment-only lines right after it. Elixir's
     * {@code eol/3} adds each newline to the count of a preceding eol, comma or semicolon (else starts
     * an eol token), and a comment resets the count of a preceding eol to 0. Counting the whole run
     * first creates one token instead of one per line.
     */
    private void newline(int len) {
        Token last = this.last;
        boolean extend = last != null && (last.kind == EOL || last.kind == COMMA || last.kind == SEMICOLON);
        boolean eolToken = !extend || last.kind == EOL;
        int startLine = line;
        int startCol = col;
        int count = extend ? (Integer) last.extra : 0;
        for (;;) {
            count++;
            pos += len;
            tokenizeEol();
            if (pos < n && s[pos] == '#') {
                int hash = pos;
                pos = commentEnd(pos);
                recordComment(hash, pos);
                if (eolToken) {
                    count = 0;
                }
            }
            len = newlineLength(pos);
            if (len == 0) {
                break;
            }
        }
        if (extend) {
            replaceLast(new Token(last.kind, last.line, last.column, null, count));
        } else {
            push(new Token(EOL, startLine, startCol, null, count));
        }
    }

    /** 1 for "\n", 2 for "\r\n" at {@code p}, else 0. */
    private int newlineLength(int p) {
        if (p < n) {
            char c = s[p];
            if (c == '\n') {
                return 1;
            }
            if (c == '\r' && p + 1 < n && s[p + 1] == '\n') {
                return 2;
            }
        }
        return 0;
    }

    /** {@code tokenize_eol/4}: next line, its indentation remembered for terminator hints. */
    private void tokenizeEol() {
        int k = horizontalSpaces(pos);
        indentation = k;
        line++;
        col = k + 1;
        pos += k;
    }

    /**
     * Records the comment from its '#' at {@code from} to {@code end}, when comments are wanted. Its
     * column counts chars from the line start, which is what a suppression diagnostic needs.
     */
    private void recordComment(int from, int end) {
        if (comments == null) {
            return;
        }
        int lineStart = from;
        while (lineStart > 0 && s[lineStart - 1] != '\n') {
            lineStart--;
        }
        comments.add(new io.github.otpadvisor.elixir.syntax.SourceComment(line, from - lineStart + 1,
                new String(s, from + 1, end - from - 1)));
    }

    /** Where the comment whose '#' is at {@code from} (and column {@link #col}) ends: at its newline or the end. */
    private int commentEnd(int from) {
        int p = from + 1;
        while (p < n) {
            char c = s[p];
            if (c == '\n' || (c == '\r' && p + 1 < n && s[p + 1] == '\n')) {
                break;
            }
            if (c >= 0x202A && Messages.isBidi(c)) {
                throw error(line, col, "invalid bidirectional formatting character in comment: \\u" + Messages.hex4(c));
            }
            p++;
        }
        return p;
    }

    private void semicolon() {
        if (lastKind() == SEMICOLON) {
            identifier(); // Elixir has no clause for ";;": it ends as an unexpected token
            return;
        }
        push(new Token(SEMICOLON, line, col, null, ZERO));
        pos++;
        col++;
    }

    private void comment() {
        int hash = pos;
        pos = commentEnd(pos); // the column stays at the '#', as in Elixir
        recordComment(hash, pos);
        Token last = last();
        if (last != null && last.kind == EOL) {
            replaceLast(new Token(EOL, last.line, last.column, null, ZERO));
        }
    }

    private void opener(TokenKind kind, int start, int len) {
        Token token = new Token(kind, line, col, null, null);
        pos += len;
        col += len;
        if (kind == LPAREN && lastKind() == ALIAS) {
            throw error(line, col, Messages.parenAfterAlias(last().text()));
        }
        pushTerminator(start, token.line, indentation);
        push(token);
    }

    private void closer(TokenKind kind, String end, int len) {
        Token token = new Token(kind, line, col, null, previousWasEol());
        checkClosing(end, token.line, token.column);
        pos += len;
        col += len;
        push(token);
    }

    /** {@code check_terminator/3} for {@code end} and closing brackets. */
    private void checkClosing(String end, int endLine, int endCol) {
        boolean reserved = end.equals("end");
        if (openCount == 0) {
            if (reserved) {
                Frame hint = Frame.find(hints, Frame.END);
                String suffix = hint == null ? "" : "\n\n    HINT: it looks like the \"end\" on line " + hint.line()
                        + " does not have a matching \"do\" defined before it\n";
                throw error(endLine, endCol, "unexpected reserved word: end" + suffix);
            }
            throw error(endLine, endCol, "unexpected token: " + end);
        }
        int start = topStart();
        if (reserved && start == Frame.DO) {
            if (indentation > topIndentation()) {
                hints = new Frame(Frame.END, endLine, indentation, hints);
            }
            openCount--;
            return;
        }
        String expected = Frame.terminatorOf(start);
        if (expected.equals(end)) {
            openCount--;
            return;
        }
        throw error(endLine, endCol, (reserved ? "unexpected reserved word: " : "unexpected token: ") + end
                + ". The \"" + Frame.text(start) + "\" at line " + topLine() + " is missing terminator \"" + expected
                + "\"" + missingTerminatorHint(start, expected));
    }

    /** {@code check_terminator/3} for {@code fn} and {@code do}: a block opened no deeper than its enclosing one is suspicious. */
    private void pushBlock(int start, int startLine) {
        if (openCount > 0 && topStart() == start && indentation <= topIndentation()) {
            hints = new Frame(start, topLine(), topIndentation(), hints);
        }
        pushTerminator(start, startLine, indentation);
    }

    private String missingTerminatorHint(int start, String end) {
        Frame hint = Frame.find(hints, start);
        if (hint == null) {
            return "";
        }
        return "\n\n    HINT: it looks like the \"" + Frame.text(start) + "\" on line " + hint.line()
                + " does not have a matching \"" + end + "\"\n";
    }

    // ---------------------------------------------------------------------------------------
    // Dots

    private void dot() {
        if (keywordOperator(".") || keywordOperator("...") || keywordOperator("..//")) {
            return;
        }
        if (at(1) == '.') {
            if (at(2) == '.') {
                push(callIdentifier(line, col, "...", pos + 3));
                pos += 3;
                col += 3;
                return;
            }
            if (at(2) == '/' && at(3) == '/') {
                int extra = horizontalSpaces(pos + 4);
                if (pos + 4 + extra < n && s[pos + 4 + extra] == '/') {
                    push(new Token(IDENTIFIER, line, col, "..//", null));
                    pos += 4 + extra;
                    col += 4 + extra;
                    return;
                }
                throw unexpectedHere();
            }
            handleOp(RANGE_OP, "..", 2);
            return;
        }
        tokenizeDot();
    }

    /** {@code tokenize_dot/6}: a dot may be followed by spaces, comments and newlines before its right side. */
    private void tokenizeDot() {
        int dotLine = line;
        int dotCol = col;
        pos++;
        col++;
        for (;;) {
            int k = horizontalSpaces(pos);
            int p = pos + k;
            if (p < n && s[p] == '#') {
                int q = p + 1;
                while (q < n && s[q] != '\n' && !(s[q] == '\r' && q + 1 < n && s[q + 1] == '\n')) {
                    if (s[q] >= 0x202A && Messages.isBidi(s[q])) {
                        throw error(line, col,
                                "invalid bidirectional formatting character in comment: \\u" + Messages.hex4(s[q]));
                    }
                    q++;
                }
                pos = q;
                recordComment(p, q);
                col = 1;
            } else if (p < n && s[p] == '\n') {
                pos = p + 1;
                line++;
                col = 1;
            } else if (p + 1 < n && s[p] == '\r' && s[p + 1] == '\n') {
                pos = p + 2;
                line++;
                col = 1;
            } else {
                pos = p;
                col += k;
                handleDot(dotLine, dotCol);
                return;
            }
        }
    }

    /** {@code handle_dot/6}: what the dot is followed by decides the tokens. */
    private void handleDot(int dotLine, int dotCol) {
        int a = at(0);
        String op = operator3(a, at(1), at(2));
        int len = 3;
        if (op == null) {
            op = operator2(a, at(1), true);
            len = 2;
        }
        if (op == null) {
            op = operator1(a, true);
            len = 1;
        }
        if (op != null) {
            Token call = callIdentifier(line, col, op, pos + len);
            addWithEol(new Token(DOT, dotLine, dotCol, null, null));
            push(call);
            pos += len;
            col += len;
            return;
        }
        if (a == '(') {
            addWithEol(new Token(DOT_CALL_OP, dotLine, dotCol, ".", null));
            return;
        }
        if (a == '"' || a == '\'') {
            quotedCall((char) a, dotLine, dotCol);
            return;
        }
        addWithEol(new Token(DOT, dotLine, dotCol, null, null));
    }

    /** {@code Mod."fun"}: the raw (not unescaped) text names the function; interpolation is refused. */
    private void quotedCall(char quote, int dotLine, int dotCol) {
        int qLine = line;
        int qCol = col;
        pos++;
        col++;
        List<Object> parts = extract(quote, true, false, "function name", qLine);
        if (parts.size() != 1 || !(parts.get(0) instanceof String name)) {
            throw error(qLine, qCol, "interpolation is not allowed when calling function/macro. Found interpolation "
                    + "in a call starting with: " + quote);
        }
        if (name.codePointCount(0, name.length()) > 255) {
            throw error(qLine, qCol, "atom length must be less than system limit: " + name);
        }
        Token call = callIdentifier(qLine, qCol, name, pos);
        addWithEol(new Token(DOT, dotLine, dotCol, null, null));
        push(call);
    }

    /** {@code check_call_identifier/5}: what immediately follows a name makes it a call. */
    private Token callIdentifier(int line, int col, String name, int rest) {
        int next = rest < n ? s[rest] : -1;
        TokenKind kind = next == '(' ? PAREN_IDENTIFIER : next == '[' ? BRACKET_IDENTIFIER : IDENTIFIER;
        return new Token(kind, line, col, name, null);
    }

    // ---------------------------------------------------------------------------------------
    // Atoms

    private void colon() {
        String special = startsWith(":...") ? "..." : startsWith(":<<>>") ? "<<>>" : startsWith(":%{}") ? "%{}"
                : startsWith(":%") ? "%" : startsWith(":{}") ? "{}" : startsWith(":..//") ? "..//" : null;
        if (special != null) {
            atom(special, 1 + special.length());
            return;
        }
        int a = at(1);
        String op = operator3(a, at(2), at(3));
        if (op != null) {
            atom(op, 4);
            return;
        }
        if (a == ':' && at(2) == ':') {
            atom("::", 3); // ::: is the atom :: (Elixir warns)
            return;
        }
        op = operator2(a, at(2), false);
        if (op != null) {
            atom(op, 3);
            return;
        }
        op = operator1(a, false);
        if (op != null) {
            atom(op, 2);
            return;
        }
        if (a == ':') {
            handleOp(TYPE_OP, "::", 2);
            return;
        }
        if (a == '"' || a == '\'') {
            quotedAtom((char) a);
            return;
        }
        identifierAtom();
    }

    private void atom(String name, int len) {
        push(new Token(ATOM, line, col, name, null));
        pos += len;
        col += len;
    }

    private void quotedAtom(char quote) {
        int startLine = line;
        int startCol = col;
        pos += 2;
        col += 2;
        List<Object> parts = extract(quote, true, false, "atom", startLine);
        unescape(parts, startLine, startCol);
        if (parts.size() == 1 && !(parts.get(0) instanceof Token.Interpolation)) {
            String name = atomText(parts.get(0), startLine, startCol);
            push(new Token(ATOM_QUOTED, startLine, startCol, name, null));
        } else {
            push(new Token(ATOM_UNSAFE, startLine, startCol, parts, null));
        }
    }

    /** {@code unsafe_to_atom/4} for an unescaped part. */
    private static String atomText(Object part, int line, int col) {
        if (part instanceof byte[] bytes) {
            // Elixir itself fails with an ArgumentError from binary_to_atom/2 here
            throw error(line, col, "invalid UTF-8 in atom: " + bytes.length + " bytes");
        }
        String name = (String) part;
        if (name.length() > 63 && utf8Length(name) > 255) {
            throw error(line, col, "atom length must be less than system limit: " + name);
        }
        return name;
    }

    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private void identifierAtom() {
        int start = pos + 1;
        if (start >= n) {
            throw unexpectedHere();
        }
        Identifiers.scan(s, start, n, scan);
        if (scan.kind == Identifiers.EMPTY) {
            throw unexpectedHere();
        }
        if (scan.kind == Identifiers.UNEXPECTED) {
            throw unexpectedInName(start, col);
        }
        String name = scan.ascii ? names.get(s, start, scan.end, scan.hash) : Identifiers.unicodeName(s, start, scan.end);
        if (scan.length > 255 && name.codePointCount(0, name.length()) > 255) {
            throw error(line, col, "atom length must be less than system limit: " + name);
        }
        push(new Token(ATOM, line, col, name, null));
        col += 1 + scan.length;
        pos = scan.end;
    }

    // ---------------------------------------------------------------------------------------
    // Identifiers and keywords

    private void identifier() {
        int start = pos;
        if (!Identifiers.scanAscii(s, start, n, scan)) {
            Identifiers.scan(s, start, n, scan);
        }
        int kind = scan.kind;
        if (kind == Identifiers.EMPTY) {
            throw unexpectedHere();
        }
        if (kind == Identifiers.UNEXPECTED) {
            throw unexpectedInName(start, col);
        }
        int end = scan.end;
        int length = scan.length;
        if (length <= 6 && scan.ascii) {
            int keyword = Keywords.of(s, start, end);
            if (keyword != Keywords.NONE && lastKind() != DOT
                    && (end >= n || s[end] != ':' || (end + 1 < n && s[end + 1] == ':'))) {
                keyword(keyword, length);
                return;
            }
        }
        String name = scan.ascii ? names.get(s, start, end, scan.hash) : Identifiers.unicodeName(s, start, end);
        if (length > 255 && name.codePointCount(0, name.length()) > 255) {
            throw error(line, col, "atom length must be less than system limit: " + name);
        }
        if (end < n && s[end] == ':') {
            if (end + 1 < n && isSpace(s[end + 1])) {
                push(new Token(KW_IDENTIFIER, line, col, name, null));
                pos = end + 1;
                col += length + 1;
                return;
            }
            if (end + 1 < n && s[end + 1] != ':') {
                throw error(line, col, "keyword argument must be followed by space after: " + name + ":");
            }
        }
        if (scan.at) {
            String what = kind == Identifiers.ALIAS ? "alias" : kind == Identifiers.ATOM ? "atom" : "identifier";
            throw error(line, col, Messages.invalidCharacter(what, '@') + name);
        }
        if (name.equals("__aliases__") || name.equals("__block__")) {
            throw error(line, col, "reserved token: " + name);
        }
        if (kind == Identifiers.ALIAS) {
            if (!scan.ascii || scan.punctuation) {
                int invalid = name.codePoints().filter(c -> c < 'A' || c > 127).findFirst().orElse('?');
                throw error(line, col, Messages.invalidCharacter(
                        "alias (only ASCII characters, without punctuation, are allowed)", invalid) + name);
            }
            push(new Token(ALIAS, line, col, name, null));
        } else if (kind == Identifiers.IDENTIFIER) {
            push(callIdentifier(line, col, name, end));
        } else {
            throw unexpectedHere();
        }
        pos = end;
        col += length;
    }

    /** {@code {unexpected_token, Wrong}} from String.Tokenizer, with Elixir's NFKC hint when one applies. */
    private SyntaxErrorException unexpectedInName(int start, int baseCol) {
        int wrongEnd = scan.end;
        int wrongCol = baseCol + scan.length - 1;
        String wrong = new String(s, start, wrongEnd - start);
        String hint = Identifiers.nfkcSuggestion(wrong);
        int lastCp = wrong.codePointBefore(wrong.length());
        if (hint == null) {
            hint = Identifiers.nfkcSuggestion(Messages.cpString(lastCp));
        }
        return error(line, wrongCol, hint != null ? hint : Messages.unexpectedToken(lastCp, wrongCol));
    }

    /** Reserved words, when not after a dot and not a keyword key ({@code keyword_or_unsafe_to_atom/5}). */
    private void keyword(int keyword, int length) {
        switch (keyword) {
            case Keywords.FN -> {
                push(new Token(FN, line, col, null, null));
                pushBlock(Frame.FN, line);
            }
            case Keywords.DO -> doKeyword();
            case Keywords.END -> {
                Token token = new Token(END, line, col, null, null);
                push(token);
                checkClosing("end", token.line, token.column);
            }
            case Keywords.TRUE -> push(new Token(TRUE, line, col, null, null));
            case Keywords.FALSE -> push(new Token(FALSE, line, col, null, null));
            case Keywords.NIL -> push(new Token(NIL, line, col, null, null));
            case Keywords.NOT -> operatorKeyword(UNARY_OP, "not", length);
            case Keywords.AND -> operatorKeyword(AND_OP, "and", length);
            case Keywords.OR -> operatorKeyword(OR_OP, "or", length);
            case Keywords.WHEN -> operatorKeyword(WHEN_OP, "when", length);
            case Keywords.IN -> operatorKeyword(IN_OP, "in", length);
            default -> push(new Token(BLOCK_IDENTIFIER, line, col, Keywords.blockName(keyword), null));
        }
        pos += length;
        col += length;
    }

    private void doKeyword() {
        TokenKind previous = lastKind();
        Token token = new Token(DO, line, col, null, null);
        if (previous == IDENTIFIER) {
            replaceLast(last().withKind(DO_IDENTIFIER));
            push(token);
        } else if (previous == FN) {
            throw error(line, col, "unexpected reserved word: do" + Messages.INVALID_DO_WITH_FN);
        } else if (previous == COMMA || previous == SEMICOLON) {
            throw error(line, col, "unexpected reserved word: do" + Messages.INVALID_DO);
        } else {
            addWithEol(token);
        }
        pushBlock(Frame.DO, line);
    }

    private void operatorKeyword(TokenKind kind, String name, int length) {
        int rest = pos + length;
        int extra = horizontalSpaces(rest);
        if (rest + extra < n && s[rest + extra] == '/') {
            push(new Token(IDENTIFIER, line, col, name, null));
            return;
        }
        Token last = last();
        if (kind == IN_OP && last != null && last.kind == UNARY_OP && "not".equals(last.value)) {
            removeLast();
            addWithEol(new Token(IN_OP, last.line, last.column, "not in", last.extra));
            return;
        }
        addWithEol(new Token(kind, line, col, name, previousWasEol()));
    }

    // ---------------------------------------------------------------------------------------
    // Numbers and chars

    private boolean baseInteger() {
        int kind = at(1);
        int first = at(2);
        int radix = kind == 'x' && isHex(first) ? 16 : kind == 'b' && (first == '0' || first == '1') ? 2
                : kind == 'o' && first >= '0' && first <= '7' ? 8 : 0;
        if (radix == 0) {
            return false;
        }
        int p = pos + 3;
        while (p < n) {
            if (isDigitOf(s[p], radix)) {
                p++;
            } else if (s[p] == '_' && p + 1 < n && isDigitOf(s[p + 1], radix)) {
                p += 2;
            } else {
                break;
            }
        }
        String text = new String(s, pos, p - pos);
        push(new Token(INT, line, col, Numbers.integer(s, pos + 2, p, radix), text));
        col += p - pos;
        pos = p;
        return true;
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isDigitOf(char c, int radix) {
        return radix == 16 ? isHex(c) : c >= '0' && c < '0' + radix;
    }

    /** {@code tokenize_number/4}. */
    private void number() {
        int start = pos;
        int p = pos + 1;
        boolean isFloat = false;
        while (p < n) {
            char c = s[p];
            int c1 = p + 1 < n ? s[p + 1] : -1;
            if (isDigit(c)) {
                p++;
            } else if (c == '.' && !isFloat && isDigit(c1)) {
                isFloat = true;
                p += 2;
            } else if (c == '_' && isDigit(c1)) {
                p += 2;
            } else if (isFloat && (c == 'e' || c == 'E') && (c1 == '+' || c1 == '-') && p + 2 < n
                    && isDigit(s[p + 2])) {
                p += 3;
            } else if (isFloat && (c == 'e' || c == 'E') && isDigit(c1)) {
                p += 2;
            } else {
                break;
            }
        }
        String text = names.get(s, start, p);
        Object value;
        if (isFloat) {
            value = Numbers.parseFloat(text, line, col);
        } else {
            value = Numbers.integer(s, start, p, 10);
        }
        if (p < n && (isLetter(s[p]) || s[p] == '_')) {
            char bad = s[p];
            throw error(line, col, "invalid character \"" + bad + "\" after number " + text + ". If you intended to "
                    + "write a number, make sure to separate the number from the character (using comma, space, etc). "
                    + "If you meant to write a function name or a variable, note that identifiers in Elixir cannot "
                    + "start with numbers. Unexpected token: " + bad);
        }
        push(new Token(isFloat ? FLT : INT, line, col, value, text));
        col += p - start;
        pos = p;
    }

    /** {@code ?a}, {@code ?\\n}: never moves to the next line, even for {@code ?} followed by a newline. */
    private void charLiteral() {
        int start = pos;
        int value;
        int next;
        int width;
        if (s[pos + 1] == '\\' && pos + 2 < n) {
            int escaped = Character.codePointAt(s, pos + 2, n);
            value = Unescaper.map(escaped);
            next = pos + 2 + Character.charCount(escaped);
            width = 3;
        } else {
            value = Character.codePointAt(s, pos + 1, n);
            next = pos + 1 + Character.charCount(value);
            width = 2;
        }
        push(new Token(CHAR, line, col, value, new String(s, start, next - start)));
        col += width;
        pos = next;
    }

    // ---------------------------------------------------------------------------------------
    // Strings, heredocs, sigils

    /**
     * Runs {@link StringLexer#extract}, completing its errors with what was read and where it started,
     * as interpolation_format does. The suffix is built only on error: most literals have none.
     */
    private ArrayList<Object> extract(char last, boolean interpol, boolean heredoc, String what, int startLine) {
        try {
            return StringLexer.extract(this, interpol, last, heredoc);
        } catch (StringError e) {
            throw error(e.line, e.column, e.getMessage() + " (for " + what + " starting at line " + startLine + ")");
        }
    }

    private static void unescape(List<Object> parts, int line, int col) {
        try {
            Unescaper.unescapeParts(parts);
        } catch (Unescaper.Failure e) {
            throw error(line, col, e.getMessage() + ". Syntax error after: " + e.token);
        }
    }

    private void string(char quote) {
        int startLine = line;
        int startCol = col;
        pos++;
        col++;
        List<Object> parts = extract(quote, true, false, "string", startLine);
        unescape(parts, startLine, startCol + 1);
        if (pos + 1 < n && s[pos] == ':' && isSpace(s[pos + 1])) {
            if (parts.size() == 1 && !(parts.get(0) instanceof Token.Interpolation)) {
                String name = atomText(parts.get(0), startLine, startCol);
                push(new Token(KW_IDENTIFIER, startLine, startCol, name, null));
            } else {
                push(new Token(KW_IDENTIFIER_UNSAFE, startLine, startCol, parts, null));
            }
            pos++;
            col++;
            return;
        }
        push(new Token(quote == '"' ? BIN_STRING : LIST_STRING, startLine, startCol, parts, null));
    }

    private void heredoc(char quote) {
        int startLine = line;
        int startCol = col;
        pos += 3;
        List<Object> parts = heredocBody(quote, true, startLine, startCol);
        int indent = col - 4;
        unescape(parts, startLine, startCol);
        push(new Token(quote == '"' ? BIN_HEREDOC : LIST_HEREDOC, startLine, startCol, parts, null, null, null,
                indent, null));
    }

    /** {@code extract_heredoc_with_interpolation/6}: header check, body, closing indentation removed. */
    private List<Object> heredocBody(char quote, boolean interpol, int startLine, int startCol) {
        int p = pos + horizontalSpaces(pos);
        if (p < n && s[p] == '\n') {
            p++;
        } else if (p + 1 < n && s[p] == '\r' && s[p + 1] == '\n') {
            p += 2;
        } else {
            throw error(startLine, startCol, "heredoc allows only zero or more whitespace characters followed by a "
                    + "new line after " + quote + quote + quote);
        }
        pos = p;
        return extract(quote, interpol, true, "heredoc", startLine);
    }

    private void sigil() {
        int nameStart = pos + 1;
        int nameEnd = nameStart + 1;
        if (Identifiers.isAsciiUpper(s[nameStart])) {
            // Elixir 1.15+ multi-letter sigils (~HTML"..."): taken only where 1.14 would fail anyway
            int p = nameEnd;
            while (p < n && (Identifiers.isAsciiUpper(s[p]) || isDigit(s[p]))) {
                p++;
            }
            if (p > nameEnd && p < n && isSigilDelimiter(s[p])) {
                nameEnd = p;
            }
        }
        int startLine = line;
        int startCol = col;
        String name = names.get(s, nameStart, nameEnd);
        boolean interpol = Identifiers.isAsciiLower(s[nameStart]);
        char open = s[nameEnd];
        List<Object> parts;
        int indent = -1;
        String delimiter;
        if ((open == '"' || open == '\'') && nameEnd + 2 < n && s[nameEnd + 1] == open && s[nameEnd + 2] == open) {
            pos = nameEnd + 3;
            parts = heredocBody(open, interpol, startLine, startCol);
            indent = col - 4;
            delimiter = open == '"' ? "\"\"\"" : "'''";
        } else if (isSigilDelimiter(open)) {
            pos = nameEnd + 1;
            col = startCol + (nameEnd + 1 - (nameStart - 1)); // after the delimiter
            parts = extract(sigilTerminator(open), interpol, false, "sigil ~" + name + open, startLine);
            delimiter = String.valueOf(open);
        } else {
            int cp = Character.codePointAt(s, nameEnd, n);
            throw error(line, col, Messages.sigilDelimiter(cp, col + 2));
        }
        int m = pos;
        while (m < n && (isLetter(s[m]) || isDigit(s[m]))) {
            m++;
        }
        String modifiers = m == pos ? "" : new String(s, pos, m - pos);
        col += m - pos;
        pos = m;
        push(new Token(SIGIL, startLine, startCol, parts, null, name, modifiers, indent, delimiter));
    }

    private static boolean isSigilDelimiter(char c) {
        return c == '/' || c == '<' || c == '"' || c == '\'' || c == '[' || c == '(' || c == '{' || c == '|';
    }

    private static char sigilTerminator(char open) {
        return switch (open) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            case '<' -> '>';
            default -> open;
        };
    }
}
