package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.NameRef;
import java.util.List;

/** Reads a process name expression into a {@link NameRef}, following bindings and local helpers. */
final class NameReader {
    private NameReader() {
    }

    static NameRef read(Quoted expr, FnCtx ctx, String context, Location where) {
        NameRef n = readName(expr, ctx, context, where);
        Quoted q = expr == null ? null : ctx.resolve(expr);
        if (n == null || q == null || n.fromOptions() != null) {
            return n;
        }
        Quoted put = putName(q, ctx);
        if (put != null && Q.isUsableVar(Q.args(q).get(0))) {
            // what opts[:name] reads after Keyword.put_new(opts, :name, X), written as the sketches read options
            return n.withFromOptions("Keyword.get(" + Q.varName(Q.args(q).get(0)) + ", :name, " + SourceText.of(put)
                    + ")");
        }
        boolean option = q instanceof io.github.otpadvisor.elixir.ast.Call c && "get".equals(Q.remoteFun(c))
                && c.args().size() == 3 && "Keyword".equals(ctx.env().resolve(Q.receiver(c)))
                || Q.isLocal(q, "||") && Q.args(q).size() == 2;
        return option ? n.withFromOptions(SourceText.of(q)) : n;
    }

    private static NameRef readName(Quoted expr, FnCtx ctx, String context, Location where) {
        if (expr == null) {
            return null;
        }
        Aliases env = ctx.env();
        DynamicAtoms.Found dyn = DynamicAtoms.find(expr, env);
        Quoted q = ctx.resolve(expr);
        if (dyn == null) {
            dyn = DynamicAtoms.find(q, env);
        }
        if (dyn == null && q != expr) {
            dyn = DynamicAtoms.findThroughHelper(q, expr, env);
        }
        Quoted putDefault = putName(q, ctx);
        if (putDefault != null) {
            q = ctx.resolve(putDefault);
        }
        // Keyword.get(opts, :name, Default) / opts[:name] || Default: the default.
        if (q instanceof io.github.otpadvisor.elixir.ast.Call c && "get".equals(Q.remoteFun(c)) && c.args().size() == 3
                && "Keyword".equals(env.resolve(Q.receiver(c)))) {
            q = ctx.resolve(c.args().get(2));
        } else if (Q.isLocal(q, "||") && Q.args(q).size() == 2) {
            q = ctx.resolve(Q.args(q).get(1));
        }
        String text = SourceText.of(expr.equals(q) ? expr : q);
        String builder = dyn == null ? null : dyn.builder();
        Location atomAt = dyn == null ? null : Q.loc(ctx.x.file, dyn.call(), where);
        String owner = ctx.module();
        String fn = ctx.fnKey;
        if (dyn != null && asCall(q) != null && DynamicAtoms.builder(asCall(q), env) != null) {
            return new NameRef(NameRef.Kind.DYNAMIC_ATOM, text, null, null, false, builder, atomAt, context, where,
                    owner, fn);
        }
        String mod = env.resolve(q);
        if (mod != null && !mod.startsWith(":")) {
            return new NameRef(NameRef.Kind.MODULE, text, mod, null, true, builder, atomAt, context, where, owner, fn);
        }
        if (q instanceof Atom a && !a.name().equals("nil")) {
            return new NameRef(NameRef.Kind.ATOM, text, null, null, true, null, null, context, where, owner, fn);
        }
        List<Quoted> t = Q.tuple(q);
        if (t != null && t.size() == 2 && t.get(0) instanceof Atom tag) {
            if (tag.name().equals("global")) {
                return new NameRef(NameRef.Kind.GLOBAL, text, null, SourceText.of(t.get(1)), Q.isLiteral(t.get(1)),
                        builder, atomAt, context, where, owner, fn);
            }
            if (tag.name().equals("local")) {
                return read(t.get(1), ctx, context, where);
            }
        }
        if (t != null && t.size() == 3 && t.get(0) instanceof Atom via && via.name().equals("via")) {
            String viaMod = env.resolve(t.get(1));
            Quoted term = ctx.resolve(t.get(2));
            List<Quoted> pair = Q.tuple(term);
            String registry = null;
            Quoted key = term;
            if (pair != null && pair.size() >= 2) {
                registry = env.resolve(ctx.resolve(pair.get(0)));
                key = pair.get(1);
            }
            NameRef.Kind kind = "Registry".equals(viaMod) ? NameRef.Kind.VIA_REGISTRY
                    : "PartitionSupervisor".equals(viaMod) ? NameRef.Kind.VIA_PARTITION : NameRef.Kind.VIA_OTHER;
            if (kind == NameRef.Kind.VIA_OTHER) {
                registry = viaMod;
            }
            return new NameRef(kind, text, registry, SourceText.of(key), Q.isLiteral(key), builder, atomAt, context,
                    where, owner, fn);
        }
        if (builder != null) {
            return new NameRef(NameRef.Kind.DYNAMIC_ATOM, text, null, null, false, builder, atomAt, context, where,
                    owner, fn);
        }
        return new NameRef(NameRef.Kind.UNKNOWN, text, null, null, false, null, null, context, where, owner, fn);
    }

    /**
     * {@code opts[:name]} (or {@code Keyword.get(opts, :name)}, {@code Keyword.fetch!(opts, :name)}) of options bound
     * by {@code opts = Keyword.put_new(opts, :name, __MODULE__)}: the name put there (dara-dots' PongActiveGames,
     * registered under its module unless a caller names it); null otherwise.
     */
    private static Quoted putName(Quoted q, FnCtx ctx) {
        if (!(q instanceof io.github.otpadvisor.elixir.ast.Call c) || c.isVariable() || c.args() == null
                || c.args().size() != 2 || !":name".equals(SourceText.of(c.args().get(1)))) {
            return null;
        }
        String fun = Q.remoteFun(c);
        String recv = Q.receiver(c) == null ? null : SourceText.of(Q.receiver(c));
        boolean read = "get".equals(fun) && ("Access".equals(recv) || "Keyword".equals(recv))
                || "fetch!".equals(fun) && "Keyword".equals(recv);
        if (!read) {
            return null;
        }
        Quoted opts = ctx.resolve(c.args().get(0));
        if (opts instanceof io.github.otpadvisor.elixir.ast.Call put && !put.isVariable() && put.args() != null
                && put.args().size() == 3 && ("put_new".equals(Q.remoteFun(put)) || "put".equals(Q.remoteFun(put)))
                && Q.receiver(put) != null && "Keyword".equals(SourceText.of(Q.receiver(put)))
                && ":name".equals(SourceText.of(put.args().get(1)))) {
            return put.args().get(2);
        }
        return null;
    }

    private static io.github.otpadvisor.elixir.ast.Call asCall(Quoted q) {
        return q instanceof io.github.otpadvisor.elixir.ast.Call c && !c.isVariable() ? c : null;
    }
}
