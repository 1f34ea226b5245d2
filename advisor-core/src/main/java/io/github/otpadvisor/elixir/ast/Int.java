package io.github.otpadvisor.elixir.ast;

import java.math.BigInteger;

/** An integer literal of any size (Elixir integers are unbounded); chars like {@code ?a} become Ints too. */
public record Int(BigInteger value) implements Quoted {
    private static final Int[] SMALL = new Int[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new Int(BigInteger.valueOf(i));
        }
    }

    public Int {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static Int of(long value) {
        return value >= 0 && value < SMALL.length ? SMALL[(int) value] : new Int(BigInteger.valueOf(value));
    }

    public static Int of(BigInteger value) {
        return value.signum() >= 0 && value.bitLength() < 9 ? of(value.longValue()) : new Int(value);
    }
}
