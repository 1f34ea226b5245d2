package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexical alias environment: the current module and the aliases in scope ({@code alias A.B},
 * {@code alias A.B, as: C}, {@code alias A.{B, C}}, the auto-alias of a nested {@code defmodule}).
 * Immutable: a new alias makes a new environment, so scopes cannot leak into their parents.
 */
final class Aliases {
    static final Aliases EMPTY = new Aliases(null, Map.of());

    private final String current;
    private final Map<String, String> map;

    private Aliases(String current, Map<String, String> map) {
        this.current = current;
        this.map = map;
    }

    /** The module being defined, or null outside any module. */
    String current() {
        return current;
    }

    Aliases inModule(String module) {
        return new Aliases(module, map);
    }

    Aliases with(String shortName, String full) {
        if (shortName == null || full == null) {
            return this;
        }
        Map<String, String> m = new HashMap<>(map);
        m.put(shortName, full);
        return new Aliases(current, m);
    }

    /**
     * The module an expression names: an alias ({@code Foo.Bar}, expanded), {@code __MODULE__},
     * {@code __MODULE__.Sub}, an Erlang module atom ({@code :ets} gives {@code ":ets"}), an Elixir
     * module atom; null for anything else (a variable, a call).
     */
    String resolve(Quoted q) {
        if (q instanceof Atom a) {
            String n = a.name();
            if (n.startsWith("Elixir.")) {
                return n.substring(7);
            }
            if (n.equals("nil") || n.equals("true") || n.equals("false")) {
                return null;
            }
            return ":" + n;
        }
        if (Q.isVar(q) && "__MODULE__".equals(Q.varName(q))) {
            return current;
        }
        if (!Q.isLocal(q, "__aliases__")) {
            return null;
        }
        List<Quoted> segs = Q.args(q);
        if (segs.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        Quoted head = segs.get(0);
        int start = 1;
        if (head instanceof Atom a) {
            if (a.name().equals("Elixir") && segs.size() > 1) {
                sb.append(((Atom) segs.get(1)).name());
                start = 2;
            } else {
                String expanded = map.get(a.name());
                sb.append(expanded != null ? expanded : a.name());
            }
        } else if (Q.isVar(head) && "__MODULE__".equals(Q.varName(head)) && current != null) {
            sb.append(current);
        } else if (head instanceof Call c && c.target() instanceof Atom ha && ha.name().equals("__MODULE__")
                && current != null) {
            sb.append(current);
        } else {
            return null;
        }
        for (int i = start; i < segs.size(); i++) {
            if (!(segs.get(i) instanceof Atom s)) {
                return null;
            }
            sb.append('.').append(s.name());
        }
        return sb.toString();
    }

    /**
     * The environment after an {@code alias} directive's arguments ({@code alias A.B},
     * {@code alias A.B, as: C}, {@code alias A.{B, C}}, {@code alias __MODULE__}).
     */
    Aliases afterAlias(List<Quoted> args) {
        if (args.isEmpty()) {
            return this;
        }
        Quoted target = args.get(0);
        Quoted as = args.size() > 1 ? Q.kw(args.get(1), "as") : null;
        // alias A.{B, C}
        if (target instanceof Call multi && Q.remoteFun(multi) != null && Q.remoteFun(multi).equals("{}")) {
            String base = resolve(Q.receiver(multi));
            if (base == null) {
                return this;
            }
            Aliases env = this;
            for (Quoted inner : multi.args()) {
                List<Quoted> segs = Q.args(inner);
                if (!Q.isLocal(inner, "__aliases__") || segs.isEmpty()) {
                    continue;
                }
                StringBuilder full = new StringBuilder(base);
                String lastSeg = null;
                for (Quoted s : segs) {
                    if (s instanceof Atom a) {
                        full.append('.').append(a.name());
                        lastSeg = a.name();
                    }
                }
                env = env.with(lastSeg, full.toString());
            }
            return env;
        }
        String full = resolve(target);
        if (full == null || full.startsWith(":")) {
            if (full != null && as != null) {
                return with(shortOf(as), full);
            }
            return this;
        }
        String shortName = as != null ? shortOf(as) : lastSegment(full);
        return with(shortName, full);
    }

    private static String shortOf(Quoted as) {
        if (Q.isLocal(as, "__aliases__") && Q.args(as).size() == 1 && Q.args(as).get(0) instanceof Atom a) {
            return a.name();
        }
        if (as instanceof Atom a && a.name().startsWith("Elixir.")) {
            return a.name().substring(7);
        }
        return null;
    }

    static String lastSegment(String full) {
        int dot = full.lastIndexOf('.');
        return dot < 0 ? full : full.substring(dot + 1);
    }
}
