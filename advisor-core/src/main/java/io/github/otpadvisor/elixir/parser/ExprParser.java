package io.github.otpadvisor.elixir.parser;

import static io.github.otpadvisor.elixir.lexer.TokenKind.*;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Flt;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.elixir.lexer.Token;
import io.github.otpadvisor.elixir.lexer.TokenKind;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.List;

/**
 * A recursive-descent port of Elixir 1.14's {@code elixir_parser.yrl}.
 *
 * <p>The grammar's three expression families are tracked as a category of every parsed expression
 * ({@link #cat}): {@code matched_expr} ({@link #M}), {@code unmatched_expr} ({@link #U}: ends with a
 * do-block) and {@code no_parens_expr} ({@link #N}: {@code f a, b} or {@code f g a, b}). The contexts
 * that reject a family (containers, call arguments) check it, raising the yrl's errors. Binary operators
 * are parsed by precedence climbing over {@link Precedence}; left-associative chains are loops.
 *
 * <p>Calls without parentheses never take a do-block inside the arguments of another call without
 * parentheses ({@code noDo}): the yrl gives the block to the outermost call ({@code f g a do end} is
 * {@code f(g(a), do: ...)}).
 */
final class ExprParser implements Interpolations.SubParser {
    static final int M = 0;
    static final int U = 1;
    static final int N = 2;
    static final int MAX_DEPTH = 10_000;

    private final Token[] toks;
    private final Token lastToken;
    private int p;
    /** Category of the expression parsed last. */
    private int cat;
    private int depth;
    /** Index of a '(' that opens the first argument of a call without parentheses (call_args_no_parens_many_strict). */
    private int strictParenAt = -1;
    /** Set by {@link #parseStabExpr} when a parenthesised argument list {@code (a, b)} ends before ')'. */
    private List<Quoted> parenArgs;
    /**
     * Whether the expression parsed last has a shape the yrl accepts as a map entry without '=>'
     * (assoc_expr -> dot_identifier | no_parens_one_expr | parens_call).
     */
    private boolean assocShape;
    /** Where the lists of the tree are collected before they are frozen ({@link #push}, {@link #popList}). */
    private final Scratch scratch;

    /**
     * The stack the lists of the tree (arguments, items, clauses) are built on; one per parse, shared
     * with the parsers of interpolations. A list is pushed above {@link #size} and popped as one
     * immutable copy ({@link #popList}), so nested lists never disturb each other. (Per parse rather
     * than per thread: a young array takes the stores of young nodes without GC card marking.)
     */
    static final class Scratch {
        Quoted[] items = new Quoted[64];
        int size;
    }

    ExprParser(List<Token> tokens, int depth, Scratch scratch) {
        this.scratch = scratch;
        int n = tokens.size();
        boolean hasEof = n > 0 && tokens.get(n - 1).kind == EOF;
        Token[] arr = tokens.toArray(new Token[hasEof ? n : n + 1]);
        Token last = null;
        int realCount = hasEof ? n - 1 : n;
        if (realCount > 0) {
            last = arr[realCount - 1];
        }
        if (!hasEof) {
            arr[n] = last == null ? new Token(EOF, 1, 1, null, null) : new Token(EOF, last.line, last.column, null, null);
        }
        this.toks = arr;
        this.lastToken = last;
        this.depth = depth;
    }

    // ---------------------------------------------------------------- token cursor

    private TokenKind kind() {
        return toks[p].kind;
    }

    private TokenKind kindAt(int i) {
        return i < toks.length ? toks[i].kind : EOF;
    }

    private Token peek() {
        return toks[p];
    }

    private Token next() {
        Token t = toks[p];
        if (t.kind != EOF) {
            p++;
        }
        return t;
    }

    private void skipEol() {
        if (toks[p].kind == EOL) {
            p++;
        }
    }

    private SyntaxErrorException error() {
        return ParseErrors.syntaxErrorBefore(toks[p], lastToken);
    }

