package io.github.otpadvisor.elixir.lexer;

import java.math.BigInteger;

/** Values of number literals, as {@code list_to_integer/2} and {@code list_to_float/1} give them. */
final class Numbers {
    private Numbers() {
    }

    /** Small integers are common (indexes, arities, sizes): shared instances. */
    private static final BigInteger[] SMALL = new BigInteger[1024];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigInteger.valueOf(i);
        }
    }

    /** The integer written in {@code s[from, to)} in {@code radix}, underscores skipped. */
    static BigInteger integer(char[] s, int from, int to, int radix) {
        if (radix == 10 && to - from <= 18) {
            long value = 0;
            for (int i = from; i < to; i++) {
                char c = s[i];
                if (c != '_') {
                    value = value * 10 + (c - '0');
                }
            }
            return value < SMALL.length ? SMALL[(int) value] : BigInteger.valueOf(value);
        }
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (s[i] != '_') {
                digits.append(s[i]);
            }
        }
        return new BigInteger(digits.toString(), radix);
    }

    /** The float written as {@code text}; Elixir refuses what does not fit a double ("invalid float number"). */
    static Double parseFloat(String text, int line, int col) {
        String plain = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        double value;
        try {
            value = Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            throw Lexer.error(line, col, "invalid float number " + text);
        }
        if (Double.isInfinite(value)) {
            throw Lexer.error(line, col, "invalid float number " + text);
        }
        return value;
    }
}
