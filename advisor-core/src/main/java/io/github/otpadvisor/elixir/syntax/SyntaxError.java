package io.github.otpadvisor.elixir.syntax;

/**
 * A syntax error as Elixir reports it: 1-based line and column, and the message naming what was found
 * and what was expected. {@link #format(String)} gives the {@code path:line:column: message} form.
 *
 * <p>Messages quote source text (an over-long atom, the string or heredoc before which the syntax broke),
 * and Elixir quotes it whole: a 1 MB atom made a 1 MB line. A message longer than
 * {@link #MAX_MESSAGE_CHARS} keeps its start, so its shape (what is wrong, then the start of the text) and
 * every ordinary message (the longest, with hints, are about 600 characters) stay as Elixir words them,
 * and says how much was left out.
 */
public record SyntaxError(int line, int column, String message) {
    public static final int MAX_MESSAGE_CHARS = 1000;

    public SyntaxError {
        message = bounded(message);
    }

    public String format(String path) {
        return path + ":" + line + ":" + column + ": " + message;
    }

    private static String bounded(String message) {
        if (message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        int cut = Character.isHighSurrogate(message.charAt(MAX_MESSAGE_CHARS - 1)) ? MAX_MESSAGE_CHARS - 1
                : MAX_MESSAGE_CHARS;
        return message.substring(0, cut) + "... (" + message.codePointCount(cut, message.length())
                + " more characters)";
    }
}
