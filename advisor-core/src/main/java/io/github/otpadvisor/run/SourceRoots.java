package io.github.otpadvisor.run;

import io.github.otpadvisor.scan.Glob;
import io.github.otpadvisor.scan.ScanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Which files a run reads: the roots (none means the base directory), the user's globs, and folders left
 * to someone else. In a Maven reactor every module analyzes its own base directory, so the aggregator
 * leaves the modules' folders out of its roots and each file is analyzed once.
 */
final class SourceRoots {
    private SourceRoots() {
    }

    static ScanRequest scan(RunRequest request) throws ConfigurationException {
        List<Path> roots = roots(request.sourceRoots(), request.baseDir());
        checkGlobs(Setting.INCLUDES, request.includes());
        checkGlobs(Setting.EXCLUDES, request.excludes());
        return new ScanRequest(roots, request.includes(), request.excludes(), true,
                excludedDirectories(roots, request.baseDir(), request.excludedDirectories()),
                repositoryRoot(request));
    }

    /** The one the user named (it must be a folder), or the one found from the base directory. */
    private static Path repositoryRoot(RunRequest request) throws ConfigurationException {
        if (request.repositoryRoot() == null) {
            return RepositoryRoot.find(request.baseDir());
        }
        Path root = resolve(request.baseDir(), request.repositoryRoot());
        if (!Files.isDirectory(root)) {
            throw new ConfigurationException(Setting.REPOSITORY_ROOT, root + " is not a folder");
        }
        return root;
    }

    /** {@code path} resolved against the base directory, never the empty path ({@code .} normalizes to it). */
    static Path resolve(Path baseDir, Path path) {
        Path resolved = baseDir.resolve(path).normalize();
        return resolved.toString().isEmpty() ? Path.of(".") : resolved;
    }

    private static List<Path> roots(List<Path> sourceRoots, Path baseDir) throws ConfigurationException {
        if (sourceRoots.isEmpty()) {
            return List.of(baseDir);
        }
        List<Path> roots = new ArrayList<>();
        for (Path p : sourceRoots) {
            Path root = resolve(baseDir, p);
            if (!Files.exists(root)) {
                throw new ConfigurationException(Setting.SOURCE_ROOTS, root + " does not exist");
            }
            roots.add(root);
        }
        return roots;
    }

    /** The scanner compiles globs lazily and would fail half-way; a bad one is the user's typo, said first. */
    private static void checkGlobs(Setting setting, List<String> globs) throws ConfigurationException {
        for (String glob : globs) {
            try {
                Glob.compile(Glob.normalize(glob));
            } catch (PatternSyntaxException e) {
                throw new ConfigurationException(setting, "'" + glob + "' is not a valid glob: "
                        + e.getDescription() + " at index " + e.getIndex());
            }
        }
    }

    /** {@code apps/billing/**} for a folder below a root; folders elsewhere need nothing. */
    private static List<String> excludedDirectories(List<Path> roots, Path baseDir, List<Path> directories) {
        List<String> globs = new ArrayList<>();
        for (Path directory : directories) {
            Path d = baseDir.resolve(directory).toAbsolutePath().normalize();
            for (Path root : roots) {
                Path r = root.toAbsolutePath().normalize();
                if (d.startsWith(r) && !d.equals(r)) {
                    globs.add(escapeGlob(r.relativize(d).toString().replace('\\', '/')) + "/**");
                }
            }
        }
        return globs;
    }

    /**
     * A folder name is literal text: glob metacharacters in it must not act as wildcards. A bracket
     * expression quotes them ({@code [*]}); a backslash would not survive, the scanner reads it as a separator.
     */
    static String escapeGlob(String path) {
        StringBuilder sb = new StringBuilder();
        for (char c : path.toCharArray()) {
            if ("*?[{".indexOf(c) >= 0) {
                sb.append('[').append(c).append(']');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
