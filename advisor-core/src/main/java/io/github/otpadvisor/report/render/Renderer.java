package io.github.otpadvisor.report.render;

import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.template.Templates;
import java.io.IOException;

/**
 * One report format: renders the report model in memory, writing nothing, so a failure half-way
 * leaves the previous report untouched. Stateless and thread-safe.
 */
public interface Renderer {
    Rendered render(ReportModel model, Templates templates) throws IOException, Templates.TemplateFailure;
}
