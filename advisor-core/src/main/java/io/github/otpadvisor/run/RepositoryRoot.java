package io.github.otpadvisor.run;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder output paths are relative to: the top of the checkout, where code-scanning services resolve
 * SARIF locations and where a developer runs commands. Found as the nearest folder at or above the start
 * holding {@code .git} (a folder, or a file in a worktree or submodule); without one, the start itself
 * (the top-level Maven project, or the command line's current directory).
 */
public final class RepositoryRoot {
    private RepositoryRoot() {
    }

    public static Path find(Path start) {
        Path from = start.toAbsolutePath().normalize();
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return dir;
            }
        }
        return from;
    }
}
