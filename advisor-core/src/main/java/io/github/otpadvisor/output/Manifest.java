package io.github.otpadvisor.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two small texts that mark what otp-advisor wrote. The manifest ({@value #MANIFEST}) names a
 * generation and its entries, one a line, folders with a trailing '/'. The marker ({@value #MARKER}) inside
 * each report folder claims the folder and repeats the generation, so a reader can check that a folder
 * belongs to the manifest beside it.
 */
final class Manifest {
    static final String MARKER = ".otp-advisor";
    static final String MANIFEST = ".otp-advisor-manifest";
    private static final String SET = "otp-advisor report set ";
    private static final String FOLDER = "otp-advisor report folder ";
    /** Markers and manifests are a few lines; anything longer is not one of ours. */
    private static final long MAX_BYTES = 64 * 1024;

    private Manifest() {
    }

    static String manifest(OutputSet set) {
        StringBuilder text = new StringBuilder(SET).append(set.id()).append('\n');
        set.entries().values().forEach(e -> text.append(e.name()).append(e.isFolder() ? "/" : "").append('\n'));
        return text.toString();
    }

    static String marker(OutputSet set) {
        return FOLDER + set.id() + "\n"
                + "otp-advisor created this folder and replaces it as a whole on its next run: "
                + "keep no files of your own in it.\n";
    }

    /** The entry names of a manifest file, or null if it is missing or not a manifest. */
    static List<String> entries(Path manifest) throws IOException {
        List<String> lines = lines(manifest);
        if (lines.isEmpty() || !lines.get(0).startsWith(SET)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            names.add(line.endsWith("/") ? line.substring(0, line.length() - 1) : line);
        }
        return names;
    }

    /** A real folder (not a link) holding our marker file. */
    static boolean isMarkedFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<String> lines = lines(dir.resolve(MARKER));
        return !lines.isEmpty() && lines.get(0).startsWith(FOLDER);
    }

    /** The lines of a small regular file, or none. */
    private static List<String> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
            return List.of();
        }
        return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n"));
    }
}
