package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elixir itself on every sketch of every case, in one run: {@code Code.string_to_quoted/1} accepts it
 * and {@code Code.format_string!/1} leaves it as it is (the sketches are what {@code mix format} writes;
 * {@link SketchCases#FORMAT_EXEMPT} lists the two module names where we keep quotes the formatter drops).
 * Skipped when {@code elixir} is not on PATH.
 */
class SketchesAgainstElixirTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> elixirParsesEverySketchAndFormatsItTheSame() throws Exception {
        assumeTrue(ElixirRunner.available(), "elixir is not on PATH; skipped");
        List<String> names = new ArrayList<>();
        List<String> sketches = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        for (SketchCases.Case c : SketchCases.all()) {
            for (SketchCases.Sketch kind : SketchCases.Sketch.values()) {
                String s = kind.render(c.input());
                if (s != null) {
                    names.add(c.name() + " / " + kind);
                    sketches.add(s);
                    exact.add(c.formatExact());
                }
            }
        }
        List<ElixirRunner.Verdict> verdicts = ElixirRunner.check(dir, sketches);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < sketches.size(); i++) {
            String sketch = sketches.get(i);
            ElixirRunner.Verdict v = verdicts.get(i);
            boolean formatExact = exact.get(i);
            tests.add(dynamicTest(names.get(i), () -> {
                assertTrue(v.parsed(), () -> "Elixir rejects it: " + v.parseError() + "\n" + sketch);
                if (formatExact) {
                    assertEquals(sketch, v.formatted(), "mix format would change it");
                }
            }));
        }
        return tests.stream();
    }
}
