package io.github.otpadvisor.elixir.ast;

import java.util.Arrays;

/**
 * A binary literal that is not valid UTF-8 (only escapes such as {@code "\xFF"} make one).
 * Kept apart from {@link Str} so every Str is a real Java string.
 */
public record Bin(byte[] bytes) implements Quoted {
    public Bin {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bin b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Bin" + Arrays.toString(bytes);
    }
}
