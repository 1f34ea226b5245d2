package io.github.otpadvisor.report.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleExplanations;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import io.github.otpadvisor.suppress.SuppressionProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SARIF report, validated against the official SARIF 2.1.0 schema: {@code sarif/sarif-schema-2.1.0.json}
 * is the OASIS errata01 schema (draft-04) as published in oasis-tcs/sarif-spec,
 * {@code sarif-2.1/schema/sarif-schema-2.1.0.json}, unchanged.
 */
class SarifReportTest {
    private static final String SCHEMA_ID =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema(SCHEMA_ID);

    private static final String HOSTILE_MESSAGE = "<script>alert(\"x\")</script> 'quoted' \\back\\slash\\\n"
            + "second line\r\n| pipe | `tick` ``` \u0000 nul \t tab \u2028 sep \uD83D\uDE00 \uD835\uDD38 é";
    private static final String HOSTILE_MODULE = "Evil.<script>\"Mod\"\\`|\n\uD83D\uDE00\u0000";
    private static final String HOSTILE_PATH = "lib/my app/ünïcødé \uD83D\uDE00/#1 100%?.ex";
    private static final String FP_A = "v2:0123456789abcdef0123456789abcdef";
    private static final String FP_B = "v2:fedcba9876543210fedcba9876543210";

