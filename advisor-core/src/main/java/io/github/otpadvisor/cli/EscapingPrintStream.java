package io.github.otpadvisor.cli;

import io.github.otpadvisor.console.ConsoleText;
import java.io.PrintStream;

/**
 * The runnable jar's stderr. Everything printed there is a diagnostic line naming files, modules and
 * messages taken from the analyzed code, so every string passes through {@link ConsoleText#line} and the
 * only line breaks are those {@code println} adds: a file name with a newline cannot forge a second
 * {@code file:line:column:} line, and escape sequences never reach the terminal. Text is handed to the
 * wrapped stream, which keeps its own encoding.
 */
final class EscapingPrintStream extends PrintStream {
    private final PrintStream target;
    private int rewritten;

    EscapingPrintStream(PrintStream target) {
        super(target, true);
        this.target = target;
    }

    @Override
    public void print(String s) {
        target.print(ConsoleText.line(String.valueOf(s)));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void println(String x) {
        target.println(ConsoleText.line(String.valueOf(x)));
    }

    @Override
    public void println(Object x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(char[] x) {
        println(new String(x));
    }

    @Override
    public void println(char x) {
        println(String.valueOf(x));
    }

    @Override
    public void println() {
        target.println();
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        return append(csq == null ? "null" : csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }

    /**
     * Replaces the line the cursor is on with {@code text} (a progress line): a carriage return, the escaped text,
     * spaces over what a longer line before left; the empty text erases the line and leaves the cursor at its start. No escape sequence is sent.
     */
    void rewrite(String text) {
        String shown = ConsoleText.line(text);
        int erase = Math.max(0, rewritten - shown.length());
        target.print("\r" + shown + " ".repeat(erase) + (text.isEmpty() ? "\r" : ""));
        target.flush();
        rewritten = shown.length();
    }

    @Override
    public void flush() {
        target.flush();
    }
}
