package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.InitSummary.Gate;
import io.github.otpadvisor.facts.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each call of {@code init/1} sits relative to the decision to start (RULEBOOK OTP013): in the subject of
 * the returned {@code if}/{@code case}/{@code cond}/{@code with} whose branches choose between starting and
 * {@code :ignore} or {@code {:stop, _}}, on a branch that does not start, or on the way to starting. Follows the
 * local helpers init/1 calls (a helper in tail position returns init/1's result); a call reached several ways
 * keeps its weakest gate.
 */
final class InitGates {
    private static final Set<String> NOT_STARTING = Set.of("ignore", "stop", "error");
    private static final Set<String> BRANCHING = Set.of("case", "if", "unless", "cond", "with", "try", "receive");

    private final Extraction x;
    private final ModuleUnit unit;
    private final Map<Location, Gate> gates = new HashMap<>();
    private final Set<String> visited = new HashSet<>();
    /** Inside the branches of a test on {@code cancel_timer}: a receive there flushes a timer that fired. */
    private int flushing;

    private InitGates(Extraction x, ModuleUnit unit) {
        this.x = x;
        this.unit = unit;
    }

    /** The gate of every call location init/1 reaches (in its body and its helpers'). */
    static Map<Location, Gate> of(Extraction x, ModuleUnit unit, List<ModuleUnit.Def> initClauses) {
        InitGates g = new InitGates(x, unit);
        for (ModuleUnit.Def d : initClauses) {
            g.body(d, Gate.NONE, true, 0);
        }
        return g.gates;
    }

    private void body(ModuleUnit.Def d, Gate gate, boolean tail, int depth) {
        if (depth > 5 || d.body() == null
                || !visited.add(d.key() + "#" + d.clauseIndex() + "@" + d.location() + "|" + gate + "|" + tail)) {
            return;
        }
        visit(d.body(), gate, tail, depth);
    }

    private void visit(Quoted q, Gate gate, boolean tail, int depth) {
        if (q instanceof QList l) {
            l.items().forEach(i -> visit(i, gate, false, depth));
            return;
        }
        if (q instanceof io.github.otpadvisor.elixir.ast.Tuple t) {
            t.items().forEach(i -> visit(i, gate, false, depth));
            return;
        }
        if (!(q instanceof Call c) || c.isVariable() || Q.isLocal(q, "quote")) {
            return;
        }
        if (CallbackSummarizer.startsElsewhere(q)) {
            Q.walk(q, y -> {
                if (y instanceof Call yc && !yc.isVariable()) {
                    record(yc, Gate.ELSEWHERE);
                }
                return !Q.isLocal(y, "quote");
            });
            return;
        }
        String name = c.target() instanceof Atom a ? a.name() : null;
        if (tail && "__block__".equals(name)) {
            block(c.args(), gate, depth);
            return;
        }
        record(c, "receive".equals(name) && (flushing > 0 || afterZero(c)) ? Gate.FLUSH : gate);
        boolean flush = ("if".equals(name) || "unless".equals(name) || "case".equals(name)) && c.args() != null
                && !c.args().isEmpty() && Q.any(c.args().get(0), InitGates::cancelsTimer);
        flushing += flush ? 1 : 0;
        if (tail && name != null && BRANCHING.contains(name)) {
            branch(c, name, gate, depth);
        } else {
            if (!(c.target() instanceof Atom)) {
                visit(c.target(), gate, false, depth);
            }
            if (c.args() != null) {
                c.args().forEach(a -> visit(a, gate, false, depth));
            }
            if (name != null && c.args() != null) {
                for (ModuleUnit.Def h : unit.clauses(name, c.args().size())) {
                    body(h, gate, tail, depth + 1); // a helper in tail position returns init/1's result
                }
            }
        }
        flushing -= flush ? 1 : 0;
    }

    /** {@code receive do ... after 0 -> ... end}: takes what is there and goes on. */
    private static boolean afterZero(Call c) {
        Quoted opts = c.args() == null || c.args().isEmpty() ? null : c.args().get(c.args().size() - 1);
        if (Q.kw(opts, "after") instanceof QList l) {
            for (Quoted cl : l.items()) {
                if (Q.isLocal(cl, "->") && Q.args(cl).size() == 2 && Q.args(cl).get(0) instanceof QList lhs
                        && lhs.items().size() == 1 && lhs.items().get(0) instanceof io.github.otpadvisor.elixir.ast.Int i
                        && i.value().intValue() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code Process.cancel_timer(ref)}, {@code :erlang.cancel_timer(ref)}: false means the message is there. */
    private static boolean cancelsTimer(Quoted q) {
        return q instanceof Call c && !c.isVariable() && "cancel_timer".equals(Q.remoteFun(c));
    }

    /** A block in tail position: statements binding what its last expression branches on decide with it. */
    private void block(List<Quoted> stmts, Gate gate, int depth) {
        if (stmts.isEmpty()) {
            return;
        }
        Quoted last = stmts.get(stmts.size() - 1);
        Gate decides = last instanceof Call lc && lc.target() instanceof Atom a && BRANCHING.contains(a.name())
                ? max(gate, decision(last)) : gate;
        Set<String> subjectVars = new LinkedHashSet<>();
        subjects(last).forEach(s -> subjectVars.addAll(Q.vars(s)));
        Gate[] of = new Gate[stmts.size()];
        for (int i = stmts.size() - 2; i >= 0; i--) {
            Quoted s = stmts.get(i);
            boolean binds = Q.isLocal(s, "=") && Q.args(s).size() == 2
                    && Q.vars(Q.args(s).get(0)).stream().anyMatch(subjectVars::contains);
            of[i] = binds ? decides : gate;
            if (binds) {
                subjectVars.addAll(Q.vars(Q.args(s).get(1)));
            }
        }
        for (int i = 0; i < stmts.size() - 1; i++) {
            visit(stmts.get(i), of[i], false, depth);
        }
        visit(last, gate, true, depth);
    }

    /** A branching expression init/1 returns: its subjects decide, each branch starts or not. */
    private void branch(Call c, String name, Gate gate, int depth) {
        Gate decides = max(gate, decision(c));
        for (Quoted s : subjects(c)) {
            visit(s, decides, false, depth);
        }
        List<Quoted> args = c.args() == null ? List.of() : c.args();
        Quoted opts = args.isEmpty() ? null : args.get(args.size() - 1);
        switch (name) {
            case "if", "unless" -> {
                branchBody(Q.kw(opts, "do"), gate, depth);
                branchBody(Q.kw(opts, "else"), gate, depth);
            }
            case "with" -> {
                branchBody(Q.kw(opts, "do"), gate, depth);
                clauseBodies(Q.kw(opts, "else"), gate, depth);
            }
            case "try" -> {
                branchBody(Q.kw(opts, "do"), gate, depth);
                for (String k : List.of("rescue", "catch", "else")) {
                    clauseBodies(Q.kw(opts, k), gate, depth);
                }
                visit(Q.kw(opts, "after"), gate, false, depth);
            }
            default -> { // case, cond, receive
                clauseBodies(Q.doBody(args), gate, depth);
                if (name.equals("receive")) {
                    clauseBodies(Q.kw(opts, "after"), gate, depth);
                }
            }
        }
    }

    private void clauseBodies(Quoted block, Gate gate, int depth) {
        if (block instanceof QList l) {
            for (Quoted cl : l.items()) {
                if (Q.isLocal(cl, "->") && Q.args(cl).size() == 2) {
                    branchBody(Q.args(cl).get(1), gate, depth);
                }
            }
        }
    }

    /** A branch whose every return leaves the process unstarted only slows down a start that fails anyway. */
    private void branchBody(Quoted body, Gate gate, int depth) {
        if (body == null) {
            return;
        }
        List<String> tags = tags(body);
        boolean notStarting = !tags.isEmpty() && NOT_STARTING.containsAll(tags);
        visit(body, notStarting ? Gate.NOT_STARTING : gate, true, depth);
    }

    /** What the subjects of {@code c} decide: between starting and :ignore, or between starting and refusing. */
    private static Gate decision(Quoted c) {
        List<String> tags = tags(c);
        boolean starts = tags.stream().anyMatch(t -> !NOT_STARTING.contains(t));
        if (!starts) {
            return Gate.NONE;
        }
        if (tags.contains("ignore")) {
            return Gate.DECIDES_IGNORE;
        }
        return tags.contains("stop") || tags.contains("error") ? Gate.DECIDES_REFUSAL : Gate.NONE;
    }

    /** The tags of what {@code body} returns ({@code ok}, {@code ignore}, {@code stop}, ...; {@code other}). */
    private static List<String> tags(Quoted body) {
        List<Quoted> rs = new ArrayList<>();
        CallbackSummarizer.returns(body, rs, 0);
        List<String> out = new ArrayList<>();
        for (Quoted r : rs) {
            String t = Q.tag(r);
            out.add(t == null || Q.isLocal(r, "=") ? "other" : t);
        }
        return out;
    }

    /** The expressions a branching call tests: a case subject, an if condition, cond conditions, with clauses. */
    private static List<Quoted> subjects(Quoted q) {
        if (!(q instanceof Call c) || !(c.target() instanceof Atom a) || c.args() == null || c.args().isEmpty()) {
            return List.of();
        }
        List<Quoted> out = new ArrayList<>();
        switch (a.name()) {
            case "case", "if", "unless" -> out.add(c.args().get(0));
            case "cond" -> {
                if (Q.doBody(c.args()) instanceof QList l) {
                    for (Quoted cl : l.items()) {
                        if (Q.isLocal(cl, "->") && !Q.args(cl).isEmpty()) {
                            out.add(Q.args(cl).get(0));
                        }
                    }
                }
            }
            case "with" -> {
                for (Quoted clause : c.args().subList(0, c.args().size() - 1)) {
                    out.add(Q.isLocal(clause, "<-") && Q.args(clause).size() == 2 ? Q.args(clause).get(1) : clause);
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** Remembers the call's gate; a location seen before keeps the weaker of the two. */
    private void record(Call c, Gate gate) {
        Location at = Q.loc(x.file, c, null);
        if (at != null) {
            gates.merge(at, gate, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
    }

    private static Gate max(Gate a, Gate b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
