package io.github.otpadvisor.run;

import java.nio.file.Files;
import java.nio.file.Path;

/** The user's own report templates: none means the built-in ones; a folder named must exist. */
final class TemplateDirectory {
    private TemplateDirectory() {
    }

    /** The folder resolved against the base directory, or null for the built-in templates. */
    static Path check(Path baseDir, Path configured) throws ConfigurationException {
        if (configured == null) {
            return null;
        }
        Path dir = SourceRoots.resolve(baseDir, configured);
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException(Setting.TEMPLATE_DIRECTORY, dir + " is not a folder");
        }
        return dir;
    }
}
