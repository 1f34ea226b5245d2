package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.ast.AtomPrinter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are written in sketch code. Everything that comes from analyzed source goes through here,
 * so a hostile name (an atom module with quotes, newlines, backticks or {@code #{}) still yields code
 * that parses and never contains a Markdown fence.
 */
final class ElixirNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][A-Za-z0-9_]*[?!]?");
    private static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9_]*");
    private static final Set<String> DOT_OPERATORS = Set.of(".", "..", "..//");
    private static final Set<String> RESERVED = io.github.otpadvisor.elixir.syntax.ElixirNames.RESERVED;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ElixirNames() {
    }

    /** A module alias such as {@code ShopCore.PriceCache} (ASCII segments, as Elixir 1.14 requires). */
    static boolean isAlias(String s) {
        return io.github.otpadvisor.elixir.syntax.ElixirNames.isAlias(s);
    }

    /** A name usable for a plain {@code def name(...)} and as an unquoted atom {@code :name}. */
    static boolean isFunctionName(String s) {
        return s != null && IDENTIFIER.matcher(s).matches() && !RESERVED.contains(s) && !s.startsWith("_");
    }

    /** A name usable for a variable (no leading underscore: sketches use their variables). */
    static boolean isVariable(String s) {
        return s != null && VARIABLE.matcher(s).matches() && !RESERVED.contains(s);
    }

    /** A variable name from a pattern variable: {@code _cart_id} gives {@code cart_id}; null when unusable. */
    static String variableFrom(String s) {
        if (s == null) {
            return null;
        }
        String v = s.replaceFirst("^_+", "");
        return isVariable(v) ? v : null;
    }

    /**
     * A process, table or registry name as it may be written in a sketch: {@code __MODULE__}, an alias
     * or a plain atom ({@code :prices}); anything else gives null so callers fall back to a default.
     */
    static String nameLiteral(String s) {
        return io.github.otpadvisor.elixir.syntax.ElixirNames.nameLiteral(s);
    }

    /**
     * How to write a module name as found by the analyzer: an alias as is; {@code :name} (an Erlang-style
     * atom module, possibly needing quotes) as an atom literal; any other text (from
     * {@code defmodule :"Elixir.Not valid"}) as the quoted atom {@code :"Elixir.Not valid"}.
     */
    static String moduleLiteral(String name) {
        if (name == null || name.isEmpty()) {
            return "MyApp.Feature";
        }
        if (isAlias(name)) {
            return name;
        }
        if (name.startsWith(":") && name.length() > 1) {
            return atomLiteral(name.substring(1));
        }
        return quotedAtom("Elixir." + name);
    }

    /** The test module for a module: {@code ShopCore.PriceCacheTest}, or the quoted atom with {@code Test}. */
    static String testModuleLiteral(String name) {
        if (name == null || name.isEmpty()) {
            return "MyApp.FeatureTest";
        }
        if (isAlias(name)) {
            return name + "Test";
        }
        if (name.startsWith(":") && name.length() > 1) {
            return atomLiteral(name.substring(1) + "Test");
        }
        return quotedAtom("Elixir." + name + "Test");
    }

    /**
     * An atom literal as Elixir's printer and the formatter write it: unquoted where they do
     * ({@code :name}, {@code :Foo?}, {@code :héllo}, {@code :+}), else quoted. The dot operators stay
     * quoted: {@code :..} followed by {@code .fun()} would not read as a call on the atom.
     */
    static String atomLiteral(String atom) {
        String printed = AtomPrinter.literal(atom);
        boolean unquoted = printed.startsWith(":") && !printed.startsWith(":\"");
        if (unquoted && !DOT_OPERATORS.contains(atom)) {
            return printed;
        }
        return quotedAtom(atom);
    }

    static String quotedAtom(String atom) {
        return ":\"" + escape(atom) + "\"";
    }

    /**
     * The content of a double-quoted Elixir string or atom. Escapes what would end it or interpolate
     * ({@code "}, {@code \}, {@code #{}), every control, format (bidirectional), unassigned or
     * surrogate code point (Elixir rejects some raw, and they hide text), and every backtick, so no
     * run of three can close a Markdown fence around the sketch.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '`' -> out.append("\\x60");
                case '#' -> out.append(next < n && s.charAt(next) == '{' ? "\\#" : "#");
                default -> appendCodePoint(out, c);
            }
            i = next;
        }
        return out.toString();
    }

    private static void appendCodePoint(StringBuilder out, int c) {
        if (c < 0x20 || c == 0x7F) {
            out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            return;
        }
        if (c < 0x7F) {
            out.append((char) c);
            return;
        }
        int type = Character.getType(c);
        boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
        if (!hidden) {
            out.appendCodePoint(c);
            return;
        }
        // A lone surrogate has no code point Elixir accepts: show the replacement character instead.
        int shown = type == Character.SURROGATE ? 0xFFFD : c;
        out.append("\\u{").append(Integer.toHexString(shown).toUpperCase(Locale.ROOT)).append('}');
    }

    /** {@code "user sessions"} gives {@code UserSessions}; accents are dropped, digits kept; never empty. */
    static String camelize(String words) {
        String out = io.github.otpadvisor.elixir.syntax.ElixirNames.camelize(words);
        if (out.isEmpty()) {
            return "Feature";
        }
        return Character.isDigit(out.charAt(0)) ? "Feature" + out : out;
    }

    /** {@code ShopCore.PriceCache} gives {@code ShopCore}; null when the name is not an alias. */
    static String firstSegment(String alias) {
        return io.github.otpadvisor.elixir.syntax.ElixirNames.firstSegment(alias);
    }
}
