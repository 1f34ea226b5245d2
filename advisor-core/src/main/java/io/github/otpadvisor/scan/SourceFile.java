package io.github.otpadvisor.scan;

import java.nio.file.Path;

/**
 * An Elixir source found by the scanner.
 *
 * @param root         the scanned root it was found under
 * @param path         the file itself
 * @param relativePath its path below the root, always with {@code /} separators (used in output)
 */
public record SourceFile(Path root, Path path, String relativePath) {
    /** Under a {@code test/} folder: analyzed with test rules, not production rules (RULEBOOK §1). */
    public boolean isTest() {
        return relativePath.startsWith("test/") || relativePath.contains("/test/");
    }

    /** An {@code .exs} script. */
    public boolean isScript() {
        return relativePath.endsWith(".exs");
    }

    /** Under a {@code lib/} folder, where a Mix project's compiled code lives. */
    public boolean isUnderLib() {
        return relativePath.startsWith("lib/") || relativePath.contains("/lib/");
    }
}
