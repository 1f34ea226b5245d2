package io.github.otpadvisor.elixir.lexer;

import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures tokenizer throughput on one thread: {@code TokenizerThroughput DIR [SECONDS]} tokenizes
 * every .ex/.exs file under DIR repeatedly and prints MB/s (UTF-8 bytes of source per second).
 */
public final class TokenizerThroughput {
    private TokenizerThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/work/corpus");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<String> sources = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".ex") || f.toString().endsWith(".exs"))
                    .sorted()::iterator) {
                byte[] content = Files.readAllBytes(p);
                bytes += content.length;
                sources.add(new String(content, StandardCharsets.UTF_8));
            }
        }
        System.out.printf("%d files, %.1f MB%n", sources.size(), bytes / 1e6);
        long tokens = 0;
        for (int warm = 0; warm < 5; warm++) {
            tokens = run(sources);
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        int rounds = 0;
        List<Double> rates = new ArrayList<>();
        while (System.nanoTime() - start < seconds * 1e9) {
            long t0 = System.nanoTime();
            run(sources);
            rates.add(bytes / ((System.nanoTime() - t0) / 1e9) / 1e6);
            rounds++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        rates.sort(null);
        System.out.printf("%d tokens per round, %d rounds, wall: mean %.1f MB/s, median %.1f MB/s, best %.1f MB/s; "
                + "this thread's CPU time: %.1f MB/s%n", tokens, rounds, bytes * rounds / elapsed / 1e6,
                rates.get(rates.size() / 2), rates.get(rates.size() - 1), bytes * rounds / cpuSeconds / 1e6);
    }

    private static long run(List<String> sources) {
        long count = 0;
        for (String source : sources) {
            try {
                count += Tokenizer.tokenize(source).size();
            } catch (SyntaxErrorException e) {
                count++;
            }
        }
        return count;
    }
}
