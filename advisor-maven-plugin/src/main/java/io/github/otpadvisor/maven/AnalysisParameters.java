package io.github.otpadvisor.maven;

import io.github.otpadvisor.run.RunRequest;
import io.github.otpadvisor.run.RepositoryRoot;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal that analyzes shares (which files, which rules), mapped onto the run layer's
 * request: {@code analyze} and {@code baseline} through {@link AbstractAnalysisMojo}, the site report
 * directly (Maven makes a report extend another base class).
 */
final class AnalysisParameters {
    private AnalysisParameters() {
    }

    /**
     * In a project that lists {@code <modules>}, each module analyzes its own base directory, so unless
     * {@code excludeModuleDirectories} is false their folders are left out here and each file is analyzed once.
     */
    static RunRequest.Builder request(Path basedir, List<File> sourceRoots, List<String> includes,
                                      List<String> excludes, Map<String, String> ruleSeverities,
                                      MavenProject project, boolean excludeModuleDirectories, String toolVersion) {
        return RunRequest.builder(basedir)
                .sourceRoots(sourceRoots == null ? null : sourceRoots.stream().map(File::toPath).toList())
                .includes(includes)
                .excludes(excludes)
                .ruleSeverities(ruleSeverities)
                .excludedDirectories(excludeModuleDirectories
                        ? ProjectDirs.moduleDirectories(basedir, project.getModules()) : List.of())
                .toolVersion(toolVersion);
    }

    /** The configured repository root, else the nearest folder with {@code .git} at or above the reactor's root. */
    static Path repositoryRoot(File configured, MavenSession session, Path basedir) {
        return configured != null ? configured.toPath()
                : RepositoryRoot.find(ProjectDirs.topLevelBasedir(session, basedir));
    }
}
