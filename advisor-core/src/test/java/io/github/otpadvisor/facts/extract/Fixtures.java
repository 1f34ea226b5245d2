package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.scan.SourceScanner;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the fixture projects under src/test/resources/facts once per JVM. */
public final class Fixtures {
    private static final Map<String, ProjectFacts> PROJECTS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    public static Path root(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/facts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProjectFacts project(String name) {
        return PROJECTS.computeIfAbsent(name, n -> {
            Path root = root(n);
            FileFactsExtractor x = new FileFactsExtractor(root);
            List<FileFacts> files = new ArrayList<>();
            for (SourceFile f : SourceScanner.scan(ScanRequest.of(root)).files()) {
                files.add(x.extract(f.path()));
            }
            return ProjectFacts.link(files);
        });
    }

    public static ProjectFacts umbrella() {
        return project("umbrella");
    }

    public static FileFacts file(String rel) {
        return umbrella().files().stream().filter(f -> f.file().equals(rel)).findFirst()
                .orElseThrow(() -> new AssertionError("no fixture file " + rel));
    }

    public static ModuleFacts module(String name) {
        return umbrella().module(name).orElseThrow(() -> new AssertionError("no module " + name));
    }

    public static ProcessModule process(String name) {
        return umbrella().processModule(name).orElseThrow(() -> new AssertionError("no process module " + name));
    }
}
