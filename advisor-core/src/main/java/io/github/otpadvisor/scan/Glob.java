package io.github.otpadvisor.scan;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A glob in the syntax of {@link java.nio.file.FileSystem#getPathMatcher} ({@code *}, {@code **},
 * {@code ?}, {@code [a-z]}, {@code [!x]}, {@code {a,b}}, {@code \} escapes), matched against a
 * {@code /}-separated relative path as text. The JDK's matcher needs a {@link java.nio.file.Path}, and
 * making one from text fails for a name the platform charset cannot encode ({@code café.ex} under
 * {@code LC_ALL=C}); text cannot fail.
 */
public final class Glob {
    private static final String REGEX_META = ".^$+{[]|()";
    private static final String GLOB_META = "\\*?[{";

    private final Pattern pattern;

    private Glob(Pattern pattern) {
        this.pattern = pattern;
    }

    /** As the scanner reads a user's glob: trimmed, {@code \} taken for a separator (so no escapes). */
    public static String normalize(String userGlob) {
        return userGlob.trim().replace('\\', '/');
    }

    /** The glob, or a {@link PatternSyntaxException} naming what is wrong and where. */
    public static Glob compile(String glob) {
        return new Glob(Pattern.compile(toRegex(glob), Pattern.DOTALL));
    }

    public boolean matches(String relativePath) {
        return pattern.matcher(relativePath).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder("^");
        boolean inGroup = false;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            switch (c) {
                case '\\' -> {
                    if (i == glob.length()) {
                        throw new PatternSyntaxException("No character to escape", glob, i - 1);
                    }
                    char next = glob.charAt(i++);
                    regex.append(GLOB_META.indexOf(next) >= 0 || REGEX_META.indexOf(next) >= 0 ? "\\" : "")
                            .append(next);
                }
                case '[' -> i = bracket(glob, i, regex);
                case '{' -> {
                    if (inGroup) {
                        throw new PatternSyntaxException("Cannot nest groups", glob, i - 1);
                    }
                    regex.append("(?:(?:");
                    inGroup = true;
                }
                case '}' -> {
                    regex.append(inGroup ? "))" : "\\}");
                    inGroup = false;
                }
                case ',' -> regex.append(inGroup ? ")|(?:" : ",");
                case '*' -> {
                    boolean crosses = i < glob.length() && glob.charAt(i) == '*';
                    regex.append(crosses ? ".*" : "[^/]*");
                    i += crosses ? 1 : 0;
                }
                case '?' -> regex.append("[^/]");
                default -> regex.append(REGEX_META.indexOf(c) >= 0 ? "\\" : "").append(c);
            }
        }
        if (inGroup) {
            throw new PatternSyntaxException("Missing '}", glob, i - 1);
        }
        return regex.append('$').toString();
    }

    /** A bracket expression from just after its {@code [}; returns where the glob goes on. Never matches {@code /}. */
    private static int bracket(String glob, int i, StringBuilder regex) {
        regex.append("[[^/]&&[");
        if (i < glob.length() && glob.charAt(i) == '^') {
            regex.append("\\^");
            i++;
        } else {
            if (i < glob.length() && glob.charAt(i) == '!') {
                regex.append('^');
                i++;
            }
            if (i < glob.length() && glob.charAt(i) == '-') {
                regex.append('-');
                i++;
            }
        }
        boolean rangeStart = false;
        char last = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == ']') {
                regex.append("]]");
                return i;
            }
            if (c == '/') {
                throw new PatternSyntaxException("Explicit 'name separator' in class", glob, i - 1);
            }
            if (c == '\\' || c == '[' || c == '&' && i < glob.length() && glob.charAt(i) == '&') {
                regex.append('\\');
            }
            regex.append(c);
            if (c != '-') {
                rangeStart = true;
                last = c;
                continue;
            }
            if (!rangeStart) {
                throw new PatternSyntaxException("Invalid range", glob, i - 1);
            }
            if (i == glob.length() || glob.charAt(i) == ']') {
                continue; // a '-' before ']' is itself
            }
            char end = glob.charAt(i++);
            if (end < last) {
                throw new PatternSyntaxException("Invalid range", glob, i - 3);
            }
            regex.append(end);
            rangeStart = false;
        }
        throw new PatternSyntaxException("Missing ']", glob, i - 1);
    }
}
