package io.github.otpadvisor.elixir.lexer;

import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints tokens in the normalized one-line-per-token form of the Elixir-side dumper used for the
 * token differential (kind, line:column, eol/meta count, value; text as UTF-8 hex), so the two
 * outputs can be compared with diff. Usage: {@code TokenDump LISTFILE OUTDIR} writes
 * {@code OUTDIR/<index>.tok} for each path listed; {@code TokenDump FILE} prints one file.
 */
public final class TokenDump {
    private TokenDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1) {
            System.out.print(dump(Files.readString(Path.of(args[0]))));
            return;
        }
        List<String> paths = Files.readAllLines(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int i = 0;
        for (String p : paths) {
            if (p.isBlank()) {
                continue;
            }
            String src = new String(Files.readAllBytes(Path.of(p)), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(i + ".tok"), dump(src));
            i++;
        }
    }

    public static String dump(String source) {
        StringBuilder sb = new StringBuilder();
        try {
            List<Token> tokens = Tokenizer.tokenize(source);
            for (Token t : tokens) {
                if (t.kind != TokenKind.EOF) {
                    token(sb, t);
                    sb.append('\n');
                }
            }
        } catch (SyntaxErrorException e) {
            sb.setLength(0);
            sb.append("ERROR ").append(e.error().line()).append(':').append(e.error().column()).append(' ')
                    .append(hex(e.error().message())).append('\n');
        } catch (RuntimeException | StackOverflowError e) {
            sb.setLength(0);
            sb.append("JAVACRASH ").append(e).append('\n');
        }
        return sb.toString();
    }

    static String name(TokenKind kind) {
        return switch (kind) {
            case COMMA -> ",";
            case SEMICOLON -> ";";
            case DOT -> ".";
            case LPAREN -> "(";
            case RPAREN -> ")";
            case LBRACKET -> "[";
            case RBRACKET -> "]";
            case LCURLY -> "{";
            case RCURLY -> "}";
            case LBIT -> "<<";
            case RBIT -> ">>";
            case MAP -> "%{}";
            case PERCENT -> "%";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static boolean twoTuple(TokenKind k) {
        return switch (k) {
            case FN, END, TRUE, FALSE, NIL, DO, EOL, SEMICOLON, COMMA, DOT, LPAREN, RPAREN, LBRACKET, RBRACKET,
                    LCURLY, RCURLY, LBIT, RBIT, MAP, PERCENT -> true;
            default -> false;
        };
    }

    static void token(StringBuilder sb, Token t) {
        String pos = t.line + ":" + t.column;
        String kind = name(t.kind);
        switch (t.kind) {
            case INT -> sb.append("int ").append(pos).append(' ').append(t.value).append(' ').append(t.extra);
            case FLT -> sb.append("flt ").append(pos).append(' ')
                    .append(String.format("%016X", Double.doubleToRawLongBits((Double) t.value))).append(' ')
                    .append(t.extra);
            case CHAR -> sb.append("char ").append(pos).append(' ').append(t.value).append(' ')
                    .append(hex((String) t.extra));
            case SIGIL -> {
                sb.append("sigil ").append(pos).append(' ').append(t.sigilName).append(' ');
                parts(sb, t.value);
                sb.append(' ').append(t.modifiers).append(' ')
                        .append(t.indentation < 0 ? "nil" : String.valueOf(t.indentation)).append(' ')
                        .append(hex(t.delimiter));
            }
            case BIN_HEREDOC, LIST_HEREDOC -> {
                sb.append(kind).append(' ').append(pos).append(' ').append(t.indentation).append(' ');
                parts(sb, t.value);
            }
            case BIN_STRING, LIST_STRING, ATOM_SAFE, ATOM_UNSAFE, KW_IDENTIFIER_SAFE, KW_IDENTIFIER_UNSAFE -> {
                sb.append(kind).append(' ').append(pos).append(' ');
                parts(sb, t.value);
            }
            default -> {
                sb.append(kind).append(' ').append(pos).append(' ')
                        .append(t.extra instanceof Integer i ? i.toString() : "nil");
                if (!twoTuple(t.kind)) {
                    sb.append(' ').append(hex(String.valueOf(t.value)));
                }
            }
        }
    }

    private static void parts(StringBuilder sb, Object value) {
        sb.append('[');
        List<?> parts = (List<?>) value;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object p = parts.get(i);
            if (p instanceof String str) {
                sb.append("s:").append(hex(str));
            } else if (p instanceof byte[] bytes) {
                sb.append("s:").append(hex(bytes));
            } else {
                Token.Interpolation in = (Token.Interpolation) p;
                sb.append("i:").append(in.line()).append(':').append(in.column()).append('-').append(in.endLine())
                        .append(':').append(in.endColumn()).append('{');
                for (int j = 0; j < in.tokens().size(); j++) {
                    if (j > 0) {
                        sb.append(" ; ");
                    }
                    token(sb, in.tokens().get(j));
                }
                sb.append('}');
            }
        }
        sb.append(']');
    }

    static String hex(String s) {
        return hex(s.getBytes(StandardCharsets.UTF_8));
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
