package io.github.otpadvisor.report.render;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a renderer produced: the content of one file (json, sarif), or the files of one folder by path
 * relative to it (md, html), sorted.
 */
public record Rendered(String file, Map<String, String> folder) {
    public Rendered {
        folder = folder == null ? null : new TreeMap<>(folder);
    }

    public static Rendered file(String content) {
        return new Rendered(content, null);
    }

    public static Rendered folder(Map<String, String> files) {
        return new Rendered(null, files);
    }

    public boolean isFolder() {
        return folder != null;
    }
}
