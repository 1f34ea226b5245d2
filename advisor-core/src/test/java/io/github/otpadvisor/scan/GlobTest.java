package io.github.otpadvisor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** Globs matched as text agree with the JDK's path matcher wherever that one can be used at all. */
class GlobTest {
    private static final List<String> GLOBS = List.of("lib/**", "**/legacy/**", "**/*.ex", "*.ex", "lib/*.ex",
            "lib/?.ex", "lib/[ab].ex", "lib/[!ab].ex", "lib/[a-c]*", "lib/[-x].ex", "lib/[x-].ex", "{lib,test}/**",
            "**/{a,b}.ex", "lib/a.ex", "a+b(c)|d^$.ex", "lib/{x,}*.exs", "apps/[*]/**", "lib/**/x.ex", "\\*.ex",
            "lib}/a,b.ex", "[[]x].ex", "[a&&b].ex", "[-].ex");
    private static final List<String> PATHS = List.of("lib/a.ex", "lib/b.ex", "lib/c.ex", "lib/d.ex", "lib/ab.ex",
            "lib/legacy/a.ex", "legacy/a.ex", "a.ex", "test/a_test.exs", "lib/x/y/x.ex", "lib/x.ex", "lib/-.ex",
            "a+b(c)|d^$.ex", "lib/x.exs", "lib/.exs", "apps/*/a.ex", "apps/x/a.ex", "*.ex", "b.ex", "lib}/a,b.ex",
            "[x].ex", "x].ex", "&.ex", "-.ex");

    @Test
    void agreesWithTheJdkMatcher() {
        for (String glob : GLOBS) {
            var jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            Glob ours = Glob.compile(glob);
            for (String path : PATHS) {
                assertEquals(jdk.matches(Path.of(path)), ours.matches(path), glob + " on " + path);
            }
        }
    }

    @Test
    void rejectsWhatTheJdkRejects() {
        for (String glob : List.of("lib/[a", "lib/{a,{b}}", "lib/{a", "[z-a].ex", "[a/b]", "x\\")) {
            assertThrows(PatternSyntaxException.class, () -> FileSystems.getDefault().getPathMatcher("glob:" + glob),
                    glob);
            assertThrows(PatternSyntaxException.class, () -> Glob.compile(glob), glob);
        }
    }

    @Test
    void matchesNamesNoPathCouldBeMadeOf() {
        // What a directory listing under LC_ALL=C gives for café.ex, and a name with a newline.
        assertTrue(Glob.compile("lib/**").matches("lib/caf\uFFFD\uFFFD.ex"));
        assertTrue(Glob.compile("**/caf?*.ex").matches("lib/caf\uFFFD\uFFFD.ex"));
        assertTrue(Glob.compile("lib/**").matches("lib/a\nb.ex"));
    }
}
