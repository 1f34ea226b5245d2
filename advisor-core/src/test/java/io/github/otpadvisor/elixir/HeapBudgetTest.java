package io.github.otpadvisor.elixir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HeapBudgetTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aFileFitsUpToAThirtySecondOfTheHeap() {
        assertNull(HeapBudget.refusal(16 * MB, 512 * MB));
        assertEquals("file is 50000000 bytes, too large to parse in this JVM's heap of 512 MB (it needs about 1525 MB);"
                        + " skipped: give the JVM more memory (-Xmx) or leave the file out",
                HeapBudget.refusal(50_000_000, 512 * MB).message());
        assertEquals(1, HeapBudget.refusal(16 * MB + 1, 512 * MB).line());
        assertNull(HeapBudget.refusal(Long.MAX_VALUE / 2, Long.MAX_VALUE), "no heap limit: try");
    }

    @Test
    void anErrorOnTheLargeStackIsRethrownOnTheCallersThread() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        boolean[] first = {true};
        OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> DeepStack.run(() -> {
            if (first[0]) {
                first[0] = false;
                throw new StackOverflowError(); // sends the work to the large stack
            }
            throw oom;
        }, () -> null));
        assertSame(oom, thrown);
    }
}
