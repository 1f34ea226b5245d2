package io.github.otpadvisor.sketch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Today's terminate/2 written for the table's owner, whose state is now the table: where today's head takes fields
 * out of a map state ({@code def terminate(_reason, %{ref: ref})}) and the owner's init/1 put that map's entries in
 * the table, each field is looked up in the table and the body stays as written (lambda's Store.Db closing its
 * LevelDB ref). A state that is matched any other way keeps today's clause quoted in words.
 */
final class OwnerTerminate {
    /** {@code def terminate(reason, %{a: a, b: b} = state)}: the reason and the map's fields. */
    private static final Pattern HEAD = Pattern.compile(
            "^def terminate\\(\\s*([a-z_][A-Za-z0-9_]*)\\s*,\\s*%\\{([^{}%]*)\\}(?:\\s*=\\s*_?[a-z][A-Za-z0-9_]*)?\\s*\\)$");
    private static final Pattern FIELD = Pattern.compile("^([a-z_][A-Za-z0-9_]*): ([a-z][A-Za-z0-9_]*)$");

    private OwnerTerminate() {
    }

    /**
     * Writes the owner's terminate/2 and returns true, or false when today's clause cannot be read this way.
     *
     * @param initText what the sketch wrote for init/1: the fields must be among the entries it inserts
     */
    static boolean write(CodeWriter w, SketchPlan p, String initText) {
        List<TodayCode.Clause> clauses = p.code.callbacks().stream()
                .filter(c -> c.callback().equals("terminate") && c.arity() == 2).toList();
        if (clauses.size() != 1 || !clauses.get(0).quotable()) {
            return false;
        }
        TodayCode.Clause c = clauses.get(0);
        Matcher head = HEAD.matcher(c.head().strip());
        if (!head.matches()) {
            return false;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String item : TodayLogic.tupleItems("{" + head.group(2) + "}")) {
            Matcher f = FIELD.matcher(item.strip());
            if (!f.matches()) {
                return false;
            }
            fields.put(f.group(1), f.group(2));
        }
        if (fields.isEmpty() || !initText.contains(":ets.insert(table, Enum.to_list(%{") || fields.keySet().stream()
                .anyMatch(k -> !Pattern.compile("Enum\\.to_list\\(%\\{[^\\n]*\\b" + k + ":").matcher(initText).find())
                || fields.containsValue("table") || Messages.freeVariables(c.body()).contains("state")) {
            return false;
        }
        List<String> body = new ArrayList<>();
        fields.forEach((k, v) -> body.add("[{:" + k + ", " + v + "}] = :ets.lookup(table, :" + k + ")"));
        body.addAll(List.of(c.body().split("\n", -1)));
        String code = "def terminate(" + head.group(1) + ", table) do\n" + String.join("\n", body) + "\nend";
        if (!Messages.parses(code)) {
            return false;
        }
        boolean traps = p.code.initCalls().stream().anyMatch(x -> "EXIT".equals(x.tag()));
        w.blank();
        FitsSketch.comment(w, "Today's terminate/2" + (c.where() == null ? "" : " (" + c.where() + ")") + ", its"
                + " state now the table: what it released is read from there. It runs " + (traps
                ? "at shutdown (init/1 traps exits), as today." : "when a callback stops it, not at shutdown (init/1"
                + " does not trap exits), as today."));
        w.line("@impl true");
        w.open("def terminate(" + head.group(1) + ", table) do");
        body.forEach(l -> w.line(l.isBlank() ? "" : l));
        w.close("end");
        return true;
    }
}
