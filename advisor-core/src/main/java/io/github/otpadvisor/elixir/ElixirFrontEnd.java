package io.github.otpadvisor.elixir;

import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.lexer.Token;
import io.github.otpadvisor.elixir.lexer.Tokenizer;
import io.github.otpadvisor.elixir.parser.Parser;
import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.elixir.syntax.SyntaxError;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Elixir front end as one call: bytes or text in, the quoted form or a {@link SyntaxError} out.
 * Nothing thrown by the tokenizer or the parser reaches the caller, whatever the input: not even running
 * out of memory, which fails that source alone ({@link HeapBudget}).
 * Instances are immutable and safe to share between threads.
 */
public final class ElixirFrontEnd {
    /** Files above this size are reported and skipped unless configured otherwise. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final long maxFileBytes;

    public ElixirFrontEnd() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    public ElixirFrontEnd(long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Reads and parses a file; I/O problems are reported as a result at 1:1 like syntax errors, and so is a
     * file too large for the heap, before it is read.
     */
    public ParseResult parseFile(Path file) {
        long size = 0;
        try {
            size = Files.size(file);
            if (size > maxFileBytes) {
                return tooLarge(size);
            }
            SyntaxError refusal = HeapBudget.refusal(size, maxHeap());
            if (refusal != null) {
                return ParseResult.failed(refusal);
            }
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            return ParseResult.failed(new SyntaxError(1, 1, "cannot read file: " + describe(e)));
        } catch (OutOfMemoryError e) {
            return outOfMemory(size);
        }
    }

    /** Parses UTF-8 bytes; invalid UTF-8 is reported where it starts. */
    public ParseResult parse(byte[] content) {
        if (content.length > maxFileBytes) {
            return tooLarge(content.length);
        }
        SyntaxError refusal = HeapBudget.refusal(content.length, maxHeap());
        if (refusal != null) {
            return ParseResult.failed(refusal);
        }
        try {
            return parseText(decodeUtf8(content));
        } catch (InvalidUtf8 e) {
            return ParseResult.failed(e.error);
        } catch (OutOfMemoryError e) {
            return outOfMemory(content.length);
        }
    }

    /**
     * Parses source text as {@code Code.string_to_quoted/1} does; like Elixir, a byte-order mark is
     * an unexpected token, not something skipped.
     */
    public ParseResult parse(String source) {
        try {
            return parseText(source);
        } catch (OutOfMemoryError e) {
            return outOfMemory(source.length());
        }
    }

    private static ParseResult parseText(String source) {
        return DeepStack.run(() -> parseOnThisThread(source),
                () -> ParseResult.failed(new SyntaxError(1, 1, "expression nested too deeply to parse")));
    }

    /**
     * A parse that ran out of memory fails its source alone: what it allocated (text, tokens, tree) is
     * unreachable once the error has left the parse, so the run goes on with the other files.
     */
    private static ParseResult outOfMemory(long size) {
        return ParseResult.failed(HeapBudget.exhausted(size, maxHeap()));
    }

    /**
     * Whether a file of this size should be parsed with no other file in flight: beside {@code workers} others its
     * parse could take their heap (and their class initializations with it).
     */
    public static boolean needsTheHeapAlone(long sourceBytes, int workers) {
        return HeapBudget.needsTheHeapAlone(sourceBytes, maxHeap(), workers);
    }

    /** What every failure that ran out of heap says (a parse here, a fact walk in the per-file stage). */
    public static final String OUT_OF_MEMORY = "ran out of memory in this JVM's";

    /** Whether the parse failed because the heap ran out (then another try, with the heap free, may succeed). */
    public static boolean ranOutOfMemory(ParseResult result) {
        return !result.ok() && result.error().message().contains(HeapBudget.EXHAUSTED);
    }

    /** Whether a failure's message says the heap ran out: it may not happen again in another JVM. */
    public static boolean ranOutOfMemory(String message) {
        return message != null && message.contains(OUT_OF_MEMORY);
    }

    private static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    private static ParseResult parseOnThisThread(String source) {
        try {
            List<SourceComment> comments = new ArrayList<>();
            List<Token> tokens = Tokenizer.tokenize(source, comments);
            Quoted ast = Parser.parse(tokens);
            return ParseResult.of(ast, comments).withSource(source);
        } catch (SyntaxErrorException e) {
            return ParseResult.failed(e.error());
        } catch (RuntimeException e) {
            // A defect of ours must not stop the other files: report it like a syntax error.
            return ParseResult.failed(new SyntaxError(1, 1, "internal error while parsing: " + e));
        }
    }

    private ParseResult tooLarge(long size) {
        return ParseResult.failed(new SyntaxError(1, 1,
                "file is " + size + " bytes, over the limit of " + maxFileBytes + " bytes; skipped"));
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String decodeUtf8(byte[] content) throws InvalidUtf8 {
        // The String constructor is the JDK's fastest decoder (ASCII runs copied at once), but it replaces bad
        // bytes with U+FFFD instead of failing: a text without U+FFFD was valid UTF-8, one with it (bad bytes, or
        // a U+FFFD written in the file) is decoded again strictly, which finds the first bad byte.
        String fast = new String(content, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8(positionOf(out), in.position());
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Line and column (in code points) just after the decoded prefix. */
    private static SyntaxError positionOf(CharBuffer decoded) {
        decoded.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.limit(); i++) {
            char c = decoded.get(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SyntaxError(line, column, "");
    }

    /** Carries the position of the first invalid byte out of the decoder loop. */
    private static final class InvalidUtf8 extends CharacterCodingException {
        private final transient SyntaxError error;

        InvalidUtf8(SyntaxError at, int byteOffset) {
            this.error = new SyntaxError(at.line(), at.column(),
                    "invalid UTF-8 byte sequence at byte offset " + byteOffset + "; Elixir source must be UTF-8");
        }
    }
}
