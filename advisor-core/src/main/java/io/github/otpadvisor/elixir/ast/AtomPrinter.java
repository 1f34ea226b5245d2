package io.github.otpadvisor.elixir.ast;

import java.util.Set;

/**
 * Atoms as Elixir 1.14's {@code Macro.inspect_atom/2} prints them: as a literal ({@code :ok},
 * {@code :"foo bar"}, {@code Foo.Bar}, {@code nil}) and as a keyword key ({@code ok:}, {@code "foo bar":}).
 * The classification is {@code Macro.classify_atom/1} and its private {@code inner_classify/1}.
 */
public final class AtomPrinter {
    /** The classes of {@code inner_classify/1}. */
    enum Kind { ALIAS, IDENTIFIER, UNQUOTED_OPERATOR, QUOTED_OPERATOR, NOT_CALLABLE, OTHER }

    private static final Set<String> NOT_CALLABLE = Set.of("%", "%{}", "{}", "<<>>", "...", "..", ".", "..//", "->");
    private static final Set<String> QUOTED_OPERATORS = Set.of("::", "^^^", "~~~", "<|>");
    /** {@code Code.Identifier.unary_op/1} and {@code binary_op/1} minus {@code //}, as {@code Macro.operator?/2}. */
    private static final Set<String> OPERATORS = Set.of(
            "&", "!", "^", "not", "+", "-", "~~~", "@",
            "<-", "\\\\", "when", "::", "|", "=", "||", "|||", "or", "&&", "&&&", "and",
            "==", "!=", "=~", "===", "!==", "<", "<=", ">=", ">",
            "|>", "<<<", ">>>", "<~", "~>", "<<~", "~>>", "<~>", "<|>", "in", "^^^",
            "++", "--", "..", "<>", "+++", "---", "*", "/", "**", ".");

    private AtomPrinter() {
    }

    /** {@code Macro.inspect_atom(:literal, atom)}. */
    public static String literal(String name) {
        StringBuilder out = new StringBuilder(name.length() + 3);
        appendLiteral(out, name);
        return out.toString();
    }

    /** {@code Macro.inspect_atom(:key, atom)}, including the colon. */
    public static String key(String name) {
        StringBuilder out = new StringBuilder(name.length() + 3);
        appendKey(out, name);
        return out.toString();
    }

    static void appendLiteral(StringBuilder out, String name) {
        switch (name) {
            case "nil", "true", "false" -> {
                out.append(name);
                return;
            }
            default -> { }
        }
        switch (classify(name)) {
            case ALIAS -> {
                if (name.equals("Elixir") || name.equals("Elixir.Elixir") || name.startsWith("Elixir.Elixir.")) {
                    out.append(name);
                } else {
                    out.append(name, "Elixir.".length(), name.length());
                }
            }
            case IDENTIFIER, UNQUOTED_OPERATOR, NOT_CALLABLE -> out.append(':').append(name);
            default -> {
                out.append(":\"");
                StringEscaper.escape(out, name, '"');
                out.append('"');
            }
        }
    }

    static void appendKey(StringBuilder out, String name) {
        switch (classify(name)) {
            case ALIAS -> out.append('"').append(name).append("\":");
            case IDENTIFIER, UNQUOTED_OPERATOR, NOT_CALLABLE -> out.append(name).append(':');
            default -> {
                out.append('"');
                StringEscaper.escape(out, name, '"');
                out.append("\":");
            }
        }
    }

    /** {@code inner_classify/1} of Elixir 1.14's Macro. */
    static Kind classify(String name) {
        if (isPlainIdentifier(name)) {
            return Kind.IDENTIFIER; // the common case, decided without the general tokenizer
        }
        if (NOT_CALLABLE.contains(name)) {
            return Kind.NOT_CALLABLE;
        }
        if (QUOTED_OPERATORS.contains(name)) {
            return Kind.QUOTED_OPERATOR;
        }
        if (OPERATORS.contains(name)) {
            return Kind.UNQUOTED_OPERATOR;
        }
        if (isValidAlias(name)) {
            return Kind.ALIAS;
        }
        IdentifierTables.Result r = IdentifierTables.tokenize(name);
        if (r.kind() == IdentifierTables.Kind.ERROR || !r.consumedAll()) {
            return Kind.OTHER;
        }
        if (r.kind() != IdentifierTables.Kind.IDENTIFIER || r.at()) {
            return Kind.NOT_CALLABLE;
        }
        return r.nfkc() ? Kind.OTHER : Kind.IDENTIFIER;
    }

    /**
     * Lowercase ASCII identifiers such as {@code foo_bar1?} that are not operators ({@code and},
     * {@code or}, {@code not}, {@code in}, {@code when} are operators, but those print the same way).
     */
    private static boolean isPlainIdentifier(String name) {
        int n = name.length();
        if (n == 0) {
            return false;
        }
        char head = name.charAt(0);
        if (!((head >= 'a' && head <= 'z') || head == '_')) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                continue;
            }
            return (c == '?' || c == '!') && i == n - 1;
        }
        return true;
    }

    /** {@code valid_alias?/1}: {@code Elixir} followed by {@code .Upper[A-Za-z0-9_]*} pieces. */
    private static boolean isValidAlias(String name) {
        if (!name.startsWith("Elixir")) {
            return false;
        }
        int i = "Elixir".length();
        int n = name.length();
        while (i < n) {
            if (name.charAt(i) != '.' || i + 1 >= n) {
                return false;
            }
            char c = name.charAt(i + 1);
            if (c < 'A' || c > 'Z') {
                return false;
            }
            i += 2;
            while (i < n) {
                c = name.charAt(i);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                    i++;
                } else {
                    break;
                }
            }
        }
        return true;
    }
}
