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
final class PerFile {
    /** One file's facts, its parse failure or null, and its suppression comments. */
    record Result(FileFacts facts, ParseFailure failure, Suppressions suppressions) {
    }

    private PerFile() {
    }

    static List<Result> analyze(List<SourceFile> files, ElixirFrontEnd frontEnd, int threads) {
        return analyze(files, frontEnd, threads, FactsCache.disabled(), Progress.NONE);
    }

    /** The same, taking what it can from {@code cache} and storing the rest there; {@code progress} hears each file. */
    static List<Result> analyze(List<SourceFile> files, ElixirFrontEnd frontEnd, int threads, FactsCache cache,
                                Progress progress) {
        // Which Mix application a file belongs to is settled first, on this thread: it reads mix.exs files once.
        Map<Path, MixProjects> mixProjects = new HashMap<>();
        List<String> apps = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            MixProjects projects = mixProjects.computeIfAbsent(file.root(), r -> cache.enabled()
                    ? new MixProjects(r, mix -> mixApp(mix, frontEnd, cache)) : new MixProjects(r, frontEnd));
            apps.add(projects.appFor(file.path().toAbsolutePath().normalize()));
        }
        int total = files.size();
        int workers = Math.max(1, Math.min(threads, total));
        if (workers == 1) {
            List<Result> out = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                out.add(one(files.get(i), apps.get(i), frontEnd, cache));
                progress.filesDone(i + 1, total);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemons());
        try {
            List<Future<Result>> futures = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                SourceFile file = files.get(i);
                String app = apps.get(i);
                futures.add(pool.submit(() -> one(file, app, frontEnd, cache)));
            }
            List<Result> out = new ArrayList<>(total);
            for (Future<Result> f : futures) {
                out.add(await(f));
                progress.filesDone(out.size(), total);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One file: from the cache when its bytes are the ones stored, else parsed (and stored when it parsed). A file
     * over the size limit or one that cannot be read takes the uncached way, which reports why.
     */
    private static Result one(SourceFile file, String app, ElixirFrontEnd frontEnd, FactsCache cache) {
        String rel = file.relativePath();
        byte[] bytes = cache.enabled() ? contentWithin(file.path(), frontEnd.maxFileBytes()) : null;
        if (bytes == null) {
            return result(file, app, frontEnd.parseFile(file.path()));
        }
        byte[] hash = FactsCache.hash(bytes);
        CachedFile hit = cache.get(rel, app, hash);
        if (hit != null) {
            return new Result(hit.facts(), null, Suppressions.parse(rel, hit.directives(), RuleRegistry.ids()));
        }
        ParseResult parsed = frontEnd.parse(bytes);
        Result r = result(file, app, parsed);
        if (parsed.ok()) {
            cache.put(rel, app, hash, new CachedFile(r.facts(),
                    parsed.comments().stream().filter(Suppressions::isDirective).toList()));
        }
        return r;
    }

    private static Result result(SourceFile file, String app, ParseResult parsed) {
        FileFacts facts = FileFactsExtractor.extract(file.relativePath(), app, parsed);
        ParseFailure failure = null;
        if (!parsed.ok()) {
            SyntaxError e = parsed.error();
            failure = new ParseFailure(file.relativePath(), e.line(), e.column(), e.message());
        }
        return new Result(facts, failure,
                Suppressions.parse(file.relativePath(), parsed.comments(), RuleRegistry.ids()));
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
