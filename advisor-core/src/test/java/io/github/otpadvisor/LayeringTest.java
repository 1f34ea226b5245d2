package io.github.otpadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The data flows one way (DESIGN.md, "Shape"): files -> tokens -> AST -> facts -> project model ->
 * assessment -> findings -> report model -> renderers, with the run layer and the CLI on top. A package
 * may use packages of lower layers only; packages of one layer are independent of each other. Read from
 * the import lines and fully qualified names of the sources, so a new upward reference fails the build.
 */
public class LayeringTest {
    /** Lowest first; the names are relative to {@code io.github.otpadvisor}. */
    public static final List<Set<String>> LAYERS = List.of(
            Set.of("console"),
            Set.of("elixir.syntax"),
            Set.of("elixir.ast"),
            Set.of("elixir.lexer"),
            Set.of("elixir.parser"),
            Set.of("elixir"),
            Set.of("scan", "output", "facts", "decision"),
            Set.of("facts.extract", "project", "cache"),
            Set.of("assess"),
            Set.of("rules"),
            Set.of("rules.checks", "suppress"),
            Set.of("analysis"),
            Set.of("baseline", "sketch"),
            Set.of("report.template", "report.svg"),
            Set.of("report.model"),
            Set.of("report.render"),
            Set.of("report.sarif"),
            Set.of("report"),
            Set.of("run"),
            Set.of("cli"));
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.github\\.otpadvisor\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package io\\.github\\.otpadvisor\\.([\\w.]+);", Pattern.MULTILINE);

    @Test
    void everyPackageUsesOnlyLowerLayers() {
        Map<String, Integer> layerOf = layerOf();
        List<String> violations = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        references(Path.of("src/main/java")).forEach((from, targets) -> {
            Integer fromLayer = layerOf.get(from);
            if (fromLayer == null) {
                unknown.add(from);
                return;
            }
            for (String to : targets) {
                Integer toLayer = layerOf.get(to);
                if (toLayer == null) {
                    unknown.add(to);
                } else if (!to.equals(from) && toLayer >= fromLayer) {
                    violations.add(from + " -> " + to);
                }
            }
        });
        assertEquals(Set.of(), unknown, "packages missing from LAYERS: place each in the flow");
        assertEquals(List.of(), violations, "references against the layer order");
    }

    @Test
    void theDecisionModelIsPure() {
        assertEquals(Set.of(), references(Path.of("src/main/java")).getOrDefault("decision", Set.of()),
                "the decision model is also a library call on a person's answers: it uses no other package");
    }

    /** Package -> the packages of this project its sources name, itself excluded. */
    public static Map<String, Set<String>> references(Path sourceRoot) {
        Map<String, Set<String>> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher pkg = PACKAGE.matcher(text);
                if (!pkg.find()) {
                    continue;
                }
                String from = pkg.group(1);
                Set<String> targets = out.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        targets.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(out.size() > 10, "sources found under " + sourceRoot.toAbsolutePath());
        return out;
    }

    private static Map<String, Integer> layerOf() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                out.put(p, i);
            }
        }
        return out;
    }
}
