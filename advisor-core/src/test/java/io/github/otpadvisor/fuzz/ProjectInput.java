package io.github.otpadvisor.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The whole-pipeline target's input: the bytes up to the first NUL are the {@link Choices} that
 * generate a project ({@link ProjectGenerator}); each further NUL-separated part is one more file
 * given as its relative path, a newline and its content (so seeds can carry real projects).
 * Paths are confined to plain ASCII names below the project: the fuzzer explores Elixir and
 * project shapes, not file-system names (those are covered by the scanner's own tests).
 */
final class ProjectInput {
    private static final int MAX_EXTRA_FILES = 20;
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,40}");

    private ProjectInput() {
    }

    /** Relative path -> content of every file of the project the input describes. */
    static Map<String, byte[]> files(byte[] input) {
        List<byte[]> parts = split(input);
        Map<String, byte[]> files = new LinkedHashMap<>();
        ProjectGenerator.generate(new Choices(parts.get(0)))
                .forEach((path, source) -> files.put(path, source.getBytes(StandardCharsets.UTF_8)));
        for (int i = 1; i < parts.size() && i <= MAX_EXTRA_FILES; i++) {
            byte[] part = parts.get(i);
            int newline = indexOf(part, (byte) '\n');
            String path = newline < 0 ? "" : safePath(new String(part, 0, newline, StandardCharsets.UTF_8));
            // The content stays raw bytes: invalid UTF-8 must reach the scanner and the front end as it is.
            byte[] content = newline < 0 ? part : Arrays.copyOfRange(part, newline + 1, part.length);
            files.put(path.isEmpty() ? "lib/extra_" + i + ".ex" : path, content);
        }
        return files;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == 0) {
                parts.add(Arrays.copyOfRange(input, start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    /** The path if every segment is a plain name and it names an Elixir file, else "". */
    static String safePath(String line) {
        String path = line.strip();
        String[] segments = path.split("/", -1);
        if (segments.length > 6 || !(path.endsWith(".ex") || path.endsWith(".exs"))) {
            return "";
        }
        for (String s : segments) {
            if (!SAFE_SEGMENT.matcher(s).matches()) { // also rules out "", "." and ".."
                return "";
            }
        }
        return path;
    }
}
