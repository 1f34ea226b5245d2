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

    /**
     * How {@code c} builds an atom from per-entity runtime data ({@link RuntimeData}), or null when it builds
     * none or only from compile-time constants and start-up settings.
     */
    static String builder(Call c, Aliases env) {
        String b = kind(c, env);
        List<Quoted> args = c.args();
        return b != null && !args.isEmpty() && RuntimeData.in(args.get(0), env)
                || "Module.concat".equals(b) && RuntimeData.in(new io.github.otpadvisor.elixir.ast.QList(args), env)
                ? b : null;
    }

    /**
     * The first atom built at runtime in {@code q} whatever its parts, when {@code argsAtCall} (the arguments a
     * local helper such as {@code name(room_id)} was called with) carry runtime data: the helper's own
     * parameter names need not tell.
     */
    static Found findThroughHelper(Quoted q, Quoted argsAtCall, Aliases env) {
        if (!(argsAtCall instanceof Call call) || call.isVariable() || !(call.target() instanceof Atom)
                || !RuntimeData.in(new io.github.otpadvisor.elixir.ast.QList(call.args()), env)) {
            return null;
        }
        Found[] out = {null};
        Q.walk(q, x -> {
            if (out[0] != null) {
                return false;
            }
            if (x instanceof Call c && !c.isVariable() && kind(c, env) != null) {
                out[0] = new Found(kind(c, env), c);
                return false;
            }
            return !Q.isLocal(x, "quote");
        });
        return out[0];
    }

    /** Which atom-building call {@code c} is, whatever its arguments. */
    private static String kind(Call c, Aliases env) {
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
            case "Module.concat" -> "Module.concat";
            default -> null;
        };
    }

    /** {@code :"a#{x}"} is {@code :erlang.binary_to_atom(<<"a", x::binary>>, :utf8)}. */
    private static boolean interpolatedAtom(List<Quoted> args) {
        return args.size() == 2 && Q.isLocal(args.get(0), "<<>>") && args.get(1) instanceof Atom a
                && a.name().equals("utf8");
    }
}
