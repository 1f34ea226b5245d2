package io.github.otpadvisor.run;

/**
 * Everything a user configures for a run, with its Maven parameter and its command-line spelling side by
 * side: one table, so that a message names the setting as the user wrote it and the two front ends cannot
 * drift apart unnoticed.
 */
public enum Setting {
    SOURCE_ROOTS("sourceRoots", "PATH"),
    INCLUDES("includes", "--include"),
    EXCLUDES("excludes", "--exclude"),
    RULE_SEVERITIES("ruleSeverities", "--rule-severity"),
    /** Command line only: the goals analyze files of any size up to the default. */
    MAX_FILE_BYTES("maxFileBytes", "--max-file-bytes"),
    FORMATS("formats", "--format"),
    OUTPUT_DIRECTORY("outputDirectory", "--out"),
    TEMPLATE_DIRECTORY("templateDirectory", "--templates"),
    FAIL_ON_SEVERITY("failOnSeverity", "--fail-on"),
    MAX_ALLOWED_FINDINGS("maxAllowedFindings", "--max-allowed-findings"),
    FAIL_ON_PARSE_ERROR("failOnParseError", "--fail-on-parse-error", true),
    BASELINE_FILE("baselineFile", "--baseline"),
    REPOSITORY_ROOT("repositoryRoot", "--repository-root"),
    FEATURE("feature", "--feature"),
    /** Command line only: each answer is a boolean parameter of the goal, never invalid. */
    ANSWERS("answers", "--yes"),
    /** Command line only: the goal answers only yes (a parameter left out is no). */
    NO_ANSWERS("answers", "--no"),
    /** Command line only: the goal plans in its own project. */
    PROJECT("project", "--project"),
    /** Goal only: the command line writes the decision to {@code --out} or stdout, never to a plan folder. */
    SLUG("slug", "--slug"),
    DECISION_FILE("decisionFile", "--out");

    private final String parameter;
    private final String option;
    /** A command-line flag: given means true, so it is written without a value. */
    private final boolean flag;

    Setting(String parameter, String option) {
        this(parameter, option, false);
    }

    Setting(String parameter, String option, boolean flag) {
        this.parameter = parameter;
        this.option = option;
        this.flag = flag;
    }

    /** The Maven parameter ({@code failOnSeverity}). */
    public String parameter() {
        return parameter;
    }

    /** The command-line option ({@code --fail-on}), or {@code PATH} for the positional arguments. */
    public String option() {
        return option;
    }

    public String name(Spelling spelling) {
        return spelling == Spelling.PARAMETER ? parameter : option;
    }

    /** The setting with its value as the user would write it: {@code failOnSeverity=error}, {@code --fail-on=error}. */
    public String given(Spelling spelling, Object value) {
        if (spelling == Spelling.OPTION && flag && Boolean.TRUE.equals(value)) {
            return option;
        }
        return name(spelling) + "=" + value;
    }
}
