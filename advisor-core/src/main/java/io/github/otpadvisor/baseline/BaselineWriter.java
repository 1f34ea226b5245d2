package io.github.otpadvisor.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otpadvisor.output.JsonStyle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The baseline's JSON text: one field per line and "\n" line ends on every platform, so the file
 * is byte-identical wherever it is written and its diffs show one changed finding per hunk.
 */
final class BaselineWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private BaselineWriter() {
    }

    /** {@code entries} already in file order. */
    static String render(List<BaselineEntry> entries) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(JsonStyle.prettyPrinter());
            json.writeStartObject();
            json.writeNumberField("schemaVersion", Baseline.SCHEMA_VERSION);
            json.writeStringField("tool", Baseline.TOOL);
            json.writeArrayFieldStart("findings");
            for (BaselineEntry e : entries) {
                json.writeStartObject();
                json.writeStringField("fingerprint", e.fingerprint());
                writeIfPresent(json, "rule", e.rule());
                writeIfPresent(json, "file", e.file());
                writeIfPresent(json, "module", e.module());
                writeIfPresent(json, "message", e.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }

    private static void writeIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

}
