package io.github.otpadvisor.elixir.syntax;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Elixir names look like, as plain text checks: aliases, simple atoms, the name literals that
 * may be written back into code. Shared by the project model (names a project runs) and the sketches
 * (names written into code), so both accept and default the same names.
 */
public final class ElixirNames {
    private static final Pattern ALIAS = Pattern.compile("[A-Z][A-Za-z0-9_]*(\\.[A-Z][A-Za-z0-9_]*)*");
    private static final Pattern SIMPLE_ATOM = Pattern.compile(":[a-z_][A-Za-z0-9_]*[?!]?");
    /** Words the tokenizer reserves; as function, variable or atom names they would not parse unquoted. */
    public static final Set<String> RESERVED = Set.of("true", "false", "nil", "when", "and", "or", "not", "in",
            "fn", "do", "end", "catch", "rescue", "after", "else");

    /**
     * Modules of Elixir's standard library and of the libraries every project names as they are ({@code Application},
     * {@code Keyword}, {@code Jason}): never an alias of the project's, and pure or known to the detectors.
     */
    public static final Set<String> STDLIB_MODULES = Set.of("Enum", "Map", "List", "String", "Keyword", "Kernel", "IO",
            "Logger", "Process", "GenServer", "Agent", "Task", "Supervisor", "DynamicSupervisor", "Registry", "File",
            "Path", "Stream", "Integer", "Float", "Tuple", "Atom", "Access", "Application", "System", "Module",
            "Code", "Macro", "Base", "URI", "MapSet", "Range", "Regex", "DateTime", "NaiveDateTime", "Date", "Time",
            "Inspect", "Port", "Node", "Function", "Exception", "Protocol", "Bitwise", "Task.Supervisor", "Config",
            "ExUnit", "ExUnit.Assertions", "ExUnit.Callbacks", "Mix", "Jason", "Plug.Conn", "Phoenix.Controller",
            "Ecto.Changeset", "Ecto.Query", "Phoenix.LiveView", "Phoenix.Component", "Version", "OptionParser",
            "StringIO", "IEx", "Kernel.SpecialForms", "Enumerable", "Collectable", "String.Chars", "PartitionSupervisor",
            "Calendar", "Record", "Logger.Formatter", "EEx");

    private ElixirNames() {
    }

    /** A module alias such as {@code ShopCore.PriceCache} (ASCII segments, as Elixir 1.14 requires). */
    public static boolean isAlias(String s) {
        return s != null && ALIAS.matcher(s).matches();
    }

    /**
     * A process, table or registry name as it may be written in code: {@code __MODULE__}, an alias or a
     * plain atom ({@code :prices}); anything else gives null so callers fall back to a default.
     */
    public static String nameLiteral(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.equals("__MODULE__") || isAlias(t)) {
            return t;
        }
        if (SIMPLE_ATOM.matcher(t).matches() && !RESERVED.contains(t.substring(1))) {
            return t;
        }
        return null;
    }

    /** {@code ShopCore} of {@code ShopCore.PriceCache}; null when not an alias. */
    public static String firstSegment(String alias) {
        if (!isAlias(alias)) {
            return null;
        }
        int dot = alias.indexOf('.');
        return dot < 0 ? alias : alias.substring(0, dot);
    }

    /** {@code MyApp} from {@code my_app} (accents dropped, non-alphanumerics as word breaks). */
    public static String camelize(String words) {
        String ascii = Normalizer.normalize(words == null ? "" : words, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (String w : ascii.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            }
        }
        return out.toString();
    }

    /** The application's namespace: the module's first alias segment, else the camelized app, else MyApp. */
    public static String namespace(String module, String app) {
        String first = firstSegment(module);
        if (first != null && !first.equals("Elixir")) {
            return first;
        }
        if (app != null && app.matches("[a-z][a-z0-9_]*")) {
            return camelize(app);
        }
        return "MyApp";
    }
}
