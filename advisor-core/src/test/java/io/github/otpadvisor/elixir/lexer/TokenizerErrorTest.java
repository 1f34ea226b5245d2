package io.github.otpadvisor.elixir.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.otpadvisor.elixir.syntax.SyntaxError;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import org.junit.jupiter.api.Test;

/**
 * Error positions and messages, each as Elixir 1.14 reports it (the final message being
 * {@code prefix <> token <> suffix} of {@code :elixir_tokenizer}'s error tuple).
 */
class TokenizerErrorTest {

    private static void error(String source, int line, int column, String message) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Tokenizer.tokenize(source),
                () -> "no error for " + source);
        assertEquals(new SyntaxError(line, column, message), e.error(), () -> "error for " + source);
    }

    @Test
    void missingTerminators() {
        error("foo do\n  bar\n", 3, 1, "missing terminator: end (for \"do\" starting at line 1)");
        error("fn x -> x", 1, 10, "missing terminator: end (for \"fn\" starting at line 1)");
        error("(1, 2", 1, 6, "missing terminator: ) (for \"(\" starting at line 1)");
        error("[1", 1, 3, "missing terminator: ] (for \"[\" starting at line 1)");
        error("{1", 1, 3, "missing terminator: } (for \"{\" starting at line 1)");
        error("<<1", 1, 4, "missing terminator: >> (for \"<<\" starting at line 1)");
        error("defmodule A do\n  def f do\n  end\n\n  def g do\nend\n", 7, 1,
                "missing terminator: end (for \"do\" starting at line 1)");
    }

    @Test
    void mismatchedTerminators() {
        error("foo(1]", 1, 6, "unexpected token: ]. The \"(\" at line 1 is missing terminator \")\"");
        error("foo(1 end", 1, 7, "unexpected reserved word: end. The \"(\" at line 1 is missing terminator \")\"");
        error("end", 1, 1, "unexpected reserved word: end");
        error(")", 1, 1, "unexpected token: )");
        error("]", 1, 1, "unexpected token: ]");
        error("}", 1, 1, "unexpected token: }");
        error(">>", 1, 1, "unexpected token: >>");
        error("def f do\n  x\n  end\nend", 4, 1, "unexpected reserved word: end\n\n    HINT: it looks like the \"end\" "
                + "on line 3 does not have a matching \"do\" defined before it\n");
    }

    @Test
    void unterminatedStringLikes() {
        error("\"abc", 1, 5, "missing terminator: \" (for string starting at line 1)");
        error("'abc", 1, 5, "missing terminator: ' (for string starting at line 1)");
        error("x = \"\"\"\nabc", 2, 4, "missing terminator: \"\"\" (for heredoc starting at line 1)");
        error(":\"abc", 1, 6, "missing terminator: \" (for atom starting at line 1)");
        error("~s(abc", 1, 7, "missing terminator: ) (for sigil ~s( starting at line 1)");
        error("~r/abc", 1, 7, "missing terminator: / (for sigil ~r/ starting at line 1)");
        error("x.'#{", 1, 4, "missing interpolation terminator: \"}\" (for function name starting at line 1)");
    }

    @Test
    void interpolationErrors() {
        error("\"a#{b\"", 1, 7, "missing terminator: \" (for string starting at line 1)");
        error("\"a#{b", 1, 3, "missing interpolation terminator: \"}\" (for string starting at line 1)");
        error("\"a#{(}\"", 1, 6, "unexpected token: }. The \"(\" at line 1 is missing terminator \")\"");
        error("x.\"a#{b}\"", 1, 3, "interpolation is not allowed when calling function/macro. Found interpolation in "
                + "a call starting with: \"");
    }

    @Test
    void heredocHeader() {
        error("\"\"\"x\n\"\"\"", 1, 1,
                "heredoc allows only zero or more whitespace characters followed by a new line after \"\"\"");
    }

    @Test
    void sigilDelimiters() {
        error("~s\\", 1, 1, "invalid sigil delimiter: \"\\\" (column 3, code point U+005C). The available delimiters "
                + "are: //, ||, \"\", '', (), [], {}, <>");
        error("~ab", 1, 1, "invalid sigil delimiter: \"b\" (column 3, code point U+0062). The available delimiters are: "
                + "//, ||, \"\", '', (), [], {}, <>");
    }

    @Test
    void unexpectedCharacters() {
        error("a\u0000b", 1, 2, "unexpected token: null byte (column 2, code point U+0000)");
        error("a\rb", 1, 2, "unexpected token: carriage return (column 2, code point U+000D)");
        error("`", 1, 1, "unexpected token: \"`\" (column 1, code point U+0060)");
        error("a\u202Ab", 1, 2, "unexpected token: \"\u202A\" (column 2, code point U+202A)");
        error("é = 😀", 1, 5, "unexpected token: \"😀\" (column 5, code point U+****)");
        error("Ünicode = 1", 1, 1, "unexpected token: \"Ü\" (column 1, code point U+00DC)");
        error("a;;b", 1, 3, "unexpected token: \";\" (column 3, code point U+003B)");
        error("foo…", 1, 4, "unexpected token: Elixir expects unquoted Unicode atoms, variables, and calls to use "
                + "allowed codepoints and to be in NFC form.\n\nGot:\n\n    \"foo…\" (code points 0x00066 0x0006F "
                + "0x0006F 0x02026)\n\nHint: You could write the above in a compatible format that is accepted by "
                + "Elixir:\n\n    \"foo...\" (code points 0x00066 0x0006F 0x0006F 0x0002E 0x0002E 0x0002E)\n\nSee "
                + "https://hexdocs.pm/elixir/unicode-syntax.html for more information.");
    }

    @Test
    void bidirectionalControls() {
        error("\"\u202A\"", 1, 2, "invalid bidirectional formatting character in string: \\u202A. If you want to use "
                + "such character, use it in its escaped \\u202A form instead");
        error("# \u202A", 1, 1, "invalid bidirectional formatting character in comment: \\u202A");
    }

    @Test
    void identifiersAndKeywords() {
        error("foo:x", 1, 1, "keyword argument must be followed by space after: foo:");
        error("foo@bar", 1, 1, "invalid character \"@\" (code point U+0040) in identifier: foo@bar");
        error("Foo?", 1, 1, "invalid character \"?\" (code point U+003F) in alias (only ASCII characters, without "
                + "punctuation, are allowed): Foo?");
        error("__aliases__", 1, 1, "reserved token: __aliases__");
        error("Foo()", 1, 5, "unexpected ( after alias Foo. Function names and identifiers in Elixir start with "
                + "lowercase characters or underscore. For example:\n\n    hello_world()\n    "
                + "_starting_with_underscore()\n    numb3rs_are_allowed()\n    may_finish_with_question_mark?()\n    "
                + "may_finish_with_exclamation_mark!()\n\nUnexpected token: (");
        error("a".repeat(256), 1, 1, "atom length must be less than system limit: " + "a".repeat(256));
    }

    @Test
    void invalidDo() {
        error("fn do end", 1, 4, "unexpected reserved word: do. Anonymous functions are written as:\n\n    "
                + "fn pattern -> expression end");
        error("foo, do", 1, 6, "unexpected reserved word: do" + Messages.INVALID_DO);
        assertEquals(true, Messages.INVALID_DO.startsWith(". In case you wanted to write a \"do\" expression, you "
                + "must either use do-blocks or separate the keyword argument with comma."));
    }

    @Test
    void maps() {
        error("%(", 1, 1, "expected %{ to define a map, got: %(");
        error("%[", 1, 1, "expected %{ to define a map, got: %[");
    }

    @Test
    void escapesAtEndOfFile() {
        error("\\", 1, 1, "invalid escape \\ at end of file");
        error("\\\n", 1, 1, "invalid escape \\ at end of file");
    }

    @Test
    void numbers() {
        error("1a", 1, 1, "invalid character \"a\" after number 1. If you intended to write a number, make sure to "
                + "separate the number from the character (using comma, space, etc). If you meant to write a function "
                + "name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: a");
        error("x 0xg", 1, 3, "invalid character \"x\" after number 0. If you intended to write a number, make sure to "
                + "separate the number from the character (using comma, space, etc). If you meant to write a function "
                + "name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: x");
        error("1.0e400", 1, 1, "invalid float number 1.0e400");
    }

    @Test
    void invalidEscapes() {
        error("\"\\xZ\"", 1, 2, "invalid hex escape character, expected \\xHH where H is a hexadecimal digit. Syntax "
                + "error after: \\x");
        error("\"\\u12\"", 1, 2, "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a "
                + "hexadecimal digit. Syntax error after: \\u");
        error("\"\\u{D800}\"", 1, 2, "invalid or reserved Unicode code point \\u{D800}. Syntax error after: \\u");
        error("\"#{a} \\u{110000}\"", 1, 2, "invalid or reserved Unicode code point \\u{110000}. Syntax error "
                + "after: \\u");
    }

    @Test
    void versionControlMarker() {
        error("<<<<<<< HEAD\nx", 1, 1,
                "found an unexpected version control marker, please resolve the conflicts: <<<<<<< HEAD");
        error("x\n<<<<<<< HEAD\r\nx", 2, 1,
                "found an unexpected version control marker, please resolve the conflicts: <<<<<<< HEAD");
    }
}
