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
    static Map<String, String> files(byte[] input) {
        List<byte[]> parts = split(input);
        Map<String, String> files = new LinkedHashMap<>(ProjectGenerator.generate(new Choices(parts.get(0))));
        for (int i = 1; i < parts.size() && i <= MAX_EXTRA_FILES; i++) {
            String part = new String(parts.get(i), StandardCharsets.UTF_8);
            int newline = part.indexOf('\n');
            String path = newline < 0 ? "" : safePath(part.substring(0, newline));
            String content = newline < 0 ? part : part.substring(newline + 1);
            files.put(path.isEmpty() ? "lib/extra_" + i + ".ex" : path, content);
        }
        return files;
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
