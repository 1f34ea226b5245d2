package io.github.otpadvisor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.QuotedPrinter;
import io.github.otpadvisor.elixir.lexer.Token;
import io.github.otpadvisor.elixir.lexer.TokenKind;
import io.github.otpadvisor.elixir.lexer.Tokenizer;
import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the Elixir front end: the tokenizer alone, and the parser through
 * {@link ElixirFrontEnd}, whose contract is to never throw. The input is a file's bytes. A finding
 * is any exception, an internal error returned as a syntax error ({@link Defects}), or an input
 * slower than the {@link Timeout}. In a normal test run each target replays only the files in
 * {@code FrontEndFuzzTestInputs/} (seeds shared by both: the golden and error fixtures) and in
 * {@code FrontEndFuzzTestInputs/<target>/} (reproducers of past findings); {@code scripts/fuzz.sh}
 * fuzzes one target for a while.
 */
class FrontEndFuzzTest {
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();

    /** Tokens ending with EOF, or a genuine syntax error; nothing else may come out. */
    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void tokenizer(byte[] input) {
        String source = new String(input, StandardCharsets.UTF_8);
        List<SourceComment> comments = new ArrayList<>();
        try {
            List<Token> tokens = Tokenizer.tokenize(source, comments);
            if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind != TokenKind.EOF) {
                throw new AssertionError("tokens do not end with EOF");
            }
        } catch (SyntaxErrorException e) {
            Defects.checkSyntaxError(e.error());
        }
    }

    /** A printable tree or a genuine syntax error, never an exception. */
    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void parser(byte[] input) {
        ParseResult result = FRONT_END.parse(input);
        Defects.check(result, input);
        if (result.ok()) {
            QuotedPrinter.print(result.ast());
        }
    }
}
