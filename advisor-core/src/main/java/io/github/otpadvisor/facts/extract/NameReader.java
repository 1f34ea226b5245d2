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

    private static io.github.otpadvisor.elixir.ast.Call asCall(Quoted q) {
        return q instanceof io.github.otpadvisor.elixir.ast.Call c && !c.isVariable() ? c : null;
    }
}
