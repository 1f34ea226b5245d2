package io.github.otpadvisor.elixir.lexer;

import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.ArrayList;
import java.util.List;

/**
 * Port of {@code elixir_interpolation:extract/6} plus the heredoc helpers of elixir_tokenizer:
 * reads the body of a string, charlist, quoted atom, sigil or heredoc up to its terminator and
 * returns its raw parts (String text, not yet unescaped, and {@link Token.Interpolation}s),
 * advancing the lexer's position, line and column exactly as Elixir does (including its quirks:
 * {@code \#{} advances the column by one, and columns count grapheme clusters once a character
 * above U+00FF is involved).
 */
final class StringLexer {
    private StringLexer() {
    }

    /**
     * Extracts up to {@code last} (or, for heredocs, up to a line holding only {@code last} three
     * times). The lexer stands just after the opening delimiter (for heredocs: after the header's
     * newline). Throws {@link StringError} for errors the caller completes with what it was reading.
     */
    static ArrayList<Object> extract(Lexer lx, boolean interpol, char last, boolean heredoc) {
        final char[] s = lx.s;
        final int n = lx.n;
        int pos = lx.pos;
        int line = lx.line;
        int col = lx.col;
        ArrayList<Object> parts = new ArrayList<>(2);
        // The current part is sb (null while it is one contiguous run) followed by s[run, pos).
        // A heredoc keeps its parts as source ranges (heads) until its closing indentation is known.
        StringBuilder sb = null;
        Ranges head = heredoc ? new Ranges() : null;
        int run = pos;
        int end; // where the pending run stops when the loop exits
        if (heredoc) {
            // Elixir prepends "\n" to the body and lets its newline handling run first
            line++;
            int k = spaces(s, pos, n);
            if (closesHeredoc(s, pos + k, n, last)) {
                lx.pos = pos + k + 3;
                lx.line = line;
                lx.col = k + 4;
                parts.add("");
                return parts;
            }
            pos += k;
            col = k + 1;
        }
        // chars that end a run of plain text; a heredoc's quote is plain (it only closes a line)
        final char stop = heredoc ? '\n' : last;
        for (;;) {
            int p = pos;
            while (p < n) {
                char c = s[p];
                if (c > 255 || c == stop || c == '\\' || c == '\n' || c == '#') {
                    break;
                }
                p++;
            }
            if (p > pos) {
                col += p - pos;
                pos = p;
                if (p < n && s[p] > 255) {
                    // Elixir takes the last plain char with what follows as one grapheme cluster
                    pos--;
                    col--;
                    pos = extractChar(s, pos, n, line, col);
                    col++;
                    continue;
                }
            }
            if (pos >= n) {
                throw missingTerminator(line, col, last, heredoc);
            }
            char c = s[pos];
            if (c == last && !heredoc) {
                end = pos;
                pos++;
                col++;
                break;
            }
            if (c == '\\') {
                int c1 = pos + 1 < n ? s[pos + 1] : -1;
                if (c1 == '\n' || (c1 == '\r' && pos + 2 < n && s[pos + 2] == '\n')) {
                    pos += c1 == '\n' ? 2 : 3;
                } else if (c1 == last && !heredoc) {
                    sb = append(sb, s, run, pos); // the backslash is dropped
                    run = pos + 1;
                    pos += 2;
                    col += 2;
                    continue;
                } else if (heredoc && c1 == last && pos + 3 < n && s[pos + 2] == last && s[pos + 3] == last) {
                    head.add(run, pos); // the backslash is dropped
                    run = pos + 1;
                    pos += 4;
                    col += 4;
                    continue;
                } else if (interpol && c1 == '#' && pos + 2 < n && s[pos + 2] == '{') {
                    pos += 3;
                    col += 1; // sic: Elixir 1.14 advances one column for these three characters
                    continue;
                } else {
                    pos++;
                    col++;
                    if (pos >= n) {
                        throw missingTerminator(line, col, last, heredoc);
                    }
                    pos = extractChar(s, pos, n, line, col);
                    col++;
                    continue;
                }
            } else if (c == '\n') {
                pos++;
            } else if (c == '#' && interpol && pos + 1 < n && s[pos + 1] == '{') {
                if (heredoc) {
                    head.add(run, pos);
                    head = head.flushTo(parts);
                } else {
                    String text = text(sb, s, run, pos);
                    if (text != null) {
                        parts.add(text);
                    }
                    sb = null;
                }
                lx.pos = pos;
                lx.line = line;
                lx.col = col;
                parts.add(interpolation(lx));
                pos = lx.pos;
                line = lx.line;
                col = lx.col;
                run = pos;
                continue;
            } else {
                if (c <= 255 && pos + 1 < n && s[pos + 1] <= 255) {
                    pos++;
                } else {
                    pos = extractChar(s, pos, n, line, col);
                }
                col++;
                continue;
            }
            // after a newline (possibly escaped): Elixir's extract_nl
            line++;
            if (heredoc) {
                int k = spaces(s, pos, n);
                if (closesHeredoc(s, pos + k, n, last)) {
                    end = pos; // the closing line's indentation is not content
                    pos += k + 3;
                    col = k + 4;
                    break;
                }
                pos += k;
                col = k + 1;
            } else {
                col = 1;
            }
        }
        lx.pos = pos;
        lx.line = line;
        lx.col = col;
        if (heredoc) {
            head.add(run, end);
            head.flushTo(parts);
            trimHeredoc(s, parts, col - 4);
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

    /** {@code extract_char/8}: one grapheme cluster, refusing bidirectional controls. */
    private static int extractChar(char[] s, int pos, int n, int line, int col) {
        int cp = Character.codePointAt(s, pos, n);
        if (Messages.isBidi(cp)) {
            String token = "\\u" + Messages.hex4(cp);
            throw new SyntaxErrorException(line, col, "invalid bidirectional formatting character in string: " + token
                    + ". If you want to use such character, use it in its escaped " + token + " form instead");
        }
        if (cp <= 255 && (pos + 1 >= n || s[pos + 1] <= 255) && cp != '\r') {
            return pos + 1;
        }
        return Graphemes.clusterEnd(s, pos, n);
    }

    private static int spaces(char[] s, int pos, int n) {
        int k = 0;
        while (pos + k < n && (s[pos + k] == ' ' || s[pos + k] == '\t')) {
            k++;
        }
        return k;
    }

    private static boolean closesHeredoc(char[] s, int p, int n, char q) {
        return p + 2 < n && s[p] == q && s[p + 1] == q && s[p + 2] == q;
    }

    private static StringError missingTerminator(int line, int col, char last, boolean heredoc) {
        String term = heredoc ? "" + last + last + last : String.valueOf(last);
        return new StringError(line, col, "missing terminator: " + term);
    }

    /** {@code #{...}}: tokenizes the expression with a nested lexer up to its unmatched {@code }}. */
    private static Token.Interpolation interpolation(Lexer lx) {
        int line = lx.line;
        int col = lx.col;
        if (lx.depth >= Lexer.MAX_DEPTH) {
            throw new SyntaxErrorException(line, col,
                    "interpolation nested too deeply (more than " + Lexer.MAX_DEPTH + " levels)");
        }
        Lexer inner = new Lexer(lx, lx.pos + 2, line, col + 2);
        inner.run();
        if (!inner.closed) {
            throw new StringError(line, col, "missing interpolation terminator: \"}\"");
        }
        lx.pos = inner.pos;
        lx.line = inner.closeLine;
        lx.col = inner.closeCol + 1;
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
