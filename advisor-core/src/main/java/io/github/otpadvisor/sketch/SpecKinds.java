package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a test may assert of a reply from the project's own {@code @spec} return type: a built-in type's guard
 * ({@code boolean()} -> {@code is_boolean}), a literal atom ({@code :ok}), or the tags of a union of tagged tuples
 * ({@code {:ok, token} | {:error, term}} -> {@code {:ok, _}} or {@code {:error, _}}). A type of the project's own
 * ({@code fetch_result}) says nothing here: null.
 *
 * @param guard    the guard to apply to the reply, or null
 * @param patterns the patterns one of which the reply matches, or empty
 */
record SpecKinds(String guard, List<String> patterns) {
    private static final Map<String, String> GUARDS = Map.ofEntries(Map.entry("boolean()", "is_boolean"),
            Map.entry("boolean", "is_boolean"), Map.entry("integer()", "is_integer"),
            Map.entry("non_neg_integer()", "is_integer"), Map.entry("pos_integer()", "is_integer"),
            Map.entry("neg_integer()", "is_integer"), Map.entry("float()", "is_float"),
            Map.entry("number()", "is_number"), Map.entry("String.t()", "is_binary"), Map.entry("binary()", "is_binary"),
            Map.entry("atom()", "is_atom"), Map.entry("map()", "is_map"), Map.entry("list()", "is_list"),
            Map.entry("keyword()", "is_list"), Map.entry("pid()", "is_pid"), Map.entry("reference()", "is_reference"));

    static SpecKinds of(String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip();
        String guard = GUARDS.get(t);
        if (guard != null) {
            return new SpecKinds(guard, List.of());
        }
        if (t.startsWith("%{") || t.matches("%[A-Z][A-Za-z0-9_.]*\\{\\}")) {
            return new SpecKinds("is_map", List.of());
        }
        if (t.startsWith("[") && t.endsWith("]") || t.matches("(list|nonempty_list)\\(.*\\)")) {
            return new SpecKinds("is_list", List.of());
        }
        List<String> patterns = new ArrayList<>();
        List<String> alternatives = TopLevel.alternatives(t);
        if (alternatives == null) {
            return null;
        }
        for (String alt : alternatives) {
            String a = alt.strip();
            if (a.matches(":[a-z_][A-Za-z0-9_]*[?!]?")) {
                patterns.add(a);
                continue;
            }
            List<String> items = TodayLogic.tupleItems(a);
            if (items.isEmpty() || !items.get(0).matches(":[a-z_][A-Za-z0-9_]*")) {
                return null;
            }
            List<String> p = new ArrayList<>(List.of(items.get(0)));
            for (int i = 1; i < items.size(); i++) {
                p.add("_");
            }
            String pattern = "{" + String.join(", ", p) + "}";
            if (!patterns.contains(pattern)) {
                patterns.add(pattern);
            }
        }
        return patterns.isEmpty() ? null : new SpecKinds(null, List.copyOf(patterns));
    }

    /** The return type the project's @spec gives the function that makes {@code op} (or its pid-taking form), or null. */
    static String returns(SketchPlan p, SketchPlan.Op op) {
        io.github.otpadvisor.facts.ApiFunction f = specced(p, op, a -> a.returns() != null);
        return f == null ? null : f.returns();
    }

    /**
     * The API function that makes {@code op} (or its pid-taking form, one parameter more) whose @spec gives what
     * {@code has} asks for, or null.
     */
    private static io.github.otpadvisor.facts.ApiFunction specced(SketchPlan p, SketchPlan.Op op,
            java.util.function.Predicate<io.github.otpadvisor.facts.ApiFunction> has) {
        for (int arity : new int[] {op.arity(), op.arity() + 1}) {
            String key = op.name() + "/" + arity;
            io.github.otpadvisor.facts.ApiFunction f = p.code.api().stream().filter(a -> a.key().equals(key) && has.test(a))
                    .findFirst().orElse(null);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * A value of the type the project's @spec gives parameter {@code at} of the function that makes {@code op}, where
     * a name-made sample would not be one (wanderer's MapEventRelay: {@code "since-datetime-1"} for a
     * {@code DateTime.t()}, which DateTime.to_unix/2 refused, crashing the running relay); null for other types.
     */
    static String sampleOf(SketchPlan p, SketchPlan.Op op, int at) {
        io.github.otpadvisor.facts.ApiFunction f = specced(p, op, a -> !a.params().isEmpty());
        return f == null || at >= f.params().size() ? null : TYPED_SAMPLES.get(f.params().get(at).strip());
    }

    /** Built-in and standard-library types, each with a value of it a test can write. */
    private static final java.util.Map<String, String> TYPED_SAMPLES = java.util.Map.ofEntries(
            java.util.Map.entry("DateTime.t()", "DateTime.utc_now()"),
            java.util.Map.entry("NaiveDateTime.t()", "NaiveDateTime.utc_now()"),
            java.util.Map.entry("Date.t()", "Date.utc_today()"),
            java.util.Map.entry("Time.t()", "Time.utc_now()"),
            java.util.Map.entry("integer()", "2"), java.util.Map.entry("pos_integer()", "2"),
            java.util.Map.entry("non_neg_integer()", "2"), java.util.Map.entry("number()", "2"),
            java.util.Map.entry("float()", "2.0"), java.util.Map.entry("boolean()", "true"),
            java.util.Map.entry("pid()", "self()"), java.util.Map.entry("reference()", "make_ref()"));

    /** The assertion on {@code call}: one pattern matched, else the reply bound and checked. */
    void write(CodeWriter w, String call) {
        if (guard == null && patterns.size() == 1) {
            w.binary("assert " + patterns.get(0), "=", call);
            return;
        }
        w.binary("reply", "=", call);
        if (guard != null) {
            w.line("assert " + guard + "(reply)");
            return;
        }
        w.line("assert " + String.join(" or ", patterns.stream().map(x -> "match?(" + x + ", reply)").toList()));
    }
}
