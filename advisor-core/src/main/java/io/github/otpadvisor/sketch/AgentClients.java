package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ApiFunction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GenServer's client functions made an Agent's by the smallest change (RULEBOOK §5: a transformation, not a
 * template): each of today's clauses as written, its head, its way to the process ({@code pid} from the caller's
 * struct, {@code @name}, a lookup) and what it wraps the reply in ({@code {:ok, ..}}, {@code {:error, :no_pid}}) kept,
 * and only its {@code GenServer.call/cast} swapped for the Agent call that runs the handler's body on the state. A
 * function is swapped whole or not at all.
 */
final class AgentClients {
    private static final Pattern SEND = Pattern.compile("\\bGenServer\\.(call|cast)\\(");

    /**
     * One of today's functions with its calls swapped.
     *
     * @param clauses its clauses, heads as written, bodies with the Agent calls
     * @param tags    the message tags its calls sent (their handlers now run inside it)
     */
    record Swap(ApiFunction today, List<ApiFunction.Clause> clauses, Set<String> tags) {
        String key() {
            return today.key();
        }

        /** Its code, for the helpers and attributes it uses. */
        String code() {
            StringBuilder out = new StringBuilder();
            clauses.forEach(c -> out.append(c.head()).append('\n').append(c.body() == null ? "" : c.body()).append('\n'));
            return out.toString();
        }
    }

    private AgentClients() {
    }

    /** Each of today's written functions that messages the process and can be swapped, by {@code name/arity}. */
    static Map<String, Swap> of(SketchPlan p) {
        Map<String, Swap> out = new LinkedHashMap<>();
        for (ApiFunction f : p.code.api()) {
            if (!f.messages() || !f.written() || p.bypassKeys.contains(f.key())) {
                continue;
            }
            Swap s = swap(p, f);
            if (s != null) {
                out.put(f.key(), s);
            }
        }
        return out;
    }

    private static Swap swap(SketchPlan p, ApiFunction f) {
        List<ApiFunction.Clause> clauses = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        for (ApiFunction.Clause c : f.clauses()) {
            if (c.body() == null) {
                clauses.add(c); // a head declaring defaults
                continue;
            }
            String body = body(p, c.body(), tags);
            if (body == null) {
                return null;
            }
            clauses.add(new ApiFunction.Clause(c.head(), body));
        }
        return tags.isEmpty() ? null : new Swap(f, List.copyOf(clauses), Set.copyOf(tags));
    }

    /** The body with each GenServer call or cast swapped, last first; null when one cannot be. */
    private static String body(SketchPlan p, String body, Set<String> tags) {
        List<int[]> calls = new ArrayList<>();
        Matcher m = SEND.matcher(body);
        while (m.find()) {
            int close = TableAccess.close(body, m.end() - 1);
            if (close < 0) {
                return null;
            }
            calls.add(new int[] {m.start(), m.end() - 1, close, m.group(1).equals("cast") ? 1 : 0});
        }
        String out = body;
        for (int i = calls.size() - 1; i >= 0; i--) {
            int[] c = calls.get(i);
            List<String> args = TableAccess.arguments(body, c[1]);
            String lineIndent = indentOf(body, c[0]);
            // A case arm's call (pid -> GenServer.call(..)) that spans lines goes on the arm's next line.
            boolean arm = body.substring(body.lastIndexOf('\n', c[0]) + 1, c[0]).stripTrailing().endsWith("->");
            String agent = agentCall(p, args, c[3] == 1, arm ? lineIndent + "  " : lineIndent, tags);
            if (agent == null) {
                return null;
            }
            if (arm && agent.contains("\n")) {
                int from = c[0];
                while (from > 0 && body.charAt(from - 1) == ' ') {
                    from--;
                }
                out = out.substring(0, from) + "\n" + lineIndent + "  " + agent + out.substring(c[2] + 1);
                continue;
            }
            out = out.substring(0, c[0]) + agent + out.substring(c[2] + 1);
        }
        return MovedBody.parse(out) == null ? null : out;
    }

