package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OTP013's change as code: {@code init/1} as written, cut where its slow work starts. The slow statements and every
 * later one that uses what they bind (transitively) move to {@code handle_continue/2}, with the state fields built
 * from them; init/1 keeps the rest and returns the state without those fields, and the continue puts them in, so
 * the state is whole again before the first message. The variables the moved code reads from init/1 travel in the
 * continue term. When the cut is not clean (the return is not a literal {@code {:ok, state}}, a moved statement
 * reads a variable init/1 binds again later), the whole body moves: init/1 returns at once and the continue runs it
 * as written, its {@code {:ok, ..}} returns turned into {@code {:noreply, ..}}.
 */
final class ContinueMove {
    /** Lines at the left margin that continue a statement rather than start one. */
    private static final List<String> CONTINUATIONS = List.of(")", "]", "}", "end", "|>", "#", "else", "rescue",
            "catch", "after", "do", "->", ">>", "<>", "||", "&&", "++", "and ", "or ", "when ", "|");
    private static final String ARGS = "load_args";
    private static final String LOADED = "loaded";

    /** One top-level statement of the body, as written. */
    private record Stmt(String text, Quoted ast, boolean gap) {
    }

    private ContinueMove() {
    }

    /**
     * Writes the before/after for init/1; false when the body cannot be read or moved (the caller says it in words),
     * or when a statement that would move creates an ETS table or puts a :persistent_term (directly or through one of
     * {@code makers}): other processes read those without asking this one, so they must exist when init/1 returns.
     */
    static boolean write(CodeWriter w, TodayCode.Init init, Set<String> slow, Set<String> makers) {
        if (init == null || slow.isEmpty() || init.param() == null) {
            return false;
        }
        List<Stmt> body = statements(init.body());
        if (body == null || body.isEmpty()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < body.size() && first < 0; i++) {
            if (calls(body.get(i).ast(), slow)) {
                first = i;
            }
        }
        if (first < 0) {
            return false;
        }
        return first < body.size() - 1 && split(w, init, body, first, slow, makers)
                || body.stream().noneMatch(x -> makesTable(x.ast(), makers)) && whole(w, init, body, slow);
    }

    /**
     * The first statement of init/1, from its first slow one on, that creates an ETS table or puts a
     * :persistent_term (itself or through one of {@code makers}), as written; null when none does or the body
     * cannot be read.
     */
    static String tableStatement(TodayCode.Init init, Set<String> slow, Set<String> makers) {
        List<Stmt> body = init == null || init.body() == null ? null : statements(init.body());
        if (body == null) {
            return null;
        }
        boolean after = false;
        for (Stmt x : body) {
            after |= calls(x.ast(), slow);
            if (after && makesTable(x.ast(), makers)) {
                return x.text();
            }
        }
        return null;
    }

    /** It runs {@code :ets.new}, {@code :persistent_term.put}, or a function of the module that does. */
    private static boolean makesTable(Quoted root, Set<String> makers) {
        return anyCall(root, c -> c.args() != null && c.name() != null && makers.contains(c.name())
                || erlang(c, "ets", "new") || erlang(c, "persistent_term", "put"));
    }

    /** {@code :module.function(..)}. */
    private static boolean erlang(Call c, String module, String function) {
        return c.args() != null && c.target() instanceof Call dot && ".".equals(dot.name()) && dot.args() != null
                && dot.args().size() == 2 && dot.args().get(0) instanceof Atom m && module.equals(m.name())
                && dot.args().get(1) instanceof Atom f && function.equals(f.name());
    }

    // ---- the dependent tail ----------------------------------------------------------------------------------

