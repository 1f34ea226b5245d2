package io.github.otpadvisor.sketch;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import java.util.Set;

/** Naming rules shared by the input builders and the renderers. */
final class SketchNames {
    /** Functions and helpers the sketches define themselves: an operation of that name would clash. */
    private static final Set<String> GENERATED = Set.of("start_link", "start", "init", "child_spec",
            "get_or_start", "start_child", "via_tuple", "schedule", "handle_call", "handle_cast", "handle_info",
            "handle_continue", "terminate", "code_change", "format_status");
    /** {@code {:via, Registry, {Shop.Registry, "key"}}} with a literal string or atom key. */
    private static final java.util.regex.Pattern VIA = java.util.regex.Pattern.compile(
            "\\{:via, Registry, \\{([A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)*), "
                    + "(\"[A-Za-z0-9_ .:/-]*\"|:[a-z_][A-Za-z0-9_]*)\\}\\}");
    /** A start option's name with its default: {@code Keyword.get(opts, :name, X)}, {@code opts[:name] || X}. */
    private static final java.util.regex.Pattern OPTION = java.util.regex.Pattern.compile(
            "Keyword\\.get\\(([a-z][A-Za-z0-9_]*), :name, (.+)\\)|([a-z][A-Za-z0-9_]*)\\[:name\\] \\|\\| (.+)");
    private static final Set<String> STRATEGIES = Set.of("one_for_one", "one_for_all", "rest_for_one");

    private SketchNames() {
    }

    static boolean generated(String name) {
        return GENERATED.contains(name) || name.startsWith("start_") || name.startsWith("do_");
    }

    /**
     * The recommendation runs one process per entity, found through a Registry: placed under a
     * DynamicSupervisor or a PartitionSupervisor, or a DynamicSupervisor itself (its children are).
     */
    static boolean perEntity(Decision d) {
        return d.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY || d.placement() == Placement.PARTITION_SUPERVISOR
                || d.abstraction() == Pattern.DYNAMIC_SUPERVISOR;
    }

    /** A variable name from a pattern that is one variable ({@code _cart_id}), else null. */
    static String entityVariable(String pattern) {
        if (pattern == null) {
            return null;
        }
        String v = ElixirNames.variableFrom(pattern.strip());
        return v == null || SketchVars.RESERVED.contains(v) ? null : v;
    }

    /** {@code one_for_one} from {@code one_for_one} or {@code :one_for_one}; null for anything else. */
    static String strategy(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceFirst("^:", "");
        return STRATEGIES.contains(t) ? t : null;
    }

    /** A handle_info tag a sketch can write as an unquoted atom ({@code tick}, {@code DOWN}, {@code EXIT}). */
    static boolean infoTag(String tag) {
        return tag.equals("DOWN") || tag.equals("EXIT") || ElixirNames.isFunctionName(tag);
    }

    /** A via name with a literal key, as {@link #VIA} reads it: safe to write as code. */
    static boolean viaName(String s) {
        return s != null && VIA.matcher(s).matches();
    }

    /**
     * For a name taken from the start options with a default ({@code Keyword.get(opts, :name, __MODULE__)}), the
     * default as a name literal; null for anything else.
     */
    static String optionDefault(String s) {
        java.util.regex.Matcher m = s == null ? null : OPTION.matcher(s.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        return ElixirNames.nameLiteral(m.group(2) != null ? m.group(2) : m.group(4));
    }

    /**
     * The start-option expression written for the sketch's {@code start_link(opts)}: today's, with its options
     * variable called {@code opts} ({@code Keyword.get(args, :name, X)} gives {@code Keyword.get(opts, :name, X)});
     * null when {@link #optionDefault} is.
     */
    static String startOption(String s) {
        String name = optionDefault(s);
        if (name == null) {
            return null;
        }
        java.util.regex.Matcher m = OPTION.matcher(s.strip());
        m.matches();
        return m.group(1) != null ? "Keyword.get(opts, :name, " + name + ")" : "opts[:name] || " + name;
    }

    /** Text that cannot close a Markdown code fence. */
    static boolean fenceSafe(String text) {
        return !text.contains("```") && !text.contains("~~~");
    }
}
