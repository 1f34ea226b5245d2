package io.github.otpadvisor.elixir.ast;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a quoted form exactly as Elixir 1.14's
 * {@code inspect(term, limit: :infinity, printable_limit: :infinity)} does (not pretty, so one line):
 * {@code {:foo, [line: 1], [{:x, [line: 1], nil}, 'ab', "c\n", [do: :ok], 1.0e-5]}}.
 *
 * <p>The walk is iterative (an explicit work stack on the heap), so any depth of nesting prints
 * without deep Java recursion; memory grows with the pending work only.
 */
public final class QuotedPrinter {
    private QuotedPrinter() {
    }

    /** The inspect form of {@code term}. */
    public static String print(Quoted term) {
        StringBuilder out = new StringBuilder(256);
        appendTo(out, term);
        return out.toString();
    }

    /** Appends the inspect form of {@code term} to {@code out}. */
    public static void appendTo(StringBuilder out, Quoted term) {
        // Items are Quoted (to print), String (to append), Meta (its keyword list) or Key (a keyword key).
        List<Object> stack = new ArrayList<>();
        stack.add(term);
        while (!stack.isEmpty()) {
            Object item = stack.remove(stack.size() - 1);
            if (item instanceof String s) {
                out.append(s);
            } else if (item instanceof Quoted q) {
                appendOne(out, q, stack);
            } else if (item instanceof Key k) {
                AtomPrinter.appendKey(out, k.name);
                out.append(' ');
            } else if (item instanceof Meta m) {
                pushKeywords(out, m.entries(), stack);
            }
        }
    }

    /** A keyword key still to print (kept lazy so the stack holds no big strings). */
    private record Key(String name) {
    }

    private static void appendOne(StringBuilder out, Quoted q, List<Object> stack) {
        if (q instanceof Atom a) {
            AtomPrinter.appendLiteral(out, a.name());
        } else if (q instanceof Int i) {
            out.append(i.value());
        } else if (q instanceof Flt f) {
            FloatPrinter.append(out, f.value());
        } else if (q instanceof Str s) {
            appendString(out, s.value());
        } else if (q instanceof Bin b) {
            appendBinary(out, b.bytes());
        } else if (q instanceof QList l) {
            appendList(out, l.items(), stack);
        } else if (q instanceof Tuple t) {
            pushSequence(out, '{', t.items(), '}', stack);
        } else if (q instanceof Call c) {
            out.append('{');
            stack.add("}");
            stack.add(c.args() == null ? Atom.NIL : new QList(c.args()));
            stack.add(", ");
            stack.add(c.meta());
            stack.add(", ");
            stack.add(c.target());
        } else {
            throw new IllegalArgumentException("not a quoted term: " + q);
        }
    }

    private static void appendString(StringBuilder out, String s) {
        if (StringEscaper.isPrintable(s)) {
            out.append('"');
            StringEscaper.escape(out, s, '"');
            out.append('"');
        } else {
            StringEscaper.appendBytes(out, utf8(s));
        }
    }

    private static void appendBinary(StringBuilder out, byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            appendString(out, s); // a Bin is never valid UTF-8, but print one right if it is
        } catch (CharacterCodingException e) {
            StringEscaper.appendBytes(out, bytes);
        }
    }

    /** UTF-8 bytes; a lone surrogate (never in an Elixir string) is encoded as its three bytes. */
    private static byte[] utf8(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                bytes.write(c);
            } else if (c < 0x800) {
                bytes.write(0xC0 | (c >> 6));
                bytes.write(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                bytes.write(0xE0 | (c >> 12));
                bytes.write(0x80 | ((c >> 6) & 0x3F));
                bytes.write(0x80 | (c & 0x3F));
            } else {
                bytes.write(0xF0 | (c >> 18));
                bytes.write(0x80 | ((c >> 12) & 0x3F));
                bytes.write(0x80 | ((c >> 6) & 0x3F));
                bytes.write(0x80 | (c & 0x3F));
            }
        }
        return bytes.toByteArray();
    }

    private static void appendList(StringBuilder out, List<Quoted> items, List<Object> stack) {
        if (items.isEmpty()) {
            out.append("[]");
        } else if (StringEscaper.isAsciiPrintable(items)) {
            out.append('\'');
            StringEscaper.escapeChars(out, items, '\'');
            out.append('\'');
        } else if (isKeyword(items)) {
            out.append('[');
            stack.add("]");
            for (int i = items.size() - 1; i >= 0; i--) {
                List<Quoted> pair = ((Tuple) items.get(i)).items();
                stack.add(pair.get(1));
                stack.add(new Key(((Atom) pair.get(0)).name()));
                if (i > 0) {
                    stack.add(", ");
                }
            }
        } else {
            pushSequence(out, '[', items, ']', stack);
        }
    }

    /** {@code Inspect.List.keyword?/1}: all pairs with an atom first that does not start with {@code Elixir.}. */
    private static boolean isKeyword(List<Quoted> items) {
        for (Quoted q : items) {
            if (!(q instanceof Tuple t) || t.items().size() != 2 || !(t.items().get(0) instanceof Atom a)
                    || a.name().startsWith("Elixir.")) {
                return false;
            }
        }
        return true;
    }

    private static void pushSequence(StringBuilder out, char open, List<Quoted> items, char close,
            List<Object> stack) {
        out.append(open);
        stack.add(String.valueOf(close));
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.add(items.get(i));
            if (i > 0) {
                stack.add(", ");
            }
        }
    }

    private static void pushKeywords(StringBuilder out, List<Meta.Entry> entries, List<Object> stack) {
        if (entries.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        stack.add("]");
        for (int i = entries.size() - 1; i >= 0; i--) {
            Meta.Entry e = entries.get(i);
            stack.add(e.value());
            stack.add(new Key(e.key()));
            if (i > 0) {
                stack.add(", ");
            }
        }
    }
}
