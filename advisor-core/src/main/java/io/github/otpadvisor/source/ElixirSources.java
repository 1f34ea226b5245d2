package io.github.otpadvisor.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Elixir sources ({@code .ex}, {@code .exs}) named by a path: the file itself, or every
 * such file below a directory, in a stable order. Symbolic links are not followed, so a link can
 * neither lead outside the tree nor around a loop.
 */
public final class ElixirSources {
    private ElixirSources() {
    }

    public static boolean isElixirFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".ex") || name.endsWith(".exs");
    }

    /** The Elixir files at or below {@code root}, sorted by path. */
    public static List<Path> under(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return isElixirFile(root) ? List.of(root) : List.of();
        }
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isElixirFile(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable entries are skipped, not fatal
            }
        });
        found.sort(null);
        return found;
    }
}
