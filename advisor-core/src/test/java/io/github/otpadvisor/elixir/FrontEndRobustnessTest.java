package io.github.otpadvisor.elixir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.otpadvisor.elixir.ast.QuotedPrinter;
import io.github.otpadvisor.elixir.syntax.SyntaxError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of real Elixir (the golden fixtures plus some built-in snippets): truncated,
 * spliced, with hostile tokens inserted and bytes flipped. For every input the front end must return
 * exactly one of a tree and an error, never throw, never hit an internal error, keep error positions
 * inside the input, and the tree must print. Failures list the seed, the case and the input.
 */
class FrontEndRobustnessTest {
    private static final long SEED = 0x0DDBA11L;
    private static final int CASES = 3000;
    private static final int MAX_REPORTED = 10;
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();

    private static final String[] SNIPPETS = {
        "defmodule Foo.Bar do\n  use GenServer\n  @moduledoc \"\"\"\n  Docs #{1 + 2}\n  \"\"\"\n\n"
                + "  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)\n\n"
                + "  @impl true\n  def handle_call({:get, key}, _from, %{data: data} = state) when is_atom(key) do\n"
                + "    {:reply, Map.get(data, key), state}\n  end\nend\n",
        "x = fn a, b -> a <> b end\ny = &(&1 + 1)\nz = ~r/ab+c/i\nw = 'chars'\nv = ?a\nu = 1_000.5e-3\n",
        "case x do\n  {:ok, v} when v > 0 -> v\n  [h | t] -> h\n  %Foo{a: 1} -> :struct\n  <<a::8, rest::binary>> -> a\n"
                + "  _ -> nil\nend\n",
        "for x <- 1..10//2, y = x * 2, into: %{}, do: {x, y}\nwith {:ok, a} <- f(), do: a, else: (_ -> :error)\n",
        "quote do\n  unquote(x) + unquote_splicing(ys)\nend\nx |> f() |> g.(1) |> Mod.h(2)\n@attr [a: 1, b: \"two\"]\n",
        "try do\n  raise \"x\"\nrescue\n  e in RuntimeError -> e\ncatch\n  :exit, _ -> :ok\nafter\n  :done\nend\n",
        "~S\"\"\"\nraw #{no}\n\"\"\"\n~w(a b c)a\n:\"quoted atom\"\n%{\"k\" => 1, k: 2}\n{1, 2, 3}\n[do: 1, else: 2]\n",
    };

    private static final String[] HOSTILE = {
        "\"", "'", "\"\"\"", "'''", "(", ")", "[", "]", "{", "}", "<<", ">>", "%{", "#{", "do", "end", "fn", "->",
        "\n", "\r\n", "\r", "\t", " ", "\\", "?", ":", "::", "~s(", "~r/", "~", "@", "&", "|", ".", "..", "...",
        "=", "when", ",", ";", "#", "0x", "1e", "1.", "_", "é", "π", "\u00A0", "\u0000", "\uFEFF", "😀", "\u0301",
        "Foo.", "a.", "a:", "\"a\":", "?\\", "&1", "^", "!", "not in", "<-", "\\\\", "//",
    };

