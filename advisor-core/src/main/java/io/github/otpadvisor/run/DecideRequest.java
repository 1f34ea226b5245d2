package io.github.otpadvisor.run;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A planned feature and a person's answers, as given; {@link FeatureDecision#decide} checks them. Relative
 * paths are relative to {@code baseDir}. Build one with {@link #builder}.
 *
 * @param baseDir             the project's folder (the current directory for the command line)
 * @param feature             the feature's name, required ({@code "User sessions"})
 * @param description         what it needs in the person's words, or null
 * @param yes                 the questions answered yes; every other one is no
 * @param decisionFile        the file to write, or null
 * @param defaultDecisionFile without {@code decisionFile}, write {@code .claude/plans/{slug}/research/otp-decision.md}
 *                            (where the OTP Advisor agent's orchestrator expects it); otherwise write nothing
 * @param slug                the plan folder's name there, or null to derive it from the feature
 * @param templateDirectory   the user's own templates, or null for the built-in ones
 * @param toolVersion         stamped into the report
 * @param no                  the questions answered no explicitly; one in neither set is unanswered (taken as no,
 *                            with a warning when the decision passes it)
 * @param project             the project the feature is planned in (its existing patterns are shown and its
 *                            Registry and supervisors reused), or null for none
 */
public record DecideRequest(Path baseDir, String feature, String description, Set<DecideAnswer> yes,
                            Path decisionFile, boolean defaultDecisionFile, String slug, Path templateDirectory,
                            String toolVersion, Set<DecideAnswer> no, Path project) {
    public DecideRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        yes = yes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(yes));
        no = no == null || no.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(no));
    }

    /** Without explicit no answers or a project. */
    public DecideRequest(Path baseDir, String feature, String description, Set<DecideAnswer> yes, Path decisionFile,
                         boolean defaultDecisionFile, String slug, Path templateDirectory, String toolVersion) {
        this(baseDir, feature, description, yes, decisionFile, defaultDecisionFile, slug, templateDirectory,
                toolVersion, Set.of(), null);
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** Fluent construction, so callers name each value they give. */
    public static final class Builder {
        private final Path baseDir;
        private String feature;
        private String description;
        private final Set<DecideAnswer> yes = EnumSet.noneOf(DecideAnswer.class);
        private Path decisionFile;
        private boolean defaultDecisionFile;
        private String slug;
        private Path templateDirectory;
        private String toolVersion = "dev";
        private final Set<DecideAnswer> no = EnumSet.noneOf(DecideAnswer.class);
        private Path project;

        private Builder(Path baseDir) {
            this.baseDir = baseDir;
        }

        public Builder feature(String v) {
            feature = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder yes(Set<DecideAnswer> v) {
            yes.addAll(v);
            return this;
        }

        /** Questions answered no explicitly. */
        public Builder no(Set<DecideAnswer> v) {
            no.addAll(v);
            return this;
        }

        /** The project the feature is planned in; relative to the base directory. */
        public Builder project(Path v) {
            project = v;
            return this;
        }

        public Builder decisionFile(Path v) {
            decisionFile = v;
            return this;
        }

        public Builder defaultDecisionFile(boolean v) {
            defaultDecisionFile = v;
            return this;
        }

        public Builder slug(String v) {
            slug = v;
            return this;
        }

        public Builder templateDirectory(Path v) {
            templateDirectory = v;
            return this;
        }

        public Builder toolVersion(String v) {
            toolVersion = v;
            return this;
        }

        public DecideRequest build() {
            return new DecideRequest(baseDir, feature, description, yes, decisionFile, defaultDecisionFile, slug,
                    templateDirectory, toolVersion, no, project);
        }
    }
}
