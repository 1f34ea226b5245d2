package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sketch of every case parses with our Elixir front end, is deterministic, can sit inside a
 * Markdown fence and is laid out without trailing whitespace or a final newline.
 */
class SketchParseTest {
    private static final ElixirFrontEnd PARSER = new ElixirFrontEnd();

    @TestFactory
    Stream<DynamicTest> everySketchParsesWithOurFrontEnd() {
        return SketchCases.all().stream().map(c -> dynamicTest(c.name(), () -> {
            for (SketchCases.Sketch kind : SketchCases.Sketch.values()) {
                String sketch = kind.render(c.input());
                if (sketch == null) {
                    assertEquals(SketchCases.Sketch.CHILDREN, kind, "only the children entry may be absent");
                    assertEquals(SketchPlan.Shape.FUNCTIONS, new SketchPlan(c.input()).shape, "only for Functions");
                    continue;
                }
                ParseResult r = PARSER.parse(sketch);
                assertTrue(r.ok(), () -> kind + " does not parse: " + r.error() + "\n" + sketch);
                assertEquals(sketch, kind.render(c.input()), "deterministic");
                assertFalse(sketch.contains("```"), () -> kind + " contains a Markdown fence:\n" + sketch);
                assertFalse(sketch.endsWith("\n"), "no final newline");
                assertFalse(sketch.contains("\r") || sketch.contains("\t"), "only spaces and \\n");
                for (String line : sketch.split("\n", -1)) {
                    assertEquals(line.stripTrailing(), line, () -> "trailing whitespace in: " + line);
                }
            }
        }));
    }

    @Test
    void everyPatternHasEverySketchKind() {
        Set<Pattern> seen = EnumSet.noneOf(Pattern.class);
        for (SketchCases.Case c : SketchCases.all()) {
            Pattern p = c.input().decision().abstraction();
            seen.add(p);
            assertNotNull(ElixirSketches.implementation(c.input()));
            assertNotNull(ElixirSketches.testSketch(c.input()));
            if (new SketchPlan(c.input()).shape != SketchPlan.Shape.FUNCTIONS) {
                assertNotNull(ElixirSketches.childrenEntry(c.input()), c.name());
            }
        }
        assertEquals(EnumSet.copyOf(Arrays.stream(Pattern.values()).filter(Pattern::isAbstraction).toList()), seen);
    }

    @Test
    void functionsHaveNoChildrenEntry() {
        SketchInput in = SketchInput.forFeature("Price maths",
                SketchCases.decision(Pattern.FUNCTIONS, null));
        assertNull(ElixirSketches.childrenEntry(in));
        assertFalse(ElixirSketches.testSketch(in).contains("start_supervised!"));
    }

    @Test
    void hostileModuleNamesBecomeQuotedAtoms() {
        SketchInput in = SketchInput.forFeature("x", SketchCases.decision(Pattern.GENSERVER,
                Placement.STATIC_CHILD));
        SketchInput hostile = new SketchInput(":<script>\"`\n```#{x}", in.decision(), Pattern.GENSERVER,
                in.operations(), null, null, "MyApp", null, null, null, null, null, null, List.of(), List.of(),
                null, null);
        String impl = ElixirSketches.implementation(hostile);
        assertTrue(impl.startsWith("defmodule :\"<script>\\\"\\x60\\n\\x60\\x60\\x60\\#{x}\" do\n"), impl);
        assertTrue(ElixirSketches.testSketch(hostile)
                .startsWith("defmodule :\"<script>\\\"\\x60\\n\\x60\\x60\\x60\\#{x}Test\" do\n"));
        assertTrue(ElixirSketches.childrenEntry(hostile).contains("{:\"<script>\\\"\\x60\\n\\x60\\x60\\x60\\#{x}\", []}"));
        for (SketchCases.Sketch kind : SketchCases.Sketch.values()) {
            String s = kind.render(hostile);
            assertTrue(PARSER.parse(s).ok(), s);
            assertFalse(s.contains("```"));
        }
    }

    @Test
    void invalidOperationNamesAreLeftOut() {
        SketchCases.Case c = SketchCases.all().stream()
                .filter(x -> x.name().startsWith("hostile :plain_atom: GenServer (placement static child)"))
                .findFirst().orElseThrow();
        String impl = ElixirSketches.implementation(c.input());
        assertTrue(impl.contains("defmodule :plain_atom do"), impl);
        assertTrue(impl.contains("  def get(key) do"), impl);
        assertTrue(impl.contains("  def put(x, value) do"), impl); // a repeated name gets the default
        assertTrue(impl.contains("  def valid?(key) do"), impl); // so does a reserved word
        assertTrue(impl.contains("  def handle_cast({:valid?, key}, state) do"), impl);
        assertFalse(impl.contains("def do"), impl);
        assertFalse(impl.contains("def end"), impl);
        assertFalse(impl.contains("_hidden"), impl);
        assertEquals(1, impl.split("def start_link", -1).length - 1, impl);
    }
}
