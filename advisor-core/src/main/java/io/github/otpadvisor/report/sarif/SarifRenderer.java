package io.github.otpadvisor.report.sarif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.output.JsonStyle;
import io.github.otpadvisor.report.model.FindingView;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.render.Rendered;
import io.github.otpadvisor.report.render.Renderer;
import io.github.otpadvisor.report.template.Templates;
import io.github.otpadvisor.suppress.SuppressionProblem;
import java.io.IOException;
import java.io.StringWriter;
import io.github.otpadvisor.analysis.Fingerprints;
import io.github.otpadvisor.output.JsonStamp;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code otp-advisor.sarif}: SARIF 2.1.0 for code-scanning services (GitHub code scanning, IDE
 * viewers). One run; every registered rule is described, so a service can show rules that found
 * nothing. Artifact URIs are relative to {@code %SRCROOT%}, the repository root (the top of the checkout,
 * where code scanning resolves them), which is described but not located: the file holds no absolute path and is byte-identical on every machine (SARIF
 * 3.14.14 allows the omitted uri for exactly this).
 */
public final class SarifRenderer implements Renderer {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";
    /** Key of our fingerprint in {@code partialFingerprints}; the "/v2" follows SARIF's versioning convention. */
    public static final String FINGERPRINT_KEY = "otpAdvisorFingerprint/" + Fingerprints.VERSION;
    static final String INFORMATION_URI = "https://github.com/otp-advisor/otp-advisor";
    /** How a SARIF file of ours is known before it is replaced: the driver's name this renderer writes. */
    public static final JsonStamp OURS = JsonStamp.of("otp-advisor", "runs", "tool", "driver", "name");

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Semantic Versioning 2.0.0's own regular expression (semver.org), split at its identifiers. */
    private static final String PRE_RELEASE_ID = "(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)";
    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-" + PRE_RELEASE_ID + "(?:\\." + PRE_RELEASE_ID + ")*)?"
            + "(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$");


    @Override
    public Rendered render(ReportModel model, Templates templates) {
        return Rendered.file(render(model));
    }

    /** The SARIF text of the model. */
    public static String render(ReportModel model) {
        String toolVersion = Objects.requireNonNull(model.toolVersion(), "toolVersion");
        List<RuleDescriptor> rules = RuleDescriptor.registered();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(JsonStyle.prettyPrinter());
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, rules, toolVersion);
            writeInvocation(json, model);
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            writeMessage(json, "description",
                    "The repository root (the top of the checkout); artifact URIs are relative to it.");
            json.writeEndObject();
            json.writeEndObject();
            writeResults(json, rules, model.findings());
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }


    private static void writeTool(JsonGenerator json, List<RuleDescriptor> rules, String toolVersion)
            throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "otp-advisor");
        json.writeStringField("version", toolVersion);
        if (SEMVER.matcher(toolVersion).matches()) {
            json.writeStringField("semanticVersion", toolVersion);
        }
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules) {
            writeRule(json, rule);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, RuleDescriptor rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.name());
        writeMessage(json, "shortDescription", rule.summary());
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", rule.fullText());
        json.writeStringField("markdown", rule.fullMarkdown());
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.helpText());
        json.writeStringField("markdown", rule.helpMarkdown());
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", rule.level());
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        for (String tag : rule.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * One invocation. It succeeded as far as SARIF is concerned: files we could not parse and rules
     * that failed are reported as notifications beside the results of everything else.
     * Malformed or unused suppression comments are problems of the configuration (in the source).
     */
    private static void writeInvocation(JsonGenerator json, ReportModel result) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (ParseFailure p : result.parseFailures()) {
            writeNotification(json, "error", p.message(), p.file(), p.line(), p.column());
        }
        for (String error : result.internalErrors()) {
            writeNotification(json, "error", error, null, 0, 0);
        }
        json.writeEndArray();
        if (!result.suppressionProblems().isEmpty()) {
            json.writeArrayFieldStart("toolConfigurationNotifications");
            for (SuppressionProblem s : result.suppressionProblems()) {
                writeNotification(json, "warning", s.message(), s.file(), s.line(), s.column());
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeNotification(JsonGenerator json, String level, String message, String file,
                                          int line, int column) throws IOException {
        json.writeStartObject();
        json.writeStringField("level", level);
        writeMessage(json, "message", message == null ? "(no message)" : message);
        if (file != null) {
            json.writeArrayFieldStart("locations");
            writeLocation(json, file, line, column, null);
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeResults(JsonGenerator json, List<RuleDescriptor> rules, List<FindingView> findings)
            throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }
        json.writeArrayFieldStart("results");
        for (FindingView f : findings) {
            json.writeStartObject();
            json.writeStringField("ruleId", f.ruleId());
            Integer ruleIndex = index.get(f.ruleId());
            if (ruleIndex != null) {
                json.writeNumberField("ruleIndex", ruleIndex);
            }
            json.writeStringField("level", SarifLevel.of(f.severity()));
            writeMessage(json, "message", f.message());
            json.writeArrayFieldStart("locations");
            writeLocation(json, f.file(), f.line(), f.column(), f.module());
            json.writeEndArray();
            if (f.fingerprint() != null) {
                json.writeObjectFieldStart("partialFingerprints");
                json.writeStringField(FINGERPRINT_KEY, f.fingerprint());
                json.writeEndObject();
            }
            if (f.recommendation() != null) {
                json.writeObjectFieldStart("properties");
                json.writeStringField("recommendation", f.recommendation());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A location in a scanned file; no region when the position is unknown (SARIF lines and columns start at 1). */
    private static void writeLocation(JsonGenerator json, String file, int line, int column, String module)
            throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", SarifUris.relative(file));
        json.writeStringField("uriBaseId", SRCROOT);
        json.writeEndObject();
        if (line >= 1) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", line);
            if (column >= 1) {
                json.writeNumberField("startColumn", column);
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        if (module != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", module);
            json.writeStringField("kind", "module");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeMessage(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }
}
