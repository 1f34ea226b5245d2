package io.github.otpadvisor.elixir.ast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A port of Elixir 1.14's {@code String.Tokenizer.tokenize/1} as far as {@code Macro.classify_atom/1}
 * needs it: does a whole atom name read as one identifier, of which kind, and with which special marks.
 *
 * <p>The non-ASCII tables ({@code identifier-tables.txt}) were produced by running the compile-time
 * code of {@code lib/elixir/unicode/tokenizer.ex} (v1.14.0) over its own Unicode 14 data files, so
 * the character classes and script sets are Elixir's, not Java's. NFC normalization uses
 * {@link Normalizer} (the JDK's Unicode version; the two differ only for characters added since).
 */
final class IdentifierTables {
    /** The outcome of tokenizing an atom name. */
    enum Kind { ALIAS, IDENTIFIER, ATOM, ERROR }

    /** Kind plus whether the whole name was consumed and the special marks of interest. */
    record Result(Kind kind, boolean consumedAll, boolean at, boolean nfkc) {
    }

    private static final long BOTTOM = 0;
    private static final long LATIN = 1;
    private static final long TOP;
    private static final long[] RESTRICTIVE;
    private static final int MICRO = 0xB5;
    private static final int MU = 0x3BC;
    private static final long MU_MASK;
    private static final int[][] UPPER;
    private static final int[][] START;
    private static final int[][] CONTINUE;
    private static final long[][] UPPER_MASKS;
    private static final long[][] START_MASKS;
    private static final long[][] CONTINUE_MASKS;

    static {
        long top = 0;
        long[] restrictive = new long[0];
        long muMask = 0;
        List<List<long[]>> sections = new ArrayList<>();
        try (InputStream in = IdentifierTables.class.getResourceAsStream("identifier-tables.txt")) {
            if (in == null) {
                throw new IllegalStateException("identifier-tables.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<long[]> current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "top" -> top = Long.parseLong(f[1], 16);
                    case "latin" -> { }
                    case "restrictive" -> {
                        restrictive = new long[f.length - 1];
                        for (int i = 1; i < f.length; i++) {
                            restrictive[i - 1] = Long.parseLong(f[i], 16);
                        }
                    }
                    case "micro" -> muMask = Long.parseLong(f[2], 16);
                    case "upper", "start", "continue" -> {
                        current = new ArrayList<>();
                        sections.add(current);
                    }
                    default -> current.add(new long[] {Long.parseLong(f[0], 16), Long.parseLong(f[1], 16),
                            Long.parseLong(f[2], 16)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TOP = top;
        RESTRICTIVE = restrictive;
        MU_MASK = muMask;
        UPPER = bounds(sections.get(0));
        START = bounds(sections.get(1));
        CONTINUE = bounds(sections.get(2));
        UPPER_MASKS = masks(sections.get(0));
        START_MASKS = masks(sections.get(1));
        CONTINUE_MASKS = masks(sections.get(2));
    }

    private IdentifierTables() {
    }

    private static int[][] bounds(List<long[]> ranges) {
        int[][] b = new int[2][ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            b[0][i] = (int) ranges.get(i)[0];
            b[1][i] = (int) ranges.get(i)[1];
        }
        return b;
    }

    private static long[][] masks(List<long[]> ranges) {
        long[][] m = new long[1][ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            m[0][i] = ranges.get(i)[2];
        }
        return m;
    }

    /** The script set of {@code c} in a sorted range table, or BOTTOM when absent. */
    private static long lookup(int[][] table, long[][] masks, int c) {
        int[] firsts = table[0];
        int lo = 0;
        int hi = firsts.length - 1;
        int found = -1;
        while (lo <= hi) { // last range whose first <= c
            int mid = (lo + hi) >>> 1;
            if (firsts[mid] <= c) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        // Ranges may overlap (duplicates in Elixir's lists); scan back over candidates.
        for (int i = found; i >= 0 && i > found - 4; i--) {
            if (firsts[i] <= c && c <= table[1][i]) {
                return masks[0][i];
            }
        }
        return BOTTOM;
    }

    static long unicodeUpper(int c) {
        return lookup(UPPER, UPPER_MASKS, c);
    }

    static long unicodeStart(int c) {
        return lookup(START, START_MASKS, c);
    }

    static long unicodeContinue(int c) {
        return lookup(CONTINUE, CONTINUE_MASKS, c);
    }

    private static boolean asciiUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean asciiLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean asciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** {@code String.Tokenizer.tokenize(String.to_charlist(name))}, reduced to what classification needs. */
    static Result tokenize(String name) {
        if (name.isEmpty()) {
            return new Result(Kind.ERROR, false, false, false);
        }
        int[] cps = name.codePoints().toArray();
        int head = cps[0];
        Kind kind;
        long scriptset;
        boolean ascii;
        boolean nfkc = false;
        if (asciiUpper(head)) {
            kind = Kind.ALIAS;
            scriptset = LATIN;
            ascii = true;
        } else if (asciiLower(head)) {
            kind = Kind.IDENTIFIER;
            scriptset = LATIN;
            ascii = true;
        } else if (head == '_') {
            kind = Kind.IDENTIFIER;
            scriptset = TOP;
            ascii = true;
        } else {
            ascii = false;
            long ss = unicodeUpper(head);
            if (ss != BOTTOM) {
                kind = Kind.ATOM;
                scriptset = ss;
            } else if ((ss = unicodeStart(head)) != BOTTOM) {
                kind = Kind.IDENTIFIER;
                scriptset = ss;
            } else if (head == MICRO) {
                kind = Kind.IDENTIFIER;
                scriptset = MU_MASK;
                cps[0] = MU;
                nfkc = true;
            } else {
                return new Result(Kind.ERROR, false, false, false);
            }
        }
        boolean at = false;
        int i = 1;
        int n = cps.length;
        while (i < n) {
            int c = cps[i];
            if (c == '!' || c == '?') {
                i++;
                break;
            } else if (c == '@') {
                at = true;
            } else if (asciiLower(c) || asciiUpper(c)) {
                scriptset &= LATIN;
            } else if (c == '_' || asciiDigit(c)) {
                // scriptset unchanged
            } else if (c <= 127) {
                break;
            } else {
                long ss = unicodeStart(c);
                if (ss == BOTTOM) {
                    ss = unicodeUpper(c);
                }
                if (ss == BOTTOM) {
                    ss = unicodeContinue(c);
                }
                if (ss == BOTTOM) {
                    if (c != MICRO) {
                        return new Result(Kind.ERROR, false, false, false);
                    }
                    cps[i] = MU;
                    ss = MU_MASK;
                    nfkc = true;
                }
                scriptset &= ss;
                ascii = false;
            }
            i++;
        }
        boolean consumedAll = i >= n;
        if (!ascii) {
            // validate/2: NFC-normalize the consumed part and check the script sets.
            String original = new String(cps, 0, i);
            String normalized = Normalizer.normalize(original, Normalizer.Form.NFC);
            if (!normalized.equals(original)) {
                nfkc = true;
            }
            if (scriptset == BOTTOM && !highlyRestrictive(normalized)) {
                return new Result(Kind.ERROR, false, false, false);
            }
        }
        return new Result(kind, consumedAll, at, nfkc);
    }

    private static boolean highlyRestrictive(String acc) {
        int[] cps = acc.codePoints().toArray();
        for (long restrictive : RESTRICTIVE) {
            boolean all = true;
            for (int c : cps) {
                if ((scriptsetOf(c) & restrictive) == BOTTOM) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** {@code codepoint_to_scriptset/1}. */
    private static long scriptsetOf(int c) {
        if (asciiLower(c) || asciiUpper(c)) {
            return LATIN;
        }
        if (c == '_' || asciiDigit(c)) {
            return TOP;
        }
        long ss = unicodeStart(c);
        if (ss != BOTTOM) {
            return ss;
        }
        ss = unicodeUpper(c);
        if (ss != BOTTOM) {
            return ss;
        }
        ss = unicodeContinue(c);
        return ss != BOTTOM ? ss : TOP;
    }
}
