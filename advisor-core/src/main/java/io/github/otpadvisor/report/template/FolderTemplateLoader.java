package io.github.otpadvisor.report.template;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FreeMarker's view of a {@link TemplateFolder}: a template's source is its real path. Replaces
 * FreeMarker's {@code FileTemplateLoader}, which checks containment too but throws a
 * {@code SecurityException} that would end the run with a stack trace.
 */
final class FolderTemplateLoader implements TemplateLoader {
    private final TemplateFolder folder;

    FolderTemplateLoader(TemplateFolder folder) {
        this.folder = folder;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return folder.find(name);
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        // Like FileTemplateLoader: malformed input is replaced, not an error.
        return new InputStreamReader(Files.newInputStream((Path) source), encoding);
    }

    @Override
    public void closeTemplateSource(Object source) {
    }
}
