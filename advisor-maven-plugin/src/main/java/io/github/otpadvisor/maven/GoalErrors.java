package io.github.otpadvisor.maven;

import io.github.otpadvisor.console.ConsoleText;
import io.github.otpadvisor.run.ConfigurationException;
import io.github.otpadvisor.run.Crash;
import io.github.otpadvisor.run.RunException;
import io.github.otpadvisor.run.Spelling;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The run layer's errors as goal errors: Maven prints the message without a stack trace, so it must say it
 * all, on one line (paths in it are escaped like the log's lines). A configuration mistake names the
 * parameter ({@code failOnSeverity: expected ...}).
 */
final class GoalErrors {
    private GoalErrors() {
    }

    static MojoExecutionException of(ConfigurationException e) {
        return new MojoExecutionException(ConsoleText.line(e.message(Spelling.PARAMETER)), e);
    }

    static MojoExecutionException of(RunException e) {
        return new MojoExecutionException(ConsoleText.line(e.getMessage()), e);
    }

    /**
     * A defect of ours or a JVM limit ({@code StackOverflowError}, {@code OutOfMemoryError}): one line instead
     * of a dump that ends the build JVM. The cause is kept for {@code mvn -e}.
     */
    static MojoExecutionException internal(Throwable e) {
        return new MojoExecutionException(ConsoleText.line("OTP Advisor " + Crash.describe(e)), e);
    }
}
