package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The known fields of a captured value (OTP009's size argument): the module's {@code defstruct} for its
 * {@code state} or a {@code %__MODULE__{}} match, else the keys of the map literal {@code init/1} returns; and
 * which of them the module grows ({@code [x | state.f]}, {@code Map.put(state.f, ...)}, {@code state.f ++ l}).
 */
final class StateShape {
    private static final Set<String> GROWING_FUNS = Set.of("put", "put_new", "update", "update!", "merge",
            "insert_at", "in", "put_in", "update_in", "++");

    private StateShape() {
    }

    /** The field names of {@code defstruct [:a, b: 1]} / {@code defstruct a: 1}; empty when not literal. */
    static List<String> structFields(List<Quoted> args) {
        List<String> out = new ArrayList<>();
        if (args.size() == 1 && args.get(0) instanceof QList l) {
            for (Quoted item : l.items()) {
                if (item instanceof Atom a) {
                    out.add(a.name());
                } else if (item instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom a) {
                    out.add(a.name());
                } else {
                    return List.of();
                }
            }
        }
        return out;
    }

    /** The fields {@code var} is known to have, or empty when unknown. */
    static List<String> fields(String var, FnCtx ctx) {
        ModuleUnit unit = ctx.unit;
        if (unit == null) {
            return List.of();
        }
        String struct = ctx.structVars.get(var);
        if (struct != null) {
            boolean own = struct.equals("struct %__MODULE__{}")
                    || unit.name.endsWith("." + struct.replaceAll("^struct %|\\{}$", ""))
                    || struct.equals("struct %" + unit.name + "{}");
            return own ? List.copyOf(unit.structFields) : List.of();
        }
        if (!var.equals("state")) {
            return List.of();
        }
        if (!unit.structFields.isEmpty()) {
            return List.copyOf(unit.structFields);
        }
        return initMapKeys(unit);
    }

    /** The keys of the map literal in {@code init/1}'s {@code {:ok, %{...}}}, directly or through a variable. */
    private static List<String> initMapKeys(ModuleUnit unit) {
        Set<String> keys = new LinkedHashSet<>();
        for (ModuleUnit.Def d : unit.clauses("init", 1)) {
            if (d.body() == null) {
                continue;
            }
            Q.walk(d.body(), x -> {
                List<Quoted> items = x instanceof Tuple t ? t.items() : Q.isLocal(x, "{}") ? Q.args(x) : null;
                if (items != null && items.size() >= 2 && items.get(0) instanceof Atom ok && ok.name().equals("ok")) {
                    Quoted st = items.get(1);
                    if (Q.isUsableVar(st)) {
                        st = boundTo(d.body(), Q.varName(st));
                    }
                    if (st != null) {
                        keys.addAll(mapKeys(st));
                    }
                }
                return !Q.isLocal(x, "quote");
            });
        }
        return new ArrayList<>(keys);
    }

    private static Quoted boundTo(Quoted body, String var) {
        Quoted[] found = {null};
        Q.walk(body, x -> {
            if (Q.isLocal(x, "=") && Q.args(x).size() == 2 && var.equals(Q.varName(Q.args(x).get(0)))) {
                found[0] = Q.args(x).get(1);
            }
            return true;
        });
        return found[0];
    }

    private static List<String> mapKeys(Quoted map) {
        List<String> out = new ArrayList<>();
        if (Q.isLocal(map, "%{}")) {
            for (Quoted kv : Q.args(map)) {
                if (kv instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom k) {
                    out.add(k.name());
                }
            }
        }
        return out;
    }

    /** The fields the module grows somewhere: a collection held in a field that gets elements added. */
    static Set<String> growing(ModuleUnit unit) {
        Set<String> out = new LinkedHashSet<>();
        if (unit == null) {
            return out;
        }
        for (ModuleUnit.Def d : unit.defs) {
            if (d.body() == null) {
                continue;
            }
            Q.walk(d.body(), x -> {
                if (x instanceof Call c && !c.isVariable()) {
                    String fun = Q.remoteFun(c) != null ? Q.remoteFun(c) : c.target() instanceof Atom a ? a.name() : null;
                    if (fun != null && GROWING_FUNS.contains(fun) && c.args() != null && !c.args().isEmpty()) {
                        addField(first(c.args().get(0)), out);
                        if ((fun.equals("++") || fun.equals("in")) && c.args().size() == 2) {
                            addField(c.args().get(1), out); // state.l ++ more, :queue.in(x, state.q)
                        }
                        if (c.args().size() >= 3 && Q.isUsableVar(c.args().get(0)) && c.args().get(1) instanceof Atom k
                                && fun.startsWith("update")) {
                            out.add(k.name()); // Map.update!(state, :clients, &Map.put(&1, k, v))
                        }
                    }
                }
                if (x instanceof QList l && !l.items().isEmpty()
                        && Q.isLocal(l.items().get(l.items().size() - 1), "|")) {
                    List<Quoted> cons = Q.args(l.items().get(l.items().size() - 1));
                    if (cons.size() == 2) {
                        addField(cons.get(1), out);
                    }
                }
                return !Q.isLocal(x, "quote");
            });
        }
        return out;
    }

    /** {@code put_in(state.f[k], v)}: the innermost receiver of an access chain. */
    private static Quoted first(Quoted q) {
        Quoted x = q;
        for (int i = 0; i < 8 && x instanceof Call c && !c.isVariable(); i++) {
            if (fieldName(x) != null) {
                return x;
            }
            String fun = Q.remoteFun(c);
            if ("get".equals(fun) && c.args().size() == 2) {
                x = c.args().get(0);
            } else {
                return x;
            }
        }
        return x;
    }

    private static void addField(Quoted q, Set<String> out) {
        String f = fieldName(q);
        if (f != null) {
            out.add(f);
        }
    }

    /** {@code v.f} on a variable: {@code f}, or null. */
    private static String fieldName(Quoted q) {
        if (q instanceof Call c && c.args() != null && c.args().isEmpty()) {
            Quoted recv = Q.receiver(c);
            if (recv != null && Q.isUsableVar(recv)) {
                return Q.remoteFun(c);
            }
        }
        return null;
    }
}
