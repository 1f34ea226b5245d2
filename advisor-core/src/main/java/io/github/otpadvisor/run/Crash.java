package io.github.otpadvisor.run;

/**
 * A throwable nothing else handled: a defect of ours, or a JVM limit such as {@link StackOverflowError}
 * or {@link OutOfMemoryError}. The CLI and the goals report it as one line in these words, with a status
 * of its own: never as a stack trace, and never as the status that means "findings found".
 */
public final class Crash {
    /** A message can quote input (a name, a path); the line must stay readable. */
    private static final int MAX_MESSAGE_CHARS = 500;

    private Crash() {
    }

    /** {@code internal error: java.lang.StackOverflowError; please report it}, the class's message after its name. */
    public static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            // A limit of the JVM the user started, not a defect to report: say which knob moves it.
            return "out of memory: the JVM's heap is too small for this analysis (" + t + "); give the JVM more"
                    + " memory (-Xmx: JAVA_OPTS for the command line, MAVEN_OPTS for Maven) or analyze fewer files";
        }
        String message = t.getMessage();
        if (message != null && message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + "...";
        }
        return "internal error: " + t.getClass().getName() + (message == null ? "" : ": " + message)
                + "; please report it";
    }
}
