package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Bin;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Flt;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Str;
import io.github.otpadvisor.elixir.ast.Tuple;
import java.util.List;
import java.util.Set;

/**
 * Prints a quoted form back as short Elixir source, for evidence and messages ({@code {:get, key}},
 * {@code Map.get(state, key)}); a light {@code Macro.to_string/1}. Deep or long terms are cut with
 * an ellipsis, so the output stays one short line.
 */
public final class SourceText {
    /** An atom written without quotes ({@code :ok}, {@code :valid?}, {@code :Elixir}); compiled once, it runs per atom printed. */
    private static final java.util.regex.Pattern PLAIN_ATOM =
            java.util.regex.Pattern.compile("[a-z_][a-zA-Z0-9_@]*[?!]?|[A-Z][a-zA-Z0-9_.]*");
    private static final int MAX_DEPTH = 12;
    private static final int MAX_CHARS = 160;
    private static final Set<String> BINARY = Set.of("+", "-", "*", "/", "++", "--", "<>", "==", "!=", "===", "!==",
            "<", ">", "<=", ">=", "&&", "||", "and", "or", "in", "|>", "=", "<-", "\\\\", "::", "|", "->", "when",
            "..", "=~", "not in", "//", "<<<", ">>>", "&&&", "|||", "~>", "<~", "<|>", "**");
    private static final Set<String> UNARY = Set.of("-", "+", "!", "^", "not", "@");

    private SourceText() {
    }

    public static String of(Quoted q) {
        if (q == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, q, 0);
        if (sb.length() > MAX_CHARS) {
            return sb.substring(0, MAX_CHARS - 1) + "…";
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Quoted q, int depth) {
        if (sb.length() > MAX_CHARS * 2) {
            return;
        }
        if (depth > MAX_DEPTH) {
            sb.append("…");
            return;
        }
        if (q instanceof Atom a) {
            atom(sb, a.name());
        } else if (q instanceof Int i) {
            sb.append(i.value());
        } else if (q instanceof Flt f) {
            sb.append(f.value());
        } else if (q instanceof Str s) {
            sb.append('"').append(s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append('"');
        } else if (q instanceof Bin) {
            sb.append("<<…>>");
        } else if (q instanceof QList l) {
            sb.append('[');
            // in a list a last keyword list stays a list: [[name: n]] is not [name: n] (gristle's Comms.System
            // passes start_link one argument, a keyword list)
            items(sb, l.items(), depth, Q.isKeyword(l), false);
            sb.append(']');
        } else if (q instanceof Tuple t) {
            sb.append('{');
            items(sb, t.items(), depth, false, true);
            sb.append('}');
        } else if (q instanceof Call c) {
            call(sb, c, depth);
        }
    }

    private static void atom(StringBuilder sb, String name) {
        if (name.startsWith("Elixir.")) {
            sb.append(name.substring(7));
        } else if (name.equals("nil") || name.equals("true") || name.equals("false")) {
            sb.append(name);
        } else if (PLAIN_ATOM.matcher(name).matches()) {
            sb.append(':').append(name);
        } else {
            sb.append(":\"").append(name.replace("\"", "\\\"")).append('"');
        }
    }

    /** {@code sugar}: a last keyword list is written bare, as a tuple or a call may ({@code {m, name: n}}). */
    private static void items(StringBuilder sb, List<Quoted> items, int depth, boolean keyword, boolean sugar) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Quoted item = items.get(i);
            if (keyword && item instanceof Tuple t) {
                sb.append(((Atom) t.items().get(0)).name()).append(": ");
                append(sb, t.items().get(1), depth + 1);
            } else if (sugar && i == items.size() - 1 && Q.isKeyword(item) && !keyword) {
                items(sb, ((QList) item).items(), depth, true, true);
            } else {
                append(sb, item, depth + 1);
            }
        }
    }

