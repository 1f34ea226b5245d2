package io.github.otpadvisor.report.template;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;

/**
 * The output of one render, refused past a number of characters (a template that writes in a loop
 * without end fills no memory), and refused once the rendering thread is interrupted, which also stops
 * loops that FreeMarker's own interruption checks do not see ({@code ?interpret}ed templates).
 */
final class BoundedOutput extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final long limit;

    BoundedOutput(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        room(len);
        text.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        room(len);
        text.append(s, off, off + len);
    }

    @Override
    public void write(int c) throws IOException {
        room(1);
        text.append((char) c);
    }

    private void room(int len) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("rendering was stopped");
        }
        if (text.length() + (long) len > limit) {
            throw new LimitExceeded(limit);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The template wrote more than the limit. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("writes more than " + limit + " characters");
        }
    }
}
