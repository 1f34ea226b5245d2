package io.github.otpadvisor.elixir.lexer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, readable rendering of tokens for assertions: {@code kind[:value][(extra)]@line:col},
 * space separated, EOF omitted. Parts of strings render as {@code [text|#{tokens}@l:c-l:c]}.
 */
final class TokenText {
    private TokenText() {
    }

    static String of(String source) {
        return of(Tokenizer.tokenize(source));
    }

    static String of(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind != TokenKind.EOF).map(TokenText::token)
                .collect(Collectors.joining(" "));
    }

    static String token(Token t) {
        StringBuilder sb = new StringBuilder(TokenDump.name(t.kind));
        if (t.kind == TokenKind.SIGIL) {
            sb.append(":~").append(t.sigilName).append(t.delimiter).append(parts(t.value)).append(t.modifiers);
            if (t.indentation >= 0) {
                sb.append("/indent=").append(t.indentation);
            }
        } else if (t.value instanceof List<?>) {
            sb.append(':').append(parts(t.value));
            if (t.indentation >= 0) {
                sb.append("/indent=").append(t.indentation);
            }
        } else if (t.value != null) {
            sb.append(':').append(t.value);
        }
        if (t.extra instanceof Integer count) {
            sb.append('(').append(count).append(')');
        }
        return sb.append('@').append(t.line).append(':').append(t.column).toString();
    }

    private static String parts(Object value) {
        StringBuilder sb = new StringBuilder("[");
        List<?> parts = (List<?>) value;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            Object p = parts.get(i);
            if (p instanceof String s) {
                sb.append(s);
            } else if (p instanceof byte[] b) {
                sb.append("bytes:").append(TokenDump.hex(b));
            } else {
                Token.Interpolation in = (Token.Interpolation) p;
                sb.append("#{").append(of(in.tokens())).append("}@").append(in.line()).append(':')
                        .append(in.column()).append('-').append(in.endLine()).append(':').append(in.endColumn());
            }
        }
        return sb.append(']').toString();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
