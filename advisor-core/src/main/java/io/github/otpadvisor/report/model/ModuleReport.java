package io.github.otpadvisor.report.model;

import java.util.List;

/**
 * One process module's decision report: the seed's "Output Format" sections (RULEBOOK §5), filled
 * from facts.
 *
 * @param name           the module name as written ({@code MyApp.Cache})
 * @param slug           a file-name-safe, unique identifier for its pages ({@link Slugs})
 * @param file           its file as the output names it (relative to the repository root)
 * @param line           the line of its {@code defmodule}
 * @param app            its OTP application, or null
 * @param today          the abstraction it uses today ({@code GenServer}, {@code Agent}, ...)
 * @param requirement    what it does at runtime, one or two sentences (section "Requirement")
 * @param context        the four BEAM context questions (concurrency, isolation, shared state, stateless)
 * @param recommendation the decision (section "Recommendation")
 * @param implementation an Elixir sketch of the recommended pattern for this module (parses)
 * @param supervision    where it sits today and the children entry it needs (section "Supervision Tree")
 * @param testSketch     a {@code start_supervised!} test sketch (section "Testing Approach"; parses)
 * @param findings       its findings, in order
 * @param worstSeverity  the highest severity among its findings ({@code error}, {@code warning},
 *                       {@code info}), or null when it has none
 */
public record ModuleReport(String name, String slug, String file, int line, String app, String today,
                           String requirement, List<ContextAnswer> context, RecommendationView recommendation,
                           String implementation, SupervisionView supervision, String testSketch,
                           List<FindingView> findings, String worstSeverity) {
    public ModuleReport {
        context = List.copyOf(context);
        findings = List.copyOf(findings);
    }

    /** Sort key of the index: errors first, then warnings, infos and modules without findings. */
    public int severityRank() {
        return worstSeverity == null ? 3 : switch (worstSeverity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }
}
