package io.github.otpadvisor.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.output.JsonStyle;
import io.github.otpadvisor.project.Supervision;
import io.github.otpadvisor.report.model.FindingView;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.template.Templates;
import io.github.otpadvisor.suppress.SuppressionProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * {@code otp-advisor.json}, schema version 1 (DESIGN.md, "JSON report"): fields may be added, the
 * existing ones never change meaning.
 */
public final class JsonRenderer implements Renderer {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();


    @Override
    public Rendered render(ReportModel model, Templates templates) {
        return Rendered.file(render(model));
    }

    /** The JSON text of the model. */
    public static String render(ReportModel model) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(JsonStyle.prettyPrinter());
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "otp-advisor");
            json.writeStringField("version", model.toolVersion());
            json.writeEndObject();
            json.writeObjectFieldStart("files");
            json.writeNumberField("analyzed", model.filesAnalyzed());
            json.writeNumberField("failed", model.parseFailures().size());
            json.writeEndObject();
            json.writeArrayFieldStart("parseErrors");
            for (ParseFailure p : model.parseFailures()) {
                json.writeStartObject();
                json.writeStringField("file", p.file());
                json.writeNumberField("line", p.line());
                json.writeNumberField("column", p.column());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("modules");
            for (ModuleSummary m : model.summaries()) {
                json.writeStartObject();
                json.writeStringField("name", m.name());
                json.writeStringField("file", m.file());
                json.writeNumberField("line", m.line());
                json.writeStringField("abstraction", m.abstraction());
                json.writeBooleanField("processNeeded", m.processNeeded());
                json.writeStringField("recommendation", m.recommendation() == null ? null : m.recommendation().label());
                json.writeStringField("verdict", m.verdict() == null ? null : m.verdict().label());
                json.writeObjectFieldStart("placement");
                json.writeStringField("today", m.placementToday() == null ? null : m.placementToday().label());
                json.writeStringField("recommended",
                        m.placementRecommended() == null ? null : m.placementRecommended().label());
                json.writeEndObject();
                writeSupervision(json, m.supervision());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (FindingView f : model.findings()) {
                json.writeStartObject();
                json.writeStringField("rule", f.ruleId());
                json.writeStringField("severity", f.severity());
                json.writeStringField("file", f.file());
                json.writeNumberField("line", f.line());
                json.writeNumberField("column", f.column());
                json.writeStringField("module", f.module());
                json.writeStringField("message", f.message());
                json.writeStringField("recommendation", f.recommendation());
                json.writeStringField("fingerprint", f.fingerprint());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("suppressionProblems");
            for (SuppressionProblem s : model.suppressionProblems()) {
                json.writeStartObject();
                json.writeStringField("file", s.file());
                json.writeNumberField("line", s.line());
                json.writeNumberField("column", s.column());
                json.writeStringField("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("message", s.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString() + "\n";
    }

    /**
     * {@code supervision}: status always; parent, file and line always present, null when not known
     * (a module started outside any supervisor has no parent; {@code unknown} has neither parent nor evidence).
     */
    private static void writeSupervision(JsonGenerator json, Supervision s) throws IOException {
        if (s == null) {
            json.writeNullField("supervision");
            return;
        }
        json.writeObjectFieldStart("supervision");
        json.writeStringField("status", s.status().label());
        json.writeStringField("parent", s.parent());
        json.writeStringField("file", s.location() == null ? null : s.location().file());
        if (s.location() == null) {
            json.writeNullField("line");
        } else {
            json.writeNumberField("line", s.location().line());
        }
        json.writeEndObject();
    }
}
