package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a test may assert from today's handler clauses as written (issue 11, "tests that test"): the reply of a
 * call clause, the state a clause returns, the value init/1 gives a field. Only one-line returns the facts keep
 * are read, and only what follows from them whatever the state holds.
 */
final class TodayAssertions {
    /** A literal a pattern can repeat: an atom, a number, a short string without interpolation, an empty collection. */
    private static final Pattern LITERAL = Pattern.compile(
            ":[a-z_][A-Za-z0-9_]*[?!]?|-?[0-9][0-9_]*(\\.[0-9]+)?|true|false|nil|\\[\\]|%\\{\\}|\"[^\"#\\\\]{0,40}\"");
    private static final Pattern FIELD = Pattern.compile("[a-z_][A-Za-z0-9_]*[?!]?");
    private static final Pattern VARIABLE = Pattern.compile("[a-z_][A-Za-z0-9_]*");

    private TodayAssertions() {
    }

    /** The elements of a tuple or the entries of a map/keyword text at its top level, or null when it is not one. */
    static List<String> topLevel(String text, String open, String close) {
        if (text == null || !text.startsWith(open) || !text.endsWith(close)) {
            return null;
        }
        return TopLevel.items(text.substring(open.length(), text.length() - close.length()), true);
    }

    /** {@code X} of a call clause's only return {@code {:reply, X, state}}, or null. */
    static String reply(Handler h) {
        List<String> parts = h == null || !"handle_call".equals(h.callback()) ? null : topLevel(h.result(), "{", "}");
        return parts != null && parts.size() >= 3 && parts.get(0).equals(":reply") ? parts.get(1) : null;
    }

    /** The state of a clause's only {@code {:noreply, state}} return (also with a timeout or continue), or null. */
    static String noreplyState(Handler h) {
        List<String> parts = h == null ? null : topLevel(h.result(), "{", "}");
        return parts != null && parts.size() >= 2 && parts.get(0).equals(":noreply") ? parts.get(1) : null;
    }

    /** The clause returns the very state it was given. */
    static boolean keepsState(Handler h) {
        String state = noreplyState(h);
        return state != null && state.equals(h.stateVar());
    }

    /**
     * The fields a clause's returned state sets ({@code %{state | rows: [], n: n + 1}},
     * {@code Map.put(state, :rows, [])}), each with its value as written; empty when it sets none readable.
     */
    static Map<String, String> setFields(Handler h) {
        Map<String, String> out = new LinkedHashMap<>();
        String state = noreplyState(h);
        if (state == null || h.stateVar() == null) {
            return out;
        }
        String var = h.stateVar();
        if (state.startsWith("%{" + var + " | ") && state.endsWith("}")) {
            List<String> entries = topLevel("%{" + state.substring(("%{" + var + " | ").length()), "%{", "}");
            for (String e : entries == null ? List.<String>of() : entries) {
                int colon = e.indexOf(": ");
                if (colon > 0 && FIELD.matcher(e.substring(0, colon)).matches()) {
                    out.put(e.substring(0, colon), e.substring(colon + 2));
                }
            }
            return entries == null || out.size() != entries.size() ? Map.of() : out;
        }
        List<String> put = topLevel(state, "Map.put(", ")");
        if (put != null && put.size() == 3 && put.get(0).equals(var) && put.get(1).matches(":[a-z_][A-Za-z0-9_]*")) {
            out.put(put.get(1).substring(1), put.get(2));
        }
        return out;
    }

    /**
     * A pattern for the state after the clause ran: each field it sets with its literal value, or {@code _} when the
     * value is computed ({@code %{rows: [], n: _}}); null when it sets no readable field.
     */
    static String statePattern(Handler h) {
        Map<String, String> fields = setFields(h);
        return fields.isEmpty() ? null : fieldsPattern(fields);
    }

