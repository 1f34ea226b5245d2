package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.Simplicity;
import java.util.List;
import java.util.Set;

/** Whether a function given to an Agent is a plain get/put/update of its state (RULEBOOK OTP006). */
final class AgentFunctions {
    private static final Set<String> SIMPLE_MAP = Set.of("get", "fetch", "fetch!", "has_key?", "put", "put_new",
            "delete", "update", "update!", "merge", "pop", "get_and_update", "keys", "values", "take", "drop",
            "replace!", "get_lazy", "put_new_lazy", "to_list");

    private AgentFunctions() {
    }

    static Simplicity simplicity(Quoted fn, MessageSend.Kind kind, FnCtx ctx) {
        Quoted f = ctx.resolve(fn);
        if (Q.isLocal(f, "&") && Q.args(f).size() == 1) {
            Quoted body = Q.args(f).get(0);
            if (Q.isLocal(body, "/")) {
                return Simplicity.UNKNOWN; // &fun/1 capture
            }
            return simpleExpr(body, "&1", ctx) ? Simplicity.SIMPLE : Simplicity.COMPLEX;
        }
        if (!Q.isLocal(f, "fn") || Q.args(f).size() != 1 || !Q.isLocal(Q.args(f).get(0), "->")) {
            return Simplicity.UNKNOWN;
        }
        List<Quoted> clause = Q.args(Q.args(f).get(0));
        if (clause.size() != 2 || !(clause.get(0) instanceof QList params) || params.items().size() != 1) {
            return Simplicity.COMPLEX;
        }
        String var = Q.varName(params.items().get(0));
        if (var == null) {
            return Simplicity.COMPLEX;
        }
        List<Quoted> stmts = Q.statements(clause.get(1));
        if (stmts.size() != 1) {
            return Simplicity.COMPLEX;
        }
        Quoted body = stmts.get(0);
        if (kind == MessageSend.Kind.AGENT_GET_AND_UPDATE) {
            List<Quoted> t = Q.tuple(body);
            if (t != null && t.size() == 2) {
                return simpleExpr(t.get(0), var, ctx) && simpleExpr(t.get(1), var, ctx) ? Simplicity.SIMPLE
                        : Simplicity.COMPLEX;
            }
        }
        return simpleExpr(body, var, ctx) ? Simplicity.SIMPLE : Simplicity.COMPLEX;
    }

    /** {@code try} counts: a rescue inside get_and_update is error handling run in the Agent (sequin's MiniElixir). */
    private static final Set<String> BRANCHES = Set.of("case", "cond", "if", "unless", "with", "try");

    /** What the function does inside the Agent process (see {@link MessageSend.AgentWork}); null when unreadable. */
    static MessageSend.AgentWork work(Quoted fn, MessageSend.Kind kind, Simplicity simplicity, FnCtx ctx) {
        Quoted f = ctx.resolve(fn);
        if (!Q.isLocal(f, "fn") && !(Q.isLocal(f, "&") && Q.args(f).size() == 1 && !Q.isLocal(Q.args(f).get(0), "/"))) {
            return null;
        }
        java.util.List<Evidence> work = new java.util.ArrayList<>();
        java.util.List<Call> branches = new java.util.ArrayList<>();
        Location fallback = Q.loc(ctx.x.file, f, null);
        Q.walk(f, q -> {
            if (Q.isLocal(q, "quote")) {
                return false;
            }
            if (q instanceof Call c && !c.isVariable()) {
                if (c.target() instanceof Atom a && BRANCHES.contains(a.name())) {
                    branches.add(c);
                }
                if (Q.isLocal(c, "receive")) {
                    work.add(Evidence.at(Q.loc(ctx.x.file, c, fallback), "receive inside the Agent function"));
                }
                String m = ctx.env().resolve(Q.receiver(c));
                String name = Q.remoteFun(c);
                String what = null;
                if ("Process".equals(m) && name != null) {
                    what = switch (name) {
                        case "monitor" -> "monitor";
                        case "link" -> "link";
                        case "send_after" -> "timer";
                        case "flag" -> c.args().size() == 2 && "trap_exit".equals(Q.atom(c.args().get(0)))
                                ? "trap_exit" : null;
                        default -> null;
                    };
                } else if (":timer".equals(m) && name != null && (name.startsWith("send_") || name.startsWith("apply_"))
                        && !name.equals("apply_after")) {
                    // a one-shot apply_after calls a function once from the :timer server: no message to the Agent,
                    // no second timer after a restart (bolt's USW.Escalator)
                    what = "timer";
                } else if (":erlang".equals(m) && ("monitor".equals(name) || "send_after".equals(name)
                        || "start_timer".equals(name))) {
                    what = name.equals("monitor") ? "monitor" : "timer";
                }
                if (what != null) {
                    work.add(Evidence.at(Q.loc(ctx.x.file, c, fallback), what + " set up inside the Agent function: "
                            + SourceText.of(c)));
                }
            }
            return true;
        });
        if (kind == MessageSend.Kind.AGENT_GET_AND_UPDATE && !branches.isEmpty() && simplicity == Simplicity.COMPLEX) {
            Call b = branches.get(0);
            work.add(Evidence.at(Q.loc(ctx.x.file, b, fallback), "branching logic (" + ((Atom) b.target()).name()
                    + " with " + Math.max(1, branchCount(b)) + " branches) runs inside the Agent"));
        }
        boolean untouched = false;
        if ((kind == MessageSend.Kind.AGENT_UPDATE || kind == MessageSend.Kind.AGENT_CAST) && Q.isLocal(f, "fn")
                && Q.args(f).size() == 1 && Q.isLocal(Q.args(f).get(0), "->")) {
            List<Quoted> clause = Q.args(Q.args(f).get(0));
            if (clause.size() == 2 && clause.get(0) instanceof QList params && params.items().size() == 1) {
                String var = Q.varName(params.items().get(0));
                List<Quoted> stmts = Q.statements(clause.get(1));
                if (var != null && !var.startsWith("_") && !stmts.isEmpty()
                        && var.equals(Q.varName(stmts.get(stmts.size() - 1)))) {
                    untouched = stmts.subList(0, stmts.size() - 1).stream().noneMatch(st -> Q.usesVar(st, var));
                }
            }
        }
        return new MessageSend.AgentWork(untouched, work, kind != MessageSend.Kind.AGENT_GET && readModifyWrite(f, ctx));
    }

