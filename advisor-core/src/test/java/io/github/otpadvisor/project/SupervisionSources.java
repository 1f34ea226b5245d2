package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Generates valid Elixir whose supervision graphs are pathological, and links it. */
public final class SupervisionSources {
    private SupervisionSources() {
    }

    /** {@code <ns>.Application} -> {@code <ns>.S0} -> ... -> {@code <ns>.S<n-1>} -> {@code <ns>.Worker}. */
    public static String chain(String ns, int n) {
        return graph(ns, n, i -> i < n - 1 ? "[" + ns + ".S" + (i + 1) + "]" : "[" + ns + ".Worker]");
    }

    /** Like {@link #chain}, but each supervisor lists the next one twice (2^(n-1) paths to the worker). */
    public static String doubled(String ns, int n) {
        return graph(ns, n, i -> i < n - 1 ? "[{" + ns + ".S" + (i + 1) + ", :a}, {" + ns + ".S" + (i + 1) + ", :b}]"
                : "[" + ns + ".Worker]");
    }

    /** {@code S0 -> S1 -> ... -> S<n-1> -> S0}, with the worker beside the way back. */
    public static String cycle(String ns, int n) {
        return graph(ns, n, i -> i < n - 1 ? "[" + ns + ".S" + (i + 1) + "]" : "[" + ns + ".S0, " + ns + ".Worker]");
    }

    /** {@code sups} supervisors under the application, each listing {@code width} workers of its own. */
    public static String wide(String ns, int sups, int width) {
        StringBuilder sb = new StringBuilder(application(ns, "[" + String.join(", ",
                IntStream.range(0, sups).mapToObj(i -> ns + ".S" + i).toList()) + "]"));
        for (int i = 0; i < sups; i++) {
            int s = i;
            sb.append(supervisor(ns + ".S" + i, "[" + String.join(", ", IntStream.range(0, width)
                    .mapToObj(w -> ns + ".W" + s + "_" + w).toList()) + "]"));
        }
        return sb.toString();
    }

    /** Writes the source as {@code lib/<name>.ex} under {@code dir} and links that one file. */
    public static ProjectFacts link(Path dir, String name, String source) {
        try {
            Path file = dir.resolve("lib/" + name + ".ex");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            return ProjectFacts.link(List.of(new FileFactsExtractor(dir).extract(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String graph(String ns, int n, IntFunction<String> childrenOf) {
        StringBuilder sb = new StringBuilder(application(ns, "[" + ns + ".S0]"));
        for (int i = 0; i < n; i++) {
            sb.append(supervisor(ns + ".S" + i, childrenOf.apply(i)));
        }
        sb.append("defmodule ").append(ns).append(".Worker do\n  use GenServer\n")
                .append("  def start_link(x), do: GenServer.start_link(__MODULE__, x)\n")
                .append("  def init(x), do: {:ok, x}\nend\n");
        return sb.toString();
    }

    private static String application(String ns, String children) {
        return "defmodule " + ns + ".Application do\n  use Application\n"
                + "  def start(_type, _args), do: Supervisor.start_link(" + children + ", strategy: :one_for_one)\n"
                + "end\n";
    }

    private static String supervisor(String name, String children) {
        return "defmodule " + name + " do\n  use Supervisor\n"
                + "  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)\n"
                + "  def init(_arg), do: Supervisor.init(" + children + ", strategy: :one_for_one)\nend\n";
    }
}
