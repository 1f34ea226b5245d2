package io.github.otpadvisor.elixir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Source in, dump out: every fixture under {@code golden/} (and {@code golden-1.15/}) must parse, and
 * its printed quoted form must equal the committed {@code <file>.ast} (Elixir's own output) exactly.
 */
class GoldenFilesTest {
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();

    @Test
    void theGoldenFixturesExist() {
        assertTrue(Files.isDirectory(Fixtures.root().resolve("golden")),
                "no fixture directory " + Fixtures.root().resolve("golden"));
        assertFalse(Fixtures.sources(Fixtures.root().resolve("golden")).isEmpty(), "no golden fixtures");
    }

    @TestFactory
    Stream<DynamicTest> golden() {
        return tests(Fixtures.sources(Fixtures.root().resolve("golden")));
    }

    /** Syntax newer than 1.14, with hand-written dumps in the 1.14 printing conventions. */
    @TestFactory
    Stream<DynamicTest> golden115() {
        return tests(Fixtures.sources(Fixtures.root().resolve("golden-1.15")));
    }

    private static Stream<DynamicTest> tests(List<Path> sources) {
        return sources.stream().map(source -> dynamicTest(Fixtures.name(source), () -> check(source)));
    }

    static void check(Path source) {
        String name = Fixtures.name(source);
        Path dump = Fixtures.sibling(source, ".ast");
        if (!Files.isRegularFile(dump)) {
            fail(name + ": no expected dump " + dump.getFileName() + " (run scripts/regen-golden.sh)");
        }
        String expected = Fixtures.readDump(dump);
        ParseResult result = FRONT_END.parse(Fixtures.read(source));
        if (!result.ok()) {
            fail(name + ": Elixir parses this file but we report " + result.error().format(name));
        }
        String actual = Fixtures.dumpOf(result);
        if (!expected.equals(actual)) {
            fail(Fixtures.difference(name, expected, actual));
        }
    }
}
