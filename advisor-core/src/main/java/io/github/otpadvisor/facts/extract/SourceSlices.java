package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.Bin;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.Tuple;
import java.util.Arrays;
import java.util.List;

/**
 * Code as written in the file, for sketches that move it (a handler's body into a plain function): the text of a
 * clause's body, of an expression that starts at a known position ({@code fn .. end}, {@code Agent.get(..)}).
 * The quoted form knows where a node starts but not where it ends, so a slice is found by scanning brackets and
 * {@code do}/{@code fn}/{@code end} from its start, and kept only when it parses back to the very node it was cut
 * for (metadata aside): a slice is exact or null.
 */
final class SourceSlices {
    /** Longer code is not moved into a sketch as text. */
    static final int MAX_CHARS = 3000;

    private final String src;
    /** Where each line starts, made on the first slice asked for: most files' modules never ask for one. */
    private int[] lineStarts;

    SourceSlices(String source) {
        this.src = source;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            lineStarts = src == null ? new int[0] : lineStartsOf(src);
        }
        return lineStarts;
    }

    /** By {@code indexOf}, which the JDK runs as a vector loop, not a character at a time. */
    private static int[] lineStartsOf(String source) {
        int n = 1;
        for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            n++;
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            starts[k++] = i + 1;
        }
        return starts;
    }

    /** The body of a clause {@code def name(..) do .. end} (or {@code , do: expr}) starting at line:column. */
    String body(int line, int column, Quoted body) {
        return body == null ? null : clause(offset(line, column), false, raw -> exact(raw, body));
    }

    /**
     * The clause whose head starts at {@code start}, cut as {@code accept} takes it: the whole clause ({@code whole})
     * or its body alone. A {@code , do: expr} body runs to a line end outside brackets: a few line ends are tried.
     */
    private String clause(int start, boolean whole, java.util.function.UnaryOperator<String> accept) {
        if (start < 0) {
            return null;
        }
        Scanner s = new Scanner(start);
        int doAt = s.findDo();
        if (doAt < 0) {
            return null;
        }
        if (s.keywordDo) {
            int from = whole ? start : doAt + 3;
            int at = doAt + 3;
            for (int tries = 0; tries < 6 && at < src.length(); tries++) {
                int eol = new Scanner(at).toLineEnd();
                String text = accept.apply(src.substring(from, eol));
                if (text != null) {
                    return text;
                }
                at = eol + 1;
            }
            return null;
        }
        int end = s.matchingEnd(doAt + 2);
        return end < 0 ? null : accept.apply(whole ? src.substring(start, end + 3) : src.substring(doAt + 2, end));
    }

    /**
     * The clause starting at line:column has a function-level {@code rescue} (a line of its do-block, at the
     * block's own level, that reads {@code rescue}); false when unknown.
     */
    boolean rescues(int line, int column) {
        int start = offset(line, column);
        if (start < 0) {
            return false;
        }
        Scanner s = new Scanner(start);
        int doAt = s.findDo();
        if (doAt < 0 || s.keywordDo) {
            return false; // `, do: x, rescue: y` is rare: not looked for
        }
        int end = s.matchingEnd(doAt + 2);
        if (end < 0) {
            return false;
        }
        int lineStart = src.lastIndexOf('\n', start) + 1;
        String indent = src.substring(lineStart, start).replaceAll("\\S.*", "");
        return java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(indent) + "rescue\\b")
                .matcher(src.substring(doAt + 2, end)).find();
    }

    /**
     * The head of a clause starting at line:column as written, {@code def handle_info(:tick, state) when x > 0}, up
     * to its {@code do} (or {@code , do:}), or null.
     */
    String head(int line, int column) {
        int start = offset(line, column);
        if (start < 0) {
            return null;
        }
        Scanner s = new Scanner(start);
        int doAt = s.findDo();
        if (doAt < 0 || doAt - start > MAX_CHARS) {
            return null;
        }
        String head = src.substring(start, doAt).stripTrailing();
        if (s.keywordDo) {
            if (!head.endsWith(",")) {
                return null;
            }
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head.isEmpty() ? null : head;
    }

    /** The expression {@code node} that starts at line:column: a call with parentheses, or {@code fn .. end}. */
    String expression(int line, int column, Quoted node) {
        int start = offset(line, column);
        if (start < 0 || node == null) {
            return null;
        }
        int end = new Scanner(start).closeOfFirstOpen();
        String text = end < 0 ? null : exact(src.substring(start, end), node);
        if (text != null) {
            return text;
        }
        // No bracket of its own ({@code & &1}): it ends at a comma, a bracket or the end of its line.
        int eol = src.indexOf('\n', start);
        eol = eol < 0 ? src.length() : eol;
        for (int i = start + 1; i <= eol; i++) {
            char c = i < src.length() ? src.charAt(i) : '\n';
            if (c == ',' || c == ')' || c == ']' || c == '}' || c == '\n') {
                text = exact(src.substring(start, i), node);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /**
     * A statement that starts at line:column as {@link #expression} reads it, with its continuation lines indented
     * from the statement's own column (as it stands in its block), not from the least indented of them.
     */
    String statement(int line, int column, Quoted node) {
        String text = expression(line, column, node);
        if (text == null || !text.contains("\n")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int least = Integer.MAX_VALUE;
        int[] lineStarts = lineStarts();
        for (int i = 1; i < lines.length && line + i <= lineStarts.length; i++) {
            int from = lineStarts[line + i - 1];
            int to = line + i < lineStarts.length ? lineStarts[line + i] : src.length();
            String l = src.substring(from, to);
            if (!l.isBlank()) {
                least = Math.min(least, l.length() - l.stripLeading().length());
            }
        }
        int pad = least == Integer.MAX_VALUE ? 0 : least - (column - 1);
        if (pad <= 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(lines[i].isEmpty() ? "" : " ".repeat(pad)).append(lines[i]);
        }
        return out.toString();
    }

    /** A call with a do-block ({@code setup do .. end}) starting at line:column, whole. */
    String doBlock(int line, int column, Quoted node) {
        return node == null ? null : clause(offset(line, column), true, raw -> exact(raw, node));
    }

    /**
     * Lines {@code from} to {@code to} (1-based, both included), dedented, when they parse to {@code nodes} (one
     * statement, or a block of them); a closing bracket on the lines after {@code to} is taken too (up to three).
     */
    String lines(int from, int to, List<Quoted> nodes) {
        int[] starts = lineStarts();
        if (src == null || nodes.isEmpty() || from < 1 || to < from || from > starts.length) {
            return null;
        }
        for (int last = to; last <= to + 3 && last <= starts.length; last++) {
            int end = last < starts.length ? starts[last] : src.length();
            String text = dedent(src.substring(starts[from - 1], end));
            if (text.isEmpty() || text.length() > MAX_CHARS) {
                return null;
            }
            ParseResult r = new ElixirFrontEnd().parse(text);
            if (r.ok() && (nodes.size() == 1 ? same(r.ast(), nodes.get(0))
                    : Q.isLocal(r.ast(), "__block__") && sameAll(Q.args(r.ast()), nodes))) {
                return text;
            }
        }
        return null;
    }

    /**
     * A whole clause {@code def name(..) do .. end} or {@code defp name(..), do: ..} starting at line:column, when
     * it parses to a definition whose body is {@code body}; else null.
     */
    String definition(int line, int column, Quoted body) {
        return body == null ? null : clause(offset(line, column), true, raw -> defining(raw, body));
    }

    private static String defining(String raw, Quoted body) {
        String text = dedent(raw);
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            return null;
        }
        ParseResult r = new ElixirFrontEnd().parse(text);
        return r.ok() && (Q.isLocal(r.ast(), "def") || Q.isLocal(r.ast(), "defp"))
                && same(Q.doBody(Q.args(r.ast())), body) ? text : null;
    }

    private int offset(int line, int column) {
        int[] lineStarts = lineStarts();
        if (src == null || line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        int o = lineStarts[line - 1] + column - 1;
        return o < src.length() ? o : -1;
    }

    /** The text, dedented and trimmed, when it parses to {@code node}; else null. */
    private static String exact(String raw, Quoted node) {
        String text = dedent(raw);
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            return null;
        }
        ParseResult r = new ElixirFrontEnd().parse(text);
        return r.ok() && same(r.ast(), node) ? text : null;
    }

    static String dedent(String raw) {
        List<String> lines = Arrays.asList(raw.split("\n", -1));
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && lines.get(first).isBlank()) {
            first++;
        }
        while (last >= first && lines.get(last).isBlank()) {
            last--;
        }
        if (first > last) {
            return "";
        }
        int indent = Integer.MAX_VALUE;
        for (int i = first; i <= last; i++) {
            String l = lines.get(i);
            if (!l.isBlank()) {
                int k = 0;
                while (k < l.length() && l.charAt(k) == ' ') {
                    k++;
                }
                // The first line of a one-line slice starts mid-line: it does not set the indentation.
                if (i > first || raw.startsWith("\n") || raw.startsWith(" ") || first > 0) {
                    indent = Math.min(indent, k);
                }
            }
        }
        if (indent == Integer.MAX_VALUE) {
            indent = 0;
        }
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String l = lines.get(i).stripTrailing();
            int cut = 0;
            while (cut < indent && cut < l.length() && l.charAt(cut) == ' ') {
                cut++;
            }
            out.append(i == first ? l.strip() : l.substring(cut));
            if (i < last) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The same quoted form, metadata aside. */
    static boolean same(Quoted a, Quoted b) {
        if (a instanceof Call x && b instanceof Call y) {
            if (x.isVariable() != y.isVariable() || !same(x.target(), y.target())) {
                return false;
            }
            return x.isVariable() || sameAll(x.args(), y.args());
        }
        if (a instanceof Tuple x && b instanceof Tuple y) {
            return sameAll(x.items(), y.items());
        }
        if (a instanceof QList x && b instanceof QList y) {
            return sameAll(x.items(), y.items());
        }
        if (a instanceof Bin x && b instanceof Bin y) {
            return Arrays.equals(x.bytes(), y.bytes());
        }
        return a != null && a.equals(b);
    }

    private static boolean sameAll(List<Quoted> a, List<Quoted> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A forward scan over code that skips strings, sigils, comments and character literals. */
    private final class Scanner {
        int pos;
        boolean keywordDo;

        Scanner(int pos) {
            this.pos = pos;
        }

        /** The offset of the first {@code do} (block or keyword) outside brackets, or -1. */
        int findDo() {
            int depth = 0;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (skipLiteral()) {
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (isWordStart(pos)) {
                    int w = wordEnd(pos);
                    String word = src.substring(pos, w);
                    if (word.equals("do") && depth == 0) {
                        keywordDo = w < src.length() && src.charAt(w) == ':';
                        if (keywordDo || isKeyword(pos, w)) {
                            return pos;
                        }
                    }
                    if (depth == 0 && (word.equals("fn") || word.equals("end")) && isKeyword(pos, w)) {
                        return -1;
                    }
                    pos = w;
                    continue;
                }
                pos++;
            }
            return -1;
        }

        /** From just after a {@code do}: the offset of its {@code end}, or -1. */
        int matchingEnd(int from) {
            pos = from;
            int blocks = 1;
            while (pos < src.length()) {
                if (skipLiteral()) {
                    continue;
                }
                if (isWordStart(pos)) {
                    int w = wordEnd(pos);
                    if (isKeyword(pos, w)) {
                        String word = src.substring(pos, w);
                        if (word.equals("do") || word.equals("fn")) {
                            blocks++;
                        } else if (word.equals("end") && --blocks == 0) {
                            return pos;
                        }
                    }
                    pos = w;
                    continue;
                }
                pos++;
            }
            return -1;
        }

        /** The offset just past the line end reached outside brackets and blocks. */
        int toLineEnd() {
            int depth = 0;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\n' && depth <= 0) {
                    return pos;
                }
                if (skipLiteral()) {
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (isWordStart(pos)) {
                    int w = wordEnd(pos);
                    if (isKeyword(pos, w)) {
                        String word = src.substring(pos, w);
                        depth += word.equals("do") || word.equals("fn") ? 1 : word.equals("end") ? -1 : 0;
                    }
                    pos = w;
                    continue;
                }
                pos++;
            }
            return src.length();
        }

        /** Past the bracket or {@code end} that closes the first one opened from here, or -1. */
        int closeOfFirstOpen() {
            int depth = 0;
            boolean opened = false;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (skipLiteral()) {
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                    opened = true;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (opened && depth == 0) {
                        return pos + 1;
                    }
                    if (depth < 0) {
                        return -1;
                    }
                } else if (isWordStart(pos)) {
                    int w = wordEnd(pos);
                    if (isKeyword(pos, w)) {
                        String word = src.substring(pos, w);
                        if (word.equals("do") || word.equals("fn")) {
                            depth++;
                            opened = true;
                        } else if (word.equals("end")) {
                            depth--;
                            if (opened && depth == 0) {
                                return w;
                            }
                        }
                    }
                    pos = w;
                    continue;
                }
                pos++;
            }
            return -1;
        }

        /** Skips a comment, string, charlist, sigil, quoted atom or character literal at pos. */
        private boolean skipLiteral() {
            char c = src.charAt(pos);
            if (c == '#') {
                int eol = src.indexOf('\n', pos);
                pos = eol < 0 ? src.length() : eol;
                return true;
            }
            if (c == '?' && (pos == 0 || !isWordChar(src.charAt(pos - 1))) && pos + 1 < src.length()) {
                pos += src.charAt(pos + 1) == '\\' ? 3 : 2;
                return true;
            }
            if (c == '"' || c == '\'') {
                pos = skipString(pos);
                return true;
            }
            if (c == ':' && pos + 1 < src.length() && src.charAt(pos + 1) == '"') {
                pos = skipString(pos + 1);
                return true;
            }
            if (c == '~' && pos + 2 < src.length() && Character.isLetter(src.charAt(pos + 1))) {
                int d = pos + 1;
                while (d < src.length() && Character.isLetterOrDigit(src.charAt(d))) {
                    d++;
                }
                if (d < src.length()) {
                    pos = skipSigil(d);
                    return true;
                }
            }
            return false;
        }

        private int skipString(int at) {
            char q = src.charAt(at);
            if (src.startsWith("" + q + q + q, at)) {
                int close = src.indexOf("" + q + q + q, at + 3);
                return close < 0 ? src.length() : close + 3;
            }
            int i = at + 1;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '#' && i + 1 < src.length() && src.charAt(i + 1) == '{') {
                    Scanner inner = new Scanner(i + 1);
                    int close = inner.closeOfFirstOpen();
                    i = close < 0 ? src.length() : close;
                } else if (c == q) {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return src.length();
        }

        private int skipSigil(int d) {
            char open = src.charAt(d);
            if (open == '"' || open == '\'') {
                return modifiers(skipString(d));
            }
            char close = switch (open) {
                case '(' -> ')';
                case '[' -> ']';
                case '{' -> '}';
                case '<' -> '>';
                default -> open;
            };
            int i = d + 1;
            while (i < src.length() && src.charAt(i) != close) {
                i += src.charAt(i) == '\\' ? 2 : 1;
            }
            return modifiers(Math.min(src.length(), i + 1));
        }

        private int modifiers(int i) {
            while (i < src.length() && Character.isLetter(src.charAt(i))) {
                i++;
            }
            return i;
        }

        private boolean isWordStart(int i) {
            char c = src.charAt(i);
            return (Character.isLetter(c) || c == '_') && (i == 0 || !isWordChar(src.charAt(i - 1)));
        }

        private int wordEnd(int i) {
            int w = i;
            while (w < src.length() && isWordChar(src.charAt(w))) {
                w++;
            }
            if (w < src.length() && (src.charAt(w) == '?' || src.charAt(w) == '!')) {
                w++;
            }
            return w;
        }

        /** Not a field ({@code x.end}), an atom ({@code :do}) or a keyword key ({@code end: 1}). */
        private boolean isKeyword(int start, int end) {
            char before = start > 0 ? src.charAt(start - 1) : ' ';
            if (before == '.' || before == ':' || before == '@') {
                return false;
            }
            return end >= src.length() || src.charAt(end) != ':' || end + 1 < src.length() && src.charAt(end + 1) == ':';
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
