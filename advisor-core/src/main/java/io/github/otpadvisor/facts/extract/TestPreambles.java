package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.TestPreamble;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a test module gets to one of its starts, as written ({@link TestPreamble}): its setups, its aliases, the
 * functions of its own they call, and the statements of the test before the start. Each piece is cut from the file
 * and kept only when it parses back to the code it was cut for; any piece that cannot be cut (or reads a module
 * attribute, which a copy would not have) leaves the start without a preamble.
 */
final class TestPreambles {
    /** More code than this is not copied into a sketch. */
    private static final int MAX_CHARS = 4000;

    private final ModuleUnit unit;
    private final SourceSlices slices;

    TestPreambles(ModuleUnit unit, SourceSlices slices) {
        this.unit = unit;
        this.slices = slices;
    }

    /**
     * The preamble of a start at {@code at} in {@code block} (a {@code test} or {@code setup} call), with the
     * {@code setups} that run before that block (for a setup: those before it); null when it cannot be copied.
     */
    TestPreamble of(Quoted block, List<Quoted> setups, Location at) {
        boolean inSetup = Q.isLocal(block, "setup") || Q.isLocal(block, "setup_all");
        List<Quoted> copied = new ArrayList<>(setups);
        if (inSetup) {
            copied.add(block);
        }
        List<String> setupTexts = new ArrayList<>();
        for (Quoted s : copied) {
            String text = setup(s);
            if (text == null) {
                return null;
            }
            setupTexts.add(text);
        }
        List<Quoted> body = Q.statements(Q.doBody(Q.args(block)));
        int k = indexOf(body, at);
        if (k < 0) {
            return null;
        }
        String pid = boundPid(body.get(k));
        String context = null;
        String before = null;
        String statement = null;
        String contextPid = null;
        List<Quoted> read = new ArrayList<>(copied);
        if (inSetup) {
            contextPid = pid == null ? null : contextKey(body.get(body.size() - 1), pid);
        } else {
            List<Quoted> args = Q.args(block);
            context = args.size() == 3 ? SourceText.of(args.get(1)) : null;
            int[] span = span(body.get(k));
            if (k > 0) {
                before = slices.lines(span(body.get(0))[0], span[0] - 1, body.subList(0, k));
                if (before == null) {
                    return null;
                }
            }
            statement = slices.lines(span[0], span[1], List.of(body.get(k)));
            if (statement == null) {
                return null;
            }
            read.addAll(body.subList(0, k + 1));
        }
        if (read.stream().anyMatch(q -> Q.any(q, x -> Q.isLocal(x, "@")))) {
            return null; // a module attribute: the copy would not define it
        }
        List<String> helpers = helpers(read);
        if (helpers == null) {
            return null;
        }
        List<String> header = header();
        int size = String.join("", setupTexts).length() + String.join("", helpers).length()
                + (before == null ? 0 : before.length()) + (statement == null ? 0 : statement.length());
        return size > MAX_CHARS ? null : new TestPreamble(header, helpers, setupTexts, context, before, statement,
                pid, contextPid);
    }

    /** A setup as written: its do-block whole, or {@code setup :name} / {@code setup [:a, :b]} as it reads. */
    private String setup(Quoted s) {
        if (!(s instanceof Call c) || c.meta().line() <= 0) {
            return null;
        }
        if (Q.doBody(Q.args(s)) != null) {
            return slices.doBlock(c.meta().line(), Math.max(1, c.meta().column()), s);
        }
        String text = slices.statement(c.meta().line(), Math.max(1, c.meta().column()), s);
        return text != null ? text : SourceText.of(s);
    }

