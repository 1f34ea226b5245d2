package io.github.otpadvisor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small report sets named by a label, and what an output folder must hold to show exactly one of them. */
final class Generations {
    static final String JSON = "report.json";
    static final Map<String, JsonStamp> STAMPS = Map.of(JSON, JsonStamp.of("otp-advisor", "tool", "name"));
    static final Set<String> NAMES = Set.of(JSON, "md", "html");

    private Generations() {
    }

    static OutputSet of(String label) {
        return OutputSet.builder()
                .file(JSON, "{\"tool\": {\"name\": \"otp-advisor\"}, \"generation\": \"" + label + "\"}\n")
                .folder("md", Map.of("index.md", "# " + label + "\n", "modules/A/otp-decision.md", label + " A\n"))
                .folder("html", Map.of("index.html", "<p>" + label + "</p>\n", "modules/A.html", label + " A\n",
                        "style.css", "p {}\n"))
                .build();
    }

    static OutputFolder folder(Path dir) {
        return new OutputFolder(dir, STAMPS);
    }

    static Map<String, String> files(Path dir) throws IOException {
        return TreeText.read(dir);
    }

    /** What a folder holding exactly this generation (and nothing else but the lock file) contains. */
    static Map<String, String> expected(OutputSet set) {
        Map<String, String> files = new TreeMap<>();
        files.put(OutputLock.NAME, "");
        files.put(Manifest.MANIFEST, Manifest.manifest(set));
        set.entries().values().forEach(e -> {
            if (e.isFolder()) {
                files.put(e.name() + "/" + Manifest.MARKER, Manifest.marker(set));
                e.folder().forEach((path, text) -> files.put(e.name() + "/" + path, text));
            } else {
                files.put(e.name(), e.text());
            }
        });
        return files;
    }

    static void assertHolds(Path dir, OutputSet set) throws IOException {
        assertEquals(expected(set), files(dir));
        try (Stream<Path> list = Files.list(dir)) {
            List<String> names = new ArrayList<>(list.map(p -> p.getFileName().toString()).sorted().toList());
            assertEquals(List.of(".otp-advisor-manifest", ".otp-advisor.lock", "html", "md", JSON), names,
                    "no staging or previous entries left");
        }
    }

    /**
     * What a reader may rely on at any moment: a manifest in place names entries that are all there and all
     * of its generation (one of {@code candidates}).
     */
    static void assertManifestTellsTheTruth(Path dir, OutputSet... candidates) throws IOException {
        Path manifest = dir.resolve(Manifest.MANIFEST);
        if (!Files.exists(manifest)) {
            return;
        }
        String text = Files.readString(manifest);
        OutputSet set = Stream.of(candidates).filter(c -> Manifest.manifest(c).equals(text)).findFirst().orElse(null);
        assertNotNull(set, "a manifest of one of the generations: " + text);
        Map<String, String> expected = expected(set);
        Map<String, String> actual = files(dir);
        for (OutputSet.Entry e : set.entries().values()) {
            assertEquals(of(expected, e), of(actual, e), e.name() + " of generation " + set.id());
        }
    }

    /** The files of one entry. */
    private static Map<String, String> of(Map<String, String> files, OutputSet.Entry e) {
        Map<String, String> out = new TreeMap<>(files);
        out.keySet().removeIf(k -> e.isFolder() ? !k.startsWith(e.name() + "/") : !k.equals(e.name()));
        return out;
    }
}