    /** The official schema from the test resources; any other location is refused, never fetched. */
    private static JsonSchema schema(String location) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .schemaMappers(m -> m.mapPrefix(
                        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/", "classpath:sarif/"))
                .schemaLoaders(l -> l.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        // Formats are asserted, so a badly encoded artifact URI (uri-reference) fails validation.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of(location), config);
    }

    private static Finding finding(String rule, Severity severity, String file, int line, int column, String module,
                                   String message, String fingerprint) {
        return new Finding(rule, severity, file, line, column, module, message, Pattern.ETS, fingerprint);
    }

    private static AnalysisResult sample() {
        List<Finding> findings = List.of(
                finding("OTP004", Severity.ERROR, HOSTILE_PATH, 3, 5, HOSTILE_MODULE, HOSTILE_MESSAGE, FP_A),
                finding("OTP003", Severity.WARNING, "lib/a.ex", 10, 1, "A", "per entity", FP_B)
                        .withSeverity(Severity.ERROR),
                new Finding("OTP010", Severity.INFO, "lib/b.ex", 7, 0, null, "bottleneck", null, null),
                finding("OTP006", Severity.WARNING, "lib/c.ex", 1, 1, "C", "envy", "v2:11111111111111111111111111111111"));
        List<ParseFailure> failures = List.of(
                new ParseFailure("lib/broken file.ex", 7, 12, "missing terminator: end (for \"do\" starting at line 1)"),
                new ParseFailure("lib/unreadable.ex", 0, 0, "cannot read: Permission denied"));
        List<SuppressionProblem> suppressions = List.of(new SuppressionProblem("lib/a.ex", 9, 3,
                SuppressionProblem.Kind.UNUSED, "otp-advisor:disable-next-line OTP001 suppressed nothing"));
        return new AnalysisResult(4, failures, List.of(), findings, suppressions,
                List.of("rule OTP009 failed: java.lang.IllegalStateException: boom"), null);
    }

    private static AnalysisResult empty() {
        return new AnalysisResult(0, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static JsonNode parse(String sarif) throws Exception {
        return MAPPER.readTree(sarif);
    }

    private static Set<ValidationMessage> validate(JsonNode sarif) {
        return SCHEMA.validate(sarif);
    }

    private static void assertValid(String sarif) throws Exception {
        Set<ValidationMessage> errors = validate(parse(sarif));
        assertTrue(errors.isEmpty(), () -> "not valid SARIF 2.1.0: " + errors + "\n" + sarif);
    }

    private static JsonNode run(JsonNode sarif) {
        return sarif.path("runs").path(0);
    }

    @Test
    void sampleValidatesAgainstTheOfficialSchema() throws Exception {
        assertValid(ReportWriter.render(sample(), ReportFormat.SARIF, "0.1.0-SNAPSHOT"));
    }

    @Test
    void emptyResultValidatesAndStillDescribesEveryRule() throws Exception {
        String sarif = ReportWriter.render(empty(), ReportFormat.SARIF, "dev");
        assertValid(sarif);
        JsonNode run = run(parse(sarif));
        assertEquals(0, run.path("results").size());
        assertEquals(RuleRegistry.all().size(), run.path("tool").path("driver").path("rules").size());
        assertEquals(0, run.path("invocations").path(0).path("toolExecutionNotifications").size());
    }

    /** Guards the guard: the validator rejects output the schema forbids. */
    @Test
    void schemaRejectsInvalidOutput() throws Exception {
        JsonNode sarif = parse(ReportWriter.render(sample(), ReportFormat.SARIF, "1.0.0"));
        ObjectNode result = (ObjectNode) run(sarif).path("results").path(0);
        result.put("level", "fatal");
        ((ObjectNode) result.path("locations").path(0).path("physicalLocation").path("artifactLocation"))
                .put("uri", "lib/has space.ex");
        ((ObjectNode) run(sarif)).remove("tool");
        Set<ValidationMessage> errors = validate(sarif);
        String all = errors.toString();
        assertTrue(all.contains("level"), all);
        assertTrue(all.contains("uri"), all);
        assertTrue(all.contains("tool"), all);
    }

    @Test
    void validatorLoadsNoRemoteSchema() {
        InvalidSchemaException refused = assertThrows(InvalidSchemaException.class,
                () -> schema("https://json.schemastore.org/sarif-2.1.0.json"));
        assertTrue(refused.getMessage().contains("not allowed"), refused.getMessage());
    }

    @Test
    void documentHeader() throws Exception {
        JsonNode sarif = parse(ReportWriter.render(sample(), ReportFormat.SARIF, "0.1.0-SNAPSHOT"));
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.path("$schema").asText());
        assertEquals("2.1.0", sarif.path("version").asText());
        assertEquals(1, sarif.path("runs").size());
        JsonNode run = run(sarif);
        assertEquals("unicodeCodePoints", run.path("columnKind").asText());
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("otp-advisor", driver.path("name").asText());
        assertEquals("0.1.0-SNAPSHOT", driver.path("version").asText());
        assertEquals("0.1.0-SNAPSHOT", driver.path("semanticVersion").asText());
        assertEquals("https://github.com/otp-advisor/otp-advisor", driver.path("informationUri").asText());
        JsonNode srcroot = run.path("originalUriBaseIds").path("%SRCROOT%");
        assertFalse(srcroot.has("uri"), "no absolute path in the output");
        assertFalse(srcroot.path("description").path("text").asText().isBlank());
        assertTrue(run.path("invocations").path(0).path("executionSuccessful").asBoolean());
    }

    @Test
    void semanticVersionOnlyForSemver() throws Exception {
        JsonNode driver = run(parse(ReportWriter.render(empty(), ReportFormat.SARIF, "dev"))).path("tool").path("driver");
        assertEquals("dev", driver.path("version").asText());
        assertFalse(driver.has("semanticVersion"));
        for (String version : List.of("1.2", "01.2.3", "1.2.3-", "v1.2.3", "1.2.3-rc..1")) {
            driver = run(parse(ReportWriter.render(empty(), ReportFormat.SARIF, version))).path("tool").path("driver");
            assertFalse(driver.has("semanticVersion"), version);
        }
        for (String version : List.of("0.1.0", "1.2.3-rc.1+build.5", "10.0.0-SNAPSHOT")) {
            driver = run(parse(ReportWriter.render(empty(), ReportFormat.SARIF, version))).path("tool").path("driver");
            assertEquals(version, driver.path("semanticVersion").asText());
        }
    }

    @Test
    void hostileStringsSurviveARoundTrip() throws Exception {
        String sarif = ReportWriter.render(sample(), ReportFormat.SARIF, "dev");
        assertFalse(sarif.contains("\u0000"), "NUL is escaped");
        assertFalse(sarif.contains("\r"), "CR is escaped");
        JsonNode result = run(parse(sarif)).path("results").path(0);
        assertEquals(HOSTILE_MESSAGE, result.path("message").path("text").asText());
        JsonNode logical = result.path("locations").path(0).path("logicalLocations").path(0);
        assertEquals(HOSTILE_MODULE, logical.path("fullyQualifiedName").asText());
        assertEquals("module", logical.path("kind").asText());
    }

    @Test
    void artifactUrisArePercentEncodedAndRelative() throws Exception {
        JsonNode artifact = run(parse(ReportWriter.render(sample(), ReportFormat.SARIF, "dev"))).path("results").path(0)
                .path("locations").path(0).path("physicalLocation").path("artifactLocation");
        String uri = artifact.path("uri").asText();
        assertEquals("lib/my%20app/%C3%BCn%C3%AFc%C3%B8d%C3%A9%20%F0%9F%98%80/%231%20100%25%3F.ex", uri);
        assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText());
        URI parsed = new URI(uri);
        assertFalse(parsed.isAbsolute());
        assertEquals(HOSTILE_PATH, parsed.getPath());
    }

    @Test
    void uriEncodingKeepsOnlyUnreservedCharactersAndSlashes() {
        assertEquals("lib/a_b-c.d~e/F9.ex", SarifUris.relative("lib/a_b-c.d~e/F9.ex"));
        assertEquals("a%3Ab/c%40d%2Be%26f%3Dg%5Ch%5Bi%5D", SarifUris.relative("a:b/c@d+e&f=g\\h[i]"));
    }

    @Test
    void everyRegisteredRuleHasADescriptorWithHelp() throws Exception {
        JsonNode rules = run(parse(ReportWriter.render(empty(), ReportFormat.SARIF, "dev"))).path("tool").path("driver").path("rules");
        List<String> expected = RuleRegistry.all().stream().map(r -> r.info().id()).sorted().toList();
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : rules) {
            ids.add(rule.path("id").asText());
        }
        assertEquals(expected, ids);
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            Rule registered = RuleRegistry.byId(id).orElseThrow();
            assertEquals(registered.getClass().getSimpleName(), rule.path("name").asText());
            assertEquals(registered.info().summary(), rule.path("shortDescription").path("text").asText());
            String full = rule.path("fullDescription").path("text").asText();
            assertTrue(full.startsWith("Detects "), id + ": " + full);
            assertFalse(full.contains("`") || full.contains("\n"), id + ": " + full);
            String markdown = RuleExplanations.of(id).orElseThrow();
            assertEquals(markdown, rule.path("help").path("markdown").asText());
            String text = rule.path("help").path("text").asText();
            assertTrue(text.startsWith(id + ": "), id + ": " + text);
            assertFalse(text.contains("```") || text.contains("**") || text.contains("\n## "), id);
            assertEquals(SarifLevel.of(registered.info().severity()),
                    rule.path("defaultConfiguration").path("level").asText());
            JsonNode tags = rule.path("properties").path("tags");
            assertEquals("otp", tags.path(0).asText());
            assertEquals("elixir", tags.path(1).asText());
            assertEquals(registered.info().name(), tags.path(2).asText());
            assertFalse(rule.has("helpUri"));
        }
    }

