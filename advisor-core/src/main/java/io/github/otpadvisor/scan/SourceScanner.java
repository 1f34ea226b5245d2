package io.github.otpadvisor.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the {@code .ex}/{@code .exs} files of a polyglot repository: Mix projects may sit anywhere,
 * umbrella apps included. Dependency, build and tool folders are never entered; a symbolic link is
 * followed only while it stays inside the root, and each real directory is listed once
 * ({@link DirectoryWalk}). An Elixir name that is not a readable regular file (a broken link, a FIFO)
 * is a {@link ScanProblem}.
 */
public final class SourceScanner {
    /** Folders that hold other people's code or build output, never the project's own sources. */
    public static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("deps", "_build", "node_modules", ".elixir_ls", "cover", ".git");

    private SourceScanner() {
    }

    /** The files, sorted by root then relative path; a file reachable twice is listed once. */
    public static ScanResult scan(ScanRequest request) {
        return scan(request, file -> {
        });
    }

    /**
     * The same, telling {@code found} of each file as the walk selects it, so that work on it can start before
     * the walk ends. A file reachable twice may be told twice (its direct path replaces the one through a link);
     * the result's list is the one that counts.
     */
    public static ScanResult scan(ScanRequest request, Consumer<SourceFile> found) {
        Selection selection = new Selection(new Globs(request.includes()), new Globs(request.excludes()),
                new Globs(request.leftToOthers()));
        Found selected = new Found(found);
        List<ScanProblem> problems = new ArrayList<>();
        for (Path root : request.roots()) {
            if (!Files.isDirectory(root)) {
                if (Files.isRegularFile(root) && isElixir(root.getFileName().toString())) {
                    selection.seen++;
                    Path parent = root.getParent() == null ? Path.of(".") : root.getParent();
                    String name = root.getFileName().toString();
                    selected.add(new SourceFile(parent, root, name,
                            display(request.repositoryRoot(), parent, name)), false, null);
                } else {
                    problems.add(new ScanProblem(root.toString(), "not a directory or an Elixir file"));
                }
                continue;
            }
            walk(root, request.repositoryRoot(), selection, request.skipToolDirectories(), selected, problems);
        }
        List<SourceFile> files = new ArrayList<>(selected.byRealPath.values().stream().map(Candidate::file).toList());
        files.sort(Comparator.comparing((SourceFile f) -> f.root().toString()).thenComparing(SourceFile::relativePath));
        return new ScanResult(files, problems, selection.seen, selection.includes.unmatched(),
                selection.excludes.unmatched());
    }

    private static void walk(Path root, Path repositoryRoot, Selection selection, boolean skipTools,
                             Found found, List<ScanProblem> problems) {
        String prefix = prefix(repositoryRoot, root);
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(ScanProblem.cannotRead(root, e));
            return;
        }
        new DirectoryWalk(root, realRoot, skipTools, f -> {
            if (selection.selects(f.relative())) {
                String display = prefix == null ? f.relative() : prefix + f.relative();
                // Below the real root and no link on the way: the walk knows the real path without asking the file
                // system for every component of it.
                found.add(new SourceFile(root, f.path(), f.relative(), display), f.viaLink(), f.real());
            }
        }, problems).run();
    }

    /** {@code relative} (below {@code root}) as a path below the repository root, when the root lies in it. */
    private static String display(Path repositoryRoot, Path root, String relative) {
        String prefix = prefix(repositoryRoot, root);
        return prefix == null ? relative : prefix + relative;
    }

    /**
     * What goes before a path below {@code root} to make it a path below the repository root: "" for the
     * repository root itself, {@code "elixir/apps/"} for a folder in it; null when there is no repository
     * root or the root lies outside it (its files keep their paths below the root).
     */
    static String prefix(Path repositoryRoot, Path root) {
        if (repositoryRoot == null) {
            return null;
        }
        Path repo = repositoryRoot.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        if (!r.startsWith(repo)) {
            return null;
        }
        String below = repo.relativize(r).toString().replace('\\', '/');
        return below.isEmpty() ? "" : below + "/";
    }

    /**
     * Which Elixir files the patterns select, counting those met outside the folders left to other runs (so a
     * run can say when its own patterns selected none of them).
     */
    private static final class Selection {
        final Globs includes;
        final Globs excludes;
        final Globs elsewhere;
        int seen;

        Selection(Globs includes, Globs excludes, Globs elsewhere) {
            this.includes = includes;
            this.excludes = excludes;
            this.elsewhere = elsewhere;
        }

        boolean selects(String relative) {
            if (elsewhere.matches(relative)) {
                return false;
            }
            seen++;
            // Both are asked about every file (no short cut), so that each pattern that matches anything is marked.
            boolean included = includes.isEmpty() || includes.matches(relative);
            boolean excluded = excludes.matches(relative);
            return included && !excluded;
        }
    }

    /** A file found, and whether a symbolic link led to it. */
    private record Candidate(SourceFile file, boolean viaLink) {
    }

    /**
     * The files selected so far, once per real file; reached both directly and through a link, a file keeps the
     * direct path, whatever order the walk met them in.
     */
    private static final class Found {
        final Map<Path, Candidate> byRealPath = new LinkedHashMap<>();
        final Consumer<SourceFile> listener;

        Found(Consumer<SourceFile> listener) {
            this.listener = listener;
        }

        /** {@code real}: the file's real path when the caller knows it already, else null. */
        void add(SourceFile file, boolean viaLink, Path real) {
            if (real == null) {
                try {
                    real = file.path().toRealPath();
                } catch (IOException e) {
                    real = file.path().toAbsolutePath().normalize();
                }
            }
            Candidate seen = byRealPath.get(real);
            if (seen == null || seen.viaLink() && !viaLink) {
                byRealPath.put(real, new Candidate(file, viaLink));
                listener.accept(file);
            }
        }
    }

    /** A dependency/build/tool folder, or a Maven {@code target/} (one beside a {@code pom.xml}). */
    static boolean isSkipped(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (SKIPPED_DIRECTORIES.contains(name)) {
            return true;
        }
        return name.equals("target") && dir.getParent() != null && Files.isRegularFile(dir.getParent().resolve("pom.xml"));
    }

    static boolean isElixir(String name) {
        return name.endsWith(".ex") || name.endsWith(".exs");
    }
}
