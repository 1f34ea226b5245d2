package io.github.otpadvisor.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code templateDirectory} parameter: null for the built-in templates, else a folder that must exist. */
final class Templates {
    private Templates() {
    }

    static Path directory(File configured, Path basedir) throws MojoExecutionException {
        if (configured == null) {
            return null;
        }
        Path dir = basedir.resolve(configured.toPath()).normalize();
        if (!Files.isDirectory(dir)) {
            throw new MojoExecutionException("templateDirectory " + dir + " is not a folder");
        }
        return dir;
    }
}
