package io.github.otpadvisor.elixir.lexer;

import java.text.Normalizer;

/**
 * Port of Elixir 1.14's {@code String.Tokenizer.tokenize/1}: which characters start and continue
 * identifiers, and what kind of name they form, with Elixir's own tables ({@link UnicodeTables}).
 * Not ported: the mixed-script security check (Elixir refuses e.g. Latin mixed with Cyrillic in
 * one name; we accept it) and the confusable-skeleton hint in error messages.
 */
final class Identifiers {
    private Identifiers() {
    }

    static final int EMPTY = 0;
    static final int ALIAS = 1;
    static final int IDENTIFIER = 2;
    /** A name starting with a non-ASCII upper-case letter: valid as an atom only. */
    static final int ATOM = 3;
    /** A character that can neither continue nor end the name: see {@link Scan#end}. */
    static final int UNEXPECTED = 4;

    private static final int MICRO = 0xB5;

    /** ASCII letters, digits and underscore. */
    private static final boolean[] WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
    }
    private static final int MU = 0x3BC;

    /** The result of one scan; reused by the lexer to avoid an allocation per identifier. */
    static final class Scan {
        int kind;
        /** Index after the name; for UNEXPECTED, index after the offending code point. */
        int end;
        /** Code points consumed (for UNEXPECTED: including the offending one). */
        int length;
        boolean ascii;
        boolean at;
        boolean punctuation;
        boolean normalized;
        /** {@link NameCache#hash} of the name's chars (meaningful when {@link #ascii}). */
        int hash;
    }

    static boolean isAsciiUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUnicodeUpper(int c) {
        return c > 127 && UnicodeTables.contains(UnicodeTables.UPPER, c);
    }

    /** Starts an identifier; µ (U+00B5) is excluded here: Elixir normalizes it to μ first. */
    static boolean isUnicodeStart(int c) {
        return c > 127 && c != MICRO && UnicodeTables.contains(UnicodeTables.START, c);
    }

    /** Anything Elixir accepts after the first character of a name (µ excluded, as above). */
    static boolean isUnicodeContinue(int c) {
        return c > 127 && c != MICRO && UnicodeTables.contains(UnicodeTables.CONTINUE, c);
    }

    /**
     * The common case of {@link #scan}, without its per-code-point work: a name of ASCII letters,
     * digits and underscores, possibly ending in {@code ?} or {@code !}. Returns false, leaving
     * {@code out} to {@link #scan}, for anything else (other starts, {@code @}, non-ASCII, {@code Foo?}).
     */
    static boolean scanAscii(char[] s, int pos, int n, Scan out) {
        char first = s[pos];
        if (first >= 128 || !WORD[first] || (first >= '0' && first <= '9')) {
            return false;
        }
        int h = first;
        int p = pos + 1;
        char d = 0;
        while (p < n) {
            d = s[p];
            if (d >= 128 || !WORD[d]) {
                break;
            }
            h = 31 * h + d;
            p++;
        }
        boolean punctuation = false;
        if (p < n) {
            if (d == '?' || d == '!') {
                if (isAsciiUpper(first)) {
                    return false; // an error, reported by scan's caller
                }
                h = 31 * h + d;
                p++;
                punctuation = true;
            } else if (d >= 128 || d == '@') {
                return false;
            }
        }
        out.kind = isAsciiUpper(first) ? ALIAS : IDENTIFIER;
        out.end = p;
        out.length = p - pos;
        out.ascii = true;
        out.at = false;
        out.punctuation = punctuation;
        out.normalized = false;
        out.hash = h;
        return true;
    }

    /** Scans the name starting at {@code pos} into {@code out}. */
    static void scan(char[] s, int pos, int n, Scan out) {
        out.at = false;
        out.punctuation = false;
        out.normalized = false;
        int c = Character.codePointAt(s, pos, n);
        int kind;
        boolean ascii = true;
        if (isAsciiUpper(c)) {
            kind = ALIAS;
        } else if (isAsciiLower(c) || c == '_') {
            kind = IDENTIFIER;
        } else if (c > 127 && isUnicodeUpper(c)) {
            kind = ATOM;
            ascii = false;
        } else if (c > 127 && isUnicodeStart(c)) {
            kind = IDENTIFIER;
            ascii = false;
        } else if (c == MICRO) {
            kind = IDENTIFIER;
            ascii = false;
            out.normalized = true;
        } else {
            out.kind = EMPTY;
            return;
        }
        int p = pos + Character.charCount(c);
        int h = c;
        // the common case first: a run of ASCII letters, digits and underscores
        int q = p;
        while (q < n) {
            char d = s[q];
            if (d >= 128 || !WORD[d]) {
                break;
            }
            h = 31 * h + d;
            q++;
        }
        int length = 1 + q - p;
        p = q;
        while (p < n) {
            char d = s[p];
            if (d < 128 && WORD[d]) {
                h = 31 * h + d;
                p++;
                length++;
            } else if (d == '@') {
                h = 31 * h + d;
                out.at = true;
                p++;
                length++;
            } else if (d == '!' || d == '?') {
                h = 31 * h + d;
                out.punctuation = true;
                p++;
                length++;
                break;
            } else if (d <= 127) {
                break;
            } else {
                int cp = Character.codePointAt(s, p, n);
                if (isUnicodeContinue(cp)) {
                    ascii = false;
                } else if (cp == MICRO) {
                    ascii = false;
                    out.normalized = true;
                } else {
                    out.kind = UNEXPECTED;
                    out.end = p + Character.charCount(cp);
                    out.length = length + 1;
                    return;
                }
                p += Character.charCount(cp);
                length++;
            }
        }
        out.kind = kind;
        out.end = p;
        out.length = length;
        out.ascii = ascii;
        out.hash = h;
    }

    /** The atom text of a scanned non-ASCII name: µ as μ, then NFC, as {@code validate/2} does. */
    static String unicodeName(char[] s, int from, int to) {
        String raw = new String(s, from, to - from);
        if (raw.indexOf(MICRO) >= 0) {
            raw = raw.replace((char) MICRO, (char) MU);
        }
        return Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    /** Whether the NFC form differs (Elixir then marks the name with the {@code nfkc} special). */
    static boolean changedByNfc(char[] s, int from, int to) {
        return !Normalizer.isNormalized(new String(s, from, to - from), Normalizer.Form.NFC);
    }

    /** Whether {@code text} starts with something String.Tokenizer accepts (used for error hints). */
    static boolean tokenizes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char[] chars = text.toCharArray();
        Scan scan = new Scan();
        scan(chars, 0, chars.length, scan);
        return scan.kind != EMPTY && scan.kind != UNEXPECTED;
    }

    /**
     * {@code suggest_simpler_unexpected_token_in_error/4} without the confusable-skeleton step: the
     * message when the NFKC form of {@code wrong} would be a valid name, else null.
     */
    static String nfkcSuggestion(String wrong) {
        String nfkc = Normalizer.normalize(wrong, Normalizer.Form.NFKC);
        if (!tokenizes(nfkc)) {
            return null;
        }
        return "unexpected token: Elixir expects unquoted Unicode atoms, variables, and calls to use allowed "
                + "codepoints and to be in NFC form.\n\nGot:\n\n    \"" + wrong + "\" (code points" + codepointHex(wrong)
                + ")\n\nHint: You could write the above in a compatible format that is accepted by Elixir:\n\n    \""
                + nfkc + "\" (code points" + codepointHex(nfkc)
                + ")\n\nSee https://hexdocs.pm/elixir/unicode-syntax.html for more information.";
    }

    private static String codepointHex(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> sb.append(" 0x").append(Messages.hex5(cp)));
        return sb.toString();
    }
}
