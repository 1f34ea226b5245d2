package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.DeepStack;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.ModuleRef;
import io.github.otpadvisor.facts.NameRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass one: turns one file's quoted form into {@link FileFacts}. The AST is not kept. Never throws:
 * a file that does not parse gives facts with its syntax error and no modules; a shape the
 * extractors do not know is skipped and noted in {@link FileFacts#problems()}.
 */
public final class FileFactsExtractor {
    private final Path root;
    private final ElixirFrontEnd frontEnd;
    private final MixProjects mixProjects;

    /** Files are named relative to {@code root}; their application comes from the mix.exs files under it. */
    public FileFactsExtractor(Path root) {
        this(root, new ElixirFrontEnd());
    }

    public FileFactsExtractor(Path root, ElixirFrontEnd frontEnd) {
        this.root = root.toAbsolutePath().normalize();
        this.frontEnd = frontEnd;
        this.mixProjects = new MixProjects(this.root, frontEnd);
    }

    /** Parses and reads one file under the root. */
    public FileFacts extract(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String rel = abs.startsWith(root) && !abs.equals(root) ? root.relativize(abs).toString() : abs.toString();
        rel = rel.replace('\\', '/');
        String app = mixProjects.appFor(abs);
        ParseResult r = frontEnd.parseFile(abs);
        return extract(rel, app, r);
    }

    /** Reads a parsed file; {@code file} is its path relative to the scan root. */
    public static FileFacts extract(String file, String app, ParseResult parsed) {
        return extract(file, isTest(file), isScript(file), app, parsed);
    }

    /**
     * Reads a parsed file named {@code file} in the output, whose caller decided whether it is test code or a
     * script (from its path below the scanned root: the folders above it, such as a repository's own
     * {@code test/} or {@code lib/}, have no say).
     */
    public static FileFacts extract(String file, boolean test, boolean script, String app, ParseResult parsed) {
        if (parsed == null || !parsed.ok()) {
            return FileFacts.failed(file, app, test, script, parsed == null ? null : parsed.error());
        }
        return extract(file, test, script, app, parsed.ast(), parsed.source());
    }

    /** Reads source text directly (tests, tools). */
    public static FileFacts extractSource(String file, String app, String source) {
        return extract(file, app, new ElixirFrontEnd().parse(source));
    }

    /** Reads a quoted form. */
    public static FileFacts extract(String file, String app, Quoted ast) {
        return extract(file, isTest(file), isScript(file), app, ast, null);
    }

    private static FileFacts extract(String file, boolean test, boolean script, String app, Quoted ast,
                                     String source) {
        return DeepStack.run(() -> read(file, app, test, script, ast, source), () -> {
            FileFacts f = FileFacts.failed(file, app, test, script, null);
            return new FileFacts(file, app, test, script, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of("too deeply nested to analyze"));
        });
    }

    private static FileFacts read(String file, String app, boolean test, boolean script, Quoted ast, String source) {
        Extraction x = new Extraction(file, test, script, new SourceSlices(source));
        List<ModuleFacts> modules;
        try {
            modules = x.run(ast);
        } catch (RuntimeException e) {
            x.problems.add("analysis stopped: " + e);
            modules = List.of();
        }
        List<ModuleRef> refs;
        try {
            refs = ModuleRefs.of(file, ast);
        } catch (RuntimeException e) {
            x.problems.add("module references not read: " + e);
            refs = List.of();
        }
        boolean mix = file.equals("mix.exs") || file.endsWith("/mix.exs");
        boolean noStart = mix && MixAliases.testsWithoutStart(ast);
        boolean helper = file.equals("test/test_helper.exs") || file.endsWith("/test/test_helper.exs");
        boolean startsApp = helper && MixAliases.startsApplication(ast, app);
        if (helper) {
            x.testStarts.addAll(MixAliases.helperStarts(ast, file));
        }
        return new FileFacts(file, app, test, script, null, modules, x.startSites, x.ets, dedupe(x.names), x.sends,
                x.childrenLists, new ArrayList<>(x.remoteCalls.values()), x.problems, x.testStarts, refs, noStart,
                startsApp, mix ? MixAliases.elixirRequirement(ast, file, source) : null,
                mix ? MixAliases.applicationCallback(ast, file) : null);
    }

    private static List<NameRef> dedupe(List<NameRef> names) {
        List<NameRef> out = new ArrayList<>();
        for (NameRef n : names) {
            if (n != null && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern TEST_DOUBLE =
            java.util.regex.Pattern.compile("/(mocks?|fakes?)/|[/_](mocks?|fakes?)\\.exs?$");

    /**
     * Under a {@code test/} directory, or a mock or fake kept beside production code ({@code lib/x/worker_mock.ex},
     * {@code lib/source/fake.ex}, {@code lib/mocks/}): test doubles that configuration swaps in for tests only.
     */
    public static boolean isTest(String file) {
        String f = "/" + file.replace('\\', '/');
        return f.contains("/test/") || TEST_DOUBLE.matcher(f).find();
    }

    /** A {@code .exs} file outside {@code lib/}. */
    public static boolean isScript(String file) {
        String f = "/" + file.replace('\\', '/');
        return f.endsWith(".exs") && !f.contains("/lib/");
    }
}
