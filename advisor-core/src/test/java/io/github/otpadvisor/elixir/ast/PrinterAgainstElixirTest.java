package io.github.otpadvisor.elixir.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printer alone against Elixir 1.14, on real quoted forms and without our parser: Elixir parses each
 * golden fixture and writes both {@code term_to_binary(ast)} and {@code inspect(ast, ...)}; we read the
 * term back ({@link EtfReader}) and print it. Runs only when {@code elixir} 1.14 is on PATH.
 *
 * <p>Set {@code -Dotpadvisor.printer.corpus=DIR} to check every {@code .ex}/{@code .exs} file under DIR
 * instead (e.g. a checkout of a large Elixir project); files Elixir cannot parse are skipped.
 */
class PrinterAgainstElixirTest {
    private static final String SCRIPT = String.join("\n",
            "[out | files] = System.argv()",
            "files = if files == [\"-\"], do: IO.stream(:stdio, :line) |> Enum.map(&String.trim_trailing(&1, \"\\n\")), else: files",
            "files |> Enum.with_index() |> Enum.each(fn {f, i} ->",
            "  try do",
            "    ast = Code.string_to_quoted!(File.read!(f), emit_warnings: false)",
            "    File.write!(Path.join(out, \"#{i}.etf\"), :erlang.term_to_binary(ast))",
            "    File.write!(Path.join(out, \"#{i}.txt\"), inspect(ast, limit: :infinity, printable_limit: :infinity))",
            "  rescue",
            "    _ -> :skip",
            "  end",
            "end)");

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> printsWhatElixirPrints() throws Exception {
        assumeTrue(elixirIs114(), "Elixir 1.14 is not on PATH; skipped");
        String corpus = System.getProperty("otpadvisor.printer.corpus");
        Path root = corpus != null && !corpus.isBlank() ? Path.of(corpus) : fixtures().resolve("golden");
        List<Path> files = sources(root);
        assumeTrue(!files.isEmpty(), "no Elixir files under " + root);
        Process p = new ProcessBuilder("elixir", "-e", SCRIPT, out.toString(), "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream stdin = p.getOutputStream()) {
            for (Path f : files) {
                stdin.write((f + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("elixir did not finish");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path etf = out.resolve(i + ".etf");
            Path txt = out.resolve(i + ".txt");
            if (!Files.isRegularFile(etf)) {
                continue; // Elixir does not parse it
            }
            tests.add(dynamicTest(root.relativize(files.get(i)).toString(), () -> {
                String expected = Files.readString(txt, StandardCharsets.UTF_8);
                String actual = QuotedPrinter.print(EtfReader.read(Files.readAllBytes(etf)));
                if (!expected.equals(actual)) {
                    int at = 0;
                    while (at < Math.min(expected.length(), actual.length())
                            && expected.charAt(at) == actual.charAt(at)) {
                        at++;
                    }
                    assertEquals(expected.substring(Math.max(0, at - 40), Math.min(expected.length(), at + 60)),
                            actual.substring(Math.max(0, at - 40), Math.min(actual.length(), at + 60)),
                            "first difference at character " + at);
                }
            }));
        }
        return tests.stream();
    }

    private static Path fixtures() {
        String configured = System.getProperty("otpadvisor.fixtures");
        return configured != null ? Path.of(configured) : Path.of("src/test/resources/elixir");
    }

    private static List<Path> sources(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".ex") || f.toString().endsWith(".exs"))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static boolean elixirIs114() {
        try {
            Process p = new ProcessBuilder("elixir", "-e", "IO.write(System.version())").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0 && v.startsWith("1.14.");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
