package io.github.otpadvisor.run;

/** Which front end a message is for: it names each {@link Setting} the way that front end's users write it. */
public enum Spelling {
    /** Maven goal parameters: {@code failOnSeverity}, {@code failOnSeverity=error}. */
    PARAMETER,
    /** Command-line options: {@code --fail-on}, {@code --fail-on=error}, {@code --fail-on-parse-error}. */
    OPTION
}
