package io.github.otpadvisor.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-written site pages with generated parts: a line {@code <!-- generated: NAME -->} is replaced by the
 * named table, a line {@code <!-- snippet: PATH#TAG -->} by the lines between {@code // tag::TAG[]} and
 * {@code // end::TAG[]} of a source file the build compiles, so code shown on a page cannot rot. An unknown
 * name, a missing file or tag fails the site build.
 */
final class PageTemplates {
    private static final Pattern DIRECTIVE = Pattern.compile("(?m)^<!-- (generated|snippet): (\\S+) -->$");

    private final Path baseDirectory;
    private final Map<String, Supplier<String>> generated;

    /**
     * @param baseDirectory snippet paths are relative to it (the module's folder)
     * @param generated     the generated parts by name
     */
    PageTemplates(Path baseDirectory, Map<String, Supplier<String>> generated) {
        this.baseDirectory = baseDirectory;
        this.generated = Map.copyOf(generated);
    }

    String expand(String template, String pageName) throws IOException {
        Matcher m = DIRECTIVE.matcher(template.replace("\r\n", "\n"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1).equals("generated") ? generated(m.group(2), pageName) : snippet(m.group(2), pageName);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.stripTrailing()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String generated(String name, String pageName) {
        Supplier<String> part = generated.get(name);
        if (part == null) {
            throw new IllegalArgumentException(pageName + ": no generated part '" + name + "' (known: "
                    + String.join(", ", generated.keySet().stream().sorted().toList()) + ")");
        }
        return part.get();
    }

    /** The tagged lines, dedented by their common indentation, in a fenced block of the file's language. */
    private String snippet(String reference, String pageName) throws IOException {
        int hash = reference.indexOf('#');
        if (hash <= 0) {
            throw new IllegalArgumentException(pageName + ": snippet '" + reference + "' needs PATH#TAG");
        }
        Path file = baseDirectory.resolve(reference.substring(0, hash));
        String tag = reference.substring(hash + 1);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(pageName + ": snippet file " + file + " does not exist");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = indexOf(lines, "// tag::" + tag + "[]", 0);
        int end = start < 0 ? -1 : indexOf(lines, "// end::" + tag + "[]", start + 1);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException(pageName + ": " + file + " has no tag::" + tag + "[] ... end::" + tag + "[]");
        }
        List<String> body = new ArrayList<>(lines.subList(start + 1, end));
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(PageTemplates::indentation).min().orElse(0);
        StringBuilder out = new StringBuilder("```" + language(file) + "\n");
        for (String line : body) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.append("```").toString();
    }

    private static int indexOf(List<String> lines, String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String language(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") ? "java" : name.endsWith(".xml") ? "xml" : "";
    }
}
