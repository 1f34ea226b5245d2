package io.github.otpadvisor.elixir.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of a comma-separated list of Elixir code as written, split only at its own commas: not inside
 * brackets, binaries, strings, character literals ({@code ?,}) or {@code fn ... end} (and the same for the stages of a
 * pipeline). Children entries, tuples, maps and keyword lists of today's code are read this way, and so are the
 * elements of a callback's return (OTP019).
 */
public final class TopLevel {
    private TopLevel() {
    }

    /**
     * The items of {@code s}; when {@code strict}, null for text whose brackets or strings do not balance (what
     * is not one list must not be read as one), else whatever the split gives.
     */
    public static List<String> items(String s, boolean strict) {
        return split(s, ",", strict);
    }

    /** The stages of {@code a |> b |> c} at its top level, stripped (a call's arguments are not split). */
    public static List<String> stages(String s) {
        return split(s, "|>", false);
    }

    /** The alternatives of a type union {@code {:ok, t} | {:error, term}} at its top level; null when unbalanced. */
    public static List<String> alternatives(String s) {
        return split(s, "|", true);
    }

    private static List<String> split(String s, String separator, boolean strict) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = stringEnd(s, i);
                if (i < 0) {
                    if (strict) {
                        return null;
                    }
                    break;
                }
            } else if (c == '?' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '_')) {
                i++; // a character literal (?,), not a name's question mark (connected?)
            } else if (c == '(' || c == '[' || c == '{' || s.startsWith("<<", i) || word(s, i, "fn")) {
                i += s.startsWith("<<", i) ? 1 : 0;
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || s.startsWith(">>", i) || word(s, i, "end")) {
                i += s.startsWith(">>", i) ? 1 : 0;
                if (--depth < 0 && strict) {
                    return null;
                }
            } else if (depth == 0 && s.startsWith(separator, i)) {
                out.add(s.substring(start, i).strip());
                start = i + separator.length();
                i += separator.length() - 1;
            }
        }
        if (strict && depth != 0) {
            return null;
        }
        out.add(s.substring(start).strip());
        return out;
    }

    /** The index of the bracket closing the one at {@code open} (strings skipped), or -1. */
    public static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = stringEnd(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote that closes the string opening at {@code quote}, or -1 when it does not close. */
    private static int stringEnd(String s, int quote) {
        for (int i = quote + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the word {@code w} stands at {@code i} (not part of a longer name, an atom or a remote call). */
    private static boolean word(String s, int i, String w) {
        return s.startsWith(w, i) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '_'
                && s.charAt(i - 1) != ':' && s.charAt(i - 1) != '.')
                && (i + w.length() == s.length() || !Character.isLetterOrDigit(s.charAt(i + w.length()))
                && s.charAt(i + w.length()) != '_' && s.charAt(i + w.length()) != ':');
    }
}
