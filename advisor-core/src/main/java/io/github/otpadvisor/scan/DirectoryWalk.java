package io.github.otpadvisor.scan;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks one root and visits each real directory once, whatever links lead to it: directories met
 * through a symbolic link (inside the root only) are entered after every directory reachable without
 * one, and only if no other way entered them. Links that fan out ({@code d_i/x1} and {@code d_i/x2} both
 * to {@code d_i+1}) therefore cost one visit per directory, not 2^depth, and a direct path wins over a
 * linked one. Entries are read in name order, so the walk is deterministic.
 *
 * <p>Names are never turned into text and back into paths (text may not survive the platform charset),
 * and no file is opened: a FIFO named {@code x.ex} is reported, not read.
 */
final class DirectoryWalk {
    /**
     * A directory to list: its path as walked, its path below the root, whether a link led to it, and its real path
     * when none did (the real root's, name by name: no file system call, no text).
     */
    private record Dir(Path path, String relative, boolean viaLink, Path real) {
    }

    /** A regular Elixir file found: as walked, below the root, whether a link led to it, its real path when none did. */
    record Found(Path path, String relative, boolean viaLink, Path real) {
    }

    private final Path root;
    private final Path realRoot;
    private final boolean skipTools;
    private final Consumer<Found> files;
    private final List<ScanProblem> problems;
    private final Set<Object> entered = new HashSet<>();
    private final Deque<Dir> direct = new ArrayDeque<>();
    private final Deque<Dir> linked = new ArrayDeque<>();
    private int listed;

    DirectoryWalk(Path root, Path realRoot, boolean skipTools, Consumer<Found> files, List<ScanProblem> problems) {
        this.root = root;
        this.realRoot = realRoot;
        this.skipTools = skipTools;
        this.files = files;
        this.problems = problems;
    }

    void run() {
        direct.push(new Dir(root, "", false, realRoot));
        while (!direct.isEmpty() || !linked.isEmpty()) {
            Dir d = direct.isEmpty() ? linked.pollFirst() : direct.pop();
            if (enter(d)) {
                list(d);
            }
        }
    }

    /** How many directories were listed: one per real directory. */
    int listed() {
        return listed;
    }

    /** Whether this real directory is new (by file key, else real path) and inside the root. */
    private boolean enter(Dir d) {
        try {
            BasicFileAttributes a = Files.readAttributes(d.path(), BasicFileAttributes.class);
            Path real = d.viaLink() ? d.path().toRealPath() : null;
            if (real != null && !real.startsWith(realRoot)) {
                return false;
            }
            Object key = a.fileKey() != null ? a.fileKey() : real != null ? real : d.path().toRealPath();
            return entered.add(key);
        } catch (IOException e) {
            problems.add(ScanProblem.cannotRead(d.path(), e));
            return false;
        }
    }

    private void list(Dir d) {
        listed++;
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(d.path())) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            problems.add(ScanProblem.cannotRead(d.path(), e));
            return;
        } catch (DirectoryIteratorException e) {
            problems.add(ScanProblem.cannotRead(d.path(), e.getCause()));
            return;
        }
        entries.sort(null); // by the name's bytes (or chars): the same order on every run
        List<Dir> subdirs = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String relative = d.relative().isEmpty() ? name : d.relative() + "/" + name;
            visit(entry, name, relative, d, subdirs);
        }
        for (int i = subdirs.size() - 1; i >= 0; i--) { // pushed reversed: listed in name order
            Dir sub = subdirs.get(i);
            if (sub.viaLink()) {
                linked.addLast(sub);
            } else {
                direct.push(sub);
            }
        }
    }

    private void visit(Path entry, String name, String relative, Dir in, List<Dir> subdirs) {
        boolean viaLink = in.viaLink();
        boolean elixir = SourceScanner.isElixir(name);
        BasicFileAttributes a;
        boolean link;
        try {
            a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            link = a.isSymbolicLink();
            if (link) {
                a = Files.readAttributes(entry, BasicFileAttributes.class);
            }
        } catch (NoSuchFileException e) {
            if (elixir) {
                problems.add(new ScanProblem(entry.toString(), "broken symbolic link: its target does not exist"));
            }
            return;
        } catch (IOException e) {
            if (elixir) {
                problems.add(ScanProblem.cannotRead(entry, e));
            }
            return;
        }
        if (a.isDirectory()) {
            if (!(skipTools && SourceScanner.isSkipped(entry))) {
                subdirs.add(new Dir(entry, relative, viaLink || link, real(in, entry, link)));
            }
        } else if (!elixir) {
            return;
        } else if (a.isRegularFile()) {
            if (!link || inRoot(entry)) {
                files.accept(new Found(entry, relative, viaLink || link, real(in, entry, link)));
            }
        } else {
            problems.add(new ScanProblem(entry.toString(), "not a regular file (" + kind(entry) + "): not read"));
        }
    }

    /** An entry's real path, from its directory's, when no link leads to it; else null. */
    private static Path real(Dir in, Path entry, boolean link) {
        return link || in.real() == null ? null : in.real().resolve(entry.getFileName());
    }

    private boolean inRoot(Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** What a non-regular file is, from its mode where the platform tells it. */
    private static String kind(Path p) {
        try {
            int type = ((Integer) Files.getAttribute(p, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