    private Token expect(TokenKind k) {
        if (toks[p].kind != k) {
            throw error();
        }
        return toks[p++];
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw ParseErrors.tooDeep(toks[p], MAX_DEPTH);
        }
    }

    private void leave() {
        depth--;
    }

    // ---------------------------------------------------------------- list building

    /** The start of a list about to be pushed. */
    private int mark() {
        return scratch.size;
    }

    private void push(Quoted q) {
        Scratch s = scratch;
        if (s.size == s.items.length) {
            s.items = java.util.Arrays.copyOf(s.items, s.size * 2);
        }
        s.items[s.size++] = q;
    }

    /** Pushes the items of an immutable list. */
    private void pushAll(List<Quoted> list) {
        for (int i = 0, n = list.size(); i < n; i++) {
            push(list.get(i));
        }
    }

    /** The items pushed since {@code base}, as an immutable list; pops them. */
    private List<Quoted> popList(int base) {
        Scratch s = scratch;
        List<Quoted> list = QList.copyOfRange(s.items, base, s.size);
        s.size = base;
        return list;
    }

    private boolean isEoe() {
        TokenKind k = kind();
        return k == EOL || k == SEMICOLON;
    }

    // eoe -> eol | ';' | eol ';'
    private void skipEoe() {
        if (kind() == EOL) {
            p++;
            if (kind() == SEMICOLON) {
                p++;
            }
        } else if (kind() == SEMICOLON) {
            p++;
        }
    }

    private static boolean isKw(TokenKind k) {
        return k == KW_IDENTIFIER || k == KW_IDENTIFIER_SAFE || k == KW_IDENTIFIER_UNSAFE;
    }

    /** Tokens that start call_args_no_parens_all (the first argument of a call without parentheses). */
    private static boolean startsNoParensArg(TokenKind k) {
        switch (k) {
            case IDENTIFIER: case PAREN_IDENTIFIER: case DO_IDENTIFIER: case OP_IDENTIFIER: case BRACKET_IDENTIFIER:
            case ALIAS: case FN: case TRUE: case FALSE: case NIL:
            case ATOM: case ATOM_QUOTED: case ATOM_SAFE: case ATOM_UNSAFE:
            case BIN_STRING: case LIST_STRING: case BIN_HEREDOC: case LIST_HEREDOC: case SIGIL:
            case INT: case FLT: case CHAR:
            case UNARY_OP: case AT_OP: case CAPTURE_OP:
            case LPAREN: case LBRACKET: case LCURLY: case LBIT: case MAP: case PERCENT:
            case KW_IDENTIFIER: case KW_IDENTIFIER_SAFE: case KW_IDENTIFIER_UNSAFE:
                return true;
            default:
                return false;
        }
    }

    /** Tokens that can start an expression. */
    private static boolean startsExpr(TokenKind k) {
        return (startsNoParensArg(k) && !isKw(k)) || k == DUAL_OP || k == TERNARY_OP || k == RANGE_OP;
    }

    // ---------------------------------------------------------------- grammar

    // grammar -> eoe | expr_list | eoe expr_list | expr_list eoe | eoe expr_list eoe | '$empty'
    // expr_list -> expr | expr_list eoe expr
    Quoted parseGrammar() {
        Token first = peek();
        if (first.kind == EOF) {
            return Builders.emptyBlock(1, 1);
        }
        if (isEoe()) {
            skipEoe();
            if (kind() == EOF) {
                return new Call(Builders.BLOCK, Builders.meta(first), QList.listOf());
            }
        }
        Token start = peek();
        int base = mark();
        push(parseExpr(0, false));
        while (true) {
            if (isEoe()) {
                skipEoe();
                if (kind() == EOF) {
                    break;
                }
                push(parseExpr(0, false));
            } else if (kind() == EOF) {
                break;
            } else {
                throw error();
            }
        }
        return Builders.buildBlock(popList(base), start.line, start.column);
    }

    // string_tokens_parse/1
    @Override
    public Quoted parse(List<Token> tokens) {
        return new ExprParser(tokens, depth, scratch).parseGrammar();
    }

    // ---------------------------------------------------------------- expressions

    /**
     * expr / matched_expr / unmatched_expr / no_parens_expr with binary operators of precedence
     * {@code >= minPrec}; sets {@link #cat}.
     */
    private Quoted parseExpr(int minPrec, boolean noDo) {
        enter();
        Quoted left = parseUnary(noDo, true);
        left = parseBinaryRest(left, minPrec, noDo);
        leave();
        return left;
    }

    /**
     * The loop over binary operators (left-associative chains iterate, right operands recurse):
     * <pre>
     * matched_expr -> matched_expr matched_op_expr
     * unmatched_expr -> matched_expr unmatched_op_expr | unmatched_expr matched_op_expr
     *                 | unmatched_expr unmatched_op_expr | unmatched_expr no_parens_op_expr
     * no_parens_expr -> matched_expr no_parens_op_expr
     * no_parens_op_expr -> when_op_eol call_args_no_parens_kw
     * </pre>
     */
    private Quoted parseBinaryRest(Quoted left, int minPrec, boolean noDo) {
        int lc = cat;
        while (true) {
            Token op = peek();
            int prec = Precedence.binary(op.kind);
            if (prec < 0 || prec < minPrec || lc == N) {
                break;
            }
            p++;
            skipEol();
            Quoted right;
            int rc;
            if (op.kind == WHEN_OP && isKw(kind())) {
                right = parseNoParensKw();
                rc = N;
            } else {
                right = parseExpr(Precedence.rightOperandMin(op.kind), noDo);
                rc = cat;
            }
            left = Builders.buildOp(left, op, right);
            lc = lc == U ? U : rc;
            assocShape = false;
        }
        cat = lc;
        return left;
    }

    /**
     * Unary operators and everything that binds tighter than binary operators:
     * <pre>
     * matched_expr -> unary_op_eol matched_expr | at_op_eol matched_expr | capture_op_eol matched_expr
     * unmatched_expr -> unary_op_eol expr | at_op_eol expr | capture_op_eol expr
     * no_parens_expr -> unary_op_eol no_parens_expr | at_op_eol no_parens_expr | capture_op_eol no_parens_expr
     * access_expr -> capture_op_eol int
     * bracket_at_expr -> at_op_eol dot_bracket_identifier bracket_arg | at_op_eol access_expr bracket_arg
     * </pre>
     * {@code postfix}: whether dots and brackets may follow (not under '@', which binds tighter than '.').
     */
    private Quoted parseUnary(boolean noDo, boolean postfix) {
        Token t = peek();
        switch (t.kind) {
            case UNARY_OP:
            case DUAL_OP:
            case TERNARY_OP: {
                enter();
                p++;
                skipEol();
                Quoted operand = parseUnaryOperand(Precedence.UNARY, noDo);
                leave();
                assocShape = false;
                return Builders.buildUnaryOp(t, operand);
            }
            case CAPTURE_OP: {
                enter();
                p++;
                skipEol();
                Quoted r;
                if (kind() == INT) {
                    r = new Call(Atom.of("&"), Builders.meta(t), QList.listOf(Builders.intLiteral(next())));
                    cat = M;
                    assocShape = false;
                    if (postfix) {
                        r = parsePostfix(r, noDo);
                    }
                } else {
                    Quoted operand = parseUnaryOperand(Precedence.CAPTURE, noDo);
                    r = Builders.buildUnaryOp(t, operand);
                }
                assocShape = false;
                leave();
                return r;
            }
            case AT_OP: {
                enter();
                p++;
                skipEol();
                Quoted operand = parseUnary(noDo, false);
                if (cat == U) {
                    operand = parseBinaryRest(operand, 0, noDo);
                }
                Quoted r = Builders.buildUnaryOp(t, operand);
                assocShape = false;
                if (cat == M) {
                    r = postfix ? parsePostfix(r, noDo) : parseBrackets(r);
                }
                leave();
                return r;
            }
            default:
                return parsePrimary(noDo, postfix);
        }
    }

    /** The operand of a unary operator of precedence {@code prec}. */
    private Quoted parseUnaryOperand(int prec, boolean noDo) {
        Quoted e = parseUnary(noDo, prec < Precedence.DOT);
        if (cat == M) {
            e = parseBinaryRest(e, prec + 1, noDo);
        }
        if (cat == U) {
            e = parseBinaryRest(e, 0, noDo);
        }
        return e;
    }

    /** Brackets directly after an '@' expression nested under another '@'. */
    private Quoted parseBrackets(Quoted node) {
        while (kind() == LBRACKET) {
            node = parseBracketArg(node);
        }
        return node;
    }

    /** access_expr and the identifiers (with their calls), then the postfix chain when allowed. */
    private Quoted parsePrimary(boolean noDo, boolean postfix) {
        Token t = peek();
        Quoted node;
        switch (t.kind) {
            case IDENTIFIER:
            case OP_IDENTIFIER:
                p++;
                if (t.kind == OP_IDENTIFIER || startsNoParensArg(kind())) {
                    return parseNoParensCall(null, null, t, noDo);
                }
                node = variable(t);
                break;
            case DO_IDENTIFIER:
                p++;
                if (!noDo && kind() == DO) {
                    // block_expr -> dot_do_identifier do_block
                    node = Builders.buildIdentifier(null, null, t, QList.listOf(parseDoBlock()));
                    cat = U;
                    assocShape = false;
                    return node;
                }
                node = variable(t);
                break;
            case PAREN_IDENTIFIER:
                p++;
                node = parseParenCall(null, null, null, t, noDo);
                if (cat == U) {
                    assocShape = false;
                    return node;
                }
                break;
            case BRACKET_IDENTIFIER:
                p++;
                node = variable(t);
                if (postfix) {
                    // bracket_expr -> dot_bracket_identifier bracket_arg
                    node = parseBracketArg(node);
                }
                break;
            case ALIAS:
                p++;
                node = Builders.buildAlias(t);
                break;
            case INT:
                p++;
                node = Builders.intLiteral(t);
                break;
            case FLT:
                p++;
                node = new Flt(((Number) t.value).doubleValue());
                break;
            case CHAR:
                p++;
                node = Int.of(((Number) t.value).longValue());
                break;
            case TRUE:
                p++;
                node = Atom.TRUE;
                break;
            case FALSE:
                p++;
                node = Atom.FALSE;
                break;
            case NIL:
                p++;
                node = Atom.NIL;
                break;
            case ATOM:
            case ATOM_QUOTED:
                p++;
                node = Atom.of(t.text());
                break;
            case ATOM_SAFE:
            case ATOM_UNSAFE:
                p++;
                node = Interpolations.quotedAtom(t, t.kind == ATOM_SAFE, this);
                break;
            case BIN_STRING:
            case BIN_HEREDOC:
                p++;
                node = Interpolations.binString(t, this);
                break;
            case LIST_STRING:
            case LIST_HEREDOC:
                p++;
                node = Interpolations.listString(t, this);
                break;
            case SIGIL:
                p++;
                node = Interpolations.sigil(t, this);
                break;
            case RANGE_OP:
                // access_expr -> range_op : build_nullary_op('$1')
                p++;
                node = Builders.buildNullaryOp(t);
                break;
            case LPAREN: {
                boolean strict = p == strictParenAt;
                node = parseParens(strict);
                break;
            }
            case LBRACKET:
                node = parseList();
                break;
            case LCURLY:
                node = parseTuple();
                break;
            case LBIT:
                node = parseBitString();
                break;
            case MAP:
                p++;
                skipEol();
                node = parseMapArgs();
                break;
            case PERCENT:
                node = parseStruct();
                break;
            case FN:
                node = parseFn();
                break;
            default:
                throw error();
        }
        cat = M;
        assocShape = t.kind == IDENTIFIER || t.kind == DO_IDENTIFIER || t.kind == PAREN_IDENTIFIER;
        if (postfix) {
            node = parsePostfix(node, noDo);
        }
        return node;
    }

    /**
     * The chain of dots, dot-calls and brackets after a matched expression:
     * <pre>
     * dot_identifier -> matched_expr dot_op identifier          (and op/do/paren/bracket identifiers)
     * dot_alias -> matched_expr dot_op alias | matched_expr dot_op open_curly [container_args] close_curly
     * dot_call_identifier -> matched_expr dot_call_op
     * bracket_expr -> access_expr bracket_arg
     * matched_expr -> access_expr kw_identifier : error_invalid_kw_identifier('$2')
     * </pre>
     * Sets {@link #cat} (U or N when the chain ends with a call that takes a do-block or many arguments).
     */
    private Quoted parsePostfix(Quoted node, boolean noDo) {
        cat = M;
        while (true) {
            TokenKind k = kind();
            if (k == DOT) {
                Token dot = next();
                skipEol();
                Token id = peek();
                switch (id.kind) {
                    case IDENTIFIER:
                        p++;
                        if (startsNoParensArg(kind())) {
                            return parseNoParensCall(dot, node, id, noDo);
                        }
                        node = Builders.buildIdentifier(dot, node, id, null);
                        assocShape = true;
                        break;
                    case OP_IDENTIFIER:
                        p++;
                        return parseNoParensCall(dot, node, id, noDo);
                    case DO_IDENTIFIER:
                        p++;
                        if (!noDo && kind() == DO) {
                            Quoted r = Builders.buildIdentifier(dot, node, id, QList.listOf(parseDoBlock()));
                            cat = U;
                            assocShape = false;
                            return r;
                        }
                        node = Builders.buildIdentifier(dot, node, id, null);
                        assocShape = true;
                        break;
                    case PAREN_IDENTIFIER:
                        p++;
                        node = parseParenCall(dot, null, node, id, noDo);
                        assocShape = cat != U;
                        if (cat == U) {
                            return node;
                        }
                        break;
                    case BRACKET_IDENTIFIER:
                        p++;
                        node = parseBracketArg(Builders.buildIdentifier(dot, node, id, null));
                        assocShape = false;
                        break;
                    case ALIAS:
                        p++;
                        node = Builders.buildDotAlias(dot, node, id);
                        assocShape = false;
                        break;
                    case LCURLY: {
                        p++;
                        skipEol();
                        List<Quoted> args;
                        if (kind() == RCURLY) {
                            p++;
                            args = QList.listOf();
                        } else {
                            args = parseContainerArgs(RCURLY);
                        }
                        node = Builders.buildDotContainer(dot, node, args);
                        assocShape = false;
                        break;
                    }
                    default:
                        throw error();
                }
            } else if (k == DOT_CALL_OP) {
                Token dot = next();
                Call target = new Call(Builders.DOT, Builders.meta(dot), QList.listOf(node));
                node = parseParenCall(null, target, null, dot, noDo);
                assocShape = cat != U;
                if (cat == U) {
                    return node;
                }
            } else if (k == LBRACKET) {
                node = parseBracketArg(node);
                assocShape = false;
            } else if (k == KW_IDENTIFIER || k == KW_IDENTIFIER_SAFE || k == KW_IDENTIFIER_UNSAFE) {
                throw ParseErrors.invalidKwIdentifier(peek());
            } else {
                break;
            }
        }
        cat = M;
        return node;
    }

    /**
     * A call with parentheses, its optional second parentheses and do-block:
     * <pre>
     * parens_call -> dot_call_identifier call_args_parens
     * parens_call -> dot_call_identifier call_args_parens call_args_parens
     * block_expr -> dot_call_identifier call_args_parens do_block
     * block_expr -> dot_call_identifier call_args_parens call_args_parens do_block
     * </pre>
     * For a dot-call ({@code fun.(x)}) {@code dot} is the already built {@code {:., meta, [fun]}} call.
     * Sets {@link #cat}: U with a do-block, else M.
     */
    private Quoted parseParenCall(Token dot, Call dotCall, Quoted left, Token ident, boolean noDo) {
        int base = mark();
        pushCallArgsParens();
        if (kind() == LPAREN) {
            Quoted call = buildParenCallee(dot, dotCall, left, ident, popList(base));
            pushCallArgsParens();
            if (!noDo && kind() == DO) {
                push(parseDoBlock());
                cat = U;
            } else {
                cat = M;
            }
            return new Call(call, ((Call) call).meta(), popList(base));
        }
        if (!noDo && kind() == DO) {
            push(parseDoBlock());
            cat = U;
        } else {
            cat = M;
        }
        return buildParenCallee(dot, dotCall, left, ident, popList(base));
    }

    // build_parens/3 through build_identifier/2
    private static Quoted buildParenCallee(Token dot, Call dotCall, Quoted left, Token ident, List<Quoted> args) {
        if (dotCall != null) {
            return new Call(dotCall, dotCall.meta(), args);
        }
        return Builders.buildIdentifier(dot, left, ident, args);
    }

    private Call variable(Token t) {
        return new Call(Atom.of(t.text()), Builders.meta(t), null);
    }

    /**
     * A call without parentheses and its do-block:
     * <pre>
     * no_parens_one_expr -> dot_identifier call_args_no_parens_one          (M)
     * no_parens_one_ambig_expr -> dot_identifier call_args_no_parens_ambig  (N)
     * no_parens_many_expr -> dot_identifier call_args_no_parens_many_strict (N)
     * block_expr -> dot_identifier call_args_no_parens_all do_block         (U)
     * </pre>
     */
    private Quoted parseNoParensCall(Token dot, Quoted left, Token ident, boolean noDo) {
        int base = mark();
        pushNoParensArgs();
        int argsCat = cat;
        if (!noDo && kind() == DO) {
            push(parseDoBlock());
            Quoted r = Builders.buildIdentifier(dot, left, ident, popList(base));
            cat = U;
            assocShape = false;
            return r;
        }
        Quoted r = Builders.buildIdentifier(dot, left, ident, popList(base));
        cat = argsCat;
        assocShape = argsCat == M;
        return r;
    }

    /**
     * <pre>
     * call_args_no_parens_all -> call_args_no_parens_one | call_args_no_parens_ambig | call_args_no_parens_many
     * call_args_no_parens_one -> call_args_no_parens_kw | matched_expr
     * call_args_no_parens_ambig -> no_parens_expr
     * call_args_no_parens_many -> matched_expr ',' call_args_no_parens_kw
     *                           | call_args_no_parens_comma_expr [',' call_args_no_parens_kw]
     * call_args_no_parens_expr -> matched_expr | no_parens_expr : error_no_parens_many_strict('$1')
     * call_args_no_parens_many_strict -> open_paren call_args_no_parens_(kw|many) close_paren : error_no_parens_strict
     * </pre>
     * Pushes the arguments. Sets {@link #cat}: M for one argument, N for the ambiguous and many forms.
     */
    private void pushNoParensArgs() {
        if (isKw(kind())) {
            Quoted kw = parseNoParensKw();
            cat = M;
            push(kw);
            return;
        }
        int savedStrict = strictParenAt;
        if (kind() == LPAREN) {
            strictParenAt = p;
        }
        Quoted first = parseExpr(0, true);
        strictParenAt = savedStrict;
        push(first);
        if (cat == N) {
            return;
        }
        if (kind() != COMMA) {
            cat = M;
            return;
        }
        pushMoreNoParensArgs();
        cat = N;
    }

    /**
     * The rest of {@code call_args_no_parens_many} after its first argument: {@code , expr} items
     * (none of them itself a no-parens call with several arguments) and an optional trailing keyword list.
     */
    private void pushMoreNoParensArgs() {
        while (kind() == COMMA) {
            p++;
            if (isKw(kind())) {
                push(parseNoParensKw());
                break;
            }
            Token at = peek();
            Quoted e = parseExpr(0, true);
            if (cat == N) {
                throw ParseErrors.noParensManyStrict(e, at);
            }
            push(e);
        }
    }

    /**
     * <pre>
     * call_args_no_parens_kw_expr -> kw_eol matched_expr | kw_eol no_parens_expr
     * call_args_no_parens_kw -> call_args_no_parens_kw_expr
     *                         | call_args_no_parens_kw_expr ',' call_args_no_parens_kw
     *                         | call_args_no_parens_kw_expr ',' matched_expr : maybe_bad_keyword_call_follow_up
     * </pre>
     */
    private Quoted parseNoParensKw() {
        int base = mark();
        while (true) {
            Quoted key = parseKwEol();
            Quoted value = parseExpr(0, true);
            push(Tuple.pair(key, value));
            if (cat == N || kind() != COMMA) {
                break;
            }
            if (isKw(kindAt(p + 1))) {
                p++;
                continue;
            }
            Token comma = next();
            parseExpr(0, true);
            throw ParseErrors.badKeywordCallFollowUp(comma);
        }
        cat = M;
        return new QList(popList(base));
    }

    /** kw_eol -> kw_identifier [eol] | kw_identifier_safe [eol] | kw_identifier_unsafe [eol] */
    private Quoted parseKwEol() {
        Token t = next();
        Quoted key;
        if (t.kind == KW_IDENTIFIER) {
            key = Atom.of(t.text());
        } else if (t.kind == KW_IDENTIFIER_SAFE || t.kind == KW_IDENTIFIER_UNSAFE) {
            key = Interpolations.quotedAtom(t, t.kind == KW_IDENTIFIER_SAFE, this);
        } else {
            p--;
            throw error();
        }
        skipEol();
        return key;
    }

    /**
     * <pre>
     * call_args_parens -> open_paren ')'
     *                   | open_paren no_parens_expr close_paren
     *                   | open_paren kw_call close_paren
     *                   | open_paren call_args_parens_base close_paren
     *                   | open_paren call_args_parens_base ',' kw_call close_paren
     * call_args_parens_expr -> matched_expr | unmatched_expr | no_parens_expr : error_no_parens_many_strict
     * </pre>
     * Pushes the arguments.
     */
    private void pushCallArgsParens() {
        expect(LPAREN);
        skipEol();
        if (kind() == RPAREN) {
            p++;
            return;
        }
        if (isKw(kind())) {
            push(parseKwCall());
        } else {
            Token at = peek();
            Quoted first = parseExpr(0, false);
            push(first);
            if (cat == N) {
                if (!isCloseParen()) {
                    throw ParseErrors.noParensManyStrict(first, at);
                }
            } else {
                while (kind() == COMMA) {
                    p++;
                    if (isKw(kind())) {
                        push(parseKwCall());
                        break;
                    }
                    at = peek();
                    Quoted e = parseExpr(0, false);
                    if (cat == N) {
                        throw ParseErrors.noParensManyStrict(e, at);
                    }
                    push(e);
                }
            }
        }
        closeWith(RPAREN);
    }

    private boolean isCloseParen() {
        return kind() == RPAREN || (kind() == EOL && kindAt(p + 1) == RPAREN);
    }

    // close_paren -> ')' | eol ')' (and the same for ']', '}', '>>')
    private Token closeWith(TokenKind closing) {
        if (kind() == EOL && kindAt(p + 1) == closing) {
            p++;
        }
        return expect(closing);
    }

    /**
     * <pre>
     * kw_base -> kw_eol container_expr | kw_base ',' kw_eol container_expr
     * kw_call -> kw_base | kw_base ',' | kw_base ',' matched_expr : maybe_bad_keyword_call_follow_up
     * kw_data -> kw_base | kw_base ',' | kw_base ',' matched_expr : maybe_bad_keyword_data_follow_up
     * </pre>
     */
    private Quoted parseKwList(boolean call) {
        int base = mark();
        pushKwList(call);
        return new QList(popList(base));
    }

    /** The pairs of {@link #parseKwList}, pushed. */
    private void pushKwList(boolean call) {
        while (true) {
            Quoted key = parseKwEol();
            Quoted value = parseContainerExpr();
            push(Tuple.pair(key, value));
            if (kind() != COMMA) {
                break;
            }
            TokenKind after = kindAt(p + 1);
            if (isKw(after)) {
                p++;
                continue;
            }
            Token comma = next();
            if (startsExpr(after)) {
                parseExpr(0, false);
                throw call ? ParseErrors.badKeywordCallFollowUp(comma) : ParseErrors.badKeywordDataFollowUp(comma);
            }
            break;
        }
    }

    private Quoted parseKwCall() {
        return parseKwList(true);
    }

    private Quoted parseKwData() {
        return parseKwList(false);
    }

    /** container_expr -> matched_expr | unmatched_expr | no_parens_expr : error_no_parens_container_strict('$1') */
    private Quoted parseContainerExpr() {
        Token at = peek();
        Quoted e = parseExpr(0, false);
        if (cat == N) {
            throw ParseErrors.noParensContainerStrict(e, at);
        }
        return e;
    }

    /**
     * <pre>
     * container_args_base -> container_expr | container_args_base ',' container_expr
     * container_args -> container_args_base | container_args_base ',' | container_args_base ',' kw_data
     * </pre>
     * then the closing token (with an optional eol before it).
     */
    private List<Quoted> parseContainerArgs(TokenKind closing) {
        return parseContainerArgs(closing, false);
    }

    /** With {@code spliceKw} (list_args), a trailing kw_data is appended element by element. */
    private List<Quoted> parseContainerArgs(TokenKind closing, boolean spliceKw) {
        int base = mark();
        push(parseContainerExpr());
        while (kind() == COMMA) {
            p++;
            if (isKw(kind())) {
                if (spliceKw) {
                    pushKwList(false);
                } else {
                    push(parseKwData());
                }
                break;
            }
            if (kind() == closing || (kind() == EOL && kindAt(p + 1) == closing)) {
                break;
            }
            push(parseContainerExpr());
        }
        closeWith(closing);
        return popList(base);
    }

    /**
     * <pre>
     * list -> open_bracket ']' | open_bracket list_args close_bracket
     * list_args -> kw_data | container_args_base | container_args_base ',' | container_args_base ',' kw_data
     * </pre>
     */
    private Quoted parseList() {
        next();
        skipEol();
        Quoted r;
        if (kind() == RBRACKET) {
            p++;
            r = QList.EMPTY;
        } else if (isKw(kind())) {
            Quoted kw = parseKwData();
            closeWith(RBRACKET);
            r = kw;
        } else {
            r = new QList(parseContainerArgs(RBRACKET, true));
        }
        return r;
    }

    // tuple -> open_curly '}' | open_curly container_args close_curly
    private Quoted parseTuple() {
        Token open = next();
        return Builders.buildTuple(open, containerItems(RCURLY));
    }

    // bit_string -> open_bit '>>' | open_bit container_args close_bit
    private Quoted parseBitString() {
        Token open = next();
        return Builders.buildBit(open, containerItems(RBIT));
    }

    /** The items after a tuple's or bitstring's opening delimiter, through {@code close}: none or container_args. */
    private List<Quoted> containerItems(TokenKind close) {
        skipEol();
        if (kind() == close) {
            p++;
            return QList.listOf();
        }
        return parseContainerArgs(close);
    }

    /**
     * <pre>
     * bracket_arg -> open_bracket kw_data close_bracket
     *              | open_bracket container_expr close_bracket
     *              | open_bracket container_expr ',' close_bracket
     * </pre>
     */
    private Quoted parseBracketArg(Quoted expr) {
        Token open = expect(LBRACKET);
        skipEol();
        Quoted arg;
        if (isKw(kind())) {
            arg = parseKwData();
        } else {
            arg = parseContainerExpr();
            if (kind() == COMMA) {
                p++;
            }
        }
        closeWith(RBRACKET);
        return Builders.buildAccess(expr, open, arg);
    }

    /**
     * <pre>
     * map_args -> open_curly '}' | open_curly map_close
     *           | open_curly assoc_update close_curly | open_curly assoc_update ',' close_curly
     *           | open_curly assoc_update ',' map_close | open_curly assoc_update_kw close_curly
     * map_close -> kw_data close_curly | assoc close_curly | assoc_base ',' kw_data close_curly
     * assoc_update -> matched_expr pipe_op_eol assoc_expr | unmatched_expr pipe_op_eol assoc_expr
     * assoc_update_kw -> matched_expr pipe_op_eol kw_data | unmatched_expr pipe_op_eol kw_data
     * </pre>
     */
    private Quoted parseMapArgs() {
        Token open = expect(LCURLY);
        skipEol();
        Quoted r;
        if (kind() == RCURLY) {
            p++;
            r = Builders.buildMap(open, QList.listOf());
        } else if (isKw(kind())) {
            Quoted kw = parseKwData();
            closeWith(RCURLY);
            r = Builders.buildMap(open, ((QList) kw).items());
        } else {
            Quoted first = parseExpr(Precedence.PIPE + 1, false);
            if (cat != N && kind() == PIPE_OP) {
                Token pipe = next();
                skipEol();
                if (isKw(kind())) {
                    Quoted kw = parseKwData();
                    closeWith(RCURLY);
                    r = Builders.buildMapUpdate(open, pipe, first, ((QList) kw).items());
                } else {
                    Quoted rhs = parseExpr(Precedence.PIPE, false);
                    if (kind() == ASSOC_OP && cat != N) {
                        int base = mark();
                        push(parseAssocValue(rhs));
                        parseAssocTail();
                        r = Builders.buildMapUpdate(open, pipe, first, popList(base));
                    } else if (kind() == COMMA || kind() == RCURLY || kind() == EOL) {
                        if (!assocShape || cat == N) {
                            throw error();
                        }
                        int base = mark();
                        push(rhs);
                        parseAssocTail();
                        r = Builders.buildMapUpdate(open, pipe, first, popList(base));
                    } else {
                        // a '|' that is not a map update: an ordinary operator inside the first entry
                        Quoted op = Builders.buildOp(first, pipe, rhs);
                        op = parseBinaryRest(op, 0, false);
                        int base = mark();
                        push(finishAssocExpr(op));
                        parseAssocTail();
                        r = Builders.buildMap(open, popList(base));
                    }
                }
            } else {
                Quoted key = parseBinaryRest(first, 0, false);
                int base = mark();
                push(finishAssocExpr(key));
                parseAssocTail();
                r = Builders.buildMap(open, popList(base));
            }
        }
        return r;
    }

    // assoc_expr -> (matched|unmatched)_expr assoc_op_eol (matched|unmatched)_expr | dot_identifier
    //             | no_parens_one_expr | parens_call
    private Quoted finishAssocExpr(Quoted key) {
        if (cat == N) {
            throw error();
        }
        if (kind() == ASSOC_OP) {
            return parseAssocValue(key);
        }
        if (!assocShape) {
            throw error();
        }
        return key;
    }

    private Quoted parseAssocValue(Quoted key) {
        expect(ASSOC_OP);
        skipEol();
        Quoted value = parseExpr(0, false);
        if (cat == N) {
            throw error();
        }
        return Tuple.pair(key, value);
    }

    /** The entries after the first: {@code assoc_base ',' assoc_expr}, {@code ',' kw_data}, trailing comma, '}'. */
    private void parseAssocTail() {
        while (kind() == COMMA) {
            p++;
            if (isKw(kind())) {
                pushKwList(false);
                break;
            }
            if (kind() == RCURLY || (kind() == EOL && kindAt(p + 1) == RCURLY)) {
                break;
            }
            Quoted key = parseExpr(0, false);
            push(finishAssocExpr(key));
        }
        closeWith(RCURLY);
    }

    /**
     * <pre>
     * map -> struct_op struct_expr map_args | struct_op struct_expr eol map_args
     * struct_expr -> atom | atom_quoted | dot_alias | dot_identifier | at_op_eol struct_expr
     *              | unary_op_eol struct_expr | parens_call
     * </pre>
     */
    private Quoted parseStruct() {
        Token percent = next();
        Quoted struct = parseStructExpr();
        skipEol();
        Quoted map = parseMapArgs();
        return new Call(Builders.STRUCT, Builders.meta(percent), QList.listOf(struct, map));
    }

    private Quoted parseStructExpr() {
        Token t = peek();
        switch (t.kind) {
            case AT_OP:
            case UNARY_OP:
            case DUAL_OP:
            case TERNARY_OP: {
                enter();
                p++;
                skipEol();
                Quoted operand = parseStructExpr();
                leave();
                return Builders.buildUnaryOp(t, operand);
            }
            case ATOM:
            case ATOM_QUOTED:
                p++;
                return Atom.of(t.text());
            default:
                break;
        }
        Quoted node;
        switch (t.kind) {
            case IDENTIFIER:
            case DO_IDENTIFIER:
            case BRACKET_IDENTIFIER:
            case OP_IDENTIFIER:
                p++;
                node = variable(t);
                break;
            case PAREN_IDENTIFIER:
                p++;
                node = parseParenCall(null, null, null, t, true);
                break;
            case ALIAS:
                p++;
                node = Builders.buildAlias(t);
                break;
            default:
                node = parsePrimary(true, false);
                break;
        }
        while (kind() == DOT) {
            Token dot = next();
            skipEol();
            Token id = next();
            switch (id.kind) {
                case ALIAS:
                    node = Builders.buildDotAlias(dot, node, id);
                    break;
                case IDENTIFIER:
                case DO_IDENTIFIER:
                case BRACKET_IDENTIFIER:
                case OP_IDENTIFIER:
                    node = Builders.buildIdentifier(dot, node, id, null);
                    break;
                case PAREN_IDENTIFIER:
                    node = parseParenCall(dot, null, node, id, true);
                    break;
                default:
                    p--;
                    throw error();
            }
        }
        return node;
    }

    /**
     * Parenthesised expressions:
     * <pre>
     * access_expr -> open_paren stab close_paren | open_paren stab ';' close_paren
     *              | open_paren ';' stab ';' close_paren | open_paren ';' stab close_paren
     *              | open_paren ';' close_paren | empty_paren
     * </pre>
     * With {@code strict} (first argument of a call without parentheses) an argument list
     * {@code (a, b)} raises error_no_parens_strict.
     */
    private Quoted parseParens(boolean strict) {
        Token open = next();
        skipEol();
        Quoted r;
        if (kind() == RPAREN) {
            // access_expr -> empty_paren : warn_empty_paren('$1'), {'__block__', [], []}
            p++;
            r = Builders.emptyBlock(open.line, open.column);
        } else {
            boolean leadingSemicolon = false;
            if (kind() == SEMICOLON) {
                p++;
                leadingSemicolon = true;
            }
            if (leadingSemicolon && isCloseParen()) {
                closeWith(RPAREN);
                r = Builders.buildParenStab(open, QList.listOf());
            } else {
                List<Quoted> items = parseStab(true);
                if (items == null) {
                    // (a, b) or (kw: v) directly followed by ')': only valid as stab_parens_many
                    if (!strict) {
                        throw error();
                    }
                    closeWith(RPAREN);
                    throw ParseErrors.noParensStrict(open);
                }
                if (kind() == SEMICOLON) {
                    p++;
                }
                closeWith(RPAREN);
                r = Builders.buildParenStab(open, items);
            }
        }
        return r;
    }

    // ---------------------------------------------------------------- stabs and blocks

    /**
     * <pre>
     * stab -> stab_expr | stab eoe stab_expr
     * stab_eoe -> stab | stab eoe
     * </pre>
     * Items in source order; stops before 'end', a block identifier or ')', consuming a trailing eoe
     * (but not a lone ';' before ')'). With {@code parens}, returns null when the first item is an
     * argument list ending at ')' ({@link #parenArgs}).
     */
    private List<Quoted> parseStab(boolean parens) {
        int base = mark();
        boolean first = true;
        while (true) {
            Quoted item = parseStabExpr(parens && first);
            if (item == null) {
                return null;
            }
            first = false;
            push(item);
            if (!isEoe()) {
                break;
            }
            int save = p;
            skipEoe();
            TokenKind k = kind();
            if (k == END || k == BLOCK_IDENTIFIER || k == RPAREN || k == EOF) {
                if (parens && toks[p - 1].kind == SEMICOLON) {
                    p = save;
                    if (kind() == EOL) {
                        p++;
                    }
                }
                break;
            }
            if (k == EOL && kindAt(p + 1) == RPAREN) {
                break;
            }
        }
        return popList(base);
    }

    /**
     * <pre>
     * stab_expr -> expr
     *            | stab_op_eol_and_expr
     *            | empty_paren stab_op_eol_and_expr
     *            | empty_paren when_op expr stab_op_eol_and_expr
     *            | call_args_no_parens_all stab_op_eol_and_expr
     *            | stab_parens_many stab_op_eol_and_expr
     *            | stab_parens_many when_op expr stab_op_eol_and_expr
     * stab_parens_many -> open_paren call_args_no_parens_kw close_paren
     *                   | open_paren call_args_no_parens_many close_paren
     * </pre>
     */
    private Quoted parseStabExpr(boolean allowParenArgs) {
        Token t = peek();
        if (t.kind == STAB_OP) {
            return parseStabClause(QList.listOf());
        }
        Quoted e;
        if (t.kind == LPAREN) {
            int q = p + 1;
            if (kindAt(q) == EOL) {
                q++;
            }
            if (kindAt(q) == RPAREN) {
                TokenKind after = kindAt(q + 1);
                if (after == STAB_OP) {
                    p = q + 1;
                    return parseStabClause(QList.listOf());
                }
                if (after == WHEN_OP) {
                    p = q + 1;
                    Token when = next();
                    Quoted guard = parseExpr(0, false);
                    return parseStabClause(QList.listOf(new Call(Builders.WHEN, Builders.meta(when), QList.listOf(guard))));
                }
            }
            // stab_parens_many, or an ordinary parenthesised expression
            Token open = next();
            skipEol();
            if (kind() == RPAREN || kind() == SEMICOLON) {
                p = open == toks[p - 1] ? p - 1 : p - 2;
                e = parseExpr(0, false);
            } else {
                enter();
                List<Quoted> items = parseStab(true);
                leave();
                if (items == null) {
                    List<Quoted> args = parenArgs;
                    closeWith(RPAREN);
                    args = Builders.unwrapSplice(args);
                    if (kind() == STAB_OP) {
                        return parseStabClause(args);
                    }
                    if (kind() == WHEN_OP) {
                        Token when = next();
                        Quoted guard = parseExpr(0, false);
                        int base = mark();
                        pushAll(args);
                        push(guard);
                        List<Quoted> all = popList(base);
                        if (kind() != STAB_OP) {
                            throw error();
                        }
                        return parseStabClause(QList.listOf(new Call(Builders.WHEN, Builders.meta(when), all)));
                    }
                    throw error();
                }
                if (kind() == SEMICOLON) {
                    p++;
                }
                closeWith(RPAREN);
                Quoted paren = Builders.buildParenStab(open, items);
                cat = M;
                paren = parsePostfix(paren, false);
                e = parseBinaryRest(paren, 0, false);
            }
        } else if (isKw(t.kind)) {
            Quoted kw = parseNoParensKw();
            return finishStabArgs(QList.listOf(kw), allowParenArgs);
        } else {
            e = parseExpr(0, false);
        }
        if (kind() == COMMA || kind() == STAB_OP) {
            if (cat == U) {
                throw error();
            }
            int base = mark();
            push(e);
            if (cat != N) {
                pushMoreNoParensArgs();
            }
            return finishStabArgs(popList(base), allowParenArgs);
        }
        return e;
    }

    private Quoted finishStabArgs(List<Quoted> args, boolean allowParenArgs) {
        if (kind() == STAB_OP) {
            return parseStabClause(Builders.unwrapWhen(Builders.unwrapSplice(args)));
        }
        if (allowParenArgs && isCloseParen()) {
            parenArgs = args;
            return null;
        }
        throw error();
    }

    /**
     * <pre>
     * stab_op_eol_and_expr -> stab_op_eol expr
     * stab_op_eol_and_expr -> stab_op_eol : warn_empty_stab_clause('$1'), {'$1', handle_literal(nil, '$1')}
     * </pre>
     */
    private Quoted parseStabClause(List<Quoted> args) {
        Token op = expect(STAB_OP);
        skipEol();
        Quoted body;
        if (startsExpr(kind())) {
            body = parseExpr(0, false);
        } else {
            body = Atom.NIL;
        }
        return Builders.buildStabClause(op, args, body);
    }

    /**
     * <pre>
     * do_block -> do_eoe 'end' | do_eoe stab end_eoe | do_eoe block_list 'end' | do_eoe stab_eoe block_list 'end'
     * block_item -> block_eoe stab_eoe | block_eoe
     * block_list -> block_item | block_item block_list
     * </pre>
     * Returns the keyword list {@code [do: ..., else: ...]} that is appended to the call's arguments.
     */
    private Quoted parseDoBlock() {
        Token doTok = expect(DO);
        skipEoe();
        int base = mark();
        push(Tuple.pair(Builders.DO, parseBlockBody(doTok)));
        while (kind() == BLOCK_IDENTIFIER) {
            Token b = next();
            skipEoe();
            push(Tuple.pair(Atom.of(b.text()), parseBlockBody(b)));
        }
        expect(END);
        return new QList(popList(base));
    }

    private Quoted parseBlockBody(Token at) {
        if (kind() == END || kind() == BLOCK_IDENTIFIER) {
            return Builders.emptyBlock(at.line, at.column);
        }
        List<Quoted> items = parseStab(false);
        return Builders.buildStab(items, at);
    }

    // access_expr -> fn_eoe stab end_eoe : build_fn('$1', '$2', '$3')
    private Quoted parseFn() {
        Token fn = next();
        skipEoe();
        List<Quoted> items = parseStab(false);
        expect(END);
        if (!Builders.checkStab(items, fn)) {
            throw ParseErrors.fnWithoutStab(fn);
        }
        return new Call(Builders.FN, Builders.meta(fn), Builders.collectStab(items));
    }

}
