package io.github.otpadvisor.fuzz;

import java.util.List;

/**
 * The fuzzer's bytes read as a sequence of small choices, one byte each, so that a mutated byte
 * changes one decision of the generated project. Past the end every choice is the first option.
 */
final class Choices {
    private final byte[] bytes;
    private int at;

    Choices(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A number in {@code [0, bound)}. */
    int next(int bound) {
        return at < bytes.length ? (bytes[at++] & 0xFF) % bound : 0;
    }

    /** True one time in {@code n} (for bytes spread evenly); false once the bytes are used up. */
    boolean oneIn(int n) {
        return at < bytes.length && next(n) == n - 1;
    }

    <T> T pick(List<T> options) {
        return options.get(next(options.size()));
    }
}
