package io.github.otpadvisor.analysis;

import io.github.otpadvisor.cache.CachedFile;
import io.github.otpadvisor.cache.FactsCache;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import io.github.otpadvisor.facts.extract.MixProjects;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.syntax.SyntaxError;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.suppress.Suppressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * The per-file stage: parse, extract facts, read the suppression comments. Files are independent here, so they
 * run on a small pool; the results come back in the scan's order whatever the thread count, so the output is the
 * same with one thread or many. Each worker drops its file's syntax tree as soon as the facts are out: memory
 * grows with the facts, not with the sources. With a {@link FactsCache}, a file whose bytes are those of an earlier
 * run takes its facts from there and is not parsed.
 */
final class PerFile implements AutoCloseable {
    /** One file's facts, its parse failure or null, and its suppression comments. */
    record Result(FileFacts facts, ParseFailure failure, Suppressions suppressions) {
    }

    private final ElixirFrontEnd frontEnd;
    private final int threads;
    private final boolean includeTests;
    private final FactsCache cache;
    /** Per scanned root, which Mix application its files belong to (thread-safe, each mix.exs read once). */
    private final Map<Path, MixProjects> mixProjects = new ConcurrentHashMap<>();
    /** Files whose work started before the scan was over ({@link #offer}), by file. */
    private final Map<SourceFile, Future<Result>> started = new HashMap<>();
    private ExecutorService pool;

    /**
     * A stage for one run; {@link #close} it. Its pool starts with the first file offered or asked for.
     * {@code includeTests}: test code is analyzed as production code too ({@link AnalysisOptions#includeTests}).
     */
    PerFile(ElixirFrontEnd frontEnd, int threads, boolean includeTests, FactsCache cache) {
        // The rule ids every file's suppressions are checked against, loaded here and not first in a worker: a
        // class whose initialization runs out of memory (another worker's file filling the heap) stays unusable
        // for the rest of the run.
        RuleRegistry.ids();
        this.frontEnd = frontEnd;
        this.threads = Math.max(1, threads);
        this.includeTests = includeTests;
        this.cache = cache;
    }

    static List<Result> analyze(List<SourceFile> files, ElixirFrontEnd frontEnd, int threads, boolean includeTests) {
        try (PerFile stage = new PerFile(frontEnd, threads, includeTests, FactsCache.disabled())) {
            return stage.results(files, Progress.NONE);
        }
    }

    /**
     * Starts a file's work while the scan goes on (a scan's listener): the walk of a large tree takes a tenth of a
     * cold run, during which the workers would otherwise wait. Files on a one-thread stage, large files and files
     * already started wait for {@link #results}.
     */
    void offer(SourceFile file) {
        if (threads > 1 && !started.containsKey(file) && !large(file, threads)) {
            started.put(file, pool().submit(() -> besideOthers(file)));
        }
    }

