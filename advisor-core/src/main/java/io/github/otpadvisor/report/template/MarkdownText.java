package io.github.otpadvisor.report.template;

/** Escaping for Markdown text, inline code and fenced code blocks. */
public final class MarkdownText {
    /** Characters with an inline meaning anywhere: code, emphasis, links, images, tables, strikethrough. */
    private static final String ALWAYS = "\\`*_[]|~";
    /** Characters that start a block (list, quote, heading underline) when they come first. */
    private static final String LINE_START = "-+=#";
    private MarkdownText() {
    }

    /**
     * Text that renders literally wherever it is placed in a line (paragraph, list item, table cell):
     * the characters with an inline meaning are backslash-escaped, {@code < > &} become entities, block
     * starters are escaped when they come first, line breaks become spaces, control characters go. The
     * rest stays as it is, so the file reads well as plain text too.
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                if (!(c == '\n' && i > 0 && s.charAt(i - 1) == '\r')) {
                    sb.append(' ');
                }
            } else if (c == '<') {
                sb.append("&lt;");
            } else if (c == '>') {
                sb.append("&gt;");
            } else if (c == '&') {
                sb.append("&amp;");
            } else if (c == '\t') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0x7f) {
                // dropped: control characters have no business in a report
            } else if (ALWAYS.indexOf(c) >= 0 || sb.length() == 0 && LINE_START.indexOf(c) >= 0
                    || (c == '.' || c == ')') && allDigits(sb)) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * An inline code span that shows {@code s} exactly: the backtick fence is one longer than the
     * longest run inside, padded with spaces when the content starts or ends with a backtick. Line
     * breaks become spaces (a code span cannot hold one in a table). A pipe still ends a GFM table
     * cell even inside code, so it is backslash-escaped, which GFM removes again inside tables.
     */
    public static String code(String s, boolean inTable) {
        String flat = oneLine(s);
        if (inTable) {
            flat = flat.replace("|", "\\|");
        }
        String fence = "`".repeat(longestRun(flat, '`') + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank();
        return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
    }

    /** A fenced code block: the fence is longer than any backtick run in the content (at least three). */
    public static String fence(String language, String content) {
        String fence = "`".repeat(Math.max(3, longestRun(content, '`') + 1));
        String body = stripControls(content);
        return fence + (language == null ? "" : language) + "\n" + body + (body.endsWith("\n") ? "" : "\n") + fence;
    }

    private static String oneLine(String s) {
        return stripControls(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }

    private static String stripControls(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0x7f || c == '\n' || c == '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /** "1." or "1)" at the start would begin an ordered list. */
    private static boolean allDigits(StringBuilder sb) {
        if (sb.length() == 0 || sb.length() > 9) {
            return false;
        }
        for (int i = 0; i < sb.length(); i++) {
            if (!Character.isDigit(sb.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Markdown whose ATX headings are {@code by} levels deeper (capped at 6), to embed a document under
     * a heading of another; lines inside fenced code blocks (Elixir comments start with {@code #}) are
     * left alone.
     */
    public static String demote(String markdown, int by) {
        StringBuilder sb = new StringBuilder(markdown.length() + 64);
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String t = line.stripLeading();
            if (fence == null && (t.startsWith("```") || t.startsWith("~~~"))) {
                fence = t.substring(0, 3);
            } else if (fence != null && t.startsWith(fence)) {
                fence = null;
            } else if (fence == null && t.startsWith("#")) {
                int level = 0;
                while (level < t.length() && t.charAt(level) == '#') {
                    level++;
                }
                if (level <= 6 && (level == t.length() || t.charAt(level) == ' ')) {
                    line = "#".repeat(Math.min(6, level + by)) + t.substring(level);
                }
            }
            sb.append(line).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
