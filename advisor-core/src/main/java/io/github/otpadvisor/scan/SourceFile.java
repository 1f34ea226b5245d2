package io.github.otpadvisor.scan;

import java.net.URI;
import java.nio.file.Path;

/**
 * An Elixir source found by the scanner.
 *
 * @param root         the scanned root it was found under
 * @param path         the file itself
 * @param relativePath its path below the root, always with {@code /} separators: what globs match and what
 *                     decides test code ({@code test/}) and scripts, whatever folder the root sits in
 * @param displayPath  its path below the repository root when it lies there, else {@link #relativePath}: what
 *                     every output shows (console, reports, SARIF), so code scanning can place it in the checkout
 */
public record SourceFile(Path root, Path path, String relativePath, String displayPath) {
    /** A file shown by its path below the scanned root (no repository root known). */
    public SourceFile(Path root, Path path, String relativePath) {
        this(root, path, relativePath, relativePath);
    }

    /** Under a {@code test/} folder: analyzed with test rules, not production rules (RULEBOOK §1). */
    public boolean isTest() {
        return relativePath.startsWith("test/") || relativePath.contains("/test/");
    }

    /** An {@code .exs} script. */
    public boolean isScript() {
        return relativePath.endsWith(".exs");
    }

    /**
     * Where a file made from this one goes: {@code dir/<relative path><suffix>}, absolute. Built from the
     * path's own bytes, never from {@link #relativePath}: that text is lossy when the platform charset
     * cannot decode a name ({@code café.ex} under {@code LC_ALL=C}), and would not make a path again.
     *
     * @param suffix ASCII letters, digits and dots ({@code .ast})
     */
    public Path derived(Path dir, String suffix) {
        // A file URI escapes every byte it cannot spell, so appending to it keeps the name's bytes.
        String uri = dir.toAbsolutePath().resolve(root.relativize(path)).toUri().toString();
        return Path.of(URI.create((uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri) + suffix));
    }

    /** Under a {@code lib/} folder, where a Mix project's compiled code lives. */
    public boolean isUnderLib() {
        return relativePath.startsWith("lib/") || relativePath.contains("/lib/");
    }
}
