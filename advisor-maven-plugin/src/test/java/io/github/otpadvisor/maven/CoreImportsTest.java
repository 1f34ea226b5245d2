package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The goals are thin adapters over the core's run layer: they reach the core only through it and the
 * result types it hands back, never its internals (front end, scanner, suppressions, rule classes,
 * baseline files, output helpers), so the command line and the goals cannot drift apart. {@code console}
 * is the line escaping both consoles share.
 */
class CoreImportsTest {
    private static final Set<String> ALLOWED = Set.of("run", "analysis", "rules", "report", "report.model",
            "decision", "console");
    /** A core type named anywhere, imported or written out: the package is what precedes the class name. */
    private static final Pattern CORE_TYPE = Pattern.compile("io\\.github\\.otpadvisor\\.((?:[a-z][a-z0-9]*\\.)+)[A-Z]");

    @Test
    void thePluginUsesOnlyTheRunLayerAndTheResultTypes() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CORE_TYPE.matcher(Files.readString(file));
                while (m.find()) {
                    String pkg = m.group(1).substring(0, m.group(1).length() - 1);
                    if (!pkg.equals("maven")) {
                        used.add(pkg);
                    }
                }
            }
        }
        assertTrue(used.contains("run"), "the goals run through the run layer: " + used);
        assertEquals(Set.of(), difference(used, ALLOWED), "core packages the plugin must not use");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