    private static boolean split(CodeWriter w, TodayCode.Init init, List<Stmt> body, int first, Set<String> slow,
                                 Set<String> makers) {
        int last = body.size() - 1;
        Set<String> bound = new LinkedHashSet<>();
        boolean[] moved = new boolean[body.size()];
        for (int i = first; i < last; i++) {
            Quoted q = body.get(i).ast();
            if (calls(q, slow) || reads(q).stream().anyMatch(bound::contains)) {
                if (makesTable(q, makers)) {
                    return false;
                }
                moved[i] = true;
                bound.addAll(binds(q));
            }
        }
        List<String> items = TodayLogic.tupleItems(body.get(last).text());
        if (!(items.size() == 2 || items.size() == 3) || !items.get(0).equals(":ok")
                || items.size() == 3 && items.get(2).contains("\n")) {
            return false;
        }
        String stateText = items.get(1);
        String then = items.size() == 3 ? items.get(2) : null;
        if (then != null && uses(MovedBody.parse(then)).stream().anyMatch(bound::contains)) {
            return false;
        }
        List<String> kept = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        String prefix = mapFields(stateText, kept);
        if (prefix == null) {
            if (stateText.contains("\n") || uses(MovedBody.parse(stateText)).stream().anyMatch(bound::contains)) {
                return false;
            }
            kept = null;
        } else {
            for (java.util.Iterator<String> it = kept.iterator(); it.hasNext(); ) {
                String field = it.next();
                if (uses(MovedBody.parse("%{" + field + "}")).stream().anyMatch(bound::contains)) {
                    loaded.add(field);
                    it.remove();
                }
            }
        }
        // What the moved code reads from init/1: passed on in the continue term.
        Set<String> inputs = new LinkedHashSet<>();
        Set<String> movedBound = new LinkedHashSet<>();
        for (int i = first; i < last; i++) {
            if (!moved[i]) {
                continue;
            }
            for (String v : reads(body.get(i).ast())) {
                if (!movedBound.contains(v)) {
                    if (rebound(body, moved, i, v)) {
                        return false; // init/1 changes it after the cut: the value would not be the one it reads
                    }
                    inputs.add(v);
                }
            }
            movedBound.addAll(binds(body.get(i).ast()));
        }
        for (String field : loaded) {
            uses(MovedBody.parse("%{" + field + "}")).stream().filter(v -> !movedBound.contains(v)).forEach(inputs::add);
        }
        Set<String> all = uses(MovedBody.parse(init.body()));
        all.addAll(uses(MovedBody.parse("fn " + init.param() + " -> :ok end")));
        if (all.contains("state") || all.contains(ARGS) || all.contains(LOADED)) {
            return false;
        }
        FitsSketch.comment(w, "before: init/1 waits for " + String.join(", ", slow) + " before it returns; what it"
                + " computes from that moves with it: " + movedNames(bound, loaded) + ".");
        FitsSketch.comment(w, "after: init/1 returns the state without those, and handle_continue/2 adds them before"
                + " any message is handled:");
        w.open("def init(" + init.param() + ") do");
        boolean firstLine = true;
        for (int i = 0; i < last; i++) {
            if (!moved[i]) {
                emit(w, body.get(i), firstLine);
                firstLine = false;
            }
        }
        String state;
        if (kept == null) {
            state = stateText;
        } else {
            if (!firstLine) {
                w.blank();
            }
            map(w, "state = " + prefix, kept, "");
            firstLine = false;
            state = "state";
        }
        String term = ":load";
        if (inputs.size() == 1) {
            term = "{:load, " + inputs.iterator().next() + "}"; // one value: passed as it is
        } else if (!inputs.isEmpty()) {
            if (!firstLine) {
                w.blank();
            }
            map(w, ARGS + " = %", names(inputs), "");
            firstLine = false;
            term = "{:load, " + ARGS + "}";
        }
        if (!firstLine) {
            w.blank();
        }
        w.line("{:ok, " + state + ", {:continue, " + term + "}}");
        w.close("end");
        w.blank();
        w.open("def handle_continue(" + term + ", state) do");
        firstLine = true;
        if (inputs.size() > 1) {
            map(w, "%", names(inputs), " = " + ARGS);
            w.blank();
        }
        int previous = -1;
        for (int i = first; i < last; i++) {
            if (moved[i]) {
                // A blank line where today's has one, and where init/1 keeps the statements between.
                boolean gap = body.get(i).gap() || previous >= 0 && previous != i - 1;
                emit(w, new Stmt(body.get(i).text(), body.get(i).ast(), gap), firstLine);
                firstLine = false;
                previous = i;
            }
        }
        String tail = then == null ? "" : ", " + then;
        if (loaded.isEmpty()) {
            if (!firstLine) {
                w.blank();
            }
            w.line("{:noreply, state" + tail + "}");
        } else {
            if (!firstLine) {
                w.blank();
            }
            map(w, LOADED + " = %", loaded, "");
            w.blank();
            w.line("{:noreply, Map.merge(state, " + LOADED + ")" + tail + "}");
        }
        w.close("end");
        return true;
    }

