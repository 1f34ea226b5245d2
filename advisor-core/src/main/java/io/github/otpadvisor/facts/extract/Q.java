package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Bin;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Flt;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Str;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.Location;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Small readers of the quoted form, shared by the extractors and by later stages that read printed facts
 * back (the sketches). Total: any shape in, no exception out; null or empty when the shape does not match.
 * Walks use an explicit stack, so a deep tree cannot overflow the call stack.
 */
public final class Q {
    private Q() {
    }

    public static boolean isVar(Quoted q) {
        return q instanceof Call c && c.isVariable() && c.target() instanceof Atom;
    }

    /** The variable's name, or null when {@code q} is not a plain variable. */
    public static String varName(Quoted q) {
        return isVar(q) ? ((Call) q).name() : null;
    }

    /** A variable whose name is not ignored ({@code _x}) nor a special form ({@code __MODULE__}). */
    public static boolean isUsableVar(Quoted q) {
        String n = varName(q);
        return n != null && !n.startsWith("_");
    }

    /** A local call (or operator, or special form) named {@code name}: {@code {name, meta, args}}. */
    public static boolean isLocal(Quoted q, String name) {
        return q instanceof Call c && !c.isVariable() && c.target() instanceof Atom a && a.name().equals(name);
    }

    public static List<Quoted> args(Quoted q) {
        return q instanceof Call c && c.args() != null ? c.args() : List.of();
    }

