package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The start_link arities a report lists ("has start_link/2, start_link/3 only", with the first one's file:line) come
 * in order: kept as Set.copyOf keeps them, their order changed from one run of the JVM to the next, and with it two
 * reports of the same code (electric's Burn.Agents, ockam's TCP handler).
 */
class ProjectTestsOrderTest {
    @Test
    void startAritiesAreInOrderWhateverTheOrderGiven() {
        // Set.of's order depends on a seed drawn when the JVM starts, and on the set's size: one size may come out
        // sorted by chance, not every size from 2 to 9 in one JVM
        for (int n = 2; n <= 9; n++) {
            Set<Integer> given = java.util.stream.IntStream.range(0, n).boxed()
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            ProjectTests t = new ProjectTests(null, null, null, null, Set.of(), given);
            assertEquals(java.util.stream.IntStream.range(0, n).boxed().toList(), List.copyOf(t.startArities()),
                    "arities 0.." + (n - 1));
        }
    }
}
