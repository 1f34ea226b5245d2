package io.github.otpadvisor.elixir.parser;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.Meta;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.elixir.lexer.Token;
import io.github.otpadvisor.elixir.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The node builders of the yrl's Erlang code section, for {@code Code.string_to_quoted/1}'s defaults
 * (no columns, no token metadata, no literal encoder): every {@code meta_from_token} is {@code [line: L]},
 * {@code newlines_pair}/{@code do_end_meta}/{@code delimiter/1} are empty and {@code handle_literal}
 * returns the literal itself. Columns are still kept in {@link Meta} for findings.
 */
final class Builders {
    static final Atom DOT = new Atom(".");
    static final Atom BLOCK = new Atom("__block__");
    static final Atom ALIASES = new Atom("__aliases__");
    static final Atom STAB = new Atom("->");
    static final Atom WHEN = new Atom("when");
    static final Atom IN = new Atom("in");
    static final Atom NOT = new Atom("not");
    static final Atom BANG = new Atom("!");
    static final Atom DO = new Atom("do");
    static final Atom ACCESS = new Atom("Elixir.Access");
    static final Atom GET = new Atom("get");
    static final Atom KERNEL = new Atom("Elixir.Kernel");
    static final Atom TO_STRING = new Atom("to_string");
    static final Atom LIST = new Atom("Elixir.List");
    static final Atom TO_CHARLIST = new Atom("to_charlist");
    static final Atom ERLANG = new Atom("erlang");
    static final Atom BINARY_TO_ATOM = new Atom("binary_to_atom");
    static final Atom BINARY_TO_EXISTING_ATOM = new Atom("binary_to_existing_atom");
    static final Atom UTF8 = new Atom("utf8");
    static final Atom BINARY = new Atom("binary");
    static final Atom TYPE = new Atom("::");
    static final Atom BITSTRING = new Atom("<<>>");
    static final Atom TUPLE = new Atom("{}");
    static final Atom MAP = new Atom("%{}");
    static final Atom STRUCT = new Atom("%");
    static final Atom PIPE = new Atom("|");
    static final Atom FN = new Atom("fn");

    private static final List<Quoted> ACCESS_GET = QList.listOf(ACCESS, GET);

    private Builders() {
    }

    // meta_from_token/1
    static Meta meta(Token t) {
        return Meta.at(t.line, t.column);
    }

    static Call call(String name, Token at, List<Quoted> args) {
        return new Call(Atom.of(name), meta(at), args);
    }

    // build_op/3
    static Quoted buildOp(Quoted left, Token op, Quoted right) {
        String o = op.text();
        if (o.equals("//")) {
            if (left instanceof Call c && c.target() instanceof Atom a && a.name().equals("..")
                    && c.args() != null && c.args().size() == 2) {
                return new Call(new Atom("..//"), c.meta(), List.of(c.args().get(0), c.args().get(1), right));
            }
            throw ParseErrors.rangeStep(op);
        }
        if (o.equals("in") && isRearrangeUop(left)) {
            Call u = (Call) left;
            Meta m = meta(op);
            return new Call(u.target(), m, QList.listOf(new Call(IN, m, QList.listOf(u.args().get(0), right))));
        }
        if (o.equals("not in")) {
            Meta m = meta(op);
            return new Call(NOT, m, QList.listOf(new Call(IN, m, QList.listOf(left, right))));
        }
        return new Call(Atom.of(o), meta(op), QList.listOf(left, right));
    }

    // ?rearrange_uop(Op) on {Op, _, [_]}
    static boolean isRearrangeUop(Quoted q) {
        return q instanceof Call c && c.target() instanceof Atom a && (a.name().equals("not") || a.name().equals("!"))
                && c.args() != null && c.args().size() == 1;
    }

    // build_unary_op/2
    static Quoted buildUnaryOp(Token op, Quoted expr) {
        if (op.text().equals("//")) {
            Meta outer = Meta.at(op.line, op.column + 1);
            Meta inner = Meta.at(op.line, op.column);
            return new Call(new Atom("/"), outer, QList.listOf(new Call(new Atom("/"), inner, null), expr));
        }
        return new Call(Atom.of(op.text()), meta(op), QList.listOf(expr));
    }

