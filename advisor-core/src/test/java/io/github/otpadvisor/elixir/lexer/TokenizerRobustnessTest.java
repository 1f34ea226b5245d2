package io.github.otpadvisor.elixir.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the input, the tokenizer returns tokens or throws a SyntaxErrorException, nothing else. */
class TokenizerRobustnessTest {

    private static final String SAMPLE = """
            defmodule Foo.Bar do
              @moduledoc \"\"\"
              Docs with #{interpolation} and \\"\"" quotes.
              \"\"\"
              def f(a, b \\\\ 1) when is_integer(a) do
                x = ~r/a+#{b}/iu ++ ~S'x' ++ 'cl#{a}' ++ [?a, ?\\n, 0x1F, 1.5e-3, :"q#{1}", "k": 1]
                %{a | b: <<1::8>>} |> Enum.map(&(&1 + 1)) |> g.(-1)
                fn -> :ok end
              rescue
                e in RuntimeError -> {:error, e}
              end # trailing comment
            end
            \r
            """;

    private static void tokenizeOrSyntaxError(String source) {
        try {
            List<Token> tokens = Tokenizer.tokenize(source);
            assertEquals(TokenKind.EOF, tokens.get(tokens.size() - 1).kind);
        } catch (SyntaxErrorException e) {
            assertTrue(e.error().line() >= 1 && e.error().column() >= 1, e::getMessage);
        } catch (Throwable t) {
            fail("unexpected " + t + " for " + source.replace("\n", "\\n"), t);
        }
    }

    @Test
    void sampleTokenizes() {
        assertTrue(Tokenizer.tokenize(SAMPLE).size() > 100);
    }

    @Test
    void everyPrefixAndSuffix() {
        for (int i = 0; i <= SAMPLE.length(); i++) {
            tokenizeOrSyntaxError(SAMPLE.substring(0, i));
            tokenizeOrSyntaxError(SAMPLE.substring(i));
        }
    }

    @Test
    void randomMutations() {
        Random random = new Random(42);
        String alphabet = "\"'#{}()[]<>~:;,.\\?%&|=+-*/^@!\n\r\t é😀\u0301\u0000\u202Aa1_Ddoendfn";
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder(SAMPLE);
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length() + 1);
                if (random.nextBoolean() && at < sb.length()) {
                    sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(4)));
                } else {
                    int cp = alphabet.codePointAt(random.nextInt(alphabet.length() - 1));
                    sb.insert(at, Character.toChars(Character.isLowSurrogate((char) cp) ? 'x' : cp));
                }
            }
            tokenizeOrSyntaxError(sb.toString());
        }
    }

    @Test
    void randomCharacters() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
            }
            tokenizeOrSyntaxError(sb.toString());
        }
    }

    @Test
    void interpolationAtTheCapFitsInAnOrdinaryStack() throws InterruptedException {
        assertEquals("ok", onSmallStack(Lexer.MAX_DEPTH));
        assertTrue(onSmallStack(Lexer.MAX_DEPTH + 1).contains("nested too deeply"));
    }

    /**
     * Tokenizes {@code depth} nested interpolations on a 2 MB stack (room for interpreted, not yet
     * compiled frames, which are larger): "ok" or the error message.
     */
    private static String onSmallStack(int depth) throws InterruptedException {
        String source = "\"#{".repeat(depth) + "x" + "}\"".repeat(depth);
        String[] outcome = new String[1];
        Thread thread = new Thread(null, () -> {
            try {
                Tokenizer.tokenize(source);
                outcome[0] = "ok";
            } catch (SyntaxErrorException e) {
                outcome[0] = e.getMessage();
            } catch (Throwable t) {
                outcome[0] = "unexpected " + t;
            }
        }, "ordinary-stack", 2 * 1024 * 1024);
        thread.start();
        thread.join();
        return outcome[0];
    }

    @Test
    void deepInterpolationIsCapped() {
        int depth = 5000;
        String source = "\"#{".repeat(depth) + "x" + "}\"".repeat(depth);
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Tokenizer.tokenize(source));
        assertTrue(e.getMessage().contains("nested too deeply"), e::getMessage);
    }

    @Test
    void interpolationBelowTheCapWorks() {
        int depth = Lexer.MAX_DEPTH - 1;
        String source = "\"#{".repeat(depth) + "x" + "}\"".repeat(depth);
        assertEquals(2, Tokenizer.tokenize(source).size());
    }

    @Test
    void deepBracketsNeedNoRecursion() {
        String source = "(".repeat(100_000) + ")".repeat(100_000);
        assertEquals(200_001, Tokenizer.tokenize(source).size());
    }

    @Test
    void loneSurrogatesAreUnexpectedTokens() {
        assertThrows(SyntaxErrorException.class, () -> Tokenizer.tokenize("a\uD800"));
        tokenizeOrSyntaxError("\"\uDC00\"");
        tokenizeOrSyntaxError("?\uD83D");
    }
}