    /** The statement of {@code body} holding the call at {@code at}, or -1. */
    private static int indexOf(List<Quoted> body, Location at) {
        for (int i = 0; i < body.size(); i++) {
            if (Q.any(body.get(i), q -> q instanceof Call c && c.meta().line() == at.line()
                    && at.equals(Q.loc(at.file(), q, null)))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code pid = start_supervised!(..)}, {@code {:ok, pid} = X.start_link(..)}: {@code pid}; else null. */
    private static String boundPid(Quoted statement) {
        if (!Q.isLocal(statement, "=") || Q.args(statement).size() != 2) {
            return null;
        }
        Quoted left = Q.args(statement).get(0);
        List<Quoted> ok = Q.tuple(left);
        if (ok != null && ok.size() == 2 && "ok".equals(Q.atom(ok.get(0))) && Q.isUsableVar(ok.get(1))) {
            return Q.varName(ok.get(1));
        }
        return Q.isUsableVar(left) ? Q.varName(left) : null;
    }

    /** The key a setup's result gives {@code pid} under ({@code {:ok, pid: pid}}, {@code %{server: pid}}), or null. */
    private static String contextKey(Quoted result, String pid) {
        if (result == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?<![\\w:])([a-z_][A-Za-z0-9_]*): " + Pattern.quote(pid) + "(?![\\w?!.(])")
                .matcher(SourceText.of(result));
        return m.find() ? m.group(1) : null;
    }

    /** The test module's own functions {@code code} calls, and those they call, each clause whole; null if one is not. */
    private List<String> helpers(List<Quoted> code) {
        java.util.Map<String, List<ModuleUnit.Def>> called = new java.util.LinkedHashMap<>();
        List<Quoted> todo = new ArrayList<>(code);
        for (int i = 0; i < todo.size(); i++) {
            Q.walk(todo.get(i), x -> {
                if (x instanceof Call c && !c.isVariable() && c.target() instanceof Atom a && c.args() != null) {
                    call(called, todo, a.name(), c.args().size());
                }
                if ((Q.isLocal(x, "setup") || Q.isLocal(x, "setup_all")) && Q.args(x).size() == 1) {
                    Quoted arg = Q.args(x).get(0);
                    for (Quoted n : arg instanceof QList l ? l.items() : List.of(arg)) {
                        if (n instanceof Atom a) {
                            call(called, todo, a.name(), 1); // setup :create_user
                        }
                    }
                }
                return !Q.isLocal(x, "quote");
            });
        }
        List<String> out = new ArrayList<>();
        for (List<ModuleUnit.Def> defs : called.values()) {
            for (ModuleUnit.Def d : defs) {
                String text = d.body() == null ? null : slices.definition(d.location().line(), d.location().column(),
                        d.body());
                if (text == null || Q.any(d.body(), x -> Q.isLocal(x, "@"))) {
                    return null;
                }
                out.add(text);
            }
        }
        return out;
    }

    /** Records the module's own {@code name/arity} as called, its clauses' bodies to be read in turn. */
    private void call(java.util.Map<String, List<ModuleUnit.Def>> called, List<Quoted> todo, String name, int arity) {
        List<ModuleUnit.Def> defs = unit.clauses(name, arity);
        if (!defs.isEmpty() && called.putIfAbsent(name + "/" + arity, defs) == null) {
            defs.forEach(d -> todo.add(d.body()));
        }
    }

    /** The module's {@code alias}, {@code import} and {@code require} lines, as written. */
    private List<String> header() {
        List<String> out = new ArrayList<>();
        for (Quoted q : unit.header) {
            if (q instanceof Call c && (Q.isLocal(q, "alias") || Q.isLocal(q, "import") || Q.isLocal(q, "require"))
                    && c.meta().line() > 0) {
                String text = slices.statement(c.meta().line(), Math.max(1, c.meta().column()), q);
                out.add(text != null ? text : SourceText.of(q));
            }
        }
        return out;
    }

    /** The first and the last line any node of {@code q} is on. */
    private static int[] span(Quoted q) {
        int[] span = {Integer.MAX_VALUE, -1};
        Q.walk(q, x -> {
            if (x instanceof Call c && c.meta().line() > 0) {
                span[0] = Math.min(span[0], c.meta().line());
                span[1] = Math.max(span[1], c.meta().line());
            }
            return true;
        });
        return span;
    }
}