    /**
     * The Agent call doing what {@code GenServer.call(target, message[, timeout])} asked of the handler: its body on
     * the state, with the handler's pattern bound to what the call sends where the two are written differently.
     */
    private static String agentCall(SketchPlan p, List<String> args, boolean cast, String indent, Set<String> tags) {
        if (args.size() < 2 || args.size() > (cast ? 2 : 3)) {
            return null;
        }
        String target = args.get(0);
        String message = args.get(1);
        String tag = TodayCodes.firstAtom(message);
        if (tag == null) {
            return null;
        }
        List<TodayCode.Handler> handlers = HandlerQuote.clauses(p.code, cast ? "handle_cast" : "handle_call", tag);
        if (handlers.size() != 1 || handlers.get(0).message() == null) {
            return null;
        }
        TodayCode.Handler h = handlers.get(0);
        MovedBody body = MovedBody.of(h.body());
        if (body == null) {
            return null;
        }
        List<String> items = body.returnItems();
        boolean shaped = cast ? items.size() == 2 && items.get(0).equals(":noreply")
                : items.size() == 3 && items.get(0).equals(":reply");
        String sv = h.stateVar() != null ? h.stateVar() : "_state";
        if (!shaped || !sv.matches("[a-z_][A-Za-z0-9_]*")) {
            return null;
        }
        String next = items.get(items.size() - 1);
        String call;
        String code;
        if (cast) {
            call = "Agent.cast(";
            code = body.with(next);
        } else if (next.equals(sv)) {
            call = "Agent.get(";
            code = body.with(items.get(1));
        } else {
            call = "Agent.get_and_update(";
            code = body.with("{" + items.get(1) + ", " + next + "}");
        }
        Set<String> known = new HashSet<>(MovedBody.bound(h.message()));
        known.add(sv);
        Set<String> vars = MovedBody.variables(code);
        for (String v : Messages.freeVariables(code)) {
            if (vars.contains(v) && !known.contains(v)) {
                return null; // it uses the caller (from) or something only the clause head binds
            }
        }
        List<String> bindings = bindings(h.message(), message, sv);
        if (bindings == null) {
            return null;
        }
        tags.add(tag);
        String fn = (bindings.isEmpty() ? "" : String.join("\n", bindings) + "\n") + code;
        String timeout = args.size() == 3 ? ", " + args.get(2) : "";
        if (!fn.contains("\n") && (indent.length() + call.length() + target.length() + fn.length() + sv.length()
                + timeout.length() + 14) <= CodeWriter.LINE_LENGTH - 4) { // inside a def, inside the module
            return call + target + ", fn " + sv + " -> " + fn + " end" + timeout + ")";
        }
        StringBuilder out = new StringBuilder(call + target + ", fn " + sv + " ->");
        for (String l : fn.split("\n", -1)) {
            out.append('\n').append(l.isBlank() ? "" : indent + "  " + l);
        }
        return out.append('\n').append(indent).append("end").append(timeout).append(")").toString();
    }

    /**
     * {@code pattern = value} lines binding what the handler's message pattern names to what the call sends, for
     * the items written differently; null when the two do not line up or a value reads the state's variable.
     */
    private static List<String> bindings(String pattern, String message, String stateVar) {
        List<String> out = new ArrayList<>();
        if (pattern.strip().equals(message.strip())) {
            return out;
        }
        List<String> want = TodayLogic.tupleItems(pattern);
        List<String> sent = TodayLogic.tupleItems(message);
        if (want.isEmpty() || want.size() != sent.size()) {
            return null;
        }
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            String s = sent.get(i);
            if (w.equals(s) || MovedBody.bound(w).stream().allMatch(v -> v.startsWith("_"))) {
                continue;
            }
            if (MovedBody.uses(s, stateVar)) {
                return null; // inside fn state -> .. it would read the Agent's state
            }
            out.add(w + " = " + s);
        }
        return out;
    }

    private static String indentOf(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return " ".repeat(i - start);
    }

    /** Writes the function: each clause as today's, with the Agent calls. */
    static void write(CodeWriter w, Swap s) {
        for (int i = 0; i < s.clauses().size(); i++) {
            if (i > 0) {
                w.blank();
            }
            KeptFunctions.clause(w, s.clauses().get(i));
        }
    }
}