    /** A kept variable is bound again by a statement init/1 keeps, after the moved statement that reads it. */
    private static boolean rebound(List<Stmt> body, boolean[] moved, int at, String v) {
        for (int j = at + 1; j < body.size() - 1; j++) {
            if (!moved[j] && binds(body.get(j).ast()).contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** {@code game_config, game_state and the state's game_config, game_state}. */
    private static String movedNames(Set<String> bound, List<String> loaded) {
        List<String> fields = new ArrayList<>();
        for (String f : loaded) {
            int colon = f.indexOf(": ");
            int arrow = f.indexOf(" => ");
            fields.add(colon > 0 ? f.substring(0, colon) : arrow > 0 ? f.substring(0, arrow) : f);
        }
        String vars = String.join(", ", bound);
        String state = fields.isEmpty() ? "" : "the state's " + String.join(", ", fields);
        return vars.isEmpty() ? state : state.isEmpty() ? vars : vars + " and " + state;
    }

    private static List<String> names(Set<String> vars) {
        return vars.stream().map(v -> v + ": " + v).toList();
    }

    /**
     * The fields of a map or struct literal written on one line each ({@code %{a: 1, b: x}}) into {@code out}, and
     * what comes before its brace ({@code %}, {@code %Shop.State}); null when it is not such a literal.
     */
    private static String mapFields(String text, List<String> out) {
        String t = text.strip();
        int brace = t.indexOf('{');
        if (!t.startsWith("%") || brace < 0 || !t.endsWith("}") || !t.substring(1, brace).matches("[A-Za-z0-9_.]*")) {
            return null;
        }
        List<String> fields = TodayLogic.tupleItems(t.substring(brace));
        for (String f : fields) {
            if (f.isEmpty() || f.contains("\n") || f.contains("|") || MovedBody.parse("%{" + f + "}") == null) {
                return null;
            }
        }
        out.addAll(fields);
        return t.substring(0, brace);
    }

    /** {@code head{a: a, b: b}tail} on one line when it fits, else one field a line as {@code mix format} writes it. */
    private static void map(CodeWriter w, String head, List<String> fields, String tail) {
        String one = head + "{" + String.join(", ", fields) + "}" + tail;
        if (fields.isEmpty() || w.fits(one)) {
            w.line(one);
            return;
        }
        w.open(head + "{");
        for (int i = 0; i < fields.size(); i++) {
            w.line(fields.get(i) + (i < fields.size() - 1 ? "," : ""));
        }
        w.close("}" + tail);
    }

    private static void emit(CodeWriter w, Stmt s, boolean first) {
        if (s.gap() && !first) {
            w.blank();
        }
        MovedBody.write(w, s.text());
    }

    // ---- the whole body -------------------------------------------------------------------------------------

    /** init/1 returns at once and the continue runs its body as written; false when a return is not {:ok, ..}. */
    private static boolean whole(CodeWriter w, TodayCode.Init init, List<Stmt> body, Set<String> slow) {
        Stmt last = body.get(body.size() - 1);
        List<Integer> at = new ArrayList<>();
        if (!okReturns(last.ast(), last.text(), at) || at.isEmpty()) {
            return false;
        }
        StringBuilder rewritten = new StringBuilder(last.text());
        for (int i = at.size() - 1; i >= 0; i--) {
            rewritten.replace(at.get(i), at.get(i) + "{:ok,".length(), "{:noreply,");
        }
        if (MovedBody.parse(rewritten.toString()) == null) {
            return false;
        }
        String param = init.param();
        boolean plain = ElixirNames.isVariable(param) && !param.startsWith("_");
        String arg = plain ? param : "init_arg";
        String head = "def handle_continue({:load, " + param + "}, nil) do";
        if (!w.fits(head) || !plain && uses(MovedBody.parse("fn " + param + " -> :ok end")).contains(arg)) {
            return false;
        }
        FitsSketch.comment(w, "before: init/1 waits for " + String.join(", ", slow) + " before it returns, and its"
                + " return is not one {:ok, state} literal whose fields can be split: the whole body moves.");
        FitsSketch.comment(w, "after: init/1 returns at once; handle_continue/2 runs today's body, as written,"
                + " before any message is handled:");
        w.open("def init(" + arg + ") do");
        w.line("{:ok, nil, {:continue, {:load, " + arg + "}}}");
        w.close("end");
        w.blank();
        w.open(head);
        for (int i = 0; i < body.size() - 1; i++) {
            emit(w, body.get(i), i == 0);
        }
        emit(w, new Stmt(rewritten.toString(), last.ast(), last.gap()), body.size() == 1);
        w.close("end");
        return true;
    }

    /**
     * The offsets in {@code text} of the {@code {:ok,} of each value the statement returns (through case, if and
     * cond); false when one of them is anything else ({@code :ignore}, {@code {:stop, _}}, a variable).
     */
    private static boolean okReturns(Quoted q, String text, List<Integer> out) {
        if (q instanceof Call c && c.args() != null && ("case".equals(c.name()) || "cond".equals(c.name())
                || "if".equals(c.name()) || "unless".equals(c.name()))) {
            Quoted blocks = c.args().get(c.args().size() - 1);
            if (!(blocks instanceof QList kw)) {
                return false;
            }
            for (Quoted item : kw.items()) {
                if (!(item instanceof Tuple t) || t.items().size() != 2) {
                    return false;
                }
                Quoted branch = t.items().get(1);
                if ("case".equals(c.name()) || "cond".equals(c.name())) {
                    if (!(branch instanceof QList clauses)) {
                        return false;
                    }
                    for (Quoted clause : clauses.items()) {
                        if (!(clause instanceof Call arrow) || !"->".equals(arrow.name()) || arrow.args().size() != 2
                                || !okReturns(last(arrow.args().get(1)), text, out)) {
                            return false;
                        }
                    }
                } else if (!okReturns(last(branch), text, out)) {
                    return false;
                }
            }
            return true;
        }
        List<Quoted> items = q instanceof Tuple t ? t.items()
                : q instanceof Call c && "{}".equals(c.name()) && c.args() != null ? c.args() : List.of();
        if (items.size() < 2 || !(items.get(0) instanceof Atom a) || !"ok".equals(a.name())) {
            return false;
        }
        int from = offset(text, q instanceof Call c ? c : items.get(1) instanceof Call v ? v : null);
        int ok = from < 0 ? -1 : text.lastIndexOf("{:ok,", from);
        if (ok < 0 || out.contains(ok)) {
            return false;
        }
        out.add(ok);
        out.sort(null);
        return true;
    }

    private static Quoted last(Quoted block) {
        return block instanceof Call c && "__block__".equals(c.name()) && c.args() != null && !c.args().isEmpty()
                ? c.args().get(c.args().size() - 1) : block;
    }

    /** Where a node starts in the text it was parsed from, or -1. */
    private static int offset(String text, Call c) {
        if (c == null || c.meta().line() < 1 || c.meta().column() < 1) {
            return -1;
        }
        int at = 0;
        for (int line = 1; line < c.meta().line(); line++) {
            at = text.indexOf('\n', at) + 1;
            if (at == 0) {
                return -1;
            }
        }
        int o = at + c.meta().column() - 1;
        return o < text.length() ? o : -1;
    }

    // ---- reading the body -----------------------------------------------------------------------------------

    /** The top-level statements of a dedented body as written, with the comments above each; null if unsure. */
    static List<String> statementTexts(String body) {
        List<Stmt> all = statements(body);
        return all == null ? null : all.stream().map(Stmt::text).toList();
    }

    /** The top-level statements of a dedented body, each as written with the comments above it; null if unsure. */
    private static List<Stmt> statements(String body) {
        Quoted all = MovedBody.parse(body);
        if (all == null) {
            return null;
        }
        int count = all instanceof Call c && "__block__".equals(c.name()) && c.args() != null ? c.args().size() : 1;
        List<String> lines = Arrays.asList(body.split("\n", -1));
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank() && !l.startsWith(" ") && CONTINUATIONS.stream().noneMatch(l::startsWith)) {
                int s = i;
                while (s > 0 && lines.get(s - 1).startsWith("#")) {
                    s--; // the comment above a statement goes with it
                }
                starts.add(s);
            }
        }
        if (starts.size() != count || starts.isEmpty()) {
            return null;
        }
        List<Stmt> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            String text = String.join("\n", lines.subList(from, to)).strip();
            Quoted q = MovedBody.parse(text);
            if (q == null || q instanceof Call c && "__block__".equals(c.name()) && c.args() != null
                    && c.args().size() != 1) {
                return null;
            }
            out.add(new Stmt(text, q, from > 0 && lines.get(from - 1).isBlank()));
        }
        return out;
    }

    /** It calls one of the names, locally or on a module ({@code leading?(conn)}, {@code Repo.all()}). */
    private static boolean calls(Quoted root, Set<String> names) {
        return anyCall(root, c -> c.args() != null && (names.contains(c.name()) || remoteName(c) != null
                && names.contains(remoteName(c))));
    }

    /** Some call in {@code root} (through calls, tuples and lists) is one {@code wanted} accepts. */
    private static boolean anyCall(Quoted root, java.util.function.Predicate<Call> wanted) {
        Deque<Quoted> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Quoted q = todo.pop();
            if (q instanceof Call c) {
                if (wanted.test(c)) {
                    return true;
                }
                push(todo, c);
            } else if (q instanceof Tuple t) {
                pushAll(todo, t.items());
            } else if (q instanceof QList l) {
                pushAll(todo, l.items());
            }
        }
        return false;
    }

