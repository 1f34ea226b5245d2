package io.github.otpadvisor.elixir.lexer;

import static io.github.otpadvisor.elixir.lexer.TokenKind.*;

import io.github.otpadvisor.elixir.lexer.Operators.Operator;
import io.github.otpadvisor.elixir.lexer.Operators.Plain;
import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.ArrayList;
import java.util.List;

/**
 * The main loop of Elixir 1.14's {@code elixir_tokenizer:tokenize/5}, clause by clause. It is its
 * own {@link SourceReader} (as javac's JavaTokenizer is a UnicodeReader), because the position is
 * read for every token: through a reader field, identifier-heavy code tokenized 5% slower.
 * Erlang's accumulator list is {@link #tokens} (newest last); its scope record is the fields
 * {@link #terminators} (with the mismatch hints) and {@link #indentation}. An interpolation
 * {@code #{...}} runs a nested Lexer that stops at its unmatched {@code }}.
 */
final class Lexer extends SourceReader {
    /**
     * Interpolations nested deeper than this are refused, so the recursion (about 1.5 KB of stack
     * per level) fits in a default 512 KB thread stack. Elixir itself has no limit; real code nests a few levels.
     */
    static final int MAX_DEPTH = 256;

    private static final Integer ZERO = 0;

    final int depth;
    /** Whether this lexer reads an interpolation: an unmatched {@code }} ends it. */
    final boolean nested;
    final NameCache names;
    private final Identifiers.Scan scan = new Identifiers.Scan();
    final ArrayList<Token> tokens;
    /** Where comments are collected (suppression directives live in them); null when nobody asked. */
    List<SourceComment> comments;
    /** The newest token (Erlang's head of the accumulator), or null. */
    private Token last;

    /** Indentation of the current line (Erlang's {@code Scope#elixir_tokenizer.indentation}). */
    int indentation;
    /** Erlang's terminators and mismatch hints. */
    private final Terminators terminators;

    /** Set when a nested lexer met its closing {@code }}, and where. */
    boolean closed;
    int closeLine;
    int closeCol;

    Lexer(char[] chars, int length) {
        super(chars, length);
        this.depth = 0;
        this.nested = false;
        this.names = NameCache.forThisThread();
        this.tokens = new ArrayList<>(16 + length / 4);
        this.terminators = new Terminators(null);
    }

    /**
     * A lexer for the interpolation {@code parent} stands in (after its {@code #{}), from there on,
     * inheriting the parent's scope but not its terminators.
     */
    Lexer(Lexer parent) {
        super(parent.chars, parent.length);
        continueFrom(parent);
        this.depth = parent.depth + 1;
        this.nested = true;
        this.names = parent.names;
        this.tokens = new ArrayList<>(8); // an interpolation usually holds a few tokens
        this.comments = parent.comments;
        this.indentation = parent.indentation;
        this.terminators = new Terminators(parent.terminators.hints());
    }

    // ---------------------------------------------------------------------------------------
    // Main loop

