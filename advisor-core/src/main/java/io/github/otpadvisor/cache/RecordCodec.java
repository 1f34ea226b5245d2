package io.github.otpadvisor.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of a tree of records, read from the records' own declarations: components in
 * declaration order, enums by ordinal, strings once per value (later uses point back), lists, sets and maps
 * with their iteration order kept. Values are rebuilt through the canonical constructors, so every check and
 * copy a record makes on construction is made again.
 *
 * <p>{@link #schema()} describes every record, component and enum constant reachable from the root: a fact
 * record that gains, loses, renames or retypes a component, or an enum that changes its constants, changes the
 * schema, and a cache written with the old one is not read. A type it cannot write faithfully (an array, an
 * interface, an {@code Object}) is refused when the codec is made, not when a value turns up.
 */
final class RecordCodec<T extends Record> {
    private final Class<T> type;
    private final Node root;
    private final String schema;

    private RecordCodec(Class<T> type) {
        this.type = type;
        Map<Class<?>, RecordNode> records = new HashMap<>();
        this.root = node(type, records);
        StringBuilder text = new StringBuilder();
        root.describe(text, new HashSet<>());
        this.schema = sha256(text.toString());
    }

    static <T extends Record> RecordCodec<T> of(Class<T> type) {
        return new RecordCodec<>(type);
    }

    /** A digest of the shapes this codec reads and writes. */
    String schema() {
        return schema;
    }

    byte[] encode(T value) {
        Writer w = new Writer();
        root.write(w, value);
        return w.out.toByteArray();
    }

    /** Reads back what {@link #encode} wrote; anything else throws {@link CacheFormatException}. */
    T decode(byte[] bytes, int from, int to) {
        Reader r = new Reader(new Bytes.In(bytes, from, to));
        Object value = root.read(r);
        if (!r.in.atEnd()) {
            throw new CacheFormatException("trailing bytes after a value");
        }
        if (!type.isInstance(value)) {
            throw new CacheFormatException("no value");
        }
        return type.cast(value);
    }

    private static final class Writer {
        final Bytes.Out out = new Bytes.Out();
        final Map<String, Integer> strings = new HashMap<>();
    }

    private static final class Reader {
        final Bytes.In in;
        final List<String> strings = new ArrayList<>();

        Reader(Bytes.In in) {
            this.in = in;
        }
    }

    private interface Node {
        void write(Writer w, Object v);

        Object read(Reader r);

        void describe(StringBuilder out, Set<Class<?>> seen);
    }

    private static Node node(Type t, Map<Class<?>, RecordNode> records) {
        if (t instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return node(w.getUpperBounds()[0], records);
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return new ListNode(node(args[0], records), false);
            }
            if (raw == Set.class) {
                return new ListNode(node(args[0], records), true);
            }
            if (raw == Map.class) {
                return new MapNode(node(args[0], records), node(args[1], records));
            }
        }
        if (t instanceof Class<?> c) {
            if (c == boolean.class || c == Boolean.class) {
                return new Scalar(c, "Z");
            }
            if (c == int.class || c == Integer.class) {
                return new Scalar(c, "I");
            }
            if (c == long.class || c == Long.class) {
                return new Scalar(c, "J");
            }
            if (c == String.class) {
                return new StringNode();
            }
            if (c.isEnum()) {
                return new EnumNode(c);
            }
            if (c.isRecord()) {
                RecordNode known = records.get(c);
                if (known != null) {
                    return known; // a record that holds its own kind (a module's template, a message's elements)
                }
                RecordNode n = new RecordNode(c);
                records.put(c, n);
                n.resolve(records);
                return n;
            }
        }
        throw new IllegalArgumentException("the facts cache cannot store a " + t.getTypeName());
    }

    /** Booleans, ints and longs; the boxed kinds carry a presence byte. */
    private static final class Scalar implements Node {
        private final Class<?> type;
        private final String code;
        private final boolean boxed;

        Scalar(Class<?> type, String code) {
            this.type = type;
            this.code = code;
            this.boxed = !type.isPrimitive();
        }

        @Override
        public void write(Writer w, Object v) {
            if (boxed) {
                w.out.byte1(v == null ? 0 : 1);
                if (v == null) {
                    return;
                }
            }
            switch (code) {
                case "Z" -> w.out.byte1((Boolean) v ? 1 : 0);
                case "I" -> w.out.zigzag((Integer) v);
                default -> w.out.zigzag((Long) v);
            }
        }

        @Override
        public Object read(Reader r) {
            if (boxed && presence(r) == 0) {
                return null;
            }
            return switch (code) {
                case "Z" -> switch (r.in.byte1()) {
                    case 0 -> false;
                    case 1 -> true;
                    default -> throw new CacheFormatException("not a boolean");
                };
                case "I" -> {
                    long v = r.in.zigzag();
                    if (v != (int) v) {
                        throw new CacheFormatException("not an int");
                    }
                    yield (int) v;
                }
                default -> r.in.zigzag();
            };
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> seen) {
            out.append(boxed ? type.getSimpleName() : code);
        }
    }

    /** 0 is null, 1 a new string (its UTF-8 follows), n + 2 the n-th string of this value again. */
    private static final class StringNode implements Node {
        @Override
        public void write(Writer w, Object v) {
            if (v == null) {
                w.out.varint(0);
                return;
            }
            String s = (String) v;
            Integer seen = w.strings.get(s);
            if (seen != null) {
                w.out.varint(seen + 2L);
                return;
            }
            w.strings.put(s, w.strings.size());
            w.out.varint(1);
            w.out.utf8(s);
        }

        @Override
        public Object read(Reader r) {
            long tag = r.in.varint();
            if (tag == 0) {
                return null;
            }
            if (tag == 1) {
                String s = r.in.utf8();
                r.strings.add(s);
                return s;
            }
            if (tag - 2 >= r.strings.size()) {
                throw new CacheFormatException("string reference out of range");
            }
            return r.strings.get((int) (tag - 2));
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> seen) {
            out.append('S');
        }
    }

    /** 0 is null, ordinal + 1 a constant; the schema lists the constants, so ordinals are safe. */
    private static final class EnumNode implements Node {
        private final Class<?> type;
        private final Object[] constants;

        EnumNode(Class<?> type) {
            this.type = type;
            this.constants = type.getEnumConstants();
        }

        @Override
        public void write(Writer w, Object v) {
            w.out.varint(v == null ? 0 : ((Enum<?>) v).ordinal() + 1L);
        }

        @Override
        public Object read(Reader r) {
            long tag = r.in.varint();
            if (tag == 0) {
                return null;
            }
            if (tag > constants.length) {
                throw new CacheFormatException("no constant " + (tag - 1) + " in " + type.getSimpleName());
            }
            return constants[(int) tag - 1];
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> seen) {
            out.append(type.getName());
            if (seen.add(type)) {
                out.append('[');
                for (Object c : constants) {
                    out.append(((Enum<?>) c).name()).append(',');
                }
                out.append(']');
            }
        }
    }

    /** A count + 1 (0 is null), then the elements in iteration order; read back unmodifiable, order kept. */
    private static final class ListNode implements Node {
        private final Node element;
        private final boolean set;

        ListNode(Node element, boolean set) {
            this.element = element;
            this.set = set;
        }

        @Override
        public void write(Writer w, Object v) {
            if (v == null) {
                w.out.varint(0);
                return;
            }
            Collection<?> c = (Collection<?>) v;
            w.out.varint(c.size() + 1L);
            for (Object e : c) {
                element.write(w, e);
            }
        }

        @Override
        public Object read(Reader r) {
            long n = r.in.varint();
            if (n == 0) {
                return null;
            }
            int size = count(r, n - 1);
            if (!set) {
                return list(r, size);
            }
            Set<Object> out = new LinkedHashSet<>();
            for (int i = 0; i < size; i++) {
                out.add(element.read(r));
            }
            return Collections.unmodifiableSet(out);
        }

        /** An immutable list, so that a record's {@code List.copyOf} keeps it instead of copying it again. */
        private List<Object> list(Reader r, int size) {
            Object[] out = new Object[size];
            boolean nulls = false;
            for (int i = 0; i < size; i++) {
                out[i] = element.read(r);
                nulls |= out[i] == null;
            }
            return nulls ? Collections.unmodifiableList(Arrays.asList(out)) : List.of(out);
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> seen) {
            out.append(set ? "Set<" : "List<");
            element.describe(out, seen);
            out.append('>');
        }
    }

    private static final class MapNode implements Node {
        private final Node key;
        private final Node value;

        MapNode(Node key, Node value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public void write(Writer w, Object v) {
            if (v == null) {
                w.out.varint(0);
                return;
            }
            Map<?, ?> m = (Map<?, ?>) v;
            w.out.varint(m.size() + 1L);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                key.write(w, e.getKey());
                value.write(w, e.getValue());
            }
        }

        @Override
        public Object read(Reader r) {
            long n = r.in.varint();
            if (n == 0) {
                return null;
            }
            int size = count(r, n - 1);
            Map<Object, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                Object k = key.read(r);
                out.put(k, value.read(r));
            }
            return Collections.unmodifiableMap(out);
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> seen) {
            out.append("Map<");
            key.describe(out, seen);
            out.append(',');
            value.describe(out, seen);
            out.append('>');
        }
    }

    /** A presence byte (0 null, 1 a value), then the components in declaration order. */
    private static final class RecordNode implements Node {
        private final Class<?> type;
        private Method[] accessors;
        private Node[] components;
        private String[] names;
        private Constructor<?> constructor;

        RecordNode(Class<?> type) {
            this.type = type;
        }

        void resolve(Map<Class<?>, RecordNode> records) {
            RecordComponent[] rc = type.getRecordComponents();
            accessors = new Method[rc.length];
            components = new Node[rc.length];
            names = new String[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                accessors[i] = rc[i].getAccessor();
                accessors[i].setAccessible(true);
                names[i] = rc[i].getName();
                types[i] = rc[i].getType();
                components[i] = node(rc[i].getGenericType(), records);
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("no canonical constructor in " + type.getName(), e);
            }
        }

        @Override
        public void write(Writer w, Object v) {
            if (v == null) {
                w.out.byte1(0);
                return;
            }
            w.out.byte1(1);
            for (int i = 0; i < components.length; i++) {
                Object c;
                try {
                    c = accessors[i].invoke(v);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + names[i], e);
                }
                components[i].write(w, c);
            }
        }

        @Override
        public Object read(Reader r) {
            if (presence(r) == 0) {
                return null;
            }
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = components[i].read(r);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException
                     | IllegalArgumentException e) {
                // a null where the record wants a value, say: bytes this codec did not write
                throw new CacheFormatException("cannot rebuild " + type.getSimpleName() + ": " + e);
            }
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> seen) {
            out.append(type.getName());
            if (!seen.add(type)) {
                return;
            }
            out.append('{');
            for (int i = 0; i < components.length; i++) {
                out.append(names[i]).append(':');
                components[i].describe(out, seen);
                out.append(';');
            }
            out.append('}');
        }
    }

    private static int presence(Reader r) {
        int p = r.in.byte1();
        if (p > 1) {
            throw new CacheFormatException("bad presence byte " + p);
        }
        return p;
    }

    /** A collection size from the bytes: every element takes at least one byte, so more than are left is corrupt
     *  (and a flipped byte cannot make the reader allocate gigabytes). */
    private static int count(Reader r, long n) {
        if (n > r.in.remaining()) {
            throw new CacheFormatException("count " + n + " too large");
        }
        return (int) n;
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
