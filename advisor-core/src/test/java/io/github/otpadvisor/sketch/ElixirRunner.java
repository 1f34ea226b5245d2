package io.github.otpadvisor.sketch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Elixir itself on many snippets in one process (starting the VM per snippet would be slow):
 * {@code Code.string_to_quoted/1} and {@code Code.format_string!/1} of each.
 */
final class ElixirRunner {
    private static final String SCRIPT = String.join("\n",
            "[dir] = System.argv()",
            "for f <- Enum.sort(File.ls!(dir)), String.ends_with?(f, \".exs\") do",
            "  src = File.read!(Path.join(dir, f))",
            "  case Code.string_to_quoted(src) do",
            "    {:ok, _} ->",
            "      File.write!(Path.join(dir, f <> \".fmt\"), IO.iodata_to_binary(Code.format_string!(src)))",
            "      File.write!(Path.join(dir, f <> \".ok\"), \"\")",
            "    {:error, e} ->",
            "      File.write!(Path.join(dir, f <> \".err\"), inspect(e))",
            "  end",
            "end");
    private static Boolean available;

    /** What Elixir said about one snippet. */
    record Verdict(String parseError, String formatted) {
        boolean parsed() {
            return parseError == null;
        }
    }

    private ElixirRunner() {
    }

    /** {@code elixir} is on PATH and runs. */
    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("elixir", "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** Parses and formats every snippet in one Elixir run; the result is in the snippets' order. */
    static List<Verdict> check(Path dir, List<String> snippets) throws IOException, InterruptedException {
        for (int i = 0; i < snippets.size(); i++) {
            Files.writeString(dir.resolve(name(i)), snippets.get(i), StandardCharsets.UTF_8);
        }
        Process p = new ProcessBuilder("elixir", "-e", SCRIPT, dir.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("elixir.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("elixir did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("elixir failed: " + Files.readString(dir.resolve("elixir.log")));
        }
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Path err = dir.resolve(name(i) + ".err");
            out.add(Files.exists(err) ? new Verdict(Files.readString(err, StandardCharsets.UTF_8), null)
                    : new Verdict(null, Files.readString(dir.resolve(name(i) + ".fmt"), StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static String name(int i) {
        return String.format("%05d.exs", i);
    }
}