    /** {@code %{rows: [], n: _}}: each field with its literal value, or {@code _} for a computed one. */
    private static String fieldsPattern(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(k + ": " + (LITERAL.matcher(v).matches() ? v : "_")));
        return "%{" + String.join(", ", parts) + "}";
    }

    /**
     * The keys of the map literal a clause returns as its new state ({@code {:noreply, %{args: args, seen: 0}}}), each
     * with its literal value or {@code _}; null when the state is not such a map (a struct, an update, a variable).
     */
    static String newMapPattern(Handler h) {
        String state = noreplyState(h);
        Map<String, String> fields = state == null || !state.startsWith("%{") || state.contains("|") ? Map.of()
                : literalMap(state);
        return fields.isEmpty() || !fields.keySet().stream().allMatch(k -> FIELD.matcher(k).matches()) ? null
                : fieldsPattern(fields);
    }

    /**
     * The value a call replies right after init/1 when its reply is a field of the state ({@code state.next_id}) that
     * init/1's literal state sets ({@code %{next_id: 1}}); null otherwise.
     */
    static String initialReply(Handler h, TodayCode code) {
        String reply = reply(h);
        if (reply == null || h.stateVar() == null || !reply.startsWith(h.stateVar() + ".")) {
            return null;
        }
        String field = reply.substring(h.stateVar().length() + 1);
        Map<String, String> init = initFields(code);
        String v = init.get(field);
        return v != null && LITERAL.matcher(v).matches() ? v : null;
    }

    /** {@code @cross}: a module attribute read as a value. */
    private static final Pattern ATTRIBUTE_REF = Pattern.compile("@([a-z_][A-Za-z0-9_]*)");
    /** {@code @cross "X"}: a module attribute set to a literal, as its header writes it. */
    private static final Pattern ATTRIBUTE = Pattern.compile("@([a-z_][A-Za-z0-9_]*) (.+)", Pattern.DOTALL);

    /** The literal {@code @name} is set to in the module's header, or null. */
    private static String attribute(TodayCode code, String name) {
        String out = attributeValue(code, name);
        return out != null && LITERAL.matcher(out).matches() ? out : null;
    }

    /**
     * What {@code @name} is set to in the module's header, as written (a map over several lines too), or null when
     * it is not set there or set twice.
     */
    static String attributeValue(TodayCode code, String name) {
        String out = null;
        for (String line : code.header()) {
            Matcher m = ATTRIBUTE.matcher(line.strip());
            if (m.matches() && m.group(1).equals(name)) {
                if (out != null) {
                    return null; // set twice: which one init/1 sees depends on where it is
                }
                out = m.group(2).strip();
            }
        }
        return out;
    }

    /** {@code @initial_state} as init/1 returns it: the map it is set to, or {@code state} itself. */
    static String resolved(TodayCode code, String state) {
        Matcher attr = ATTRIBUTE_REF.matcher(state.strip());
        String value = attr.matches() ? attributeValue(code, attr.group(1)) : null;
        return value != null && value.startsWith("%") && value.endsWith("}") ? value : state;
    }

    /**
     * The fields of the map init/1 returns: its literal state, else the map of its last line
     * ({@code {:ok, %{topic: topic, seen: 0}}}), each value as written.
     */
    static Map<String, String> initFields(TodayCode code) {
        if (code.initState() != null) {
            return literalMap(code.initState());
        }
        if (code.init() == null || code.init().body() == null) {
            return Map.of();
        }
        String body = code.init().body().strip();
        String[] lines = body.split("\n");
        List<String> ok = topLevel(lines[lines.length - 1].strip(), "{", "}");
        if (ok == null || ok.size() != 2 || !ok.get(0).equals(":ok")) {
            return Map.of();
        }
        String state = resolved(code, ok.get(1).strip());
        if (variable(state)) {
            // {:ok, initial_state} after `initial_state = %{...}` over several lines (dara-dots' TicTacToe)
            state = boundMap(body, state);
        }
        Map<String, String> out = new LinkedHashMap<>(literalMap(state));
        out.replaceAll((k, v) -> {
            Matcher attr = ATTRIBUTE_REF.matcher(v.strip());
            String lit = attr.matches() ? attribute(code, attr.group(1)) : null;
            return lit != null ? lit : v;
        });
        return out;
    }

    /** The map literal {@code var} is bound to once in {@code body}, on one line or several, or null. */
    private static String boundMap(String body, String var) {
        Matcher bind = Pattern.compile("(?m)^\\s*" + Pattern.quote(var) + " = (%\\{)").matcher(body);
        if (!bind.find()) {
            return null;
        }
        int start = bind.start(1);
        if (bind.find()) {
            return null; // bound twice
        }
        int close = TopLevel.closing(body, start + 1);
        return close < 0 ? null : body.substring(start, close + 1).replaceAll("\\s*\n\\s*", " ")
                .replace("%{ ", "%{").replace(", }", "}").replace(" }", "}");
    }

    /** The fields of a literal map ({@code %{next_id: 1, seen: []}}), empty when it is not one. */
    static Map<String, String> literalMap(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> entries = text == null ? null : topLevel(text, "%{", "}");
        if (entries == null || entries.size() == 1 && entries.get(0).isEmpty()) {
            return out;
        }
        for (String e : entries) {
            // key: value, or :key => value as dara-dots writes its state
            Matcher arrow = Pattern.compile("(?s):([a-z_][A-Za-z0-9_]*[?!]?) => (.*)").matcher(e.strip());
            if (arrow.matches()) {
                out.put(arrow.group(1), arrow.group(2));
                continue;
            }
            int colon = e.indexOf(": ");
            if (colon <= 0 || !FIELD.matcher(e.substring(0, colon)).matches()) {
                return Map.of();
            }
            out.put(e.substring(0, colon), e.substring(colon + 2));
        }
        return out;
    }

    private static final Pattern INTEGER = Pattern.compile("(?:length|map_size|tuple_size|byte_size|Enum\\.count"
            + "|:queue\\.len|MapSet\\.size|Kernel\\.length)\\(.*");
    private static final Pattern LIST = Pattern.compile("(?:Map\\.(?:keys|values|to_list)|Enum\\.(?:map|filter|reject"
            + "|sort|sort_by|take|drop|uniq|uniq_by|to_list|reverse|flat_map|concat|zip|with_index)|MapSet\\.to_list"
            + "|:queue\\.to_list|:ets\\.(?:lookup|match|match_object|select|tab2list)|Keyword\\.(?:keys|values))\\(.*");
    private static final Pattern BOOLEAN = Pattern.compile("(?:match\\?|(?:[A-Z][A-Za-z0-9_.]*\\.)?[a-z_][A-Za-z0-9_]*\\?"
            + "|Map\\.has_key\\?|MapSet\\.member\\?|Enum\\.member\\?"
            + "|Enum\\.empty\\?|Enum\\.any\\?|Enum\\.all\\?|Keyword\\.has_key\\?|:queue\\.is_empty|is_nil)\\(.*");
    private static final Pattern BINARY = Pattern.compile("(?:Integer\\.to_string|Atom\\.to_string|to_string|inspect"
            + "|String\\.(?:upcase|downcase|trim|slice|replace|pad_leading|pad_trailing|duplicate|capitalize)"
            + "|Jason\\.encode!|Base\\.encode(?:16|32|64)|IO\\.iodata_to_binary)\\(.*");
    private static final Pattern MAP = Pattern.compile("(?:Map\\.(?:put|delete|merge|new|take|drop|filter)|%\\{).*");

    /**
     * What kind of value today's only call clause replies with, when the reply is computed at run time but its kind is
     * fixed ({@code length(state.queue)}: an integer; {@code state.items}, which init/1 sets to {@code []}: a list):
     * {@code is_integer}, {@code is_list}, {@code is_boolean}, {@code is_binary}, {@code is_map}, or a pattern
     * ({@code %MapSet{}}, the keys of a map it builds: {@code %{queue: _, active: _}}, a tuple's fixed tag:
     * {@code {:ok, _}}); null when the code does not show it.
     */
    static String replyKind(Handler h, TodayCode code) {
        String reply = reply(h);
        if (reply == null) {
            return null;
        }
        String e = reply.strip();
        if (variable(e) && !e.equals(h.stateVar()) && h.body() != null) {
            // The reply is a variable the clause binds once: its value is what it is bound to.
            Matcher bound = Pattern.compile("(?m)^\\s*" + Pattern.quote(e) + " = (.+)$").matcher(h.body());
            String value = null;
            int n = 0;
            while (bound.find()) {
                value = bound.group(1);
                n++;
            }
            if (n != 1) {
                return null;
            }
            e = value.strip();
        }
        // A pipeline's value is its last stage's.
        List<String> stages = TopLevel.stages(e);
        String last = stages.get(stages.size() - 1).strip();
        if (INTEGER.matcher(last).matches()) {
            return "is_integer";
        }
        if (LIST.matcher(last).matches() || last.startsWith("[") && last.endsWith("]")) {
            return "is_list";
        }
        if (BOOLEAN.matcher(last).matches()) {
            return "is_boolean";
        }
        if (BINARY.matcher(last).matches() || last.startsWith("\"") && last.endsWith("\"")) {
            return "is_binary";
        }
        List<String> tuple = stages.size() == 1 ? topLevel(last, "{", "}") : null;
        if (tuple != null && tuple.size() >= 2 && tuple.size() <= 4 && tuple.get(0).matches(":[a-z_][A-Za-z0-9_]*")) {
            // A tuple with a fixed tag ({:ok, id}, {:error, :not_found}): the tag, literal elements, the rest the run's.
            List<String> parts = new ArrayList<>();
            tuple.forEach(x -> parts.add(LITERAL.matcher(x.strip()).matches() ? x.strip() : "_"));
            return "{" + String.join(", ", parts) + "}";
        }
        Map<String, String> fields = stages.size() == 1 ? literalMap(last) : Map.of();
        if (!fields.isEmpty()) {
            // A map it builds with fixed keys: the keys are asserted, the values are the run's.
            return "%{" + String.join(", ", fields.keySet().stream().map(k -> k + ": _").toList()) + "}";
        }
        if (stages.size() == 1 && MAP.matcher(last).matches() && !last.startsWith("%{" + h.stateVar() + " |")) {
            return "is_map";
        }
        if (stages.size() == 1 && h.stateVar() != null && e.startsWith(h.stateVar() + ".")
                && FIELD.matcher(e.substring(h.stateVar().length() + 1)).matches()) {
            String init = initFields(code).get(e.substring(h.stateVar().length() + 1));
            return init == null ? null : valueKind(init.strip());
        }
        return null;
    }

    /** The kind of a literal initial value: a field init/1 sets to {@code []} stays a list. */
    private static String valueKind(String v) {
        if (v.matches("-?[0-9][0-9_]*")) {
            return "is_integer";
        }
        if (v.startsWith("[") && v.endsWith("]")) {
            return "is_list";
        }
        if (v.startsWith("%{") && v.endsWith("}")) {
            return "is_map";
        }
        if (v.matches("MapSet\\.new\\(.*\\)")) {
            return "%MapSet{}";
        }
        return v.equals("true") || v.equals("false") ? "is_boolean" : null;
    }

    /** A message a test can send as written: a bare atom ({@code :tick}). */
    static boolean sendable(String message) {
        return message != null && message.matches(":[a-z_][A-Za-z0-9_]*[?!]?");
    }

    /** A plain variable name (what a clause calls its state). */
    static boolean variable(String text) {
        return text != null && VARIABLE.matcher(text).matches();
    }
}
