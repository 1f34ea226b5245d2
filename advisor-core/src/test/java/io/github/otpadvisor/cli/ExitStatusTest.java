package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The documented exit statuses: 0 clean, 1 findings, 2 usage or I/O, 3 internal error. A crash of any kind,
 * Errors included, is one line on stderr and status 3, never 1 (which means "findings found") and never a
 * stack trace unless debugging is asked for.
 */
class ExitStatusTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A command that throws what {@code failure} gives, as a defect deep in the analysis would. */
    private static Command crashing(Supplier<Throwable> failure) {
        return new Command() {
            @Override
            public String name() {
                return "crash";
            }

            @Override
            public String synopsis() {
                return "";
            }

            @Override
            public int run(List<String> args, PrintStream o, PrintStream e) {
                Throwable t = failure.get();
                if (t instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) t;
            }
        };
    }

    private int run(Supplier<Throwable> failure, boolean debug) {
        return Main.run(new String[] {"crash"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(crashing(failure)), debug);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStackOverflowIsOneLineAndStatus3() {
        assertEquals(3, run(StackOverflowError::new, false));
        assertEquals("otp-advisor: internal error: java.lang.StackOverflowError; please report it\n", err());
    }

    @Test
    void outOfMemoryIsOneLineAndStatus3() {
        assertEquals(3, run(() -> new OutOfMemoryError("Java heap space"), false));
        assertEquals("otp-advisor: out of memory: the JVM's heap is too small for this analysis"
                + " (java.lang.OutOfMemoryError: Java heap space); give the JVM more memory (-Xmx: JAVA_OPTS for the"
                + " command line, MAVEN_OPTS for Maven) or analyze fewer files\n", err());
    }

    @Test
    void anExceptionIsOneLineEvenWhenItsMessageSpansLines() {
        assertEquals(3, run(() -> new IllegalStateException("broken\nforged.ex:1:1: error"), false));
        assertEquals("otp-advisor: internal error: java.lang.IllegalStateException: broken\\nforged.ex:1:1: error;"
                + " please report it\n", err());
    }

    @Test
    void debuggingAddsTheStackTrace() {
        assertEquals(3, run(() -> new NullPointerException("x"), true));
        assertTrue(err().startsWith("otp-advisor: internal error: java.lang.NullPointerException: x; please report it\n"
                + "java.lang.NullPointerException: x\n\tat "), err());
    }

    @Test
    void withoutDebuggingNoStackTrace() {
        assertEquals(3, run(() -> new NullPointerException("x"), false));
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void usageErrorsStay2() {
        assertEquals(2, Main.run(new String[] {"analyze", "--nope"}, new PrintStream(out), new PrintStream(err)));
        assertEquals(2, Main.run(new String[] {"frobnicate"}, new PrintStream(out), new PrintStream(err)));
        assertEquals(2, Main.run(new String[] {}, new PrintStream(out), new PrintStream(err)));
    }
}
