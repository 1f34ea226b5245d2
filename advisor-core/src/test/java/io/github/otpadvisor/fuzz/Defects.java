package io.github.otpadvisor.fuzz;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.lexer.Tokenizer;
import io.github.otpadvisor.elixir.parser.Parser;
import io.github.otpadvisor.elixir.syntax.SyntaxError;
import io.github.otpadvisor.facts.FileFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fuzz targets' findings besides a thrown exception: defects that the code under test caught
 * and turned into a value so that one bad file does not stop a run (an internal parse error, facts
 * only partly read, a rule that failed). A fuzzer sees no exception there, so each is rethrown.
 */
final class Defects {
    /** How the extraction passes word a caught exception in {@link FileFacts#problems()}. */
    private static final List<String> CAUGHT_IN_FACTS = List.of(" only partly read: ", ": skipped a call: ",
            "analysis stopped: ");

    private Defects() {
    }

    /** A syntax error must be a real one, at a position that exists (1-based). */
    static void checkSyntaxError(SyntaxError e) {
        if (e == null || e.message() == null || e.message().startsWith("internal ")) {
            throw new AssertionError("internal error reported as a syntax error: " + e);
        }
        if (e.line() < 1 || e.column() < 1) {
            throw new AssertionError("syntax error at no position: " + e);
        }
    }

    /** Exactly one of a tree and a genuine syntax error for the front end's {@code input}. */
    static void check(ParseResult r, byte[] input) {
        if (r == null || (r.ast() == null) == (r.error() == null)) {
            throw new AssertionError("not exactly one of a tree and an error: " + r);
        }
        if (!r.ok() && r.error().message().startsWith("internal error while parsing")) {
            // The front end keeps only the exception's text: the stages again, bare, throw it with its stack.
            Parser.parse(Tokenizer.tokenize(new String(input, StandardCharsets.UTF_8)));
        }
        if (!r.ok()) {
            checkSyntaxError(r.error());
        }
    }

    static void check(FileFacts f) {
        if (f.syntaxError() != null) {
            checkSyntaxError(f.syntaxError());
        }
        for (String p : f.problems()) {
            if (CAUGHT_IN_FACTS.stream().anyMatch(p::contains)) {
                throw new AssertionError("fact extraction caught a defect in " + f.file() + ": " + p);
            }
        }
    }

    static void check(AnalysisResult r) {
        if (!r.internalErrors().isEmpty()) {
            throw new AssertionError("internal errors: " + r.internalErrors());
        }
        r.parseFailures().forEach(p -> checkSyntaxError(new SyntaxError(p.line(), p.column(), p.message())));
        r.project().files().forEach(Defects::check);
    }
}
