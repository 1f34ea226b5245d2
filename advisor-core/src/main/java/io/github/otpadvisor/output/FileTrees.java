package io.github.otpadvisor.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Renames and deletions that never reach through a symbolic link into files we did not write. */
final class FileTrees {
    private FileTrees() {
    }

    /**
     * A rename: atomic where the file system allows it (always within one folder on POSIX and NTFS, where
     * it also replaces a file in place); {@code fallback} are the options of a plain move otherwise.
     */
    static void move(Path from, Path to, CopyOption... fallback) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, fallback);
        }
    }

    /**
     * Deletes {@code root} and, if it is a real folder, everything in it; a link is removed, not followed
     * (the walk does not follow links, so it visits one as a file). Iterative: any depth.
     */
    static void delete(Path root) throws IOException {
        if (!exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
