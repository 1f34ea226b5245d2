package io.github.otpadvisor.facts;

import io.github.otpadvisor.ast.Atom;
import io.github.otpadvisor.ast.Call;
import io.github.otpadvisor.ast.Quoted;
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
            case "Module.concat" -> args.stream().allMatch(Q::isLiteral) ? null : "Module.concat";
            default -> null;
        };
    }

    /** {@code :"a#{x}"} is {@code :erlang.binary_to_atom(<<"a", x::binary>>, :utf8)}. */
    private static boolean interpolatedAtom(List<Quoted> args) {
        return args.size() == 2 && Q.isLocal(args.get(0), "<<>>") && args.get(1) instanceof Atom a
                && a.name().equals("utf8");
    }
}
