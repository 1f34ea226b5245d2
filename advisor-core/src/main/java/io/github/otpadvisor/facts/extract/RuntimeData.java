package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Str;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a part of an atom being built carries per-entity runtime data (RULEBOOK OTP008): an id, a key, a
 * field of a record, a request parameter, a random or unique value. Such atoms grow without bound. A name
 * configured once at start-up ({@code :"#{name}_supervisor"} with {@code name} from the options, a scope, a
 * pool index from {@code 1..pool_size}, {@code Application.get_env}) and compile-time constants give a bounded
 * set of atoms and are not runtime data here.
 */
final class RuntimeData {
    private static final Pattern KEYED_GET = Pattern.compile("get|fetch!?|get_lazy");
    /** Names that carry per-entity runtime data (ids, slugs, keys), not a module or an instance name. */
    static final Pattern ENTITY = Pattern.compile(
            "(^|_)(id|ids|uuid|slug|key|tenant|user|room|session|serial|account|org|device|topic|channel|string|str"
                    + "|vin|email|token|customer|client|player|game|order|chat|conversation)(_|$)");
    /** Variables that hold options or configuration: their fields are instance settings. */
    private static final Pattern OPTIONS = Pattern.compile("^_?(opts|options|config|conf|args|arg|settings|env|state)$");
    /** Functions whose result is unbounded by nature. */
    private static final Pattern UNBOUNDED_FUN = Pattern.compile("(id|uuid|random|unique|token|generate)");

    private RuntimeData() {
    }

    /** Some part of {@code q} is per-entity runtime data. */
    static boolean in(Quoted q, Aliases env) {
        return in(q, env, 0);
    }

    private static boolean in(Quoted q, Aliases env, int depth) {
        if (q == null || depth > 12 || Q.isLiteral(q)) {
            return false;
        }
        if (q instanceof QList l) {
            return any(l.items(), env, depth);
        }
        String var = Q.varName(q);
        if (var != null) {
            return !var.startsWith("__") && ENTITY.matcher(var.replaceFirst("^_+", "")).find();
        }
        if (!(q instanceof Call c) || c.isVariable()) {
            return false;
        }
        if (Q.isLocal(c, "::") || Q.isLocal(c, "<>") || Q.isLocal(c, "<<>>") || Q.isLocal(c, "++")
                || Q.isLocal(c, "to_string") || Q.isLocal(c, "inspect") || Q.isLocal(c, "{}")) {
            return any(c.args(), env, depth);
        }
        if (Q.isLocal(c, "node") || Q.isLocal(c, "@")) {
            return false;
        }
        Quoted recv = Q.receiver(c);
        String fun = Q.remoteFun(c);
        if (recv != null && fun != null) {
            String mod = env.resolve(recv);
            if (c.args().isEmpty() && (mod == null || Q.isVar(recv))) {
                return field(recv, fun, env, depth); // record.field
            }
            if ("Access".equals(mod) && "get".equals(fun) && c.args().size() == 2) {
                return keyed(c.args().get(0), c.args().get(1), env, depth); // x[key]
            }
            if (mod != null && !UNBOUNDED_FUN.matcher(fun).find()) {
                switch (mod) {
                    case "Application", "System", "Node", "Mix" -> {
                        return false; // configuration of the node
                    }
                    case "Keyword", "Map" -> {
                        if (c.args().size() >= 2 && KEYED_GET.matcher(fun).matches()) {
                            return keyed(c.args().get(0), c.args().get(1), env, depth);
                        }
                    }
                    default -> {
                    }
                }
            }
            return UNBOUNDED_FUN.matcher(fun).find() || any(c.args(), env, depth);
        }
        if (c.target() instanceof Atom a) {
            return UNBOUNDED_FUN.matcher(a.name()).find() || any(c.args(), env, depth);
        }
        return any(c.args(), env, depth);
    }

    /** {@code recv.field}: an entity-named field, or any field of a record that is not options or state. */
    private static boolean field(Quoted recv, String field, Aliases env, int depth) {
        if (ENTITY.matcher(field).find()) {
            return true;
        }
        String var = Q.varName(recv);
        if (var != null) {
            return !OPTIONS.matcher(var).matches() && !var.startsWith("__");
        }
        return in(recv, env, depth + 1);
    }

    /** {@code container[key]}: options read by a non-entity key are settings; request data is runtime data. */
    private static boolean keyed(Quoted container, Quoted key, Aliases env, int depth) {
        String k = key instanceof Atom a ? a.name() : key instanceof Str s ? s.value() : null;
        if (k != null && ENTITY.matcher(k).find()) {
            return true;
        }
        String var = Q.varName(container);
        if (var != null) {
            return !OPTIONS.matcher(var).matches();
        }
        return in(container, env, depth + 1);
    }

    private static boolean any(List<Quoted> qs, Aliases env, int depth) {
        for (Quoted x : qs) {
            if (in(x, env, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