    private static String remoteName(Call c) {
        return c.target() instanceof Call dot && ".".equals(dot.name()) && dot.args() != null
                && dot.args().size() == 2 && dot.args().get(1) instanceof Atom a ? a.name() : null;
    }

    /** The variables a statement binds at its top ({@code {:ok, conn} = ..} binds conn). */
    private static Set<String> binds(Quoted q) {
        return q instanceof Call c && "=".equals(c.name()) && c.args() != null && c.args().size() == 2
                ? variables(c.args().get(0)) : new LinkedHashSet<>();
    }

    /**
     * The variables a statement reads from before it: free in it, so not those its own branches, clauses and
     * anonymous functions bind (sensocto's Bridge binds socket in an else branch and reads it there: no input).
     */
    private static Set<String> reads(Quoted q) {
        Set<String> out = new LinkedHashSet<>();
        if (q instanceof Call c && "=".equals(c.name()) && c.args() != null && c.args().size() == 2) {
            free(c.args().get(1), new java.util.HashSet<>(), out);
        } else {
            free(q, new java.util.HashSet<>(), out);
        }
        return out;
    }

    /** Adds to {@code out} what {@code q} reads that {@code bound} (its scope, changed by its matches) does not hold. */
    private static void free(Quoted q, Set<String> bound, Set<String> out) {
        if (!(q instanceof Call c)) {
            List<Quoted> items = q instanceof Tuple t ? t.items() : q instanceof QList l ? l.items() : List.of();
            items.forEach(x -> free(x, new java.util.HashSet<>(bound), out));
            return;
        }
        if (c.isVariable()) {
            if (c.name() != null && !c.name().startsWith("_") && !bound.contains(c.name())) {
                out.add(c.name());
            }
            return;
        }
        String n = c.name();
        List<Quoted> args = c.args() == null ? List.of() : c.args();
        if ("@".equals(n) || namedCapture(c)) {
            return;
        }
        if ("=".equals(n) && args.size() == 2) {
            free(args.get(1), bound, out);
            pins(args.get(0), bound, out);
            bound.addAll(variables(args.get(0)));
        } else if ("->".equals(n) && args.size() == 2) {
            Set<String> inner = new java.util.HashSet<>(bound);
            List<Quoted> heads = args.get(0) instanceof QList l ? l.items() : List.of(args.get(0));
            for (Quoted h : heads) {
                Quoted guard = null;
                if (h instanceof Call w && "when".equals(w.name()) && w.args() != null && w.args().size() >= 2) {
                    guard = w.args().get(w.args().size() - 1);
                    w.args().subList(0, w.args().size() - 1).forEach(x -> inner.addAll(variables(x)));
                } else {
                    pins(h, bound, out);
                    inner.addAll(variables(h));
                }
                if (guard != null) {
                    free(guard, inner, out);
                }
            }
            free(args.get(1), inner, out);
        } else if ("__block__".equals(n)) {
            args.forEach(x -> free(x, bound, out));
        } else if (("with".equals(n) || "for".equals(n)) && !args.isEmpty()) {
            Set<String> inner = new java.util.HashSet<>(bound);
            for (Quoted a : args) {
                if (a instanceof Call g && "<-".equals(g.name()) && g.args() != null && g.args().size() == 2) {
                    free(g.args().get(1), inner, out);
                    inner.addAll(variables(g.args().get(0)));
                } else if (a instanceof QList opts) {
                    for (Quoted o : opts.items()) {
                        boolean body = o instanceof Tuple t && t.items().size() == 2
                                && t.items().get(0) instanceof Atom k && k.name().equals("do");
                        Quoted value = o instanceof Tuple t && t.items().size() == 2 ? t.items().get(1) : o;
                        free(value, new java.util.HashSet<>(body ? inner : bound), out);
                    }
                } else {
                    free(a, inner, out);
                }
            }
        } else {
            if (n == null) {
                free(c.target(), new java.util.HashSet<>(bound), out);
            }
            args.forEach(x -> free(x, new java.util.HashSet<>(bound), out));
        }
    }

