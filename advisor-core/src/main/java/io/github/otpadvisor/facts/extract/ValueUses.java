package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Closure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How code uses a variable: whole, or only through fields ({@code conn.assigns}, {@code Map.get(state, :k)}). */
final class ValueUses {
    static final Set<String> LARGE_NAMES = Set.of("conn", "socket", "state", "assigns", "req", "request");

    private ValueUses() {
    }

    /** Why {@code var} counts as a large value in {@code ctx}, or null. */
    static String largeWhy(String var, FnCtx ctx) {
        if (ctx.structVars.containsKey(var)) {
            return ctx.structVars.get(var);
        }
        return switch (var) {
            case "conn" -> "a Plug.Conn";
            case "socket" -> "a socket";
            case "state" -> "the whole process state";
            case "assigns" -> "the assigns map";
            case "req", "request" -> "the request";
            default -> null;
        };
    }

    static Closure.ValueUse of(Quoted code, String var, String why) {
        return of(code, var, why, false);
    }

    /** With {@code deep}, a dotted read keeps its whole path ({@code assigns.user_id}), not its first field. */
    static Closure.ValueUse of(Quoted code, String var, String why, boolean deep) {
        Set<String> fields = new LinkedHashSet<>();
        boolean[] whole = {false};
        Q.walk(code, x -> {
            String f = deep ? path(x, var) : Q.fieldOf(x, var);
            if (f != null) {
                fields.add(f);
                return false;
            }
            if (x instanceof Call c && !c.isVariable()) {
                String fun = Q.remoteFun(c);
                Quoted recv = Q.receiver(c);
                if (fun != null && c.args().size() >= 2 && var.equals(Q.varName(c.args().get(0)))
                        && (fun.equals("get") || fun.equals("fetch") || fun.equals("fetch!"))
                        && (Q.isLocal(recv, "__aliases__") || recv instanceof Atom)) {
                    fields.add(SourceText.of(c.args().get(1)).replaceFirst("^:", ""));
                    for (int i = 1; i < c.args().size(); i++) {
                        Q.walk(c.args().get(i), y -> {
                            if (var.equals(Q.varName(y))) {
                                whole[0] = true;
                            }
                            return true;
                        });
                    }
                    return false;
                }
            }
            if (var.equals(Q.varName(x))) {
                whole[0] = true;
            }
            return !Q.isLocal(x, "quote");
        });
        return new Closure.ValueUse(var, why, new ArrayList<>(fields), whole[0]);
    }

    /** {@code var.a.b} as {@code a.b}, or null when {@code x} is not a dotted read rooted at {@code var}. */
    private static String path(Quoted x, String var) {
        String f = Q.fieldOf(x, var);
        if (f != null) {
            return f;
        }
        // state.source.fetch() calls a function of the module held in a field: its path ends at source.
        if (x instanceof Call c && c.args() != null && c.args().isEmpty() && Q.receiver(c) != null
                && c.meta().get("no_parens") != null) {
            String head = path(Q.receiver(c), var);
            String last = Q.remoteFun(c);
            return head == null || last == null ? null : head + "." + last;
        }
        return null;
    }

    /** The large variables put whole into {@code message}. */
    static List<String> wholeLarge(Quoted message, FnCtx ctx) {
        List<String> out = new ArrayList<>();
        for (String v : Q.vars(message)) {
            String why = largeWhy(v, ctx);
            if (why != null && of(message, v, why).wholeUsed()) {
                out.add(v);
            }
        }
        return out;
    }
}
