package io.github.otpadvisor.site;

/** Text from code (rule summaries, names) made safe for the generated Markdown pages. */
final class Markdown {
    private Markdown() {
    }

    /**
     * Inline text: Markdown punctuation and HTML's specials are escaped, so a summary cannot open a link,
     * emphasis, a table cell or a tag; line breaks become spaces (a table row is one line).
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Code in backticks; text that holds a backtick or a line break is escaped as plain text instead. */
    static String code(String text) {
        if (text.indexOf('`') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return inline(text);
        }
        return "`" + text.replace("|", "\\|") + "`";
    }
}
