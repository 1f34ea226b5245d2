package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Str;
import io.github.otpadvisor.elixir.ast.Tuple;
import io.github.otpadvisor.facts.Location;
import java.util.List;

/**
 * What a {@code mix.exs}'s aliases say about how its tests run: {@code test: "test --no-start"} (or a list holding
 * such a step, as bolt's and anoma's do) runs them without starting the application, so nothing its supervision tree
 * starts is running in a test.
 */
final class MixAliases {
    private MixAliases() {
    }

    /** A {@code test:} alias, anywhere in the file, one of whose steps is {@code test ... --no-start}. */
    static boolean testsWithoutStart(Quoted ast) {
        boolean[] found = {false};
        Q.walk(ast, q -> {
            if (found[0]) {
                return false;
            }
            if (q instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom k
                    && k.name().equals("test") && noStart(t.items().get(1))) {
                found[0] = true;
                return false;
            }
            return true;
        });
        return found[0];
    }

    /**
     * The first {@code elixir: "~> 1.3.0"} keyword of the file (its {@code project/0}'s), or null; its line is read
     * from the source (a keyword pair carries none), 0 without it.
     */
    static io.github.otpadvisor.facts.ElixirRequirement elixirRequirement(Quoted ast, String file, String source) {
        io.github.otpadvisor.facts.ElixirRequirement[] found = {null};
        Q.walk(ast, q -> {
            if (found[0] != null) {
                return false;
            }
            if (q instanceof Tuple t && t.items().size() == 2 && t.items().get(0) instanceof Atom k
                    && k.name().equals("elixir") && t.items().get(1) instanceof Str s) {
                found[0] = new io.github.otpadvisor.facts.ElixirRequirement(s.value(),
                        new io.github.otpadvisor.facts.Location(file, line(source, s.value()), 0));
                return false;
            }
            return true;
        });
        return found[0];
    }

    /**
     * What {@code application/0} says of the application's callback module: a {@code mod:} entry (its module when
     * written as {@code {Alias, args}}), or none, when every clause returns a literal keyword list without one or
     * the file defines no {@code application/0} (Mix's default names none). Null when a clause builds its list some
     * other way ({@code application(Mix.env())}, {@code Keyword.merge(..)}): then it is not known here.
     */
    static io.github.otpadvisor.facts.ApplicationCallback applicationCallback(Quoted ast, String file) {
        List<io.github.otpadvisor.elixir.ast.Call> defs = new java.util.ArrayList<>();
        Q.walk(ast, q -> {
            if (Q.isLocal(q, "def") && Q.args(q).size() == 2 && isApplicationHead(Q.args(q).get(0))) {
                defs.add((io.github.otpadvisor.elixir.ast.Call) q);
                return false;
            }
            return !Q.isLocal(q, "quote");
        });
        Location first = new Location(file, 1, 1);
        if (defs.isEmpty()) {
            return new io.github.otpadvisor.facts.ApplicationCallback(false, null, first);
        }
        Location at = Q.loc(file, defs.get(0), first);
        boolean declared = false;
        String module = null;
        for (io.github.otpadvisor.elixir.ast.Call d : defs) {
            Quoted body = Q.doBody(d.args());
            Quoted last = body == null ? null : Q.last(body);
            if (!(last instanceof QList list) || !list.items().isEmpty() && !Q.isKeyword(list)) {
                return null;
            }
            Quoted mod = Q.kw(list, "mod");
            if (mod != null) {
                declared = true;
                List<Quoted> pair = Q.tuple(mod);
                String named = pair != null && pair.size() == 2 ? Q.written(pair.get(0)) : null;
                module = module == null ? named : module;
            }
        }
        return new io.github.otpadvisor.facts.ApplicationCallback(declared, module, at);
    }

    /** {@code application} or {@code application()}: the head of {@code application/0}. */
    private static boolean isApplicationHead(Quoted head) {
        return head instanceof io.github.otpadvisor.elixir.ast.Call c && c.target() instanceof Atom a
                && a.name().equals("application") && (c.args() == null || c.args().isEmpty());
    }

    private static int line(String source, String value) {
        java.util.regex.Matcher m = source == null ? null : java.util.regex.Pattern.compile(
                "\\belixir:\\s*\"" + java.util.regex.Pattern.quote(value) + "\"").matcher(source);
        if (m == null || !m.find()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < m.start(); i++) {
            n += source.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    private static boolean noStart(Quoted value) {
        if (value instanceof Str s) {
            return s.value().matches("\\s*test\\b.*--no-start\\b.*");
        }
        return value instanceof QList l && l.items().stream().anyMatch(MixAliases::noStart);
    }

    /**
     * What a test helper starts itself at its top level ({@code {:ok, _} = Tymeslot.Security.RateLimiter.start_link()}):
     * one start per module, recorded as a test start in no test module, so a test sketch takes it as running.
     */
    static List<io.github.otpadvisor.facts.TestStart> helperStarts(Quoted ast, String file) {
        List<io.github.otpadvisor.facts.TestStart> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Quoted st : Q.statements(ast)) {
            Quoted call = Q.isLocal(st, "=") && Q.args(st).size() == 2 ? Q.args(st).get(1) : st;
            if (!(call instanceof io.github.otpadvisor.elixir.ast.Call c) || c.isVariable() || c.args() == null
                    || !("start_link".equals(Q.remoteFun(c)) || "start".equals(Q.remoteFun(c)))) {
                continue;
            }
            String target = Aliases.EMPTY.resolve(Q.receiver(c));
            if (target == null || target.startsWith(":") || target.equals("?") || !seen.add(target)) {
                continue;
            }
            String fun = Q.remoteFun(c);
            out.add(new io.github.otpadvisor.facts.TestStart(target + "." + fun + "/" + c.args().size(), target, fun,
                    c.args().stream().map(SourceText::of).toList(), Q.loc(file, c,
                    new io.github.otpadvisor.facts.Location(file, 0, 0)), null, "test_helper.exs", false, false, null,
                    null));
        }
        return out;
    }

    /**
     * A test helper's {@code Application.ensure_started(:app)} or {@code ensure_all_started(:app)} naming {@code app}
     * (any application when the file's is not known), or {@code Mix.Task.run("app.start")}, which starts the project's
     * own (logflare's, after {@code test --no-start}): the application runs in its tests after all.
     */
    static boolean startsApplication(Quoted ast, String app) {
        return Q.any(ast, q -> q instanceof io.github.otpadvisor.elixir.ast.Call c && !c.isVariable()
                && c.args() != null && c.args().size() >= 1 && Q.receiver(c) != null
                && (("ensure_started".equals(Q.remoteFun(c)) || "ensure_all_started".equals(Q.remoteFun(c)))
                && "Application".equals(SourceText.of(Q.receiver(c)))
                && c.args().get(0) instanceof io.github.otpadvisor.elixir.ast.Atom a
                && (app == null || a.name().equals(app))
                || "run".equals(Q.remoteFun(c)) && "Mix.Task".equals(SourceText.of(Q.receiver(c)))
                && "\"app.start\"".equals(SourceText.of(c.args().get(0)))));
    }
}
