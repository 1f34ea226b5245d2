package io.github.otpadvisor.report.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A user's template folder, read by real paths. A name is looked up below the folder and links are
 * followed, but what they lead to must lie inside the folder's own real path: a link that stays inside
 * works, one that leads out (to a file, or through a linked subfolder) is refused with an error rather
 * than ignored, since the user meant it as an override and would otherwise get the built-in without a
 * word. Only regular files count: a folder or a FIFO by a template's name is refused too.
 */
final class TemplateFolder {
    private final Path root;

    TemplateFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": template directory does not exist or is not a folder");
        }
        root = dir.toRealPath();
    }

    /**
     * The real path of the folder's file {@code name} ({@code html/style.css}), or null when the folder has
     * none (the built-in one is used).
     */
    Path find(String name) throws Refused {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root)) {
            throw new Refused(name, "is outside the template folder " + root);
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused(name, "is a link to a missing file");
        } catch (IOException e) {
            throw new Refused(name, "cannot be resolved: " + e.getMessage());
        }
        if (!real.startsWith(root)) {
            throw new Refused(name, "leads to " + real + ", outside the template folder " + root);
        }
        if (!Files.isRegularFile(real)) {
            throw new Refused(name, "is not a regular file");
        }
        return real;
    }

    /** A file of the folder that may not be read; the message starts with its name. */
    static final class Refused extends IOException {
        Refused(String name, String why) {
            super(name + ": " + why);
        }
    }
}
