package io.github.otpadvisor.elixir.ast;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: reads a quoted form that Elixir wrote with {@code :erlang.term_to_binary/1} into our
 * model, so the printer can be checked against Elixir on real ASTs without our parser. Handles the
 * term shapes {@code Code.string_to_quoted/1} returns (no maps, pids, funs or bitstrings).
 */
final class EtfReader {
    private final ByteBuffer in;

    private EtfReader(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes);
    }

    static Quoted read(byte[] bytes) {
        EtfReader r = new EtfReader(bytes);
        int version = r.u8();
        if (version != 131) {
            throw new IllegalArgumentException("not an external term: " + version);
        }
        return r.term();
    }

    private int u8() {
        return in.get() & 0xFF;
    }

    private int u16() {
        return in.getShort() & 0xFFFF;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    private Quoted term() {
        int tag = u8();
        switch (tag) {
            case 97: return Int.of(u8());
            case 98: return Int.of(in.getInt());
            case 70: return new Flt(in.getDouble());
            case 100: case 118: return Atom.of(new String(bytes(u16()), tag == 100 ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8));
            case 115: case 119: return Atom.of(new String(bytes(u8()), tag == 115 ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8));
            case 104: return tuple(u8());
            case 105: return tuple(in.getInt());
            case 106: return QList.EMPTY;
            case 107: {
                byte[] b = bytes(u16());
                List<Quoted> items = new ArrayList<>(b.length);
                for (byte x : b) {
                    items.add(Int.of(x & 0xFF));
                }
                return new QList(items);
            }
            case 108: {
                int n = in.getInt();
                List<Quoted> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(term());
                }
                Quoted tail = term();
                if (!(tail instanceof QList t) || !t.items().isEmpty()) {
                    throw new IllegalArgumentException("improper list");
                }
                return new QList(items);
            }
            case 109: return binary(bytes(in.getInt()));
            case 110: return big(u8());
            case 111: return big(in.getInt());
            default: throw new IllegalArgumentException("unsupported external term tag " + tag);
        }
    }

    private Quoted big(int n) {
        int sign = u8();
        byte[] little = bytes(n);
        byte[] bigEndian = new byte[n + 1];
        for (int i = 0; i < n; i++) {
            bigEndian[n - i] = little[i];
        }
        BigInteger v = new BigInteger(bigEndian);
        return Int.of(sign == 0 ? v : v.negate());
    }

    private static Quoted binary(byte[] b) {
        try {
            return new Str(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
            return new Bin(b);
        }
    }

    private Quoted tuple(int arity) {
        List<Quoted> items = new ArrayList<>(arity);
        for (int i = 0; i < arity; i++) {
            items.add(term());
        }
        if (arity == 3 && items.get(1) instanceof QList meta && isMeta(meta)
                && (items.get(2) instanceof QList || items.get(2) instanceof Atom)) {
            Meta m = meta(meta);
            if (items.get(2) instanceof QList args) {
                return new Call(items.get(0), m, args.items());
            }
            if (items.get(2) == Atom.NIL) {
                return new Call(items.get(0), m, null);
            }
        }
        return new Tuple(items);
    }

    private static boolean isMeta(QList list) {
        for (Quoted q : list.items()) {
            if (!(q instanceof Tuple t) || t.items().size() != 2 || !(t.items().get(0) instanceof Atom)) {
                return false;
            }
        }
        return true;
    }

    /** Elixir's {@code [extra..., line: L]} as a Meta; refuses shapes Meta cannot print the same way. */
    private static Meta meta(QList list) {
        List<Quoted> entries = list.items();
        int n = entries.size();
        Meta m;
        int extras;
        Tuple last = n == 0 ? null : (Tuple) entries.get(n - 1);
        if (last != null && ((Atom) last.items().get(0)).name().equals("line") && last.items().get(1) instanceof Int l) {
            m = Meta.at(l.value().intValue(), 1);
            extras = n - 1;
        } else {
            m = Meta.silentAt(0, 0);
            extras = n;
        }
        for (int i = extras - 1; i >= 0; i--) {
            Tuple t = (Tuple) entries.get(i);
            m = m.with(((Atom) t.items().get(0)).name(), t.items().get(1));
        }
        return m;
    }
}
