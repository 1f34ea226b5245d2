package io.github.otpadvisor.cli;

/** A command line that cannot be run: the message says what is wrong; the exit status is 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
