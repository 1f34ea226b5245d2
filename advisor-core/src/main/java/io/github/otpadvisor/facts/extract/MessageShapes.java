package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Flt;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Str;
import io.github.otpadvisor.facts.MessageShape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Reads the {@link MessageShape} of a clause's message pattern or of a sent message (RULEBOOK OTP012). */
final class MessageShapes {
    private static final int MAX_DEPTH = 8;

    private MessageShapes() {
    }

    /** The shape a clause head's message pattern accepts. */
    static MessageShape pattern(Quoted q) {
        return read(q, UnaryOperator.identity(), 0);
    }

    /**
     * The shape of a sent message; module attributes are followed ({@code @tick}). A message that is a variable or
     * a call as a whole is {@link MessageShape#ANY}: its value is not known here.
     */
    static MessageShape value(Quoted q, FnCtx ctx) {
        return read(q, e -> Q.isLocal(e, "@") ? ctx.resolve(e) : e, 0);
    }

    private static MessageShape read(Quoted q, UnaryOperator<Quoted> resolve, int depth) {
        if (q == null || depth > MAX_DEPTH) {
            return MessageShape.ANY;
        }
        q = resolve.apply(q);
        if (q instanceof Atom a) {
            return MessageShape.atom(a.name());
        }
        if (q instanceof Int || q instanceof Flt || q instanceof Str) {
            return new MessageShape(MessageShape.Kind.LITERAL, SourceText.of(q), List.of());
        }
        if (q instanceof QList) {
            return new MessageShape(MessageShape.Kind.LIST, null, List.of());
        }
        List<Quoted> items = Q.tuple(q);
        if (items != null) {
            List<MessageShape> out = new ArrayList<>(items.size());
            for (Quoted i : items) {
                out.add(read(i, resolve, depth + 1));
            }
            return MessageShape.tuple(out);
        }
        if (Q.isLocal(q, "=") && Q.args(q).size() == 2) {
            MessageShape left = read(Q.args(q).get(0), resolve, depth + 1);
            return left.kind() != MessageShape.Kind.ANY ? left : read(Q.args(q).get(1), resolve, depth + 1);
        }
        if (Q.isLocal(q, "%{}") && !(Q.args(q).size() == 1 && Q.isLocal(Q.args(q).get(0), "|"))) {
            return new MessageShape(MessageShape.Kind.MAP, null, List.of());
        }
        if (Q.isLocal(q, "%") && !Q.args(q).isEmpty()) {
            Quoted name = Q.args(q).get(0);
            return new MessageShape(MessageShape.Kind.STRUCT, Q.isVar(name) ? null : SourceText.of(name), List.of());
        }
        return MessageShape.ANY;
    }
}
