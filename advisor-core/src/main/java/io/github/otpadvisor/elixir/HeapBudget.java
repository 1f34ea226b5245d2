package io.github.otpadvisor.elixir;

import io.github.otpadvisor.elixir.syntax.SyntaxError;

/**
 * Whether a source file can be parsed in this JVM's heap. Parsing holds the text, all its tokens and its
 * quoted form at once; measured per byte of source: the text's copies (file bytes, decoded text, the
 * tokenizer's chars) about 6 bytes, tokens about 13 and the quoted form about 12 on ordinary code, up to
 * 55 and 90 on code made of one-character tokens ({@code a+a+a...}). So a 50 MB file needs 1.5 GB or more,
 * and {@code --max-file-bytes 100000000} let it crash a 512 MB heap. A file whose ordinary need exceeds the
 * heap limit is refused before it is read; a denser one that still runs out is caught by
 * {@link ElixirFrontEnd}. Either way it fails alone, with this message, and the run goes on.
 */
final class HeapBudget {
    /** Heap bytes per source byte for ordinary code (6 + 13 + 12, rounded up). */
    static final long BYTES_PER_SOURCE_BYTE = 32;
    private static final long MB = 1024 * 1024;

    private HeapBudget() {
    }

    /**
     * Whether parsing {@code sourceBytes} may take more than its share of {@code maxHeap} when {@code workers}
     * files are parsed at once (a quarter of a worker's share, leaving room for denser code and the facts).
     */
    static boolean needsTheHeapAlone(long sourceBytes, long maxHeap, int workers) {
        return maxHeap != Long.MAX_VALUE && sourceBytes * BYTES_PER_SOURCE_BYTE > maxHeap / (4L * workers);
    }

    /** The failure for a file that cannot fit in {@code maxHeap}, or null when it may. */
    static SyntaxError refusal(long sourceBytes, long maxHeap) {
        if (maxHeap == Long.MAX_VALUE || sourceBytes <= maxHeap / BYTES_PER_SOURCE_BYTE) {
            return null;
        }
        return new SyntaxError(1, 1, "file is " + sourceBytes + " bytes, too large to parse in this JVM's heap of "
                + maxHeap / MB + " MB (it needs about " + sourceBytes * BYTES_PER_SOURCE_BYTE / MB + " MB); skipped: "
                + "give the JVM more memory (-Xmx) or leave the file out");
    }

    /** The words that tell {@link #exhausted} failures from the others. */
    static final String EXHAUSTED = "; parsing it " + ElixirFrontEnd.OUT_OF_MEMORY + " ";

    /** The failure for a file whose parse ran out of memory. */
    static SyntaxError exhausted(long sourceBytes, long maxHeap) {
        return new SyntaxError(1, 1, "file is " + sourceBytes + " bytes" + EXHAUSTED
                + "heap of " + maxHeap / MB + " MB; skipped: give the JVM more memory (-Xmx) or leave the file out");
    }
}
