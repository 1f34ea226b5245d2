package io.github.otpadvisor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replaces a whole report folder at once. Every file is first written into a fresh sibling folder; only
 * when all of them are written is the old folder moved aside, the new one moved into its place and the
 * old one deleted. A run that dies while writing leaves the previous report as it was (at worst beside
 * a hidden {@code .name-new-*} staging folder). Relative paths are checked to stay inside the folder,
 * whatever the module names were.
 */
public final class ReportFolder {
    private ReportFolder() {
    }

    /** Makes {@code target} hold exactly {@code files} (relative path with '/' -> content). */
    public static void replace(Path target, Map<String, String> files) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + "-new-");
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path file = inside(staging, e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            swap(staging, dir);
        } finally {
            deleteTree(staging);
        }
    }

    /** {@code relative} resolved under {@code root}; anything that would leave it is a defect of ours. */
    static Path inside(Path root, String relative) {
        Path p = root.resolve(relative).normalize();
        if (relative.isEmpty() || relative.contains("\\") || Path.of(relative).isAbsolute() || !p.startsWith(root)
                || p.equals(root)) {
            throw new IllegalArgumentException("report path outside the output folder: " + relative);
        }
        return p;
    }

    private static void swap(Path staging, Path dir) throws IOException {
        if (!Files.exists(dir)) {
            move(staging, dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": exists and is not a folder");
        }
        Path old = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + "-old-");
        Files.delete(old); // only the unique name is wanted: the old folder is renamed to it
        move(dir, old);
        try {
            move(staging, dir);
        } catch (IOException e) {
            move(old, dir); // put the previous report back
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
