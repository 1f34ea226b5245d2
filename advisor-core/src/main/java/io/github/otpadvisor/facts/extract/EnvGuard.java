package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.List;

/**
 * {@code Mix.env()} / {@code Mix.target()} conditions: which branch of an {@code if}/{@code unless} never runs
 * in production ({@code if Mix.env() == :dev}, {@code unless Mix.env() == :prod}, {@code @dev Mix.env() == :dev}
 * then {@code if @dev}). A condition it cannot read leaves both branches as production code.
 */
final class EnvGuard {
    /** Which branch runs only outside production: when the condition holds, and when it does not. */
    private record Branches(boolean whenTrue, boolean whenFalse) {
        static final Branches NONE = new Branches(false, false);

        Branches flip() {
            return new Branches(whenFalse, whenTrue);
        }
    }

    private EnvGuard() {
    }

    /** {@code "do"} or {@code "else"}: the branch of {@code if cond} (or {@code unless}) that production never runs. */
    static String devBranch(Quoted cond, boolean unless, ModuleUnit unit) {
        Branches b = read(cond, unit, 0);
        if (unless) {
            b = b.flip();
        }
        return b.whenTrue ? "do" : b.whenFalse ? "else" : null;
    }

    private static Branches read(Quoted cond, ModuleUnit unit, int depth) {
        if (cond == null || depth > 6) {
            return Branches.NONE;
        }
        Quoted attr = attribute(cond, unit);
        if (attr != null) {
            return read(attr, unit, depth + 1);
        }
        List<Quoted> a = Q.args(cond);
        if ((Q.isLocal(cond, "not") || Q.isLocal(cond, "!")) && a.size() == 1) {
            return read(a.get(0), unit, depth + 1).flip();
        }
        if (a.size() != 2) {
            return Branches.NONE;
        }
        if (Q.isLocal(cond, "and") || Q.isLocal(cond, "&&")) {
            Branches l = read(a.get(0), unit, depth + 1);
            Branches r = read(a.get(1), unit, depth + 1);
            return new Branches(l.whenTrue || r.whenTrue, l.whenFalse && r.whenFalse);
        }
        if (Q.isLocal(cond, "or") || Q.isLocal(cond, "||")) {
            Branches l = read(a.get(0), unit, depth + 1);
            Branches r = read(a.get(1), unit, depth + 1);
            return new Branches(l.whenTrue && r.whenTrue, l.whenFalse || r.whenFalse);
        }
        // `x not in list` is quoted as not(in(x, list)): the `not` case above flips it.
        boolean negated = Q.isLocal(cond, "!=") || Q.isLocal(cond, "!==");
        if (!negated && !Q.isLocal(cond, "==") && !Q.isLocal(cond, "===") && !Q.isLocal(cond, "in")) {
            return Branches.NONE;
        }
        String which = envCall(a.get(0), unit);
        Quoted values = a.get(1);
        if (which == null) {
            which = envCall(a.get(1), unit);
            values = a.get(0);
        }
        if (which == null) {
            return Branches.NONE;
        }
        List<String> atoms = atoms(values);
        if (atoms == null) {
            return Branches.NONE;
        }
        Branches b = which.equals("env")
                ? new Branches(!atoms.contains("prod"), atoms.equals(List.of("prod")))
                : new Branches(atoms.equals(List.of("host")), false);
        return negated ? b.flip() : b;
    }

    /** {@code "env"} for {@code Mix.env()}, {@code "target"} for {@code Mix.target()} (directly or through an attribute). */
    private static String envCall(Quoted q, ModuleUnit unit) {
        Quoted attr = attribute(q, unit);
        Quoted e = attr != null ? attr : q;
        if (e instanceof Call c && !c.isVariable() && Q.receiver(c) != null
                && "Mix".equals(SourceText.of(Q.receiver(c)))) {
            String f = Q.remoteFun(c);
            return "env".equals(f) ? "env" : "target".equals(f) ? "target" : null;
        }
        return null;
    }

    private static List<String> atoms(Quoted q) {
        if (Q.atom(q) != null) {
            return List.of(Q.atom(q));
        }
        if (q instanceof QList l) {
            List<String> out = new java.util.ArrayList<>();
            for (Quoted i : l.items()) {
                if (Q.atom(i) == null) {
                    return null;
                }
                out.add(Q.atom(i));
            }
            return out;
        }
        return null;
    }

    /** The value of a module attribute read ({@code @env}), or null. */
    private static Quoted attribute(Quoted q, ModuleUnit unit) {
        if (unit != null && Q.isLocal(q, "@") && Q.args(q).size() == 1 && Q.args(q).get(0) instanceof Call attr
                && attr.isVariable()) {
            return unit.attributes.get(attr.name());
        }
        return null;
    }
}