    @Test
    void ruleIndexPointsAtTheResultsRule() throws Exception {
        JsonNode run = run(parse(ReportWriter.render(sample(), ReportFormat.SARIF, "dev")));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        assertEquals(4, results.size());
        for (JsonNode result : results) {
            int index = result.path("ruleIndex").asInt(-1);
            assertEquals(result.path("ruleId").asText(), rules.path(index).path("id").asText());
        }
    }

    @Test
    void levelsFollowTheEffectiveSeverity() throws Exception {
        JsonNode results = run(parse(ReportWriter.render(sample(), ReportFormat.SARIF, "dev"))).path("results");
        assertEquals("error", results.path(0).path("level").asText());
        assertEquals("error", results.path(1).path("level").asText(), "raised from warning by configuration");
        assertEquals("note", results.path(2).path("level").asText());
        assertEquals("warning", results.path(3).path("level").asText());
        assertEquals("note", SarifLevel.of(Severity.INFO));
    }

    @Test
    void fingerprintsRegionsAndRecommendations() throws Exception {
        JsonNode results = run(parse(ReportWriter.render(sample(), ReportFormat.SARIF, "dev"))).path("results");
        assertEquals(FP_A, results.path(0).path("partialFingerprints").path("otpAdvisorFingerprint/v2").asText());
        assertEquals(FP_B, results.path(1).path("partialFingerprints").path("otpAdvisorFingerprint/v2").asText());
        assertFalse(results.path(2).has("partialFingerprints"), "no fingerprint assigned");
        JsonNode region = results.path(0).path("locations").path(0).path("physicalLocation").path("region");
        assertEquals(3, region.path("startLine").asInt());
        assertEquals(5, region.path("startColumn").asInt());
        JsonNode noColumn = results.path(2).path("locations").path(0).path("physicalLocation").path("region");
        assertEquals(7, noColumn.path("startLine").asInt());
        assertFalse(noColumn.has("startColumn"), "column 0 is unknown, and SARIF columns start at 1");
        assertFalse(results.path(2).path("locations").path(0).has("logicalLocations"), "no module");
        assertEquals("ETS", results.path(0).path("properties").path("recommendation").asText());
        assertFalse(results.path(2).has("properties"));
    }