    /** An alias's segments as written ({@code Workers.Pool} of {@code __aliases__}), or null. */
    public static String written(Quoted q) {
        if (!isLocal(q, "__aliases__")) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Quoted seg : args(q)) {
            if (!(seg instanceof Atom a)) {
                return null;
            }
            sb.append(sb.length() == 0 ? "" : ".").append(a.name());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    public static String atom(Quoted q) {
        return q instanceof Atom a ? a.name() : null;
    }

    /** The elements of a tuple literal of any size, or null. */
    public static List<Quoted> tuple(Quoted q) {
        if (q instanceof Tuple t) {
            return t.items();
        }
        if (isLocal(q, "{}")) {
            return args(q);
        }
        return null;
    }

    public static boolean isKeyword(Quoted q) {
        if (!(q instanceof QList l) || l.items().isEmpty()) {
            return false;
        }
        for (Quoted item : l.items()) {
            if (!(item instanceof Tuple t) || t.items().size() != 2 || !(t.items().get(0) instanceof Atom)) {
                return false;
            }
        }
        return true;
    }

    /** The value of {@code key:} in a keyword list, or null. */
    public static Quoted kw(Quoted list, String key) {
        if (!(list instanceof QList l)) {
            return null;
        }
        for (Quoted item : l.items()) {
            if (item instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom a
                    && a.name().equals(key)) {
                return t.items().get(1);
            }
        }
        return null;
    }

    /** The statements of a block, or the single expression. */
    public static List<Quoted> statements(Quoted q) {
        if (q == null) {
            return List.of();
        }
        return isLocal(q, "__block__") ? args(q) : List.of(q);
    }

    /** The last expression of a block (what it returns). */
    public static Quoted last(Quoted q) {
        List<Quoted> s = statements(q);
        return s.isEmpty() ? null : s.get(s.size() - 1);
    }

    /** The {@code do:} body of a call's trailing keyword list ({@code def f, do: x} or a do-block). */
    public static Quoted doBody(List<Quoted> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        return kw(args.get(args.size() - 1), "do");
    }

    /** A remote call {@code recv.fun(args)}: the receiver, or null. */
    public static Quoted receiver(Call c) {
        if (c.target() instanceof Call dot && isLocal(dot, ".") && dot.args().size() == 2
                && dot.args().get(1) instanceof Atom) {
            return dot.args().get(0);
        }
        return null;
    }

    public static String remoteFun(Call c) {
        if (c.target() instanceof Call dot && isLocal(dot, ".") && dot.args().size() == 2
                && dot.args().get(1) instanceof Atom a) {
            return a.name();
        }
        return null;
    }

    /**
     * {@code var.field} on the variable {@code var} (not null): the field name, or null. A call without
     * arguments, {@code var.field()}, reads the same: the quoted form tells them apart only in metadata.
     */
    public static String fieldOf(Quoted q, String var) {
        if (q instanceof Call c && c.args() != null && c.args().isEmpty()) {
            Quoted recv = receiver(c);
            if (recv != null && var.equals(varName(recv))) {
                return remoteFun(c);
            }
        }
        return null;
    }

    /** A compile-time constant: literals, aliases, module attributes, and containers of them. */
    public static boolean isLiteral(Quoted q) {
        Deque<Quoted> todo = new ArrayDeque<>();
        todo.push(q);
        int budget = 10_000;
        while (!todo.isEmpty() && budget-- > 0) {
            Quoted x = todo.pop();
            if (x instanceof Atom || x instanceof Int || x instanceof Flt || x instanceof Str || x instanceof Bin) {
                continue;
            }
            if (x instanceof QList l) {
                l.items().forEach(todo::push);
            } else if (x instanceof Tuple t) {
                t.items().forEach(todo::push);
            } else if (x instanceof Call c) {
                if (isLocal(c, "__aliases__") || isLocal(c, "@") || (c.isVariable() && "__MODULE__".equals(c.name()))) {
                    continue;
                }
                if (isLocal(c, "{}") || isLocal(c, "%{}") || isLocal(c, "%") || isLocal(c, "-")) {
                    c.args().forEach(todo::push);
                    continue;
                }
                return false;
            }
        }
        return budget > 0;
    }

    /** Names of the variables used in {@code q} (not descending into quote). */
    public static Set<String> vars(Quoted q) {
        Set<String> out = new LinkedHashSet<>();
        walk(q, x -> {
            if (isUsableVar(x) && !varName(x).startsWith("__")) {
                out.add(varName(x));
            }
            return !isLocal(x, "quote");
        });
        return out;
    }

    public static boolean usesVar(Quoted q, String name) {
        if (name == null) {
            return false;
        }
        boolean[] found = {false};
        walk(q, x -> {
            if (found[0]) {
                return false;
            }
            if (name.equals(varName(x))) {
                found[0] = true;
            }
            return true;
        });
        return found[0];
    }

    /** Any node satisfying {@code p}. */
    public static boolean any(Quoted q, Predicate<Quoted> p) {
        boolean[] found = {false};
        walk(q, x -> {
            if (found[0]) {
                return false;
            }
            if (p.test(x)) {
                found[0] = true;
                return false;
            }
            return !isLocal(x, "quote");
        });
        return found[0];
    }

    /**
     * Pre-order walk with an explicit stack; {@code visit} returns whether to descend. A remote or anonymous
     * call's arguments are visited before its target: extracted facts list variables in that order.
     */
    public static void walk(Quoted root, Predicate<Quoted> visit) {
        if (root == null) {
            return;
        }
        // An array for a stack: every pass over every file walks with it, and ArrayDeque's checks and
        // indirection showed in cold profiles.
        Quoted[] todo = new Quoted[32];
        int top = 0;
        todo[top++] = root;
        while (top > 0) {
            Quoted x = todo[--top];
            todo[top] = null;
            if (!visit.test(x)) {
                continue;
            }
            List<Quoted> kids;
            if (x instanceof Call c) {
                kids = c.args();
                Quoted target = c.target();
                if (!(target instanceof Atom)) {
                    if (top == todo.length) {
                        todo = Arrays.copyOf(todo, top * 2);
                    }
                    todo[top++] = target;
                }
            } else if (x instanceof QList l) {
                kids = l.items();
            } else if (x instanceof Tuple t) {
                kids = t.items();
            } else {
                continue;
            }
            if (kids == null) {
                continue;
            }
            int n = kids.size();
            if (top + n > todo.length) {
                todo = Arrays.copyOf(todo, Math.max(todo.length * 2, top + n));
            }
            for (int i = n - 1; i >= 0; i--) {
                todo[top++] = kids.get(i);
            }
        }
    }

    /** The location of {@code q} if it carries one, else {@code fallback}. */
    static Location loc(String file, Quoted q, Location fallback) {
        if (q instanceof Call c && c.meta().line() > 0 && remoteFun(c) != null) {
            // A remote call starts at its receiver (the T of Task.start, the : of :erlang.spawn).
            Location start = receiverStart(file, c);
            if (start != null) {
                return start;
            }
        }
        if (q instanceof Call c && c.meta().line() > 0) {
            return new Location(file, c.meta().line(), Math.max(1, c.meta().column()));
        }
        if (q instanceof Call c && c.target() instanceof Call t && t.meta().line() > 0) {
            return new Location(file, t.meta().line(), Math.max(1, t.meta().column()));
        }
        if (q instanceof Tuple || q instanceof QList || q instanceof Call) {
            Quoted[] first = {null};
            walk(q, x -> {
                if (first[0] == null && x instanceof Call c && c.meta().line() > 0) {
                    first[0] = x;
                }
                return first[0] == null;
            });
            if (first[0] instanceof Call c) {
                return new Location(file, c.meta().line(), Math.max(1, c.meta().column()));
            }
        }
        return fallback;
    }

    /** Where the receiver of a remote call begins when it is on the call's line, else null. */
    private static Location receiverStart(String file, Call c) {
        Quoted recv = receiver(c);
        int line = c.meta().line();
        if (recv instanceof Call r && r.meta().line() > 0) {
            Location at = loc(file, r, null);
            return at != null && at.line() == line && at.column() <= c.meta().column() ? at : null;
        }
        if (recv instanceof Atom a && c.target() instanceof Call dot && dot.meta().line() == line
                && isPlainName(a.name())) {
            int col = dot.meta().column() - a.name().length() - 1;
            return col >= 1 ? new Location(file, line, col) : null;
        }
        return null;
    }

    /** {@code [a-z_][A-Za-z0-9_]*} without a regex: this runs for every remote call of every file. */
    static boolean isPlainName(String s) {
        if (s.isEmpty() || !(s.charAt(0) == '_' || s.charAt(0) >= 'a' && s.charAt(0) <= 'z')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The leading atom of a message: {@code :tick} gives tick, {@code {:get, k}} gives get. */
    public static String tag(Quoted q) {
        if (q instanceof Atom a) {
            return a.name();
        }
        List<Quoted> t = tuple(q);
        if (t != null && !t.isEmpty() && t.get(0) instanceof Atom a) {
            return a.name();
        }
        if (isLocal(q, "=") && args(q).size() == 2) {
            String left = tag(args(q).get(0));
            return left != null ? left : tag(args(q).get(1));
        }
        return null;
    }
}