    /** {@code Map.put(state, key, value)} in the function where {@code value} reads the state (console's Monitor). */
    private static boolean readModifyWrite(Quoted f, FnCtx ctx) {
        String var;
        Quoted body;
        if (Q.isLocal(f, "&") && Q.args(f).size() == 1) {
            var = "&1";
            body = Q.args(f).get(0);
        } else if (Q.isLocal(f, "fn") && Q.args(f).size() == 1 && Q.isLocal(Q.args(f).get(0), "->")
                && Q.args(Q.args(f).get(0)).size() == 2
                && Q.args(Q.args(f).get(0)).get(0) instanceof QList params && params.items().size() == 1) {
            var = Q.varName(params.items().get(0));
            body = Q.args(Q.args(f).get(0)).get(1);
        } else {
            return false;
        }
        if (var == null || var.startsWith("_")) {
            return false;
        }
        String state = var;
        return Q.any(body, q -> q instanceof Call c && !c.isVariable() && c.args() != null && c.args().size() == 3
                && "Map".equals(ctx.env().resolve(Q.receiver(c))) && "put".equals(Q.remoteFun(c))
                && isVarOrArg(c.args().get(0), state) && Q.any(c.args().get(2), x -> isVarOrArg(x, state)));
    }

    /** The clauses of a case/cond/with (else included), or 2 for if/unless. */
    private static int branchCount(Call c) {
        String n = ((Atom) c.target()).name();
        if (n.equals("if") || n.equals("unless")) {
            return 2;
        }
        int count = 0;
        Quoted opts = c.args().isEmpty() ? null : c.args().get(c.args().size() - 1);
        for (String k : List.of("do", "else", "rescue", "catch")) {
            if (Q.kw(opts, k) instanceof QList l) {
                count += (int) l.items().stream().filter(i -> Q.isLocal(i, "->")).count();
            } else if (k.equals("do") && (n.equals("with") || n.equals("try")) && Q.kw(opts, k) != null) {
                count++;
            }
        }
        return count;
    }

    /** The state itself, a literal, a Map/Keyword operation on it, {@code s + n}, {@code [x | s]}, {@code %{s | ..}}. */
    private static boolean simpleExpr(Quoted e, String var, FnCtx ctx) {
        if (isVarOrArg(e, var) || Q.isLiteral(e) || Q.isUsableVar(e)) {
            return true;
        }
        if (Q.fieldOf(e, var) != null) {
            return true;
        }
        if ((Q.isLocal(e, "+") || Q.isLocal(e, "-")) && Q.args(e).size() == 2
                && (isVarOrArg(Q.args(e).get(0), var) && (Q.args(e).get(1) instanceof Int || Q.isUsableVar(Q.args(e).get(1))))) {
            return true;
        }
        if (e instanceof QList l && l.items().size() == 1 && Q.isLocal(l.items().get(0), "|")
                && isVarOrArg(Q.args(l.items().get(0)).get(1), var)) {
            return true;
        }
        if (Q.isLocal(e, "%{}") && Q.args(e).size() == 1 && Q.isLocal(Q.args(e).get(0), "|")
                && isVarOrArg(Q.args(Q.args(e).get(0)).get(0), var)) {
            return true;
        }
        if (e instanceof Call c && !c.isVariable() && !c.args().isEmpty() && isVarOrArg(c.args().get(0), var)) {
            String m = ctx.env().resolve(Q.receiver(c));
            String f = Q.remoteFun(c);
            if (("Map".equals(m) || "Keyword".equals(m)) && SIMPLE_MAP.contains(f)) {
                return true;
            }
            if ("MapSet".equals(m) && List.of("put", "delete", "member?", "to_list").contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVarOrArg(Quoted q, String var) {
        if (var.equals("&1")) {
            return Q.isLocal(q, "&") && Q.args(q).size() == 1 && Q.args(q).get(0) instanceof Int i
                    && i.value().intValue() == 1;
        }
        return var.equals(Q.varName(q)) || (q instanceof Atom && false);
    }
}