    // build_nullary_op/1
    static Quoted buildNullaryOp(Token op) {
        return new Call(Atom.of(op.text()), meta(op), QList.listOf());
    }

    // build_tuple/3
    static Quoted buildTuple(Token left, List<Quoted> args) {
        if (args.size() == 2) {
            return new Tuple(args);
        }
        return new Call(TUPLE, meta(left), args);
    }

    // build_bit/3
    static Quoted buildBit(Token left, List<Quoted> args) {
        return new Call(BITSTRING, meta(left), args);
    }

    // build_map/3
    static Quoted buildMap(Token left, List<Quoted> args) {
        return new Call(MAP, meta(left), args);
    }

    // build_map_update/4
    static Quoted buildMapUpdate(Token left, Token pipe, Quoted struct, List<Quoted> entries) {
        Quoted op = new Call(PIPE, meta(pipe), QList.listOf(struct, new QList(entries)));
        return new Call(MAP, meta(left), QList.listOf(op));
    }

    /** build_block/1; {@code at} gives the (unprinted) position of the block. */
    static Quoted buildBlock(List<Quoted> exprs, int line, int column) {
        if (exprs.size() == 1) {
            Quoted e = exprs.get(0);
            if (isRearrangeUop(e) || (e instanceof Call c && c.target() instanceof Atom a
                    && a.name().equals("unquote_splicing") && c.args() != null && c.args().size() == 1)) {
                return new Call(BLOCK, Meta.silentAt(line, column), exprs);
            }
            return e;
        }
        return new Call(BLOCK, Meta.silentAt(line, column), exprs);
    }

    static Quoted emptyBlock(int line, int column) {
        return new Call(BLOCK, Meta.silentAt(line, column), QList.listOf());
    }

    static boolean isStabClause(Quoted q) {
        return q instanceof Call c && c.target() instanceof Atom a && a.name().equals("->")
                && c.args() != null && c.args().size() == 2;
    }

    /**
     * check_stab/2 over the clauses in source order: true for "stab", false for "block"; throws
     * error_invalid_stab when the first expression is not a clause but a later one is.
     */
    static boolean checkStab(List<Quoted> items, Token fallback) {
        if (items.isEmpty()) {
            return false;
        }
        if (isStabClause(items.get(0))) {
            return true;
        }
        for (int i = 1; i < items.size(); i++) {
            if (isStabClause(items.get(i))) {
                throw ParseErrors.invalidStab(items.get(i), fallback);
            }
        }
        return false;
    }

    // collect_stab/3, over the clauses in source order
    static List<Quoted> collectStab(List<Quoted> items) {
        int n = items.size();
        Quoted[] stabs = new Quoted[n];
        Quoted[] body = new Quoted[n];
        int count = 0;
        int i = 0;
        while (i < n) {
            Call clause = (Call) items.get(i);
            Quoted right = clause.args().get(1);
            body[0] = right;
            int j = i + 1;
            while (j < n && !isStabClause(items.get(j))) {
                body[j - i] = items.get(j);
                j++;
            }
            Quoted block = buildBlock(QList.copyOfRange(body, 0, j - i), lineOf(right, clause), colOf(right, clause));
            stabs[count++] = new Call(STAB, clause.meta(), QList.listOf(clause.args().get(0), block));
            i = j;
        }
        return QList.copyOfRange(stabs, 0, count);
    }

    private static int lineOf(Quoted q, Call fallback) {
        return q instanceof Call c && c.meta().line() > 0 ? c.meta().line() : fallback.meta().line();
    }

    private static int colOf(Quoted q, Call fallback) {
        return q instanceof Call c && c.meta().line() > 0 ? c.meta().column() : fallback.meta().column();
    }

    /** build_stab/1 over stab items in source order. */
    static Quoted buildStab(List<Quoted> items, Token at) {
        if (checkStab(items, at)) {
            return new QList(collectStab(items));
        }
        return buildBlock(items, at.line, at.column);
    }

