package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Str;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ModuleRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every module a file names, with the module whose code names it (one entry per name and module): aliases as written,
 * {@code __MODULE__.Sub} resolved, Elixir module atoms, and the parts given to {@code Module.concat}. The
 * {@code defmodule} heads themselves are not references.
 */
final class ModuleRefs {
    private static final Pattern MODULE_STRING = Pattern.compile("(Elixir\\.)?[A-Z][A-Za-z0-9_]*(\\.[A-Z][A-Za-z0-9_]*)*");

    private final String file;
    private final Map<String, ModuleRef> out = new LinkedHashMap<>();

    private ModuleRefs(String file) {
        this.file = file;
    }

    static List<ModuleRef> of(String file, Quoted ast) {
        ModuleRefs r = new ModuleRefs(file);
        r.walk(ast, null);
        return new ArrayList<>(r.out.values());
    }

    private void walk(Quoted root, String module) {
        Q.walk(root, q -> {
            if (Q.isLocal(q, "defmodule") && !Q.args(q).isEmpty()) {
                String name = written(Q.args(q).get(0), module);
                // a nested defmodule Sub is Parent.Sub, as Elixir names it
                String inner = name == null ? module : module == null ? name : module + "." + name;
                for (int i = 1; i < Q.args(q).size(); i++) {
                    walk(Q.args(q).get(i), inner);
                }
                return false;
            }
            if (Q.isLocal(q, "__aliases__")) {
                add(written(q, module), module, q);
                return false;
            }
            if (q instanceof Atom a && a.name().startsWith("Elixir.")) {
                add(a.name().substring(7), module, q);
            }
            if (q instanceof Call c && !c.isVariable() && isConcat(c)) {
                concat(c, module);
            }
            return true;
        });
    }

    /** {@code Module.concat(MyApp.Workers, name)}: the literal parts, and the prefix the runtime part extends. */
    private void concat(Call c, String module) {
        List<Quoted> parts = c.args().size() == 1 && c.args().get(0) instanceof io.github.otpadvisor.elixir.ast.QList l
                ? l.items() : c.args();
        StringBuilder prefix = new StringBuilder();
        for (Quoted p : parts) {
            String lit = p instanceof Str s ? s.value() : Q.isLocal(p, "__aliases__") || "__MODULE__".equals(Q.varName(p))
                    ? written(p, module) : null;
            if (lit == null) {
                if (prefix.length() > 0) {
                    add(prefix + ".*", module, c);
                }
                return;
            }
            if (lit.startsWith("Elixir.")) {
                lit = lit.substring(7);
            }
            if (MODULE_STRING.matcher(lit).matches()) {
                add(lit, module, c);
                prefix.append(prefix.length() == 0 ? "" : ".").append(lit);
            }
        }
        if (prefix.length() > 0) {
            add(prefix.toString(), module, c);
        }
    }

    private static boolean isConcat(Call c) {
        String f = Q.remoteFun(c);
        Quoted r = Q.receiver(c);
        return ("concat".equals(f) || "safe_concat".equals(f)) && r != null && Q.isLocal(r, "__aliases__")
                && Q.args(r).size() == 1 && Q.args(r).get(0) instanceof Atom a && a.name().equals("Module");
    }

    /** The alias as written, {@code __MODULE__} replaced by the enclosing module. */
    private static String written(Quoted q, String module) {
        if ("__MODULE__".equals(Q.varName(q))) {
            return module;
        }
        if (!Q.isLocal(q, "__aliases__")) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Quoted seg : Q.args(q)) {
            String s = seg instanceof Atom a ? a.name() : "__MODULE__".equals(Q.varName(seg)) ? module : null;
            if (s == null) {
                return null;
            }
            if (!(sb.length() == 0 && s.equals("Elixir"))) {
                sb.append(sb.length() == 0 ? "" : ".").append(s);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private void add(String name, String module, Quoted at) {
        if (name == null || name.isEmpty()) {
            return;
        }
        out.putIfAbsent(name + "|" + module, new ModuleRef(name, module, Q.loc(file, at, new Location(file, 0, 0))));
    }
}
