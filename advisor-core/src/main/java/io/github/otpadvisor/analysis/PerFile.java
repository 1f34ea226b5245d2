package io.github.otpadvisor.analysis;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import io.github.otpadvisor.facts.extract.MixProjects;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.syntax.SyntaxError;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.suppress.Suppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * The per-file stage: parse, extract facts, read the suppression comments. Files are independent here, so they
 * run on a small pool; the results come back in the scan's order whatever the thread count, so the output is the
 * same with one thread or many. Each worker drops its file's syntax tree as soon as the facts are out: memory
 * grows with the facts, not with the sources.
 */
final class PerFile {
    /** One file's facts, its parse failure or null, and its suppression comments. */
    record Result(FileFacts facts, ParseFailure failure, Suppressions suppressions) {
    }

    private PerFile() {
    }

    /** {@code includeTests}: test code is analyzed as production code too ({@link AnalysisOptions#includeTests}). */
    static List<Result> analyze(List<SourceFile> files, ElixirFrontEnd frontEnd, int threads, boolean includeTests) {
        // Which Mix application a file belongs to is settled first, on this thread: it reads mix.exs files once.
        Map<Path, MixProjects> mixProjects = new HashMap<>();
        List<String> apps = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            MixProjects projects = mixProjects.computeIfAbsent(file.root(), r -> new MixProjects(r, frontEnd));
            apps.add(projects.appFor(file.path().toAbsolutePath().normalize()));
        }
        int workers = Math.max(1, Math.min(threads, files.size()));
        if (workers == 1) {
            List<Result> out = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                out.add(alone(files.get(i), apps.get(i), frontEnd, includeTests));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemons());
        try {
            List<Future<Result>> futures = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                SourceFile file = files.get(i);
                String app = apps.get(i);
                futures.add(pool.submit(() -> one(file, app, frontEnd, includeTests)));
            }
            List<Result> out = new ArrayList<>(files.size());
            for (Future<Result> f : futures) {
                out.add(await(f));
            }
            // Out of memory beside other workers' files may be their fault: once they are all done, alone, the
            // heap is the file's own.
            for (int i = 0; i < files.size(); i++) {
                if (out.get(i) == null) {
                    out.set(i, alone(files.get(i), apps.get(i), frontEnd, includeTests));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A file's work with no other file in flight: running out of memory is then its own failure. */
    private static Result alone(SourceFile file, String app, ElixirFrontEnd frontEnd, boolean includeTests) {
        try {
            return analyzeOne(file, app, frontEnd, includeTests, false);
        } catch (OutOfMemoryError e) { // in fact extraction, after a parse that fitted: what it allocated is gone
            return analyzed(file, app, includeTests, ParseResult.failed(new SyntaxError(1, 1, "analyzing it ran out"
                    + " of memory in this JVM's heap; skipped: give the JVM more memory (-Xmx) or leave the file out")));
        }
    }

    /** The file's result beside other workers, or null when it ran out of memory (in the parse or after it). */
    private static Result one(SourceFile file, String app, ElixirFrontEnd frontEnd, boolean includeTests) {
        try {
            return analyzeOne(file, app, frontEnd, includeTests, true);
        } catch (OutOfMemoryError e) {
            return null;
        }
    }

    private static Result analyzeOne(SourceFile file, String app, ElixirFrontEnd frontEnd, boolean includeTests,
                                     boolean besideOthers) {
        ParseResult parsed = frontEnd.parseFile(file.path());
        if (besideOthers && ElixirFrontEnd.ranOutOfMemory(parsed)) {
            return null;
        }
        return analyzed(file, app, includeTests, parsed);
    }

    private static Result analyzed(SourceFile file, String app, boolean includeTests, ParseResult parsed) {
        // Test code and scripts are told by the path below the scanned root, never by the folders above it.
        boolean test = !includeTests && FileFactsExtractor.isTest(file.relativePath());
        FileFacts facts = FileFactsExtractor.extract(file.displayPath(), test,
                FileFactsExtractor.isScript(file.relativePath()), app, parsed);
        ParseFailure failure = null;
        if (!parsed.ok()) {
            SyntaxError e = parsed.error();
            failure = new ParseFailure(file.displayPath(), e.line(), e.column(), e.message());
        }
        return new Result(facts, failure,
                Suppressions.parse(file.displayPath(), parsed.comments(), RuleRegistry.ids()));
    }

    /** A worker's result; what it threw is thrown here, as if the work had run on this thread. */
    private static Result await(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analyzing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Daemon workers: a run that fails never waits for them (deep nesting is DeepStack's, on any thread). */
    private static ThreadFactory daemons() {
        return r -> {
            Thread t = new Thread(r, "otp-advisor-file");
            t.setDaemon(true);
            return t;
        };
    }
}
