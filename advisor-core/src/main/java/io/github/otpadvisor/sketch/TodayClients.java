package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ApiFunction;
import io.github.otpadvisor.sketch.SketchPlan.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client functions of a GenServer that keeps its callbacks and changes its placement (RULEBOOK §5): each comes
 * from one of today's public functions (its name, arity, parameters and message), with only the addressing
 * changed. A message no function of the module sends today gets no function invented for it: callers send it
 * themselves, and the sketch says so.
 */
final class TodayClients {
    /** {@code GenServer.call(__MODULE__, } and the like: the call and the name it addresses today. */
    private static final Pattern SEND = Pattern.compile("\\bGenServer\\.(call|cast)\\(\\s*([^,()\\s]+)\\s*,");
    /** A one-line head {@code def name(params) when guard}. */
    private static final Pattern HEAD = Pattern.compile("def ([a-z_][A-Za-z0-9_]*[?!]?)(?:\\((.*)\\))?(\\s+when\\s.*)?");

    /** How one operation's client function is written. */
    enum Kind {
        /** Today's clauses as written: the addressing does not change. */
        AS_WRITTEN,
        /** Today's clause with the id first and the process found by it. */
        BY_ID,
        /** Written from today's name, arity and message (its code is not known as written). */
        FROM_FACTS,
        /** A plain function today (it messages no process): it stays as it is, named in a comment. */
        PLAIN
    }

    /**
     * One client function.
     *
     * @param today its function today, or null
     * @param lines for {@link Kind#BY_ID}: the clause rewritten, head then body
     */
    record Client(Op op, Kind kind, ApiFunction today, List<String> lines) {
        /** It calls the sketch's {@code via_tuple/1}. */
        boolean usesVia(SketchPlan p) {
            return switch (kind) {
                case AS_WRITTEN -> !p.code.privates().contains("via_tuple/1") && today.clauses().stream()
                        .anyMatch(c -> c.body() != null && c.body().contains("via_tuple("));
                case FROM_FACTS -> p.perEntity();
                case BY_ID, PLAIN -> false;
            };
        }
    }

    private TodayClients() {
    }

    /**
     * The client of each operation that is not kept as written.
     *
     * @param registersById today's start names the process by its id: callers already address it so
     */
    static List<Client> of(SketchPlan p, boolean registersById) {
        List<Client> out = new ArrayList<>();
        for (Op op : p.ops) {
            if (KeptFunctions.kept(p, op)) {
                continue;
            }
            ApiFunction today = today(p, op);
            if (today == null && (op.tag() == null || p.code.plain().contains(op.name() + "/" + op.arity()))) {
                out.add(new Client(op, Kind.PLAIN, null, List.of()));
            } else if (today == null) {
                out.add(new Client(op, Kind.FROM_FACTS, null, List.of()));
            } else if (today.written() && (!p.perEntity() || registersById)) {
                out.add(new Client(op, Kind.AS_WRITTEN, today, List.of()));
            } else {
                List<String> byId = today.written() && p.perEntity() ? byId(p, op, today) : null;
                out.add(byId != null ? new Client(op, Kind.BY_ID, today, byId)
                        : new Client(op, Kind.FROM_FACTS, today, List.of()));
            }
        }
        return out;
    }

    /** Today's public function that messages the process and that the operation was read from, or null. */
    static ApiFunction today(SketchPlan p, Op op) {
        for (ApiFunction f : p.code.api()) {
            // A singleton made per entity takes the id first: one more parameter than today.
            boolean arity = f.arity() == op.arity() || op.id() != null && f.arity() == op.arity() - 1;
            if (f.messages() && f.name().equals(op.name()) && arity) {
                return f;
            }
        }
        return null;
    }

