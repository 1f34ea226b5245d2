package io.github.otpadvisor.elixir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under {@code errors/} must fail to parse with exactly the {@code line:column: message}
 * Elixir 1.14 reports, as committed in {@code <file>.err}.
 *
 * <p>Elixir raises some errors that carry no position ({@code ** (UnicodeConversionError) ...} for
 * invalid UTF-8); for those only the failure itself is required, since our report adds the position.
 */
class ErrorFilesTest {
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();

    @Test
    void theErrorFixturesExist() {
        assertTrue(Files.isDirectory(Fixtures.root().resolve("errors")),
                "no fixture directory " + Fixtures.root().resolve("errors"));
        assertFalse(Fixtures.sources(Fixtures.root().resolve("errors")).isEmpty(), "no error fixtures");
    }

    @TestFactory
    Stream<DynamicTest> errors() {
        return Fixtures.sources(Fixtures.root().resolve("errors")).stream()
                .map(source -> dynamicTest(Fixtures.name(source), () -> check(source)));
    }

    private static void check(Path source) {
        String name = Fixtures.name(source);
        Path errFile = Fixtures.sibling(source, ".err");
        if (!Files.isRegularFile(errFile)) {
            fail(name + ": no expected error " + errFile.getFileName() + " (run scripts/regen-golden.sh)");
        }
        String expected = Fixtures.readDump(errFile);
        ParseResult result = FRONT_END.parse(Fixtures.read(source));
        if (result.ok()) {
            fail(name + ": Elixir reports \"" + expected + "\" but we parsed the file; our dump starts: "
                    + abbreviate(Fixtures.dumpOf(result)));
        }
        if (expected.startsWith("** (")) {
            return; // an exception without a position in Elixir; failing is what matters
        }
        String actual = Fixtures.describe(result.error(), expected);
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, Fixtures.difference(name, expected, actual));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
