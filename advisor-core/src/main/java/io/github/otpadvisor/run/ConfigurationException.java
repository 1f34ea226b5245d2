package io.github.otpadvisor.run;

/**
 * A run that cannot start as configured. Raised while validating, before any file is read, so a typo
 * costs nothing; the problem names the valid values. It belongs to one {@link Setting}, which each front
 * end names its own way ({@link #message}); a problem inside a file the user named (a baseline that is not
 * valid JSON) has no setting, since its message already starts with {@code file:line:column:}.
 */
public final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Setting setting;

    public ConfigurationException(Setting setting, String problem) {
        super(problem, null, false, false);
        this.setting = setting;
    }

    /** A problem in the content of a file the user named; the message names the file and position. */
    public static ConfigurationException inFile(String message) {
        return new ConfigurationException(null, message);
    }

    /** The setting at fault, or null for {@link #inFile} problems. */
    public Setting setting() {
        return setting;
    }

    /** What is wrong, without the setting's name: the same words whichever front end shows them. */
    public String problem() {
        return getMessage();
    }

    /** {@code failOnSeverity: expected ...} for the Maven goals, {@code --fail-on: expected ...} for the CLI. */
    public String message(Spelling spelling) {
        return setting == null ? problem() : setting.name(spelling) + ": " + problem();
    }
}
