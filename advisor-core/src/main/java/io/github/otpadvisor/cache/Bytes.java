package io.github.otpadvisor.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte-level vocabulary of the cache format: unsigned varints, UTF-8 strings, raw bytes. {@link Out} grows a
 * buffer; {@link In} reads one back and throws {@link CacheFormatException} for anything that runs past its end
 * or does not make sense, so a truncated or corrupt file is a value the caller can ignore, never a crash.
 */
final class Bytes {
    private Bytes() {
    }

    /** A growing byte buffer. */
    static final class Out {
        private byte[] buf = new byte[256];
        private int size;

        void byte1(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        /** Unsigned LEB128: small numbers (most lengths, lines, columns) take one byte. */
        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        /** Signed values zig-zagged, so -1 is one byte too. */
        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void raw(byte[] b) {
            raw(b, 0, b.length);
        }

        void raw(byte[] b, int from, int length) {
            ensure(length);
            System.arraycopy(b, from, buf, size, length);
            size += length;
        }

        void utf8(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            raw(b);
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }

        void writeTo(java.io.OutputStream out) throws java.io.IOException {
            out.write(buf, 0, size);
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }
    }

    /** A reader over a byte range that refuses to read past it. */
    static final class In {
        private final byte[] buf;
        private final int end;
        private int pos;

        In(byte[] buf) {
            this(buf, 0, buf.length);
        }

        In(byte[] buf, int from, int to) {
            this.buf = buf;
            this.pos = from;
            this.end = to;
        }

        int byte1() {
            need(1);
            return buf[pos++] & 0xFF;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = byte1();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new CacheFormatException("varint too long at byte " + pos);
        }

        long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        /** A count or length: never negative, never more than the bytes left could hold. */
        int length() {
            long n = varint();
            if (n < 0 || n > end - pos) {
                throw new CacheFormatException("length " + n + " past the end at byte " + pos);
            }
            return (int) n;
        }

        byte[] raw(int n) {
            need(n);
            byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return out;
        }

        /** Skips {@code n} bytes and returns where they started (the buffer is shared, not copied). */
        int skip(int n) {
            need(n);
            int at = pos;
            pos += n;
            return at;
        }

        String utf8() {
            int n = length();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        boolean atEnd() {
            return pos == end;
        }

        int remaining() {
            return end - pos;
        }

        int position() {
            return pos;
        }

        private void need(int n) {
            if (n < 0 || n > end - pos) {
                throw new CacheFormatException("truncated at byte " + pos);
            }
        }
    }
}
