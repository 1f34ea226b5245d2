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
    private final Map<Key, ModuleRef> out = new LinkedHashMap<>();

    /**
     * One entry per name and naming module: a record key, as every alias of a file comes here. Its equality is
     * written out: a record's own is linked through method handles at first use and runs slowly until the JIT
     * has compiled them, which a run of the command line never waits for.
     */
    private record Key(String name, String module) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && name.equals(k.name) && java.util.Objects.equals(module, k.module);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + (module == null ? 0 : module.hashCode());
        }
    }

    private ModuleRefs(String file) {
        this.file = file;
    }

    static List<ModuleRef> of(String file, Quoted ast) {
        ModuleRefs r = new ModuleRefs(file);
        r.walk(ast, withAliases(ast, Aliases.EMPTY));
        return new ArrayList<>(r.out.values());
    }

    /**
     * The environment of a module body: every {@code alias} written in it (in any function: an over-approximation
     * that only errs towards "named") and the auto-alias of each nested {@code defmodule}.
     */
    private static Aliases withAliases(Quoted body, Aliases env) {
        Aliases[] e = {env};
        Q.walk(body, q -> {
            if (Q.isLocal(q, "defmodule") && !Q.args(q).isEmpty()) {
                Quoted head = Q.args(q).get(0);
                if (Q.isLocal(head, "__aliases__") && Q.args(head).size() == 1 && Q.args(head).get(0) instanceof Atom a
                        && e[0].current() != null) {
                    e[0] = e[0].with(a.name(), e[0].current() + "." + a.name());
                }
                return false;
            }
            if (Q.isLocal(q, "alias") || Q.isLocal(q, "require") && Q.args(q).size() > 1) {
                e[0] = e[0].afterAlias(Q.args(q));
                return false;
            }
            // aliases are written as statements: no need to look inside calls' arguments or literals
            return q instanceof Call c && (c.target() instanceof Atom || Q.isLocal(q, "__block__"))
                    || q instanceof io.github.otpadvisor.elixir.ast.QList || q instanceof io.github.otpadvisor.elixir.ast.Tuple;
        });
        return e[0];
    }

    private void walk(Quoted root, Aliases env) {
        String module = env.current();
        // One type test per node, then the name: every node of every file comes here.
        Q.walk(root, q -> {
            if (q instanceof Call c) {
                if (c.isVariable()) {
                    return true;
                }
                if (c.target() instanceof Atom a) {
                    return local(c, a.name(), env, module);
                }
                if (isConcat(c)) {
                    concat(c, env);
                }
                return true;
            }
            if (q instanceof Atom a && a.name().startsWith("Elixir.")) {
                add(a.name().substring(7), module, q);
            } else if (q instanceof io.github.otpadvisor.elixir.ast.QList l) {
                // [:my_worker, ...] or [{:my_worker, arg}]: a module named by an Erlang atom (defmodule :my_worker)
                for (Quoted item : l.items()) {
                    List<Quoted> t = Q.tuple(item);
                    Quoted head = t != null && t.size() == 2 ? t.get(0) : item;
                    if (head instanceof Atom a && !a.name().startsWith("Elixir.")) {
                        add(":" + a.name(), module, head);
                    }
                }
            }
            return true;
        });
    }

    /** A local call (or special form) {@code name}: whether to look inside it. */
    private boolean local(Call q, String name, Aliases env, String module) {
        List<Quoted> args = q.args();
        switch (name) {
            case "defmodule" -> {
                if (args.isEmpty()) {
                    return true;
                }
                String defined = env.resolve(args.get(0));
                if (defined != null && module != null && Q.isLocal(args.get(0), "__aliases__")
                        && !defined.startsWith(module + ".")) {
                    defined = module + "." + Q.written(args.get(0)); // a nested defmodule Sub is Parent.Sub
                }
                Aliases inner = defined == null ? env : env.inModule(defined);
                for (int i = 1; i < args.size(); i++) {
                    walk(args.get(i), withAliases(args.get(i), inner));
                }
                return false;
            }
            case "alias" -> {
                if (!args.isEmpty() && args.get(0) instanceof Call multi && "{}".equals(Q.remoteFun(multi))) {
                    String base = env.resolve(Q.receiver(multi));
                    for (Quoted inner : multi.args()) {
                        String w = Q.written(inner);
                        if (base != null && w != null) {
                            add(base + "." + w, module, q);
                        }
                    }
                    return false;
                }
                return true;
            }
            case "__aliases__" -> {
                add(env.resolve(q), module, q);
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    /** {@code Module.concat(MyApp.Workers, name)}: the literal parts, and the prefix the runtime part extends. */
    private void concat(Call c, Aliases env) {
        List<Quoted> parts = c.args().size() == 1 && c.args().get(0) instanceof io.github.otpadvisor.elixir.ast.QList l
                ? l.items() : c.args();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Quoted p = parts.get(i);
            String lit = literal(p, env);
            if (lit == null) {
                if (prefix.length() > 0) {
                    add(prefix + ".*", env.current(), c);
                } else {
                    suffix(parts.subList(i + 1, parts.size()), env, c);
                }
                return;
            }
            prefix.append(prefix.length() == 0 ? "" : ".").append(lit);
        }
        if (prefix.length() > 0) {
            add(prefix.toString(), env.current(), c);
        }
    }

    /**
     * {@code Module.concat(module, System)}: a runtime part, then literal ones: any module whose name ends so may be
     * the one (gristle's Boss.System starts {@code Module.concat(module, System)} for each module of a node's list),
     * as {@code *.System}.
     */
    private void suffix(List<Quoted> rest, Aliases env, Call c) {
        StringBuilder tail = new StringBuilder();
        for (Quoted p : rest) {
            String lit = literal(p, env);
            if (lit == null) {
                return;
            }
            tail.append('.').append(lit);
        }
        if (tail.length() > 0) {
            add("*" + tail, env.current(), c);
        }
    }

    /** A part of Module.concat spelled in the code ({@code "Elixir.Foo"} or {@code Foo}), without {@code Elixir.}. */
    private static String literal(Quoted p, Aliases env) {
        String lit = p instanceof Str s ? s.value() : p instanceof Atom ? null : env.resolve(p);
        if (lit == null || !MODULE_STRING.matcher(lit).matches()) {
            return null;
        }
        return lit.startsWith("Elixir.") ? lit.substring(7) : lit;
    }

    private static boolean isConcat(Call c) {
        String f = Q.remoteFun(c);
        Quoted r = Q.receiver(c);
        return ("concat".equals(f) || "safe_concat".equals(f)) && r != null && Q.isLocal(r, "__aliases__")
                && Q.args(r).size() == 1 && Q.args(r).get(0) instanceof Atom a && a.name().equals("Module");
    }

    private void add(String name, String module, Quoted at) {
        if (name == null || name.isEmpty()) {
            return;
        }
        out.computeIfAbsent(new Key(name, module), k -> new ModuleRef(name, module, Q.loc(file, at, new Location(file, 0, 0))));
    }
}
