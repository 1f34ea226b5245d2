package io.github.otpadvisor.maven;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.scan.SourceScanner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * What the analysis goals and the report hand the core: the scan (roots and globs) and the rule
 * configuration. In a reactor every module analyzes its own base directory, so a project that lists
 * modules leaves their folders out of its roots unless asked not to: each file is analyzed once.
 */
record AnalysisRequest(ScanRequest scan, AnalysisOptions options) {

    /**
     * @param sourceRoots              configured roots (relative ones against {@code basedir}); none means
     *                                 {@code basedir}
     * @param basedir                  the project's base directory
     * @param includes                 include globs below a root, none meaning every Elixir file
     * @param excludes                 exclude globs below a root
     * @param modules                  the project's {@code <modules>} entries, as written
     * @param excludeModuleDirectories whether the modules' folders are left out
     * @param ruleSeverities           the {@code ruleSeverities} parameter
     */
    static AnalysisRequest of(List<File> sourceRoots, Path basedir, List<String> includes, List<String> excludes,
                              List<String> modules, boolean excludeModuleDirectories,
                              Map<String, String> ruleSeverities) throws MojoExecutionException {
        List<Path> roots = roots(sourceRoots, basedir);
        List<String> allExcludes = new ArrayList<>(nonNull(excludes));
        if (excludeModuleDirectories) {
            allExcludes.addAll(moduleExcludes(roots, basedir, nonNull(modules)));
        }
        return new AnalysisRequest(new ScanRequest(roots, nonNull(includes), allExcludes),
                RuleSeverities.toOptions(ruleSeverities));
    }

    AnalysisResult run() {
        return new Analyzer(options).analyze(scan);
    }

    /** Whether there is any Elixir file to analyze (a walk, no parsing). */
    boolean hasSources() {
        return !SourceScanner.scan(scan).files().isEmpty();
    }

    private static List<Path> roots(List<File> sourceRoots, Path basedir) throws MojoExecutionException {
        if (sourceRoots == null || sourceRoots.isEmpty()) {
            return List.of(basedir);
        }
        List<Path> roots = new ArrayList<>();
        for (File f : sourceRoots) {
            Path root = basedir.resolve(f.toPath()).normalize();
            if (!Files.exists(root)) {
                throw new MojoExecutionException("sourceRoots: " + root + " does not exist");
            }
            roots.add(root);
        }
        return roots;
    }

    /** {@code apps/billing/**} for a module folder below a root; modules elsewhere need nothing. */
    private static List<String> moduleExcludes(List<Path> roots, Path basedir, List<String> modules) {
        List<String> globs = new ArrayList<>();
        for (String module : modules) {
            Path dir = basedir.resolve(module).normalize();
            if (Files.isRegularFile(dir)) {
                dir = dir.getParent(); // <module>sub/pom-other.xml</module> names the POM itself
            }
            for (Path root : roots) {
                Path r = root.toAbsolutePath().normalize();
                Path d = dir.toAbsolutePath().normalize();
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

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
