package io.github.otpadvisor.cli;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.lexer.Tokenizer;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.scan.SourceScanner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * {@code bench [--warmup N] [--rounds N] PATH...}: front-end throughput on one thread over the
 * Elixir files below the paths, read into memory first so only tokenizing and parsing is timed.
 * Reports MB/s (MB = 10^6 bytes of UTF-8 source) as the median and best of the measured rounds.
 */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "[--warmup N] [--rounds N] PATH...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("warmup", "rounds"));
        if (parsed.positional().isEmpty()) {
            throw new UsageException("no PATH given");
        }
        int warmup = (int) parsed.longOption("warmup", 5, 0);
        int rounds = (int) parsed.longOption("rounds", 10, 1);
        List<String> sources = new ArrayList<>();
        long bytes = 0;
        try {
            for (String argument : parsed.positional()) {
                for (SourceFile file : SourceScanner.scan(ScanRequest.everything(Path.of(argument))).files()) {
                    byte[] content = Files.readAllBytes(file.path());
                    sources.add(new String(content, StandardCharsets.UTF_8));
                    bytes += content.length;
                }
            }
        } catch (IOException e) {
            err.println("bench: cannot read: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (sources.isEmpty()) {
            err.println("bench: no .ex or .exs files found");
            return EXIT_USAGE;
        }
        ElixirFrontEnd frontEnd = new ElixirFrontEnd(Long.MAX_VALUE);
        out.printf(Locale.ROOT, "bench: %d files, %.2f MB, %d warm-up and %d measured rounds, 1 thread%n",
                sources.size(), bytes / 1e6, warmup, rounds);
        report(out, "tokenize", measure(sources, bytes, warmup, rounds, BenchCommand::tokenizeFailed));
        report(out, "tokenize+parse", measure(sources, bytes, warmup, rounds,
                source -> frontEnd.parse(source).ok() ? 0 : 1));
        int failed = 0;
        for (String source : sources) {
            failed += frontEnd.parse(source).ok() ? 0 : 1;
        }
        out.printf(Locale.ROOT, "files that did not parse: %d%n", failed);
        return EXIT_OK;
    }

    private static int tokenizeFailed(String source) {
        try {
            return Tokenizer.tokenize(source).isEmpty() ? 1 : 0;
        } catch (SyntaxErrorException e) {
            return 1;
        }
    }

    /** MB/s of each measured round. */
    private static double[] measure(List<String> sources, long bytes, int warmup, int rounds,
                                    ToIntFunction<String> work) {
        double[] rates = new double[rounds];
        int sink = 0;
        for (int round = -warmup; round < rounds; round++) {
            long start = System.nanoTime();
            for (String source : sources) {
                sink += work.applyAsInt(source);
            }
            long elapsed = System.nanoTime() - start;
            if (round >= 0) {
                rates[round] = bytes / 1e6 / (elapsed / 1e9);
            }
        }
        if (sink == Integer.MIN_VALUE) {
            System.out.print(""); // keeps the results observable to the JIT
        }
        return rates;
    }

    private static void report(PrintStream out, String what, double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-15s %8.1f MB/s median, %8.1f MB/s best%n",
                what + ":", sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }
}