    @Test
    void mutatedSourcesNeverBreakTheFrontEnd() {
        List<String> corpus = new ArrayList<>(List.of(SNIPPETS));
        for (Path p : Fixtures.sources(Fixtures.root().resolve("golden"))) {
            corpus.add(new String(Fixtures.read(p), StandardCharsets.UTF_8));
        }
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        String[] current = new String[1];
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int n = 0; n < CASES && failures.size() < MAX_REPORTED; n++) {
                String base = corpus.get(random.nextInt(corpus.size()));
                if (random.nextInt(5) == 0) {
                    byte[] bytes = mutateBytes(base.getBytes(StandardCharsets.UTF_8), random);
                    current[0] = "case " + n + " (bytes): " + show(new String(bytes, StandardCharsets.ISO_8859_1));
                    check(n, FRONT_END.parse(bytes), new String(bytes, StandardCharsets.UTF_8), failures, true);
                } else {
                    String source = mutate(base, random);
                    current[0] = "case " + n + ": " + show(source);
                    check(n, FRONT_END.parse(source), source, failures, false);
                }
            }
        }, () -> "timed out; the last input was " + current[0]);
        if (!failures.isEmpty()) {
            fail("seed " + Long.toHexString(SEED) + ": " + failures.size() + " failing input(s)"
                    + (failures.size() >= MAX_REPORTED ? " (stopped after " + MAX_REPORTED + ")" : "") + ":\n"
                    + String.join("\n", failures));
        }
    }

    private static void check(int n, ParseResult result, String text, List<String> failures, boolean bytes) {
        String label = "case " + n + (bytes ? " (bytes)" : "") + " " + show(text) + ": ";
        try {
            if (result == null) {
                failures.add(label + "null result");
                return;
            }
            if ((result.ast() == null) == (result.error() == null)) {
                failures.add(label + "not exactly one of ast and error: " + result);
                return;
            }
            if (result.ok()) {
                QuotedPrinter.print(result.ast());
                return;
            }
            SyntaxError e = result.error();
            if (e.message() == null || e.message().startsWith("internal error")) {
                failures.add(label + e.format("input"));
                return;
            }
            if (CHAR_NEWLINE.matcher(text).find()) {
                // `?` followed by a newline is the char 10 and Elixir does not count that line,
                // so Elixir's (and our) later lines are one off the text's; positions can't be checked.
                return;
            }
            String[] lines = text.split("\n", -1);
            if (e.line() < 1 || e.line() > lines.length) {
                failures.add(label + "line outside the input (" + lines.length + " lines): " + e.format("input"));
                return;
            }
            int width = lines[e.line() - 1].length();
            if (e.column() < 1 || e.column() > width + 1) {
                failures.add(label + "column outside line " + e.line() + " (" + width + " chars): "
                        + e.format("input"));
            }
        } catch (RuntimeException | StackOverflowError ex) {
            failures.add(label + "threw " + ex);
        }
    }

    private static final java.util.regex.Pattern CHAR_NEWLINE = java.util.regex.Pattern.compile("\\?\r?\n");

    private static String mutate(String source, Random r) {
        String s = source;
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
            switch (r.nextInt(6)) {
                case 0 -> s = s.substring(0, at); // truncate
                case 1 -> { // delete a range
                    int end = Math.min(s.length(), at + 1 + r.nextInt(20));
                    s = s.substring(0, at) + s.substring(end);
                }
                case 2, 3 -> s = s.substring(0, at) + HOSTILE[r.nextInt(HOSTILE.length)] + s.substring(at);
                case 4 -> { // duplicate a range
                    int end = Math.min(s.length(), at + 1 + r.nextInt(40));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                }
                default -> { // splice a piece of another snippet
                    String other = SNIPPETS[r.nextInt(SNIPPETS.length)];
                    int from = r.nextInt(other.length());
                    int to = Math.min(other.length(), from + 1 + r.nextInt(30));
                    s = s.substring(0, at) + other.substring(from, to) + s.substring(at);
                }
            }
            // never split a surrogate pair: Java strings from source files never hold lone surrogates
            s = s.replaceAll("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", "");
        }
        return s;
    }

    private static byte[] mutateBytes(byte[] source, Random r) {
        byte[] b = source.length == 0 ? new byte[] {0} : source.clone();
        int flips = 1 + r.nextInt(3);
        for (int k = 0; k < flips; k++) {
            int at = r.nextInt(b.length);
            b[at] = switch (r.nextInt(4)) {
                case 0 -> (byte) 0xFF;
                case 1 -> (byte) 0xC3; // a lead byte, often without its continuation
                case 2 -> (byte) 0x80; // a stray continuation byte
                default -> (byte) r.nextInt(256);
            };
        }
        if (r.nextBoolean()) {
            byte[] cut = new byte[r.nextInt(b.length) + 1];
            System.arraycopy(b, 0, cut, 0, cut.length);
            return cut;
        }
        return b;
    }

    private static String show(String s) {
        String escaped = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                .replace("\0", "\\0");
        return "\"" + (escaped.length() > 300 ? escaped.substring(0, 300) + "...(" + s.length() + " chars)" : escaped)
                + "\"";
    }
}