    /**
     * Every file's result, in the order of {@code files} whatever the thread count, so the output is the same with
     * one thread or many; {@code progress} hears each file. Work {@link #offer}ed for a file not in the list (a
     * path through a link that the scan replaced) is not used.
     */
    List<Result> results(List<SourceFile> files, Progress progress) {
        int total = files.size();
        if (threads == 1 || total <= 1 && started.isEmpty()) {
            List<Result> out = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                out.add(alone(files.get(i)));
                progress.filesDone(i + 1, total);
            }
            return out;
        }
        // A file large for the heap is left for later, alone: beside others it could take their heap.
        List<Future<Result>> futures = new ArrayList<>(total);
        for (SourceFile file : files) {
            Future<Result> f = started.get(file);
            futures.add(f != null ? f : large(file, threads) ? null : pool().submit(() -> besideOthers(file)));
        }
        List<Result> out = new ArrayList<>(total);
        int done = 0;
        for (Future<Result> f : futures) {
            Result r = f == null ? null : await(f);
            out.add(r);
            if (r != null) {
                progress.filesDone(++done, total);
            }
        }
        // Those, and any that ran out of memory beside other workers' files (maybe their fault): once the
        // others are all done, alone, the heap is the file's own.
        for (int i = 0; i < total; i++) {
            if (out.get(i) == null) {
                out.set(i, alone(files.get(i)));
                progress.filesDone(++done, total);
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, daemons());
        }
        return pool;
    }

    private static boolean large(SourceFile file, int workers) {
        try {
            return ElixirFrontEnd.needsTheHeapAlone(Files.size(file.path()), workers);
        } catch (IOException e) {
            return false; // the parse reports why it cannot read the file
        }
    }

    /** A file's work with no other file in flight: running out of memory is then its own failure. */
    private Result alone(SourceFile file) {
        try {
            return one(file, false);
        } catch (OutOfMemoryError e) { // in fact extraction, after a parse that fitted: what it allocated is gone
            return result(file, appOf(file), isTest(file, includeTests), ParseResult.failed(new SyntaxError(1, 1,
                    "analyzing it " + ElixirFrontEnd.OUT_OF_MEMORY + " heap; skipped: give the JVM more memory (-Xmx)"
                            + " or leave the file out")));
        }
    }

    /** The file's result beside other workers, or null when it ran out of memory (in the parse or after it). */
    private Result besideOthers(SourceFile file) {
        try {
            return one(file, true);
        } catch (OutOfMemoryError e) {
            return null;
        }
    }

    /**
     * One file: from the cache when its bytes are the ones stored under its name and kind, else parsed (and stored
     * when it parsed). A file over the size limit or one that cannot be read takes the uncached way, which reports
     * why. Null when {@code retryable} and the parse ran out of memory.
     */
    private Result one(SourceFile file, boolean retryable) {
        String app = appOf(file);
        boolean test = isTest(file, includeTests);
        byte[] bytes = cache.enabled() ? contentWithin(file.path(), frontEnd.maxFileBytes()) : null;
        if (bytes == null) {
            ParseResult parsed = frontEnd.parseFile(file.path());
            return retryable && ElixirFrontEnd.ranOutOfMemory(parsed) ? null : result(file, app, test, parsed);
        }
        // The facts carry the file's name in the output and whether it is test code: both are part of the key.
        String key = file.displayPath();
        byte[] hash = FactsCache.hash(bytes);
        CachedFile hit = cache.get(key, test, app, hash);
        if (hit != null) {
            return new Result(hit.facts(), null,
                    Suppressions.parse(file.displayPath(), hit.directives(), RuleRegistry.ids()));
        }
        ParseResult parsed = frontEnd.parse(bytes);
        if (retryable && ElixirFrontEnd.ranOutOfMemory(parsed)) {
            return null;
        }
        Result r = result(file, app, test, parsed);
        if (parsed.ok()) {
            cache.put(key, test, app, hash, new CachedFile(r.facts(),
                    parsed.comments().stream().filter(Suppressions::isDirective).toList()));
        }
        return r;
    }

    /** The Mix application {@code file} belongs to, or null. */
    private String appOf(SourceFile file) {
        MixProjects projects = mixProjects.computeIfAbsent(file.root(), r -> cache.enabled()
                ? new MixProjects(r, mix -> mixApp(mix, frontEnd, cache)) : new MixProjects(r, frontEnd));
        return projects.appFor(file.path().toAbsolutePath().normalize());
    }

    /** Test code is told by the path below the scanned root, never by the folders above it. */
    private static boolean isTest(SourceFile file, boolean includeTests) {
        return !includeTests && FileFactsExtractor.isTest(file.relativePath());
    }

    private static Result result(SourceFile file, String app, boolean test, ParseResult parsed) {
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

    /** A file's bytes when it can be read and is within the limit, else null. */
    private static byte[] contentWithin(Path path, long maxBytes) {
        try {
            return Files.size(path) > maxBytes ? null : Files.readAllBytes(path);
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
    }

    /** A mix.exs's application from the cache, else parsed and stored. */
    private static Optional<String> mixApp(Path mix, ElixirFrontEnd frontEnd, FactsCache cache) {
        byte[] bytes = contentWithin(mix, frontEnd.maxFileBytes());
        if (bytes == null) {
            return MixProjects.appOf(frontEnd.parseFile(mix));
        }
        byte[] hash = FactsCache.hash(bytes);
        Optional<String> app = cache.mixApp(hash);
        if (app == null) {
            ParseResult parsed = frontEnd.parse(bytes);
            app = MixProjects.appOf(parsed);
            if (parsed.ok()) {
                cache.putMixApp(hash, app);
            }
        }
        return app;
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
