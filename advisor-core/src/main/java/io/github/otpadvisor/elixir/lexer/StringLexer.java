package io.github.otpadvisor.elixir.lexer;

import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of {@code elixir_interpolation:extract/6} plus the heredoc helpers of elixir_tokenizer:
 * reads the body of a string, charlist, quoted atom, sigil or heredoc up to its terminator and
 * returns its raw parts (String text, not yet unescaped, and {@link Token.Interpolation}s),
 * moving the {@link SourceReader} as Elixir counts (with its quirks: {@code \#{} is one column,
 * and columns count grapheme clusters once a character above U+00FF is involved).
 */
final class StringLexer {
    private StringLexer() {
    }

    /**
     * Extracts up to {@code last} (or, for heredocs, up to a line holding only {@code last} three
     * times). The reader stands just after the opening delimiter (for heredocs: at the start of the
     * line after the header). Throws {@link StringError} for errors the caller completes with what it was reading.
     */
    static ArrayList<Object> extract(Lexer lx, boolean interpol, char last, boolean heredoc) {
        final SourceReader in = lx;
        final char[] s = in.chars;
        final int n = in.length;
        ArrayList<Object> parts = new ArrayList<>(2);
        // The current part is sb (null while it is one contiguous run) followed by s[run, in.pos()).
        // A heredoc keeps its parts as source ranges (heads) until its closing indentation is known.
        StringBuilder sb = null;
        Ranges head = heredoc ? new Ranges() : null;
        int run = in.pos();
        int end; // where the pending run stops when the loop exits
        if (heredoc && closesHeredocAfterSpaces(in, last)) {
            parts.add("");
            return parts;
        }
        // chars that end a run of plain text; a heredoc's quote is plain (it only closes a line)
        final char stop = heredoc ? '\n' : last;
        for (;;) {
            int pos = in.pos();
            int p = pos;
            while (p < n) {
                char c = s[p];
                if (c > 255 || c == stop || c == '\\' || c == '\n' || c == '#') {
                    break;
                }
                p++;
            }
            if (p > pos) {
                if (p < n && s[p] > 255) {
                    // Elixir takes the last plain char with what follows as one grapheme cluster
                    in.advance(p - 1 - pos);
                    extractChar(in);
                    continue;
                }
                in.advance(p - pos);
            }
            int c = in.current();
            if (c == SourceReader.EOF) {
                throw missingTerminator(in, last, heredoc);
            }
            if (c == last && !heredoc) {
                end = in.pos();
                in.advance(1);
                break;
            }
            if (c == '\\') {
                int c1 = in.peek(1);
                int newline = in.newlineAt(1);
                if (newline > 0) {
                    in.nextLine(1 + newline);
                } else if (c1 == last && !heredoc) {
                    sb = append(sb, s, run, in.pos()); // the backslash is dropped
                    run = in.pos() + 1;
                    in.advance(2);
                    continue;
                } else if (heredoc && c1 == last && in.peek(2) == last && in.peek(3) == last) {
                    head.add(run, in.pos()); // the backslash is dropped
                    run = in.pos() + 1;
                    in.advance(4);
                    continue;
                } else if (interpol && c1 == '#' && in.peek(2) == '{') {
                    in.advance(3, 1); // sic: Elixir 1.14 counts one column for these three chars
                    continue;
                } else {
                    in.advance(1);
                    if (in.isEmpty()) {
                        throw missingTerminator(in, last, heredoc);
                    }
                    extractChar(in);
                    continue;
                }
            } else if (c == '\n') {
                in.nextLine(1);
            } else if (c == '#' && interpol && in.peek(1) == '{') {
                if (heredoc) {
                    head.add(run, in.pos());
                    head = head.flushTo(parts);
                } else {
                    String text = text(sb, s, run, in.pos());
                    if (text != null) {
                        parts.add(text);
                    }
                    sb = null;
                }
                parts.add(interpolation(lx));
                run = in.pos();
                continue;
            } else {
                if (c <= 255 && in.hasAhead(1) && in.peek(1) <= 255) {
                    in.advance(1);
                } else {
                    extractChar(in);
                }
                continue;
            }
            // after a newline (possibly escaped): Elixir's extract_nl
            if (heredoc) {
                int newlineEnd = in.pos();
                if (closesHeredocAfterSpaces(in, last)) {
                    end = newlineEnd; // the closing line's indentation is not content
                    break;
                }
            }
        }
        if (heredoc) {
            head.add(run, end);
            head.flushTo(parts);
            trimHeredoc(s, parts, in.column() - 4);
            return parts;
        }
        String text = text(sb, s, run, end);
        if (text != null) {
            parts.add(text);
        } else if (parts.isEmpty()) {
            parts.add("");
        }
        return parts;
    }

    /**
     * At a heredoc line's start: skips its indentation, and the closing delimiter after it when
     * there is one (true then, and the reader stands after it).
     */
    private static boolean closesHeredocAfterSpaces(SourceReader in, char quote) {
        int k = in.spacesAt(0);
        boolean closes = in.peek(k) == quote && in.peek(k + 1) == quote && in.peek(k + 2) == quote;
        in.advance(closes ? k + 3 : k);
        return closes;
    }

    /**
     * The source ranges of one heredoc text part (a dropped backslash splits it). Elixir builds the
     * part as text and then strips the closing indentation; keeping ranges builds it once, stripped.
     */
    private static final class Ranges {
        int[] bounds = new int[4];
        int size;

        void add(int from, int to) {
            if (to <= from) {
                return;
            }
            if (size == bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, size * 2);
            }
            bounds[size++] = from;
            bounds[size++] = to;
        }

        /**
         * Ends this part: adds it to {@code parts} unless empty (the first part always exists: it
         * follows the "\n" Elixir prepends) and returns the ranges for the next part.
         */
        Ranges flushTo(List<Object> parts) {
            if (size == 0 && !parts.isEmpty()) {
                return this;
            }
            parts.add(this);
            return new Ranges();
        }

        int length() {
            int total = 0;
            for (int i = 0; i < size; i += 2) {
                total += bounds[i + 1] - bounds[i];
            }
            return total;
        }
    }

    private static StringBuilder append(StringBuilder sb, char[] s, int from, int to) {
        if (sb == null) {
            sb = new StringBuilder(to - from + 16);
        }
        return sb.append(s, from, to - from);
    }

    /** The part made of {@code sb} and {@code s[from, to)}; null when empty. */
    private static String text(StringBuilder sb, char[] s, int from, int to) {
        if (sb == null) {
            return to > from ? new String(s, from, to - from) : null;
        }
        if (to > from) {
            sb.append(s, from, to - from);
        }
        return sb.length() > 0 ? sb.toString() : null;
    }

    /** {@code extract_char/8}: one grapheme cluster, one column, refusing bidirectional controls. */
    private static void extractChar(SourceReader in) {
        int cp = in.codePointAt(0);
        if (Messages.isBidi(cp)) {
            String token = "\\u" + Messages.hex4(cp);
            throw new SyntaxErrorException(in.line(), in.column(), "invalid bidirectional formatting character in "
                    + "string: " + token + ". If you want to use such character, use it in its escaped " + token
                    + " form instead");
        }
        int chars = cp <= 255 && (!in.hasAhead(1) || in.peek(1) <= 255) && cp != '\r' ? 1
                : Graphemes.clusterEnd(in.chars, in.pos(), in.length) - in.pos();
        in.advance(chars, 1);
    }

    private static StringError missingTerminator(SourceReader in, char last, boolean heredoc) {
        String term = heredoc ? "" + last + last + last : String.valueOf(last);
        return new StringError(in.line(), in.column(), "missing terminator: " + term);
    }

    /** {@code #{...}}: tokenizes the expression with a nested lexer up to its unmatched {@code }}. */
    private static Token.Interpolation interpolation(Lexer lx) {
        SourceReader in = lx;
        int line = in.line();
        int col = in.column();
        if (lx.depth >= Lexer.MAX_DEPTH) {
            throw new SyntaxErrorException(line, col,
                    "interpolation nested too deeply (more than " + Lexer.MAX_DEPTH + " levels)");
        }
        in.advance(2);
        Lexer inner = new Lexer(lx);
        inner.run();
        in.continueFrom(inner);
        if (!inner.closed) {
            throw new StringError(line, col, "missing interpolation terminator: \"}\"");
        }
        return new Token.Interpolation(line, col, inner.closeLine, inner.closeCol, inner.tokens);
    }

    /**
     * {@code extract_heredoc_indent/3} and {@code extract_heredoc_head/1}: turns the {@link Ranges}
     * parts into text without up to {@code indent} spaces or tabs after each newline. The first part
     * also loses them at its start, which follows the "\n" Elixir prepends (and then removes).
     */
    private static void trimHeredoc(char[] s, List<Object> parts, int indent) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Ranges ranges) {
                parts.set(i, trimmed(s, ranges, indent, i == 0));
            }
        }
    }

    private static String trimmed(char[] s, Ranges ranges, int indent, boolean atLineStart) {
        char[] out = new char[ranges.length()];
        int len = 0;
        // spaces or tabs still to drop at the current position (only right after a newline)
        int budget = atLineStart ? indent : 0;
        for (int r = 0; r < ranges.size; r += 2) {
            int i = ranges.bounds[r];
            int to = ranges.bounds[r + 1];
            while (i < to) {
                while (budget > 0 && i < to && (s[i] == ' ' || s[i] == '\t')) {
                    budget--;
                    i++;
                }
                if (i == to) {
                    break; // the budget carries over to the next range
                }
                budget = 0;
                // copy up to and including the next newline in one go
                int line = i;
                while (i < to && s[i] != '\n') {
                    i++;
                }
                if (i < to) {
                    i++;
                    budget = indent;
                }
                System.arraycopy(s, line, out, len, i - line);
                len += i - line;
            }
        }
        return new String(out, 0, len);
    }
}
