package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A crash inside a goal, Errors included, fails the goal with one line (Maven then prints no stack trace
 * without {@code -e}) instead of reaching Maven as a raw {@code StackOverflowError} that ends the build JVM
 * with a dump. The cause stays attached for {@code mvn -e}.
 */
class InternalErrorTest {
    /** A goal whose run throws what a defect deep in the analysis would. */
    private static final class CrashingMojo extends AbstractAnalysisMojo {
        private final Supplier<Throwable> failure;

        CrashingMojo(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        String goal() {
            return "crash";
        }

        @Override
        void run() {
            Throwable t = failure.get();
            if (t instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) t;
        }
    }

    private static MojoExecutionException crash(Throwable t) {
        return assertThrows(MojoExecutionException.class, () -> new CrashingMojo(() -> t).execute());
    }

    @Test
    void aStackOverflowBecomesAOneLineGoalError() {
        StackOverflowError overflow = new StackOverflowError();
        MojoExecutionException e = crash(overflow);
        assertEquals("OTP Advisor internal error: java.lang.StackOverflowError; please report it", e.getMessage());
        assertSame(overflow, e.getCause());
    }

    @Test
    void outOfMemoryAndExceptionsToo() {
        assertEquals("OTP Advisor out of memory: the JVM's heap is too small for this analysis"
                + " (java.lang.OutOfMemoryError: Java heap space); give the JVM more memory (-Xmx: JAVA_OPTS for the"
                + " command line, MAVEN_OPTS for Maven) or analyze fewer files",
                crash(new OutOfMemoryError("Java heap space")).getMessage());
        assertEquals("OTP Advisor internal error: java.lang.IllegalStateException: a\\nb; please report it",
                crash(new IllegalStateException("a\nb")).getMessage());
    }
}
