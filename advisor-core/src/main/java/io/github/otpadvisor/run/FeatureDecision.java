package io.github.otpadvisor.run;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.output.AtomicFiles;
import io.github.otpadvisor.report.ReportException;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.report.model.FeatureContext;
import io.github.otpadvisor.report.model.FeatureNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The run behind the {@code decide} command and goal: a person's answers to the framework's questions
 * give the recommended abstraction, rendered as the seed's {@code otp-decision.md} (requirement, BEAM
 * context, recommendation, implementation sketch, supervision tree, testing approach) and written.
 */
public final class FeatureDecision {
    private FeatureDecision() {
    }

    /** Checks the request, then renders and (where the request says) writes the report. */
    public static DecideOutcome decide(DecideRequest request) throws ConfigurationException, RunException {
        if (request.feature() == null || request.feature().isBlank()) {
            throw new ConfigurationException(Setting.FEATURE, "name the planned feature, e.g. \"User sessions\"");
        }
        String feature = request.feature().strip();
        Path target = target(request, feature);
        Path templates = TemplateDirectory.check(request.baseDir(), request.templateDirectory());
        Answers answers = DecideAnswer.answers(request.yes());
        ProjectContext project = project(request);
        List<String> warnings = AnswerCheck.warnings(request.yes(), request.no());
        FeatureContext context = project == null ? new FeatureContext(warnings, null, null, null, List.of(), List.of())
                : project.context(label(request), warnings);
        String markdown = render(feature, request, answers, project == null ? FeatureNames.none() : project.names(),
                context, templates);
        if (target != null) {
            try {
                AtomicFiles.write(target, markdown);
            } catch (IOException e) {
                throw new RunException(target + ": cannot write the decision: " + e.getMessage(), e);
            }
        }
        return new DecideOutcome(feature, DecisionModel.decide(answers), markdown, target, warnings);
    }

    /** The project as the report names it: as given, or {@code .} for the base directory itself (the goal's). */
    private static String label(DecideRequest request) {
        Path base = request.baseDir().toAbsolutePath().normalize();
        return SourceRoots.resolve(request.baseDir(), request.project()).toAbsolutePath().normalize().equals(base)
                ? "." : request.project().toString();
    }

    /** The project the feature is planned in, read; null without one. */
    private static ProjectContext project(DecideRequest request) throws ConfigurationException {
        if (request.project() == null) {
            return null;
        }
        Path folder = SourceRoots.resolve(request.baseDir(), request.project());
        if (!ProjectContext.isProject(folder)) {
            throw new ConfigurationException(Setting.PROJECT, "'" + request.project() + "' is not a folder");
        }
        return ProjectContext.of(folder, request.toolVersion());
    }

    private static String render(String feature, DecideRequest request, Answers answers, FeatureNames names,
                                 FeatureContext context, Path templates) throws RunException {
        try {
            return ReportWriter.renderFeatureDecision(feature, request.description(), answers, names, context,
                    templates, request.toolVersion());
        } catch (ReportException e) {
            throw new RunException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RunException("cannot read the templates: " + e.getMessage(), e);
        }
    }

    /** The file to write, or null for none. */
    private static Path target(DecideRequest request, String feature) throws ConfigurationException {
        if (request.decisionFile() != null) {
            return SourceRoots.resolve(request.baseDir(), request.decisionFile());
        }
        if (!request.defaultDecisionFile()) {
            return null;
        }
        String slug = request.slug();
        String folder = slug == null || slug.isBlank() ? FeatureSlug.of(feature) : slug.strip();
        if (!FeatureSlug.isValid(folder)) {
            throw new ConfigurationException(Setting.SLUG, "'" + slug + "' must be one folder name: letters, digits, "
                    + "'.', '_' and '-', not starting with '.' and without '..'");
        }
        return request.baseDir().resolve(".claude").resolve("plans").resolve(folder).resolve("research")
                .resolve("otp-decision.md");
    }
}
