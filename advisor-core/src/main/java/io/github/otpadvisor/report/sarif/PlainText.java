package io.github.otpadvisor.report.sarif;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules' Markdown explanations as plain text, for SARIF's required {@code text} (viewers that
 * cannot render Markdown show it verbatim). Only the markup our explanations use is undone: headings,
 * fenced code (kept, indented), code spans, bold, links and backslash escapes. Single {@code *} and
 * {@code _} stay, since taking them for emphasis would mangle names such as {@code __MODULE__}.
 */
final class PlainText {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");

    private PlainText() {
    }

    static String of(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null; // the run of backticks or tildes that opened the current code block
        for (String line : markdown.split("\\r?\\n", -1)) {
            if (fence != null) {
                if (closes(line, fence)) {
                    fence = null;
                } else {
                    out.append(line.isBlank() ? "" : "    " + line).append('\n');
                }
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                fence = f.group(1);
                continue;
            }
            Matcher h = HEADING.matcher(line);
            out.append(h.matches() ? inline(h.group(1) == null ? "" : h.group(1)) : inline(line)).append('\n');
        }
        return out.toString().strip() + "\n";
    }

    private static boolean closes(String line, String fence) {
        String t = line.strip();
        return t.length() >= fence.length() && t.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** One line's inline markup; code spans are copied verbatim. */
    static String inline(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int tick = s.indexOf('`', i);
            if (tick < 0) {
                out.append(text(s.substring(i)));
                break;
            }
            int run = runLength(s, tick);
            int close = closingRun(s, tick + run, run);
            if (close < 0) { // no closing run: the backticks are literal
                out.append(text(s.substring(i, tick + run)));
                i = tick + run;
                continue;
            }
            out.append(text(s.substring(i, tick)));
            String code = s.substring(tick + run, close);
            if (code.length() > 2 && code.startsWith(" ") && code.endsWith(" ")) {
                code = code.substring(1, code.length() - 1); // CommonMark's padding for spans holding a backtick
            }
            out.append(code);
            i = close + run;
        }
        return out.toString();
    }

    private static int runLength(String s, int from) {
        int j = from;
        while (j < s.length() && s.charAt(j) == '`') {
            j++;
        }
        return j - from;
    }

    private static int closingRun(String s, int from, int length) {
        int j = s.indexOf('`', from);
        while (j >= 0) {
            int run = runLength(s, j);
            if (run == length) {
                return j;
            }
            j = s.indexOf('`', j + run);
        }
        return -1;
    }

    /** Text outside code spans: links become "text (url)", bold markers and escaping backslashes go. */
    private static String text(String s) {
        String linked = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " (" + m.group(2) + ")"));
        StringBuilder out = new StringBuilder(linked.length());
        for (int i = 0; i < linked.length(); i++) {
            char c = linked.charAt(i);
            char next = i + 1 < linked.length() ? linked.charAt(i + 1) : 0;
            if (c == '\\' && isAsciiPunctuation(next)) {
                out.append(next);
                i++;
            } else if (c == '*' && next == '*') {
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
