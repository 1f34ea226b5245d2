package io.github.otpadvisor.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The project's folders. Without a POM, Maven runs the goal on a stand-alone project that has no base
 * directory and leaves <code>${project.basedir}</code> in its build directory uninterpolated; the folder
 * Maven was started in stands for both.
 */
final class ProjectDirs {
    private ProjectDirs() {
    }

    static Path basedir(MavenProject project, MavenSession session) {
        return project.getBasedir() != null ? project.getBasedir().toPath()
                : Path.of(session.getExecutionRootDirectory());
    }

    /**
     * The base directory of the project the build was started on (the reactor's root), where the search for the
     * repository root starts; {@code fallback} when there is none (no POM).
     */
    static Path topLevelBasedir(MavenSession session, Path fallback) {
        MavenProject top = session.getTopLevelProject();
        return top != null && top.getBasedir() != null ? top.getBasedir().toPath() : fallback;
    }

    /** <code>${project.build.directory}</code>: {@code target/} in the base directory unless configured. */
    static Path buildDirectory(MavenProject project, MavenSession session) {
        return project.getFile() == null ? basedir(project, session).resolve("target")
                : Path.of(project.getBuild().getDirectory());
    }

    /** The folders of the {@code <modules>} entries, as written; {@code sub/pom-other.xml} names the POM itself. */
    static List<Path> moduleDirectories(Path basedir, List<String> modules) {
        return (modules == null ? List.<String>of() : modules).stream()
                .map(m -> basedir.resolve(m).normalize())
                .map(dir -> Files.isRegularFile(dir) ? dir.getParent() : dir)
                .toList();
    }

    /** A parameter's file as a path; null stays null (the parameter is unset). */
    static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
