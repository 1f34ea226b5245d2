package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.List;

/** Finds atoms built from runtime data (RULEBOOK OTP008): {@code String.to_atom}, {@code :"a#{x}"}... */
final class DynamicAtoms {
    /** How the atom is built and where. */
    record Found(String builder, Call call) {
    }

    private DynamicAtoms() {
    }

    /** The first runtime atom construction in {@code q}, or null. */
    static Found find(Quoted q, Aliases env) {
        Found[] out = {null};
        Q.walk(q, x -> {
            if (out[0] != null) {
                return false;
            }
            if (x instanceof Call c && !c.isVariable()) {
                String b = builder(c, env);
                if (b != null) {
                    out[0] = new Found(b, c);
                    return false;
                }
            }
            return !Q.isLocal(x, "quote");
        });
        return out[0];
    }

    static String builder(Call c, Aliases env) {
        String fun = Q.remoteFun(c);
        if (fun == null) {
            return null;
        }
        String mod = env.resolve(Q.receiver(c));
        if (mod == null) {
            return null;
        }
        List<Quoted> args = c.args();
        return switch (mod + "." + fun) {
            case "String.to_atom" -> "String.to_atom";
            case "List.to_atom" -> "List.to_atom";
            case ":erlang.list_to_atom" -> ":erlang.list_to_atom";
            case ":erlang.binary_to_atom" -> !args.isEmpty() && Q.isLocal(args.get(0), "<<>>")
                    && c.meta().get("delimiter") != null ? "interpolated atom"
                    : interpolatedAtom(args) ? "interpolated atom" : ":erlang.binary_to_atom";
            case "Module.concat" -> args.stream().anyMatch(DynamicAtoms::entityData) ? "Module.concat" : null;
            default -> null;
        };
    }

    /** Variable names that carry per-entity runtime data (ids, slugs, keys), not a module or an instance name. */
    private static final java.util.regex.Pattern ENTITY_VAR = java.util.regex.Pattern.compile(
            "(^|_)(id|ids|uuid|slug|key|tenant|user|room|session|serial|account|org|device|topic|channel|string|str)(_|$)");

    /**
     * A {@code Module.concat} argument made of runtime entity data: a built string ({@code "t_" <> id},
     * interpolation, {@code to_string}) or a variable named for an id or key. Aliases, {@code __MODULE__},
     * literals and variables holding a module or an instance name ({@code Module.concat(endpoint, name)},
     * configured once at start-up) are not.
     */
    private static boolean entityData(Quoted arg) {
        if (arg instanceof io.github.otpadvisor.elixir.ast.QList l) {
            return l.items().stream().anyMatch(DynamicAtoms::entityData);
        }
        if (Q.isLiteral(arg)) {
            return false;
        }
        String v = Q.varName(arg);
        if (v != null) {
            return !v.equals("__MODULE__") && ENTITY_VAR.matcher(v).find();
        }
        return Q.isLocal(arg, "<>") || Q.isLocal(arg, "<<>>") || Q.isLocal(arg, "to_string")
                || arg instanceof Call c && ("to_string".equals(Q.remoteFun(c)) || "inspect".equals(Q.remoteFun(c)));
    }

    /** {@code :"a#{x}"} is {@code :erlang.binary_to_atom(<<"a", x::binary>>, :utf8)}. */
    private static boolean interpolatedAtom(List<Quoted> args) {
        return args.size() == 2 && Q.isLocal(args.get(0), "<<>>") && args.get(1) instanceof Atom a
                && a.name().equals("utf8");
    }
}
