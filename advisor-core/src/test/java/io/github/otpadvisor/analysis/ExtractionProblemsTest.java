package io.github.otpadvisor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otpadvisor.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the extraction caught and skipped reaches the run's internal errors, each named by its file. */
class ExtractionProblemsTest {
    private static FileFacts withProblems(String file, List<String> problems) {
        return new FileFacts(file, "shop", false, false, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), problems, List.of(), List.of(), false);
    }

    @Test
    void aDroppedModuleIsSaidWithItsPlace() {
        List<String> errors = Analyzer.extractionProblems(List.of(
                withProblems("lib/shop/cart.ex", List.of(
                        "lib/shop/cart.ex:3:1: module Shop.Cart only partly read: java.lang.NullPointerException")),
                withProblems("lib/shop/deep.ex", List.of("too deeply nested to analyze")),
                withProblems("lib/shop/fine.ex", List.of())));
        assertEquals(List.of(
                "lib/shop/cart.ex:3:1: module Shop.Cart only partly read: java.lang.NullPointerException",
                "lib/shop/deep.ex: too deeply nested to analyze"), errors);
    }
}
