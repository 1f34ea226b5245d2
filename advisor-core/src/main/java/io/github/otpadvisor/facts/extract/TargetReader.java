package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Target;
import java.util.List;

/** Reads whom a call or message is aimed at. */
final class TargetReader {
    private TargetReader() {
    }

    static Target read(Quoted expr, FnCtx ctx) {
        if (expr == null) {
            return new Target(Target.Kind.OTHER, null, "");
        }
        String text = SourceText.of(expr);
        if (Q.isLocal(expr, "self") && Q.args(expr).isEmpty()) {
            return new Target(Target.Kind.SELF, null, text);
        }
        Quoted q = ctx.resolve(expr);
        if (Q.isLocal(q, "self") && Q.args(q).isEmpty()) {
            return new Target(Target.Kind.SELF, null, text);
        }
        String mod = ctx.env().resolve(q);
        if (mod != null && !mod.startsWith(":")) {
            return new Target(Target.Kind.MODULE, mod, text);
        }
        if (q instanceof Atom a && !a.name().equals("nil")) {
            return new Target(Target.Kind.ATOM, null, text);
        }
        List<Quoted> t = Q.tuple(q);
        if (t != null && t.size() == 3 && "via".equals(Q.atom(t.get(0)))) {
            List<Quoted> pair = Q.tuple(ctx.resolve(t.get(2)));
            String reg = pair != null && !pair.isEmpty() ? ctx.env().resolve(ctx.resolve(pair.get(0))) : null;
            return new Target(Target.Kind.VIA, reg, text);
        }
        if (t != null && t.size() == 2 && "global".equals(Q.atom(t.get(0)))) {
            return new Target(Target.Kind.GLOBAL, null, text);
        }
        if (Q.isVar(expr)) {
            return new Target(Target.Kind.VARIABLE, pidOwner(ctx.origin(expr), ctx), text);
        }
        return new Target(Target.Kind.OTHER, null, text);
    }

    /**
     * The module whose process a pid comes from, when the code that gave it says: the project's own lookup
     * ({@code Tracker.pid(id)}, {@code Tracker.whereis(id)}), or {@code GenServer.whereis(Tracker)} and
     * {@code Process.whereis(Tracker)}; else null.
     */
    private static String pidOwner(Quoted origin, FnCtx ctx) {
        if (!(origin instanceof io.github.otpadvisor.elixir.ast.Call c) || c.target() instanceof Atom) {
            return null;
        }
        String receiver = ctx.env().resolve(Q.receiver(c));
        if (receiver == null || receiver.startsWith(":") && !receiver.equals(":erlang")) {
            return null;
        }
        if ("whereis".equals(Q.remoteFun(c)) && (receiver.equals("GenServer") || receiver.equals("Process")
                || receiver.equals(":erlang")) && c.args().size() == 1) {
            String named = ctx.env().resolve(ctx.resolve(c.args().get(0)));
            return named == null || named.startsWith(":") ? null : named;
        }
        return Detectors.STDLIB.contains(receiver) || receiver.startsWith(":") ? null : receiver;
    }
}
