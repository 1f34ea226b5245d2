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

    static List<Result> analyze(List<SourceFile> files, ElixirFrontEnd frontEnd, int threads) {
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
                out.add(one(files.get(i), apps.get(i), frontEnd));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemons());
        try {
            List<Future<Result>> futures = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                SourceFile file = files.get(i);
                String app = apps.get(i);
                futures.add(pool.submit(() -> one(file, app, frontEnd)));
            }
            List<Result> out = new ArrayList<>(files.size());
            for (Future<Result> f : futures) {
                out.add(await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result one(SourceFile file, String app, ElixirFrontEnd frontEnd) {
        ParseResult parsed = frontEnd.parseFile(file.path());
        FileFacts facts = FileFactsExtractor.extract(file.relativePath(), app, parsed);
        ParseFailure failure = null;
        if (!parsed.ok()) {
            SyntaxError e = parsed.error();
            failure = new ParseFailure(file.relativePath(), e.line(), e.column(), e.message());
        }
        return new Result(facts, failure,
                Suppressions.parse(file.relativePath(), parsed.comments(), RuleRegistry.ids()));
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
