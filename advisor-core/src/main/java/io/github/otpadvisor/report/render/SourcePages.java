package io.github.otpadvisor.report.render;

import io.github.otpadvisor.report.model.FindingView;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.Slugs;
import io.github.otpadvisor.report.model.SourceLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pages that show the source of each file with findings, as JXR does for Java: every line numbered and anchored
 * ({@code source/<slug>.html#L12}), flagged lines marked with their findings, so every location in the report is
 * a link to the code. Page names are slugs of the path, never the path itself. A file that cannot be read any
 * more, or is larger than {@link #MAX_BYTES}, gets no page and its locations stay plain text.
 */
public final class SourcePages {
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** A file with findings and its lines, under the page name it gets. */
    record Page(String file, String slug, List<SourceLine> lines) {
    }

    private final Map<String, Page> byFile = new LinkedHashMap<>();

    private SourcePages() {
    }

    /** The pages for {@code model}'s findings, reading each file through {@code files} (null: no pages). */
    public static SourcePages of(ReportModel model, Function<String, Path> files) {
        SourcePages pages = new SourcePages();
        if (files == null) {
            return pages;
        }
        Map<String, List<FindingView>> byFile = new TreeMap<>();
        for (FindingView f : model.findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        Slugs slugs = new Slugs();
        byFile.forEach((file, findings) -> {
            List<String> text = read(files.apply(file));
            if (text != null) {
                pages.byFile.put(file, new Page(file, slugs.next(file.replace('/', '.')), lines(text, findings)));
            }
        });
        return pages;
    }

    /** File name in the output -> page slug ({@code source/<slug>.html}), for location links. */
    public Map<String, String> slugs() {
        Map<String, String> slugs = new TreeMap<>();
        byFile.forEach((file, page) -> slugs.put(file, page.slug()));
        return slugs;
    }

    List<Page> pages() {
        return List.copyOf(byFile.values());
    }

    private static List<SourceLine> lines(List<String> text, List<FindingView> findings) {
        Map<Integer, List<FindingView>> at = new TreeMap<>();
        findings.forEach(f -> at.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f));
        List<SourceLine> lines = new ArrayList<>(text.size());
        for (int i = 0; i < text.size(); i++) {
            lines.add(new SourceLine(i + 1, text.get(i), at.getOrDefault(i + 1, List.of())));
        }
        return lines;
    }

    /** The file's lines (bad bytes as U+FFFD), or null when it is gone, unreadable or too large to show. */
    private static List<String> read(Path path) {
        try {
            if (path == null || !Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                return null;
            }
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
