package io.github.otpadvisor.scan;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the {@code .ex}/{@code .exs} files of a polyglot repository: Mix projects may sit anywhere,
 * umbrella apps included. Dependency, build and tool folders are never entered; a symbolic link is
 * followed only while it stays inside the root, and never around a loop.
 */
public final class SourceScanner {
    /** Folders that hold other people's code or build output, never the project's own sources. */
    public static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("deps", "_build", "node_modules", ".elixir_ls", "cover", ".git");

    private SourceScanner() {
    }

    /** The files, sorted by root then relative path; a file reachable twice is listed once. */
    public static ScanResult scan(ScanRequest request) {
        Globs includes = new Globs(request.includes());
        Globs excludes = new Globs(request.excludes());
        Map<Path, SourceFile> found = new LinkedHashMap<>();
        List<ScanProblem> problems = new ArrayList<>();
        for (Path root : request.roots()) {
            if (!Files.isDirectory(root)) {
                if (Files.isRegularFile(root) && isElixir(root.getFileName().toString())) {
                    add(found, new SourceFile(root.getParent() == null ? Path.of(".") : root.getParent(),
                            root, root.getFileName().toString()));
                } else {
                    problems.add(new ScanProblem(root.toString(), "not a directory or an Elixir file"));
                }
                continue;
            }
            walk(root, includes, excludes, request.skipToolDirectories(), found, problems);
        }
        List<SourceFile> files = new ArrayList<>(found.values());
        files.sort(Comparator.comparing((SourceFile f) -> f.root().toString()).thenComparing(SourceFile::relativePath));
        return new ScanResult(files, problems);
    }

    private static void walk(Path root, Globs includes, Globs excludes, boolean skipTools,
                             Map<Path, SourceFile> found, List<ScanProblem> problems) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(new ScanProblem(root.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                            if (!dir.equals(root) && (skipTools && isSkipped(dir) || !dir.toRealPath().startsWith(realRoot))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            if (attrs.isRegularFile() && isElixir(file.getFileName().toString())
                                    && file.toRealPath().startsWith(realRoot)) {
                                String relative = relativize(root, file);
                                if ((includes.isEmpty() || includes.matches(relative)) && !excludes.matches(relative)) {
                                    add(found, new SourceFile(root, file, relative));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof FileSystemLoopException)) {
                                problems.add(new ScanProblem(file.toString(), "cannot read: " + e.getMessage()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new ScanProblem(root.toString(), "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Records a file once per real file; reached both directly and through a link, it keeps the
     * direct path, whatever order the walk met them in.
     */
    private static void add(Map<Path, SourceFile> found, SourceFile file) {
        Path real;
        try {
            real = file.path().toRealPath();
        } catch (IOException e) {
            real = file.path().toAbsolutePath().normalize();
        }
        SourceFile seen = found.get(real);
        if (seen == null || (!isDirect(seen, real) && isDirect(file, real))) {
            found.put(real, file);
        }
    }

    private static boolean isDirect(SourceFile file, Path real) {
        try {
            return file.root().toRealPath().resolve(file.relativePath()).equals(real);
        } catch (IOException e) {
            return false;
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

    private static String relativize(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
