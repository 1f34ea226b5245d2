package io.github.otpadvisor.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One generation of reports, complete in memory: the entries it puts into the output folder, each a file
 * (its text) or a folder (its files by relative path with '/'). Its id is a digest of the content, so the
 * same reports give the same bytes, bookkeeping included.
 */
public final class OutputSet {
    /** A file ({@code folder} null) or a folder ({@code text} null). */
    record Entry(String name, String text, Map<String, String> folder) {
        boolean isFolder() {
            return folder != null;
        }
    }

    private final Map<String, Entry> entries;
    private final String id;

    private OutputSet(Map<String, Entry> entries) {
        this.entries = entries;
        this.id = digest(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The entries in the order they were added. */
    Map<String, Entry> entries() {
        return entries;
    }

    /** 16 hex digits of a SHA-256 over every name and text. */
    String id() {
        return id;
    }

    /** Adds entries; names and paths that could leave the output folder are a defect of the caller. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        public Builder file(String name, String text) {
            entries.put(checkName(name), new Entry(name, text, null));
            return this;
        }

        public Builder folder(String name, Map<String, String> files) {
            Map<String, String> sorted = new TreeMap<>();
            files.forEach((path, text) -> sorted.put(checkPath(path), text));
            entries.put(checkName(name), new Entry(name, null, sorted));
            return this;
        }

        public OutputSet build() {
            return new OutputSet(new LinkedHashMap<>(entries));
        }

        private String checkName(String name) {
            if (!name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*") || name.startsWith(Manifest.MARKER)
                    || entries.containsKey(name)) {
                throw new IllegalArgumentException("not a report name of its own: " + name);
            }
            return name;
        }
    }

    /** {@code relative} stays below the folder and is not the folder's marker. */
    static String checkPath(String relative) {
        Path root = Path.of("root");
        Path p = root.resolve(relative).normalize();
        if (relative.isEmpty() || relative.contains("\\") || Path.of(relative).isAbsolute() || !p.startsWith(root)
                || p.equals(root) || relative.equals(Manifest.MARKER)) {
            throw new IllegalArgumentException("report path outside the output folder: " + relative);
        }
        return relative;
    }

    private static String digest(Map<String, Entry> entries) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        new TreeMap<>(entries).forEach((name, entry) -> {
            update(sha, name);
            update(sha, entry.isFolder() ? "folder" : "file");
            if (entry.isFolder()) {
                entry.folder().forEach((path, text) -> {
                    update(sha, path);
                    update(sha, text);
                });
            } else {
                update(sha, entry.text());
            }
        });
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** Length first, so that no two different sequences of strings digest alike. */
    private static void update(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
