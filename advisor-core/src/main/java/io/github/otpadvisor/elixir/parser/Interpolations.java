package io.github.otpadvisor.elixir.parser;

import io.github.otpadvisor.elixir.ast.Atom;
import io.github.otpadvisor.elixir.ast.Bin;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.Meta;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Str;
import io.github.otpadvisor.elixir.lexer.Token;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The interpolation-aware builders of the yrl: {@code build_bin_string}, {@code build_list_string},
 * {@code build_quoted_atom}, {@code build_sigil}, {@code string_parts}, {@code charlist_parts}.
 */
final class Interpolations {
    /** Parses the tokens of one interpolation ({@code string_tokens_parse/1}). */
    interface SubParser {
        Quoted parse(List<Token> tokens);
    }

    private static final List<Quoted> KERNEL_TO_STRING = QList.listOf(Builders.KERNEL, Builders.TO_STRING);
    private static final List<Quoted> LIST_TO_CHARLIST = QList.listOf(Builders.LIST, Builders.TO_CHARLIST);

    private Interpolations() {
    }

    private static Quoted binaryPart(Object part) {
        if (part instanceof String s) {
            return new Str(s);
        }
        return new Bin((byte[]) part);
    }

    private static boolean isSingleBinary(List<?> parts) {
        return parts.size() == 1 && !(parts.get(0) instanceof Token.Interpolation);
    }

    // build_bin_string/2 (also heredocs)
    static Quoted binString(Token t, SubParser sub) {
        List<?> parts = (List<?>) t.value;
        if (isSingleBinary(parts)) {
            return binaryPart(parts.get(0));
        }
        return new Call(Builders.BITSTRING, Builders.meta(t), stringParts(parts, sub));
    }

    // build_list_string/2 (also heredocs)
    static Quoted listString(Token t, SubParser sub) {
        List<?> parts = (List<?>) t.value;
        if (isSingleBinary(parts)) {
            return charlist(parts.get(0));
        }
        Meta m = Builders.meta(t);
        Quoted[] out = new Quoted[parts.size()];
        for (int n = 0; n < out.length; n++) {
            Object part = parts.get(n);
            if (part instanceof Token.Interpolation i) {
                Meta im = Meta.at(i.line(), i.column());
                out[n] = new Call(new Call(Builders.DOT, im, KERNEL_TO_STRING), im, QList.listOf(sub.parse(i.tokens())));
            } else {
                out[n] = binaryPart(part);
            }
        }
        return new Call(new Call(Builders.DOT, m, LIST_TO_CHARLIST), m,
                QList.listOf(new QList(QList.copyOfRange(out, 0, out.length))));
    }

    static Quoted charlist(Object part) {
        if (part instanceof String s) {
            return new QList(codePoints(s));
        }
        byte[] bytes = (byte[]) part;
        Quoted[] chars = new Quoted[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = Int.of(bytes[i] & 0xFF);
        }
        return new QList(QList.copyOfRange(chars, 0, chars.length));
    }

    /** The code points of {@code s} as Ints. */
    private static List<Quoted> codePoints(String s) {
        Quoted[] chars = new Quoted[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            chars[n++] = Int.of(c);
            i += Character.charCount(c);
        }
        return QList.copyOfRange(chars, 0, n);
    }

    // build_quoted_atom/3
    static Quoted quotedAtom(Token t, boolean safe, SubParser sub) {
        List<?> parts = (List<?>) t.value;
        if (isSingleBinary(parts)) {
            Object p = parts.get(0);
            return Atom.of(p instanceof String s ? s : new String((byte[]) p, StandardCharsets.ISO_8859_1));
        }
        Meta m = Builders.meta(t);
        Atom op = safe ? Builders.BINARY_TO_EXISTING_ATOM : Builders.BINARY_TO_ATOM;
        return new Call(new Call(Builders.DOT, m, QList.listOf(Builders.ERLANG, op)), m,
                QList.listOf(new Call(Builders.BITSTRING, m, stringParts(parts, sub)), Builders.UTF8));
    }

    // build_sigil/1
    static Quoted sigil(Token t, SubParser sub) {
        Meta m = Builders.meta(t);
        Meta withDelimiter = m.with("delimiter", new Str(t.delimiter));
        Meta inner = t.indentation >= 0 ? m.with("indentation", Int.of(t.indentation)) : m;
        List<Quoted> modifiers = t.modifiers == null ? QList.listOf() : codePoints(t.modifiers);
        return new Call(Atom.of("sigil_" + t.sigilName), withDelimiter,
                QList.listOf(new Call(Builders.BITSTRING, inner, stringParts((List<?>) t.value, sub)),
                        new QList(modifiers)));
    }

    // string_parts/1
    static List<Quoted> stringParts(List<?> parts, SubParser sub) {
        Quoted[] out = new Quoted[parts.size()];
        for (int n = 0; n < out.length; n++) {
            Object part = parts.get(n);
            if (part instanceof Token.Interpolation i) {
                Meta im = Meta.at(i.line(), i.column());
                Quoted form = sub.parse(i.tokens());
                Quoted toString = new Call(new Call(Builders.DOT, im, KERNEL_TO_STRING), im, QList.listOf(form));
                out[n] = new Call(Builders.TYPE, im, QList.listOf(toString, new Call(Builders.BINARY, im, null)));
            } else {
                out[n] = binaryPart(part);
            }
        }
        return QList.copyOfRange(out, 0, out.length);
    }
}