    @Test
    void parseFailuresAndInternalErrorsBecomeNotifications() throws Exception {
        JsonNode invocation = run(parse(ReportWriter.render(sample(), ReportFormat.SARIF, "dev"))).path("invocations").path(0);
        JsonNode notes = invocation.path("toolExecutionNotifications");
        assertEquals(3, notes.size());
        JsonNode broken = notes.path(0);
        assertEquals("error", broken.path("level").asText());
        assertEquals("missing terminator: end (for \"do\" starting at line 1)", broken.path("message").path("text").asText());
        JsonNode location = broken.path("locations").path(0).path("physicalLocation");
        assertEquals("lib/broken%20file.ex", location.path("artifactLocation").path("uri").asText());
        assertEquals(7, location.path("region").path("startLine").asInt());
        assertEquals(12, location.path("region").path("startColumn").asInt());
        assertFalse(notes.path(1).path("locations").path(0).path("physicalLocation").has("region"), "line 0 is unknown");
        JsonNode internal = notes.path(2);
        assertEquals("error", internal.path("level").asText());
        assertTrue(internal.path("message").path("text").asText().contains("OTP009"));
        assertFalse(internal.has("locations"));
        JsonNode config = invocation.path("toolConfigurationNotifications");
        assertEquals(1, config.size());
        assertEquals("warning", config.path(0).path("level").asText());
    }

    @Test
    void outputIsDeterministicPortableAndEndsWithANewline() {
        String first = ReportWriter.render(sample(), ReportFormat.SARIF, "0.1.0");
        String second = ReportWriter.render(sample(), ReportFormat.SARIF, "0.1.0");
        assertEquals(first, second);
        assertTrue(first.endsWith("}\n"));
        assertFalse(first.contains("\r"));
        assertFalse(first.contains("file:"), "no absolute URI");
        assertFalse(first.contains(System.getProperty("user.dir")), "no working directory");
        assertNotNull(first);
    }

    @Test
    void plainTextUndoesTheMarkupTheExplanationsUse() {
        String markdown = "# OTP999: some-rule\n\n**Default** text with `code **kept**` and"
                + " [a link](https://example.com) and \\*escaped\\*.\n\n## Example\n\n```elixir\n"
                + "def f(x), do: x ** 2\n\nend\n```\n\n- item with ``a ` tick``\n";
        String expected = "OTP999: some-rule\n\nDefault text with code **kept** and a link (https://example.com)"
                + " and *escaped*.\n\nExample\n\n    def f(x), do: x ** 2\n\n    end\n\n- item with a ` tick\n";
        assertEquals(expected, PlainText.of(markdown));
    }
}