    /** A pinned variable in a pattern ({@code ^id}) is read, not bound. */
    private static void pins(Quoted pattern, Set<String> bound, Set<String> out) {
        Deque<Quoted> todo = new ArrayDeque<>();
        todo.push(pattern);
        while (!todo.isEmpty()) {
            Quoted q = todo.pop();
            if (q instanceof Call c && "^".equals(c.name()) && c.args() != null) {
                c.args().forEach(x -> free(x, bound, out));
            } else if (q instanceof Call c && !c.isVariable()) {
                push(todo, c);
            } else if (q instanceof Tuple t) {
                pushAll(todo, t.items());
            } else if (q instanceof QList l) {
                pushAll(todo, l.items());
            }
        }
    }

    /** The variables a statement reads: the right side of a match, else all of it. */
    private static Set<String> uses(Quoted q) {
        if (q == null) {
            return new LinkedHashSet<>();
        }
        return q instanceof Call c && "=".equals(c.name()) && c.args() != null && c.args().size() == 2
                ? variables(c.args().get(1)) : variables(q);
    }

    /** Variables in the code (module attributes, {@code _} names and {@code __MODULE__} aside). */
    private static Set<String> variables(Quoted root) {
        Set<String> out = new LinkedHashSet<>();
        Deque<Quoted> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Quoted q = todo.pop();
            if (q instanceof Call c) {
                if (c.isVariable()) {
                    if (c.name() != null && !c.name().startsWith("_")) {
                        out.add(c.name());
                    }
                } else if (namedCapture(c)) {
                    continue; // &maybe_monitor/2 names a function: wocky's reduce got a load_args key for it
                } else if (!"@".equals(c.name())) {
                    push(todo, c);
                }
            } else if (q instanceof Tuple t) {
                pushAll(todo, t.items());
            } else if (q instanceof QList l) {
                pushAll(todo, l.items());
            }
        }
        return out;
    }

    /** {@code &name/arity}: a local function captured by name, no variable read. */
    private static boolean namedCapture(Call c) {
        return "&".equals(c.name()) && c.args() != null && c.args().size() == 1
                && c.args().get(0) instanceof Call slash && "/".equals(slash.name()) && slash.args() != null
                && slash.args().size() == 2 && slash.args().get(0) instanceof Call f && f.isVariable();
    }

    /** Its parts onto the stack so they come off in source order: the target, then the arguments. */
    private static void push(Deque<Quoted> todo, Call c) {
        if (c.args() != null) {
            for (int i = c.args().size() - 1; i >= 0; i--) {
                todo.push(c.args().get(i));
            }
        }
        if (c.name() == null) {
            todo.push(c.target());
        }
    }

    private static void pushAll(Deque<Quoted> todo, List<Quoted> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            todo.push(items.get(i));
        }
    }
}