    /** build_stab/3: parenthesised stab; a resulting block gets the line of the opening parenthesis appended. */
    static Quoted buildParenStab(Token open, List<Quoted> items) {
        Quoted r = buildStab(items, open);
        if (r instanceof Call c && c.target() instanceof Atom a && a.name().equals("__block__") && c.args() != null) {
            Meta m = Meta.at(open.line, open.column);
            List<Meta.Entry> entries = c.meta().entries();
            for (int i = entries.size() - 1; i >= 0; i--) {
                m = m.with(entries.get(i).key(), entries.get(i).value());
            }
            return new Call(c.target(), m, c.args());
        }
        return r;
    }

    // build_op([], {StabOp, Expr}) / build_op(Args, {StabOp, Expr})
    static Quoted buildStabClause(Token stabOp, List<Quoted> args, Quoted body) {
        return new Call(STAB, meta(stabOp), QList.listOf(new QList(args), body));
    }

    // unwrap_splice/1
    static List<Quoted> unwrapSplice(List<Quoted> args) {
        if (args.size() == 1 && args.get(0) instanceof Call c && c.target() instanceof Atom a
                && a.name().equals("__block__") && c.args() != null && c.args().size() == 1
                && c.args().get(0) instanceof Call s && s.target() instanceof Atom sa
                && sa.name().equals("unquote_splicing")) {
            return c.args();
        }
        return args;
    }

    // unwrap_when/1
    static List<Quoted> unwrapWhen(List<Quoted> args) {
        Quoted last = args.get(args.size() - 1);
        if (last instanceof Call c && c.target() instanceof Atom a && a.name().equals("when")
                && c.args() != null && c.args().size() == 2) {
            List<Quoted> all = new ArrayList<>(args.size() + 1);
            all.addAll(args.subList(0, args.size() - 1));
            all.addAll(c.args());
            return QList.listOf(new Call(WHEN, c.meta(), all));
        }
        return args;
    }

    // build_access/2 with build_access_arg/3
    static Quoted buildAccess(Quoted expr, Token openBracket, Quoted arg) {
        Meta m = meta(openBracket);
        return new Call(new Call(DOT, m, ACCESS_GET), m, QList.listOf(expr, arg));
    }

    // build_alias/1
    static Quoted buildAlias(Token alias) {
        return new Call(ALIASES, meta(alias), QList.listOf(Atom.of(alias.text())));
    }

    // build_dot_alias/3
    static Quoted buildDotAlias(Token dot, Quoted left, Token alias) {
        if (left instanceof Call c && c.target() instanceof Atom a && a.name().equals("__aliases__")
                && c.args() != null) {
            List<Quoted> args = c.args();
            int n = args.size();
            Quoted[] segments = new Quoted[n + 1];
            for (int i = 0; i < n; i++) {
                segments[i] = args.get(i);
            }
            segments[n] = Atom.of(alias.text());
            return new Call(ALIASES, c.meta(), QList.copyOfRange(segments, 0, n + 1));
        }
        if (left instanceof Atom) {
            throw ParseErrors.badAtom(alias);
        }
        return new Call(ALIASES, meta(dot), QList.listOf(left, Atom.of(alias.text())));
    }

    // build_dot_container/4
    static Quoted buildDotContainer(Token dot, Quoted left, List<Quoted> args) {
        Meta m = meta(dot);
        return new Call(new Call(DOT, m, QList.listOf(left, TUPLE)), m, args);
    }

    /** build_identifier/2 for a (possibly dotted) identifier; args null means no parentheses and no args. */
    static Quoted buildIdentifier(Token dot, Quoted left, Token ident, List<Quoted> args) {
        if (dot != null) {
            Call target = new Call(DOT, meta(dot), QList.listOf(left, Atom.of(ident.text())));
            if (args == null) {
                return new Call(target, meta(ident).with("no_parens", Atom.TRUE), QList.listOf());
            }
            return new Call(target, meta(ident), args);
        }
        if (ident.kind == TokenKind.OP_IDENTIFIER && args != null && args.size() == 1) {
            return new Call(Atom.of(ident.text()), meta(ident).with("ambiguous_op", Atom.NIL), args);
        }
        return new Call(Atom.of(ident.text()), meta(ident), args);
    }

    static Quoted intLiteral(Token t) {
        Object v = t.value;
        if (v instanceof java.math.BigInteger b) {
            return Int.of(b);
        }
        return Int.of(((Number) v).longValue());
    }
}
