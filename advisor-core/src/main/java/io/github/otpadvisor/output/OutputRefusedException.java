package io.github.otpadvisor.output;

import java.io.IOException;

/**
 * The output folder cannot be written as asked, and nothing was written: an entry there was not created
 * by otp-advisor, the path is a file, or another run holds the folder too long. The message names the path
 * and what to do; callers show it as it is.
 */
public final class OutputRefusedException extends IOException {
    public OutputRefusedException(String message) {
        super(message);
    }
}