    private static void call(StringBuilder sb, Call c, int depth) {
        String name = c.name();
        List<Quoted> args = c.args();
        if (c.isVariable()) {
            sb.append(name != null ? name : "?");
            return;
        }
        if (name != null) {
            switch (name) {
                case "__aliases__" -> {
                    for (int i = 0; i < args.size(); i++) {
                        if (i > 0) {
                            sb.append('.');
                        }
                        Quoted seg = args.get(i);
                        if (seg instanceof Atom a) {
                            sb.append(a.name());
                        } else {
                            append(sb, seg, depth + 1);
                        }
                    }
                    return;
                }
                case "{}" -> {
                    sb.append('{');
                    items(sb, args, depth, false, true);
                    sb.append('}');
                    return;
                }
                case "%{}" -> {
                    sb.append("%{");
                    mapBody(sb, args, depth);
                    sb.append('}');
                    return;
                }
                case "%" -> {
                    if (args.size() == 2) {
                        sb.append('%');
                        append(sb, args.get(0), depth + 1);
                        if (Q.isLocal(args.get(1), "%{}")) {
                            sb.append('{');
                            mapBody(sb, Q.args(args.get(1)), depth);
                            sb.append('}');
                        } else {
                            append(sb, args.get(1), depth + 1);
                        }
                        return;
                    }
                }
                case "__block__" -> {
                    for (int i = 0; i < args.size(); i++) {
                        if (i > 0) {
                            sb.append("; ");
                        }
                        append(sb, args.get(i), depth + 1);
                    }
                    return;
                }
                case "fn" -> {
                    sb.append("fn ");
                    for (int i = 0; i < args.size(); i++) {
                        if (i > 0) {
                            sb.append("; ");
                        }
                        append(sb, args.get(i), depth + 1);
                    }
                    sb.append(" end");
                    return;
                }
                case "->" -> {
                    if (args.size() == 2) {
                        if (args.get(0) instanceof QList heads) {
                            items(sb, heads.items(), depth, false, true);
                        } else {
                            append(sb, args.get(0), depth + 1);
                        }
                        sb.append(" -> ");
                        append(sb, args.get(1), depth + 1);
                        return;
                    }
                }
                case "&" -> {
                    if (args.size() == 1) {
                        sb.append('&');
                        if (Q.isLocal(args.get(0), "&")) {
                            sb.append(' ');
                        }
                        append(sb, args.get(0), depth + 1);
                        return;
                    }
                }
                case "<<>>" -> {
                    if (isInterpolation(args)) {
                        sb.append('"');
                        for (Quoted part : args) {
                            if (part instanceof Str s) {
                                sb.append(s.value().replace("\"", "\\\""));
                            } else {
                                sb.append("#{");
                                append(sb, interpolated(part), depth + 1);
                                sb.append('}');
                            }
                        }
                        sb.append('"');
                    } else {
                        sb.append("<<");
                        items(sb, args, depth, false, false);
                        sb.append(">>");
                    }
                    return;
                }
                default -> {
                }
            }
            if (args.size() == 2 && BINARY.contains(name)) {
                append(sb, args.get(0), depth + 1);
                sb.append(' ').append(name).append(' ');
                append(sb, args.get(1), depth + 1);
                return;
            }
            if (args.size() == 1 && UNARY.contains(name)) {
                sb.append(name);
                if (name.equals("not")) {
                    sb.append(' ');
                }
                append(sb, args.get(0), depth + 1);
                return;
            }
            sb.append(name);
            callArgs(sb, c, args, depth);
            return;
        }
        // Remote or anonymous call.
        if (c.target() instanceof Call dot && Q.isLocal(dot, ".")) {
            List<Quoted> dargs = dot.args();
            if (dargs.size() == 2) {
                append(sb, dargs.get(0), depth + 1);
                sb.append('.');
                if (dargs.get(1) instanceof Atom f) {
                    sb.append(f.name());
                } else {
                    append(sb, dargs.get(1), depth + 1);
                }
                if (args.isEmpty() && c.meta().get("no_parens") != null) {
                    return;
                }
                callArgs(sb, c, args, depth);
                return;
            }
            if (dargs.size() == 1) {
                append(sb, dargs.get(0), depth + 1);
                sb.append('.');
                callArgs(sb, c, args, depth);
                return;
            }
        }
        append(sb, c.target(), depth + 1);
        callArgs(sb, c, args, depth);
    }

    private static void callArgs(StringBuilder sb, Call c, List<Quoted> args, int depth) {
        List<Quoted> plain = args;
        Quoted doBlock = null;
        if (!args.isEmpty() && Q.kw(args.get(args.size() - 1), "do") != null
                && args.get(args.size() - 1) instanceof QList last && last.items().get(0) instanceof Tuple t
                && t.items().get(0) instanceof Atom a && a.name().equals("do")) {
            plain = args.subList(0, args.size() - 1);
            doBlock = last;
        }
        sb.append('(');
        items(sb, plain, depth, false, true);
        sb.append(')');
        if (doBlock != null) {
            sb.append(" do … end");
        }
    }

    private static void mapBody(StringBuilder sb, List<Quoted> args, int depth) {
        if (args.size() == 1 && Q.isLocal(args.get(0), "|") && Q.args(args.get(0)).size() == 2) {
            append(sb, Q.args(args.get(0)).get(0), depth + 1);
            sb.append(" | ");
            Quoted rest = Q.args(args.get(0)).get(1);
            if (rest instanceof QList l) {
                pairs(sb, l.items(), depth);
            } else {
                append(sb, rest, depth + 1);
            }
            return;
        }
        pairs(sb, args, depth);
    }

    private static void pairs(StringBuilder sb, List<Quoted> args, int depth) {
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Quoted p = args.get(i);
            if (p instanceof Tuple t && t.items().size() == 2) {
                if (t.items().get(0) instanceof Atom a && !a.name().startsWith("Elixir.")) {
                    sb.append(a.name()).append(": ");
                } else {
                    append(sb, t.items().get(0), depth + 1);
                    sb.append(" => ");
                }
                append(sb, t.items().get(1), depth + 1);
            } else {
                append(sb, p, depth + 1);
            }
        }
    }

    private static boolean isInterpolation(List<Quoted> args) {
        for (Quoted a : args) {
            if (!(a instanceof Str) && !Q.isLocal(a, "::")) {
                return false;
            }
        }
        return true;
    }

    /** {@code "#{x}"} is {@code x :: binary} around {@code Kernel.to_string(x)}: the x. */
    private static Quoted interpolated(Quoted part) {
        List<Quoted> a = Q.args(part);
        if (a.size() == 2 && a.get(0) instanceof Call conv && "to_string".equals(Q.remoteFun(conv))
                && conv.args().size() == 1) {
            return conv.args().get(0);
        }
        return a.isEmpty() ? part : a.get(0);
    }
}
