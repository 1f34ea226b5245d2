package io.github.otpadvisor.elixir;

import io.github.otpadvisor.elixir.ast.QuotedPrinter;
import io.github.otpadvisor.elixir.syntax.SyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the Elixir front-end fixtures live and how their expected outputs are compared.
 *
 * <p>Layout (written by the fixtures, dumps made by {@code scripts/regen-golden.sh} with Elixir 1.14):
 * {@code golden/<topic>/<name>.ex(s)} beside {@code <name>.ex(s).ast}, {@code golden-1.15/...} with
 * hand-written dumps for syntax newer than 1.14, and {@code errors/<name>.ex(s)} beside
 * {@code <name>.ex(s).err}. A dump file holds the text plus exactly one trailing newline.
 */
final class Fixtures {
    private Fixtures() {
    }

    /** {@code advisor-core/src/test/resources/elixir}: from surefire's property, else from the working directory. */
    static Path root() {
        String configured = System.getProperty("otpadvisor.fixtures");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (String candidate : List.of("src/test/resources/elixir", "advisor-core/src/test/resources/elixir")) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("src/test/resources/elixir").toAbsolutePath().normalize();
    }

    /** The repository root: five levels above the fixture root. */
    static Path repositoryRoot() {
        return root().resolve("../../../../..").normalize();
    }

    /** The {@code .ex}/{@code .exs} files under {@code dir}, sorted; empty when it does not exist. */
    static List<Path> sources(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".ex") || n.endsWith(".exs");
                    })
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sibling(Path source, String suffix) {
        return source.resolveSibling(source.getFileName() + suffix);
    }

    /** A dump file's text without its one trailing newline. */
    static String readDump(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name for reports: the path below the fixture root. */
    static String name(Path file) {
        return root().relativize(file.toAbsolutePath().normalize()).toString();
    }

    /** Our dump of a parse result, {@code null} when it failed. */
    static String dumpOf(ParseResult result) {
        if (result.ast() == null) {
            return null;
        }
        return QuotedPrinter.print(result.ast());
    }

    /**
     * {@code line:column: message} as {@code scripts/dump.exs} writes Elixir's errors. Where Elixir
     * places an error on a node and reports no column ({@code line: message}), we still know the
     * column, but compare in Elixir's form.
     */
    static String describe(SyntaxError error, String expected) {
        if (error.column() <= 0 || NO_COLUMN.matcher(expected).lookingAt()) {
            return error.line() + ": " + error.message();
        }
        return error.line() + ":" + error.column() + ": " + error.message();
    }

    private static final java.util.regex.Pattern NO_COLUMN = java.util.regex.Pattern.compile("\\d+: ");

    /** A failure message naming the first differing position with some context around it. */
    static String difference(String what, String expected, String actual) {
        int n = Math.min(expected.length(), actual.length());
        int at = 0;
        while (at < n && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 60);
        return what + ": outputs differ at character " + at + " (expected length " + expected.length()
                + ", actual length " + actual.length() + ")\n"
                + "  expected: ..." + excerpt(expected, from, at) + "\n"
                + "  actual:   ..." + excerpt(actual, from, at) + "\n"
                + " ".repeat(15 + at - from) + "^";
    }

    private static String excerpt(String s, int from, int at) {
        int to = Math.min(s.length(), at + 60);
        return from >= s.length() ? "<end>" : s.substring(from, to).replace("\n", "\u23CE") + (to < s.length() ? "..." : "");
    }
}
