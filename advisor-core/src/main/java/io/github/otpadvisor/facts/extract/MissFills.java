package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Signal;
import java.util.List;

/**
 * A lookup whose miss branch fetches (rube's TokenIndexer: {@code with {:error, :not_found} <- Tokens.find(id) do
 * Tokens.TokenBuilder.fetch(id) end}; also {@code case Cache.get(k) do nil -> Loader.load(k); v -> v end}): recorded
 * as a {@link Signal.Kind#MISS_FILL} of the enclosing function, text {@code Fill.Module.fun/arity after
 * Lookup.Module.fun/arity of param, ..}; and a {@code with} whose first step is a lookup of its function's parameters
 * ({@link Signal.Kind#FIRST_LOOKUP}). Run one caller at a time in a process, callers that miss one key together fill it once
 * when the fill waits (a call) and leaves what the lookup finds next (the project decides: {@code HandlerIo}).
 */
final class MissFills {
    private MissFills() {
    }

    /** A {@code with} or {@code case} call in a function: its miss-then-fill, if it has one. */
    static void detect(Call c, Aliases env, FnCtx ctx) {
        if (ctx.unit == null || ctx.fnKey == null || !(c.target() instanceof Atom a) || c.args() == null) {
            return;
        }
        if (a.name().equals("with") && c.args().size() >= 2) {
            Quoted first = c.args().get(0);
            Quoted body = Q.doBody(c.args());
            if (Q.isLocal(first, "<-") && Q.args(first).size() == 2 && miss(Q.args(first).get(0))) {
                record(Q.args(first).get(1), body, c, env, ctx);
            } else if (Q.isLocal(first, "<-") && Q.args(first).size() == 2 && found(Q.args(first).get(0))) {
                // with {:ok, blockchain} <- Blockchains.find(blockchain_id), ...: an id nothing has stops it here
                Quoted lookup = Q.args(first).get(1);
                String looked = remote(lookup, env);
                String params = params(lookup, ctx);
                if (looked != null && !params.isEmpty()) {
                    ctx.x.moduleSignal(ctx, Signal.Kind.FIRST_LOOKUP, Q.loc(ctx.x.file, c, null), looked + " of "
                            + params);
                }
            }
        } else if (a.name().equals("case") && c.args().size() == 2) {
            Quoted clauses = Q.kw(c.args().get(1), "do");
            if (clauses instanceof QList l) {
                for (Quoted clause : l.items()) {
                    List<Quoted> parts = Q.args(clause);
                    if (Q.isLocal(clause, "->") && parts.size() == 2 && parts.get(0) instanceof QList head
                            && head.items().size() == 1 && miss(head.items().get(0))) {
                        record(c.args().get(0), parts.get(1), c, env, ctx);
                        return;
                    }
                }
            }
        }
    }

    private static void record(Quoted lookup, Quoted branch, Call at, Aliases env, FnCtx ctx) {
        String looked = remote(lookup, env);
        if (looked == null || branch == null) {
            return;
        }
        String[] fill = {null};
        Q.walk(branch, q -> {
            if (fill[0] == null && q instanceof Call call) {
                fill[0] = remote(call, env);
            }
            return fill[0] == null;
        });
        if (fill[0] != null && !fill[0].equals(looked)) {
            ctx.x.moduleSignal(ctx, Signal.Kind.MISS_FILL, Q.loc(ctx.x.file, at, null), fill[0] + " after " + looked
                    + " of " + params(lookup, ctx));
        }
    }

    /** The parameters of the enclosing function the lookup is given as they came, comma-separated ("" if none). */
    private static String params(Quoted lookup, FnCtx ctx) {
        if (ctx.def == null || !(lookup instanceof Call c) || c.args() == null) {
            return "";
        }
        java.util.Set<String> own = new java.util.LinkedHashSet<>();
        for (Quoted p : ctx.def.params()) {
            if (Q.isUsableVar(p)) {
                own.add(Q.varName(p));
            }
        }
        List<String> given = new java.util.ArrayList<>();
        for (Quoted arg : c.args()) {
            if (Q.isUsableVar(arg) && own.contains(Q.varName(arg))) {
                given.add(Q.varName(arg));
            }
        }
        return String.join(", ", given);
    }

    /** What a lookup answers when it finds: {@code {:ok, value}}. */
    private static boolean found(Quoted pattern) {
        return SourceText.of(pattern).replaceAll("\\s+", "").matches("\\{:ok,_?[a-z_][A-Za-z0-9_]*\\}");
    }

    /** A call of another module's function, resolved: {@code Rube.Tokens.find/2}; else null. */
    private static String remote(Quoted q, Aliases env) {
        if (!(q instanceof Call c) || c.isVariable() || c.args() == null) {
            return null;
        }
        CallInfo info = CallInfo.of(c, null, env, "");
        if (info == null || info.module() == null || info.module().equals("?") || info.module().startsWith(":")
                || info.module().equals("Logger")) {
            return null;
        }
        return info.module() + "." + info.fun() + "/" + info.arity();
    }

    /** What a lookup answers when it finds nothing: {@code {:error, :not_found}}, {@code {:error, _}}, nil, :error. */
    private static boolean miss(Quoted pattern) {
        String text = SourceText.of(pattern).replaceAll("\\s+", "");
        return text.equals("nil") || text.equals(":error") || text.equals("[]") || text.equals(":not_found")
                || text.matches("\\{:error,(:not_found|:notfound|:missing|_[a-z_0-9]*)\\}");
    }
}
