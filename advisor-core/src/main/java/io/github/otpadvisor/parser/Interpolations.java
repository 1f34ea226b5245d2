package io.github.otpadvisor.parser;

import io.github.otpadvisor.ast.Atom;
import io.github.otpadvisor.ast.Bin;
import io.github.otpadvisor.ast.Call;
import io.github.otpadvisor.ast.Int;
import io.github.otpadvisor.ast.Meta;
import io.github.otpadvisor.ast.QList;
import io.github.otpadvisor.ast.Quoted;
import io.github.otpadvisor.ast.Str;
import io.github.otpadvisor.lexer.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<Quoted> out = new ArrayList<>(parts.size());
        for (Object part : parts) {
            if (part instanceof Token.Interpolation i) {
                Meta im = Meta.at(i.line(), i.column());
                out.add(new Call(new Call(Builders.DOT, im, List.of(Builders.KERNEL, Builders.TO_STRING)), im,
                        List.of(sub.parse(i.tokens()))));
            } else {
                out.add(binaryPart(part));
            }
        }
        return new Call(new Call(Builders.DOT, m, List.of(Builders.LIST, Builders.TO_CHARLIST)), m,
                List.of(new QList(out)));
    }

    static Quoted charlist(Object part) {
        List<Quoted> chars = new ArrayList<>();
        if (part instanceof String s) {
            s.codePoints().forEach(c -> chars.add(Int.of(c)));
        } else {
            for (byte b : (byte[]) part) {
                chars.add(Int.of(b & 0xFF));
            }
        }
        return new QList(chars);
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
        return new Call(new Call(Builders.DOT, m, List.of(Builders.ERLANG, op)), m,
                List.of(new Call(Builders.BITSTRING, m, stringParts(parts, sub)), Builders.UTF8));
    }

    // build_sigil/1
    static Quoted sigil(Token t, SubParser sub) {
        Meta m = Builders.meta(t);
        Meta withDelimiter = m.with("delimiter", new Str(t.delimiter));
        Meta inner = t.indentation >= 0 ? m.with("indentation", Int.of(t.indentation)) : m;
        List<Quoted> modifiers = new ArrayList<>();
        String mods = t.modifiers == null ? "" : t.modifiers;
        mods.codePoints().forEach(c -> modifiers.add(Int.of(c)));
        return new Call(Atom.of("sigil_" + t.sigilName), withDelimiter,
                List.of(new Call(Builders.BITSTRING, inner, stringParts((List<?>) t.value, sub)),
                        new QList(modifiers)));
    }

    // string_parts/1
    static List<Quoted> stringParts(List<?> parts, SubParser sub) {
        List<Quoted> out = new ArrayList<>(parts.size());
        for (Object part : parts) {
            if (part instanceof Token.Interpolation i) {
                Meta im = Meta.at(i.line(), i.column());
                Quoted form = sub.parse(i.tokens());
                Quoted toString = new Call(new Call(Builders.DOT, im, List.of(Builders.KERNEL, Builders.TO_STRING)),
                        im, List.of(form));
                out.add(new Call(Builders.TYPE, im, List.of(toString, new Call(Builders.BINARY, im, null))));
            } else {
                out.add(binaryPart(part));
            }
        }
        return out;
    }
}