    void run() {
        for (;;) {
            int c = current();
            switch (c) {
                case SourceReader.EOF -> {
                    terminators.checkAllClosed(line(), column());
                    return;
                }
                case 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
                        't', 'u', 'v', 'w', 'x', 'y', 'z', '_', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K',
                        'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z' -> identifier();
                case ' ', '\t' -> spaces();
                case '\n' -> newline(1);
                case '\r' -> {
                    if (peek(1) == '\n') {
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
                    if (hasAhead(1)) {
                        charLiteral();
                    } else {
                        identifier();
                    }
                }
                case '"', '\'' -> {
                    if (peek(1) == c && peek(2) == c) {
                        heredoc((char) c);
                    } else {
                        string((char) c);
                    }
                }
                case '.' -> {
                    if (!operator()) {
                        tokenizeDot();
                    }
                }
                case ':' -> colon();
                case ',' -> {
                    push(new Token(COMMA, line(), column(), null, ZERO));
                    advance(1);
                }
                case '(' -> opener(LPAREN, Frame.PAREN, 1);
                case '[' -> opener(LBRACKET, Frame.BRACKET, 1);
                case '{' -> {
                    if (!operator()) {
                        opener(LCURLY, Frame.CURLY, 1);
                    }
                }
                case ')' -> closer(RPAREN, ")", 1);
                case ']' -> closer(RBRACKET, "]", 1);
                case '}' -> {
                    if (nested && terminators.isEmpty()) {
                        closed = true;
                        closeLine = line();
                        closeCol = column();
                        advance(1);
                        return;
                    }
                    closer(RCURLY, "}", 1);
                }
                case '<' -> {
                    versionControlMarker();
                    operator();
                }
                case '>', '=', '!', '|', '^', '+', '-', '*', '/', '&', '@' -> operator();
                case '%' -> {
                    if (!operator()) {
                        percent();
                    }
                }
                case '\\' -> {
                    if (!operator()) {
                        backslash();
                    }
                }
                case ';' -> semicolon();
                default -> identifier();
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Helpers over the token list

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
        Token last = this.last;
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

    static SyntaxErrorException error(int line, int col, String message) {
        return new SyntaxErrorException(line, col, message);
    }

    /** {@code unexpected_token/5} at the current char. */
    private SyntaxErrorException unexpectedHere() {
        return error(line(), column(), Messages.unexpectedToken(codePointAt(0), column()));
    }

    // ---------------------------------------------------------------------------------------
    // Operators

    /**
     * The operator clauses of {@code tokenize/5}, and the keyword clauses before them ({@code "%{}:"},
     * {@code handle_op/8}'s first clause...), over the {@link Operators} table: false when no
     * operator stands here.
     */
    private boolean operator() {
        Operator op = Operators.longest(this, 0, Operators.PLAIN | Operators.KEYWORD);
        if (op == null) {
            return false;
        }
        if (op.in(Operators.KEYWORD) && keywordColonAt(op.length)) {
            push(new Token(KW_IDENTIFIER, line(), column(), op.text, null));
            advance(op.length + 1);
            return true;
        }
        Plain plain = op.plain;
        if (plain == Plain.BINARY || plain == Plain.UNARY) {
            handleOp(op);
        } else if (plain == Plain.EOL_BINARY) {
            addWithEol(new Token(op.kind, line(), column(), op.text, previousWasEol()));
            advance(op.length);
        } else if (plain == Plain.CAPTURE) {
            capture();
        } else if (plain == Plain.OPEN_BIT) {
            opener(LBIT, Frame.BIT, 2);
        } else if (plain == Plain.CLOSE_BIT) {
            closer(RBIT, ">>", 2);
        } else if (plain == Plain.ELLIPSIS) {
            push(callIdentifier(line(), column(), "...", 3));
            advance(3);
        } else {
            steppedRange();
        }
        return true;
    }

    /**
     * {@code handle_op/8} and {@code handle_unary_op/8} after their keyword clause: the name of the
     * operator before {@code /} ({@code &+/2}), else the operator; only a binary one records and
     * swallows a preceding eol.
     */
    private void handleOp(Operator op) {
        int len = op.length;
        int extra = spacesAt(len);
        if (peek(len + extra) == '/') {
            push(new Token(IDENTIFIER, line(), column(), op.text, null));
        } else if (op.plain == Plain.UNARY) {
            push(new Token(op.kind, line(), column(), op.text, null));
        } else {
            addWithEol(new Token(op.kind, line(), column(), op.text, previousWasEol()));
        }
        advance(len + extra);
    }

    /** {@code tokenize([T | Rest], ...) when ?capture_op(T)}: {@code &/} is the capture of {@code /} unless it is {@code &//}. */
    private void capture() {
        TokenKind kind = CAPTURE_OP;
        int slash = 1 + spacesAt(1);
        if (peek(slash) == '/') {
            int next = slash + 1 + spacesAt(slash + 1);
            kind = peek(next) == '/' ? CAPTURE_OP : IDENTIFIER;
        }
        push(new Token(kind, line(), column(), "&", null));
        advance(1);
    }

    /** {@code tokenize("..//" ++ Rest, ...)}: only the name in {@code &..///3}. */
    private void steppedRange() {
        int extra = spacesAt(4);
        if (peek(4 + extra) != '/') {
            throw unexpectedHere();
        }
        push(new Token(IDENTIFIER, line(), column(), "..//", null));
        advance(4 + extra);
    }

    /** {@code tokenize(("<<<<<<<" ++ _), Line, 1, ...)}. */
    private void versionControlMarker() {
        if (column() == 1 && matches("<<<<<<<")) {
            int k = 0;
            while (peek(k) != SourceReader.EOF && peek(k) != '\n' && peek(k) != '\r') {
                k++;
            }
            throw error(line(), 1, "found an unexpected version control marker, please resolve the conflicts: "
                    + text(pos(), pos() + k));
        }
    }

    /** {@code %{} } and {@code %} as the keyword clauses left them: a map or a struct. */
    private void percent() {
        int next = peek(1);
        if (next == '(' || next == '[') {
            throw error(line(), column(), "expected %{ to define a map, got: %" + (char) next);
        }
        push(new Token(next == '{' ? MAP : PERCENT, line(), column(), null, null));
        advance(1);
    }

    /** A backslash that is not {@code \\}: a line continuation, or an unexpected token. */
    private void backslash() {
        int eolLength = newlineAt(1);
        if (peek(1) == SourceReader.EOF || (eolLength > 0 && peek(1 + eolLength) == SourceReader.EOF)) {
            throw error(line(), column(), "invalid escape \\ at end of file");
        }
        if (eolLength > 0) {
            tokenizeEol(1 + eolLength); // no eol token
        } else {
            identifier();
        }
    }

    /** A sigil, else an operator ({@code ~>}), else an unexpected token. */
    private void tilde() {
        if (isLetter(peek(1))) {
            if (hasAhead(2)) {
                sigil();
                return;
            }
        } else if (operator()) {
            return;
        }
        identifier();
    }

    // ---------------------------------------------------------------------------------------
    // Punctuation, containers and terminators

    private void spaces() {
        skipSpaces();
        // handle_space_sensitive_tokens/5: `foo -1` is a call with a negative argument
        if (hasAhead(1) && lastKind() == IDENTIFIER) {
            int sign = current();
            if (sign == '+' || sign == '-') {
                int marker = peek(1);
                if (!SourceReader.isSpace(marker) && marker != '(' && marker != '[' && marker != '<' && marker != '{'
                        && marker != '%' && marker != '+' && marker != '-' && marker != '/' && marker != '>'
                        && marker != ':') {
                    replaceLast(last.withKind(OP_IDENTIFIER));
                    push(new Token(DUAL_OP, line(), column(), sign == '+' ? "+" : "-", null));
                    advance(1);
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
        int startLine = line();
        int startCol = column();
        int count = extend ? (Integer) last.extra : 0;
        for (;;) {
            count++;
            tokenizeEol(len);
            if (current() == '#') {
                skipComment(0);
                if (eolToken) {
                    count = 0;
                }
            }
            len = newlineAt(0);
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

    /** {@code tokenize_eol/4}: past {@code len} chars ending with a newline, to the next line's code; its indentation is remembered for terminator hints. */
    private void tokenizeEol(int len) {
        nextLine(len);
        indentation = skipSpaces();
    }

    /**
     * {@code tokenize_comment/2}: skips the comment whose '#' stands {@code k} chars ahead (Elixir
     * counts no columns for it) and records it when comments are wanted. A bidirectional control in
     * it is refused at the current position, where {@code error_comment/6} reports it.
     */
    private void skipComment(int k) {
        final char[] s = this.chars;
        final int n = this.length;
        int hash = pos() + k;
        int end = hash + 1;
        while (end < n) {
            char c = s[end];
            if (c == '\n' || (c == '\r' && end + 1 < n && s[end + 1] == '\n')) {
                break;
            }
            if (c >= 0x202A && Messages.isBidi(c)) {
                throw error(line(), column(),
                        "invalid bidirectional formatting character in comment: \\u" + Messages.hex4(c));
            }
            end++;
        }
        if (comments != null) {
            // the column counts chars from the line start, which is what a suppression diagnostic needs
            comments.add(new SourceComment(line(), charColumnOf(hash), text(hash + 1, end)));
        }
        skipTo(end);
    }

    private void semicolon() {
        if (lastKind() == SEMICOLON) {
            identifier(); // Elixir has no clause for ";;": it ends as an unexpected token
            return;
        }
        push(new Token(SEMICOLON, line(), column(), null, ZERO));
        advance(1);
    }

    /** {@code tokenize([$# | String], ...)}: the column stays at the '#', as in Elixir. */
    private void comment() {
        skipComment(0);
        Token last = this.last;
        if (last != null && last.kind == EOL) {
            replaceLast(new Token(EOL, last.line, last.column, null, ZERO));
        }
    }

    private void opener(TokenKind kind, int start, int len) {
        Token token = new Token(kind, line(), column(), null, null);
        advance(len);
        if (kind == LPAREN && lastKind() == ALIAS) {
            throw error(line(), column(), Messages.parenAfterAlias(last.text()));
        }
        terminators.open(start, token.line, indentation);
        push(token);
    }

    private void closer(TokenKind kind, String end, int len) {
        Token token = new Token(kind, line(), column(), null, previousWasEol());
        terminators.close(end, token.line, token.column, indentation);
        advance(len);
        push(token);
    }

    // ---------------------------------------------------------------------------------------
    // Dots

    /** {@code tokenize_dot/6}: a dot may be followed by spaces, comments and newlines before its right side. */
    private void tokenizeDot() {
        int dotLine = line();
        int dotCol = column();
        advance(1);
        for (;;) {
            int k = spacesAt(0);
            int newline = newlineAt(k);
            if (peek(k) == '#') {
                skipComment(k);
                restartColumn();
            } else if (newline > 0) {
                nextLine(k + newline);
            } else {
                advance(k);
                handleDot(dotLine, dotCol);
                return;
            }
        }
    }

    /** {@code handle_dot/6}: what the dot is followed by decides the tokens. */
    private void handleDot(int dotLine, int dotCol) {
        Operator op = Operators.longest(this, 0, Operators.CALL);
        if (op != null) {
            Token call = callIdentifier(line(), column(), op.text, op.length);
            addWithEol(new Token(DOT, dotLine, dotCol, null, null));
            push(call);
            advance(op.length);
            return;
        }
        int a = current();
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
        int qLine = line();
        int qCol = column();
        advance(1);
        List<Object> parts = extract(quote, true, false, "function name", qLine);
        if (parts.size() != 1 || !(parts.get(0) instanceof String name)) {
            throw error(qLine, qCol, "interpolation is not allowed when calling function/macro. Found interpolation "
                    + "in a call starting with: " + quote);
        }
        if (name.codePointCount(0, name.length()) > 255) {
            throw error(qLine, qCol, "atom length must be less than system limit: " + name);
        }
        Token call = callIdentifier(qLine, qCol, name, 0);
        addWithEol(new Token(DOT, dotLine, dotCol, null, null));
        push(call);
    }

    /** {@code check_call_identifier/5}: what immediately follows a name ({@code k} chars ahead) makes it a call. */
    private Token callIdentifier(int line, int col, String name, int k) {
        int next = peek(k);
        TokenKind kind = next == '(' ? PAREN_IDENTIFIER : next == '[' ? BRACKET_IDENTIFIER : IDENTIFIER;
        return new Token(kind, line, col, name, null);
    }

    // ---------------------------------------------------------------------------------------
    // Atoms

    /**
     * {@code tokenize([$:, ...], ...)}: an operator atom ({@code :+}, {@code :%{}}, {@code :::} as
     * {@code ::}), else the type operator {@code ::}, else a quoted or a plain atom.
     */
    private void colon() {
        Operator op = Operators.longest(this, 1, Operators.ATOM);
        if (op != null) {
            push(new Token(ATOM, line(), column(), op.text, null));
            advance(1 + op.length);
            return;
        }
        int a = peek(1);
        if (a == ':') {
            operator();
            return;
        }
        if (a == '"' || a == '\'') {
            quotedAtom((char) a);
            return;
        }
        identifierAtom();
    }

    private void quotedAtom(char quote) {
        int startLine = line();
        int startCol = column();
        advance(2);
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
        if (!hasAhead(1)) {
            throw unexpectedHere();
        }
        final char[] s = this.chars;
        int start = pos() + 1;
        Identifiers.scan(s, start, this.length, scan);
        if (scan.kind == Identifiers.EMPTY) {
            throw unexpectedHere();
        }
        if (scan.kind == Identifiers.UNEXPECTED) {
            throw unexpectedInName(start, column());
        }
        String name = scan.ascii ? names.get(s, start, scan.end, scan.hash) : Identifiers.unicodeName(s, start, scan.end);
        if (scan.length > 255 && name.codePointCount(0, name.length()) > 255) {
            throw error(line(), column(), "atom length must be less than system limit: " + name);
        }
        push(new Token(ATOM, line(), column(), name, null));
        advance(scan.end - pos(), 1 + scan.length);
    }

    // ---------------------------------------------------------------------------------------
    // Identifiers and keywords

    private void identifier() {
        final char[] s = this.chars;
        final int n = this.length;
        int start = pos();
        if (!Identifiers.scanAscii(s, start, n, scan)) {
            Identifiers.scan(s, start, n, scan);
        }
        int kind = scan.kind;
        if (kind == Identifiers.EMPTY) {
            throw unexpectedHere();
        }
        if (kind == Identifiers.UNEXPECTED) {
            throw unexpectedInName(start, column());
        }
        int end = scan.end;
        int chars = end - start;
        int length = scan.length;
        if (length <= 6 && scan.ascii) {
            int keyword = Keywords.of(s, start, end);
            if (keyword != Keywords.NONE && lastKind() != DOT
                    && (peek(chars) != ':' || peek(chars + 1) == ':')) {
                keyword(keyword, length);
                return;
            }
        }
        int line = line();
        int col = column();
        String name = scan.ascii ? names.get(s, start, end, scan.hash) : Identifiers.unicodeName(s, start, end);
        if (length > 255 && name.codePointCount(0, name.length()) > 255) {
            throw error(line, col, "atom length must be less than system limit: " + name);
        }
        if (peek(chars) == ':') {
            if (keywordColonAt(chars)) {
                push(new Token(KW_IDENTIFIER, line, col, name, null));
                advance(chars + 1, length + 1);
                return;
            }
            int after = peek(chars + 1);
            if (after != SourceReader.EOF && after != ':') {
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
            push(callIdentifier(line, col, name, chars));
        } else {
            throw unexpectedHere();
        }
        advance(chars, length);
    }

    /** {@code {unexpected_token, Wrong}} from String.Tokenizer, with Elixir's NFKC hint when one applies. */
    private SyntaxErrorException unexpectedInName(int start, int baseCol) {
        int wrongCol = baseCol + scan.length - 1;
        String wrong = text(start, scan.end);
        String hint = Identifiers.nfkcSuggestion(wrong);
        int lastCp = wrong.codePointBefore(wrong.length());
        if (hint == null) {
            hint = Identifiers.nfkcSuggestion(Messages.cpString(lastCp));
        }
        return error(line(), wrongCol, hint != null ? hint : Messages.unexpectedToken(lastCp, wrongCol));
    }

    /** Reserved words, when not after a dot and not a keyword key ({@code keyword_or_unsafe_to_atom/5}). */
    private void keyword(int keyword, int length) {
        int line = line();
        int col = column();
        switch (keyword) {
            case Keywords.FN -> {
                push(new Token(FN, line, col, null, null));
                terminators.openBlock(Frame.FN, line, indentation);
            }
            case Keywords.DO -> doKeyword();
            case Keywords.END -> {
                push(new Token(END, line, col, null, null));
                terminators.close("end", line, col, indentation);
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
        advance(length);
    }

    private void doKeyword() {
        TokenKind previous = lastKind();
        Token token = new Token(DO, line(), column(), null, null);
        if (previous == IDENTIFIER) {
            replaceLast(last.withKind(DO_IDENTIFIER));
            push(token);
        } else if (previous == FN) {
            throw error(token.line, token.column, "unexpected reserved word: do" + Messages.INVALID_DO_WITH_FN);
        } else if (previous == COMMA || previous == SEMICOLON) {
            throw error(token.line, token.column, "unexpected reserved word: do" + Messages.INVALID_DO);
        } else {
            addWithEol(token);
        }
        terminators.openBlock(Frame.DO, token.line, indentation);
    }

    /** The word operators, as {@code tokenize_keyword/8}: the name before {@code /}, and {@code not in} as one. */
    private void operatorKeyword(TokenKind kind, String name, int length) {
        int extra = spacesAt(length);
        if (peek(length + extra) == '/') {
            push(new Token(IDENTIFIER, line(), column(), name, null));
            return;
        }
        Token last = this.last;
        if (kind == IN_OP && last != null && last.kind == UNARY_OP && "not".equals(last.value)) {
            removeLast();
            addWithEol(new Token(IN_OP, last.line, last.column, "not in", last.extra));
            return;
        }
        addWithEol(new Token(kind, line(), column(), name, previousWasEol()));
    }

    // ---------------------------------------------------------------------------------------
    // Numbers and chars

    /** {@code tokenize([$0, $x, H | T], ...)} and its {@code $b}, {@code $o} siblings. */
    private boolean baseInteger() {
        int kind = peek(1);
        int first = peek(2);
        int radix = kind == 'x' && isHex(first) ? 16 : kind == 'b' && (first == '0' || first == '1') ? 2
                : kind == 'o' && first >= '0' && first <= '7' ? 8 : 0;
        if (radix == 0) {
            return false;
        }
        final char[] s = this.chars;
        final int n = this.length;
        int start = pos();
        int p = start + 3;
        while (p < n) {
            if (isDigitOf(s[p], radix)) {
                p++;
            } else if (s[p] == '_' && p + 1 < n && isDigitOf(s[p + 1], radix)) {
                p += 2;
            } else {
                break;
            }
        }
        push(new Token(INT, line(), column(), Numbers.integer(s, start + 2, p, radix), text(start, p)));
        advance(p - start);
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
        final char[] s = this.chars;
        final int n = this.length;
        int start = pos();
        int p = start + 1;
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
        int line = line();
        int col = column();
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
        advance(p - start);
    }

    /** {@code ?a}, {@code ?\\n}: two or three columns, whatever the chars, and never the next line, even for {@code ?} and a newline. */
    private void charLiteral() {
        int value;
        int chars;
        int columns;
        if (peek(1) == '\\' && hasAhead(2)) {
            int escaped = codePointAt(2);
            value = Unescaper.map(escaped);
            chars = 2 + Character.charCount(escaped);
            columns = 3;
        } else {
            value = codePointAt(1);
            chars = 1 + Character.charCount(value);
            columns = 2;
        }
        push(new Token(CHAR, line(), column(), value, text(pos(), pos() + chars)));
        advance(chars, columns);
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

    /** {@code handle_strings/6}: a string, or a quoted keyword before {@code ": "}. */
    private void string(char quote) {
        int startLine = line();
        int startCol = column();
        advance(1);
        List<Object> parts = extract(quote, true, false, "string", startLine);
        unescape(parts, startLine, startCol + 1);
        if (keywordColonAt(0)) {
            if (parts.size() == 1 && !(parts.get(0) instanceof Token.Interpolation)) {
                String name = atomText(parts.get(0), startLine, startCol);
                push(new Token(KW_IDENTIFIER, startLine, startCol, name, null));
            } else {
                push(new Token(KW_IDENTIFIER_UNSAFE, startLine, startCol, parts, null));
            }
            advance(1);
            return;
        }
        push(new Token(quote == '"' ? BIN_STRING : LIST_STRING, startLine, startCol, parts, null));
    }

    /** {@code handle_heredocs/6}. */
    private void heredoc(char quote) {
        int startLine = line();
        int startCol = column();
        advance(3);
        List<Object> parts = heredocBody(quote, true, startLine, startCol);
        int indent = column() - 4;
        unescape(parts, startLine, startCol);
        push(new Token(quote == '"' ? BIN_HEREDOC : LIST_HEREDOC, startLine, startCol, parts, null, null, null,
                indent, null));
    }

    /** {@code extract_heredoc_with_interpolation/6}: header check, body, closing indentation removed. */
    private List<Object> heredocBody(char quote, boolean interpol, int startLine, int startCol) {
        int spaces = spacesAt(0);
        int newline = newlineAt(spaces);
        if (newline == 0) {
            throw error(startLine, startCol, "heredoc allows only zero or more whitespace characters followed by a "
                    + "new line after " + quote + quote + quote);
        }
        nextLine(spaces + newline);
        return extract(quote, interpol, true, "heredoc", startLine);
    }

    /** The two sigil clauses of {@code tokenize/5}, and {@code collect_modifiers/2}. */
    private void sigil() {
        // the name's letters are the chars 1 to nameEnd (excluded) ahead
        int nameEnd = 2;
        if (Identifiers.isAsciiUpper(peek(1))) {
            // Elixir 1.15+ multi-letter sigils (~HTML"..."): taken only where 1.14 would fail anyway
            int k = nameEnd;
            while (Identifiers.isAsciiUpper(peek(k)) || isDigit(peek(k))) {
                k++;
            }
            if (k > nameEnd && isSigilDelimiter(peek(k))) {
                nameEnd = k;
            }
        }
        int startLine = line();
        int startCol = column();
        String name = names.get(this.chars, pos() + 1, pos() + nameEnd);
        boolean interpol = Identifiers.isAsciiLower(peek(1));
        int open = peek(nameEnd);
        List<Object> parts;
        int indent = -1;
        String delimiter;
        if ((open == '"' || open == '\'') && peek(nameEnd + 1) == open && peek(nameEnd + 2) == open) {
            advance(nameEnd + 3);
            parts = heredocBody((char) open, interpol, startLine, startCol);
            indent = column() - 4;
            delimiter = open == '"' ? "\"\"\"" : "'''";
        } else if (isSigilDelimiter(open)) {
            advance(nameEnd + 1);
            parts = extract(sigilTerminator((char) open), interpol, false, "sigil ~" + name + (char) open, startLine);
            delimiter = String.valueOf((char) open);
        } else {
            throw error(startLine, startCol, Messages.sigilDelimiter(codePointAt(nameEnd), startCol + 2));
        }
        int m = 0;
        while (isLetter(peek(m)) || isDigit(peek(m))) {
            m++;
        }
        String modifiers = m == 0 ? "" : text(pos(), pos() + m);
        advance(m);
        push(new Token(SIGIL, startLine, startCol, parts, null, name, modifiers, indent, delimiter));
    }

    private static boolean isSigilDelimiter(int c) {
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