    /**
     * A singleton's client made per entity: today's one clause with the id as its first parameter, and the one
     * GenServer call or cast it makes to the module's name sent to the process found by that id. Null when today's
     * code is not of that form.
     */
    private static List<String> byId(SketchPlan p, Op op, ApiFunction f) {
        if (f.clauses().size() != 1 || f.arity() != op.arity() - 1) {
            return null;
        }
        ApiFunction.Clause c = f.clauses().get(0);
        if (c.body() == null) {
            return null;
        }
        Matcher h = HEAD.matcher(c.head().strip());
        if (c.head().contains("\n") || !h.matches() || !h.group(1).equals(op.name())) {
            return null;
        }
        String id = p.entityId;
        String params = h.group(2) == null ? "" : h.group(2).strip();
        if (MovedBody.uses(c.body(), id) || !params.isEmpty() && MovedBody.variables("[" + params + "]").contains(id)) {
            return null;
        }
        Matcher s = SEND.matcher(c.body());
        if (!s.find() || !ownName(p, s.group(2)) || s.find(s.end())) {
            return null;
        }
        s.reset();
        s.find();
        String body = c.body().substring(0, s.start(2)) + "pid" + c.body().substring(s.end(2));
        List<String> out = new ArrayList<>();
        out.add("def " + op.name() + "(" + id + (params.isEmpty() ? "" : ", " + params) + ")"
                + (h.group(3) == null ? "" : h.group(3)));
        out.add("{:ok, pid} = get_or_start(" + id + ")");
        out.add(body);
        return out;
    }

    /** The module's own registered name as its code writes it. */
    private static boolean ownName(SketchPlan p, String target) {
        return target.equals("__MODULE__") || target.equals(p.module) || target.equals(p.server);
    }

    /** Writes the client; returns what it wrote as code, for the helpers it uses ("" when it wrote none). */
    static String write(CodeWriter w, SketchPlan p, Client c, String server) {
        switch (c.kind()) {
            case AS_WRITTEN -> {
                StringBuilder code = new StringBuilder();
                for (int i = 0; i < c.today().clauses().size(); i++) {
                    if (i > 0) {
                        w.blank();
                    }
                    ApiFunction.Clause clause = c.today().clauses().get(i);
                    KeptFunctions.clause(w, clause);
                    code.append(clause.head()).append('\n').append(clause.body() == null ? "" : clause.body())
                            .append('\n');
                }
                return code.toString();
            }
            case BY_ID -> {
                w.open(c.lines().get(0) + " do");
                w.line(c.lines().get(1));
                if (spansLines(c.lines().get(2))) {
                    w.blank(); // the formatter sets apart an expression that spans lines
                }
                MovedBody.write(w, c.lines().get(2));
                w.close("end");
                return c.lines().get(2);
            }
            case PLAIN -> {
                return "";
            }
            case FROM_FACTS -> {
                Op op = c.op();
                w.open("def " + OpExprs.head(op.name(), op.params()) + " do");
                if (p.perEntity() && server.equals("pid")) {
                    w.line("{:ok, pid} = get_or_start(" + op.id() + ")");
                }
                w.line((op.async() ? "GenServer.cast(" : "GenServer.call(") + server + ", " + OpExprs.message(op)
                        + ")");
                w.close("end");
                return "";
            }
        }
        return "";
    }

    /** The code's first statement continues on its next line (an indented line or a closing one follows). */
    private static boolean spansLines(String code) {
        String[] lines = code.split("\n", 3);
        return lines.length > 1 && (lines[1].startsWith(" ") || lines[1].startsWith(")")
                || lines[1].startsWith("]") || lines[1].startsWith("}") || lines[1].startsWith("end"));
    }

    /** Names today's plain functions (the plan's, and those among the operations): they stay, in the caller. */
    static void plain(CodeWriter w, SketchPlan p, List<Client> clients) {
        List<String> plain = new ArrayList<>(p.plainOps);
        clients.stream().filter(c -> c.kind() == Kind.PLAIN).map(c -> c.op().name() + "/" + c.op().arity())
                .forEach(plain::add);
        if (!plain.isEmpty()) {
            FitsSketch.comment(w, "Unchanged: " + String.join(", ", plain) + " (plain functions today: they run"
                    + " in the caller and stay so).");
        }
    }

    /** Names the messages callers send themselves, and how they reach the process now. */
    static void callersSend(CodeWriter w, SketchPlan p, String address) {
        List<String> tags = new ArrayList<>();
        for (Op op : p.callerSent) {
            tags.add(op.tag() != null ? ":" + op.tag() : op.name() + "/" + op.arity());
        }
        if (tags.isEmpty()) {
            return;
        }
        w.blank();
        String them = tags.size() == 1 ? "it" : "them";
        FitsSketch.comment(w, "No function of the module sends " + String.join(", ", tags) + " today: callers send "
                + them + " to the process themselves, and keep doing so. " + address);
    }
}
