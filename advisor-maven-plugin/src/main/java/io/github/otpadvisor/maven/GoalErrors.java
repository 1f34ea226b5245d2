package io.github.otpadvisor.maven;

import io.github.otpadvisor.run.ConfigurationException;
import io.github.otpadvisor.run.RunException;
import io.github.otpadvisor.run.Spelling;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The run layer's errors as goal errors: Maven prints the message without a stack trace, so it must say it
 * all. A configuration mistake names the parameter ({@code failOnSeverity: expected ...}).
 */
final class GoalErrors {
    private GoalErrors() {
    }

    static MojoExecutionException of(ConfigurationException e) {
        return new MojoExecutionException(e.message(Spelling.PARAMETER), e);
    }

    static MojoExecutionException of(RunException e) {
        return new MojoExecutionException(e.getMessage(), e);
    }
}
