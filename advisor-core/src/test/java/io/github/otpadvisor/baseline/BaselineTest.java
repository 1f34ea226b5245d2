package io.github.otpadvisor.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final String FP1 = "v2:00000000000000000000000000000001";
    private static final String FP2 = "v2:00000000000000000000000000000002";
    private static final String FP3 = "v2:00000000000000000000000000000003";

    @TempDir
    Path dir;

    private static Finding finding(String rule, String file, int line, String module, String message, String fp) {
        return new Finding(rule, Severity.ERROR, file, line, 3, module, message, Pattern.ETS, fp);
    }

    private static final Finding CACHE = finding("OTP004", "lib/cache.ex", 2, "MyApp.Cache", "a global cache", FP1);
    private static final Finding SPAWN = finding("OTP005", "lib/a.ex", 40, "A", "spawn outside a tree", FP2);
    private static final Finding ENVY = finding("OTP006", "lib/a.ex", 9, null, "envy", FP3);

    private Path file(String content) throws IOException {
        Path p = dir.resolve("baseline.json");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private String readError(String content) throws IOException {
        Path p = file(content);
        BaselineException e = assertThrows(BaselineException.class, () -> Baseline.read(p));
        String message = e.getMessage();
        assertTrue(message.startsWith(p.toString()), message);
        assertFalse(message.contains("com.fasterxml") || message.contains("Source:") || message.contains("REDACTED"),
                message);
        return message.substring(p.toString().length());
    }

    @Test
    void roundTrip() throws Exception {
        List<Finding> findings = List.of(CACHE, SPAWN, ENVY);
        Path p = dir.resolve("sub/otp-advisor-baseline.json");
        Baseline.write(p, findings);
        assertEquals(Baseline.toJson(findings), Files.readString(p, StandardCharsets.UTF_8));
        Baseline read = Baseline.read(p);
        assertEquals(3, read.size());
        assertEquals(findings, read.apply(findings).baselined());
        try (Stream<Path> files = Files.list(p.getParent())) {
            assertEquals(List.of(p), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void exactFormatSortedByFileRuleFingerprint() {
        String expected = """
                {
                  "schemaVersion": 1,
                  "tool": "otp-advisor",
                  "findings": [
                    {
                      "fingerprint": "v2:00000000000000000000000000000002",
                      "rule": "OTP005",
                      "file": "lib/a.ex",
                      "module": "A",
                      "message": "spawn outside a tree"
                    },
                    {
                      "fingerprint": "v2:00000000000000000000000000000003",
                      "rule": "OTP006",
                      "file": "lib/a.ex",
                      "message": "envy"
                    },
                    {
                      "fingerprint": "v2:00000000000000000000000000000001",
                      "rule": "OTP004",
                      "file": "lib/cache.ex",
                      "module": "MyApp.Cache",
                      "message": "a global cache"
                    }
                  ]
                }
                """;
        assertEquals(expected, Baseline.toJson(List.of(CACHE, ENVY, SPAWN)));
        assertEquals("{\n  \"schemaVersion\": 1,\n  \"tool\": \"otp-advisor\",\n  \"findings\": []\n}\n",
                Baseline.toJson(List.of()));
    }

    @Test
    void deterministicBytesWhateverTheInputOrder() throws Exception {
        List<Finding> findings = new ArrayList<>(List.of(CACHE, SPAWN, ENVY,
                finding("OTP004", "lib/a.ex", 1, "A", "x", "v2:ffffffffffffffffffffffffffffffff")));
        Baseline.write(dir.resolve("one.json"), findings);
        Collections.reverse(findings);
        Baseline.write(dir.resolve("two.json"), findings);
        byte[] one = Files.readAllBytes(dir.resolve("one.json"));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("two.json")));
        String text = new String(one, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void hostileTextSurvives() throws Exception {
        String hostile = "<script>\"q\" \\ \n | ` \u0000 \uD83D\uDE00 é";
        Finding f = finding("OTP004", "lib/ü é.ex", 1, "M\"\n", hostile, "v2:" + hostile);
        Path p = dir.resolve("b.json");
        Baseline.write(p, List.of(f));
        assertTrue(Files.readString(p, StandardCharsets.UTF_8).contains("\"lib/ü é.ex\""));
        assertEquals(List.of(f), Baseline.read(p).apply(List.of(f)).baselined(), "the fingerprint reads back as written");
    }

    @Test
    void newFindingIsKept() {
        Baseline.Applied applied = Baseline.of(List.of(CACHE)).apply(List.of(CACHE, SPAWN));
        assertEquals(List.of(SPAWN), applied.kept());
        assertEquals(List.of(CACHE), applied.baselined());
        assertEquals(0, applied.stale());
    }

    @Test
    void movedFindingIsStillHidden() {
        Finding moved = new Finding(CACHE.ruleId(), CACHE.severity(), CACHE.file(), CACHE.line() + 25, 7,
                CACHE.module(), CACHE.message(), CACHE.recommendation(), CACHE.fingerprint());
        Baseline.Applied applied = Baseline.of(List.of(CACHE)).apply(List.of(moved));
        assertEquals(List.of(), applied.kept());
        assertEquals(List.of(moved), applied.baselined());
    }

    @Test
    void matchingIsByFingerprintOnly() {
        Finding reworded = finding("OTP004", "lib/cache.ex", 2, "MyApp.Cache", "new wording", FP1);
        Finding sameTextOtherFingerprint = finding("OTP004", "lib/cache.ex", 2, "MyApp.Cache", "a global cache",
                "v2:99999999999999999999999999999999");
        Baseline.Applied applied = Baseline.of(List.of(CACHE)).apply(List.of(sameTextOtherFingerprint, reworded));
        assertEquals(List.of(sameTextOtherFingerprint), applied.kept());
        assertEquals(List.of(reworded), applied.baselined());
    }

    @Test
    void fixedFindingsCountAsStale() {
        Baseline.Applied applied = Baseline.of(List.of(CACHE, SPAWN, ENVY)).apply(List.of(SPAWN));
        assertEquals(List.of(), applied.kept());
        assertEquals(2, applied.stale());
    }

    @Test
    void matchingIsAMultiset() {
        Baseline once = Baseline.of(List.of(CACHE));
        Baseline.Applied two = once.apply(List.of(CACHE, CACHE));
        assertEquals(List.of(CACHE), two.kept(), "an entry recorded once hides one finding");
        assertEquals(List.of(CACHE), two.baselined());
        Baseline twice = Baseline.of(List.of(CACHE, CACHE));
        assertEquals(2, twice.size());
        assertEquals(1, twice.apply(List.of(CACHE)).stale());
    }

    @Test
    void findingsWithoutFingerprint() {
        Finding unprinted = CACHE.withFingerprint(null);
        assertEquals(List.of(unprinted), Baseline.of(List.of(CACHE)).apply(List.of(unprinted)).kept());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Baseline.of(List.of(unprinted)));
        assertTrue(e.getMessage().contains("lib/cache.ex:2:3"), e.getMessage());
    }

    @Test
    void readsWhatAHumanMayWrite() throws Exception {
        // BOM, CRLF, fields in another order, nulls, unknown fields, a duplicate fingerprint
        Path p = file("\uFEFF{\r\n \"findings\": [{\"rule\": null, \"note\": {\"x\": [1]}, \"fingerprint\": \"" + FP1
                + "\"}, {\"fingerprint\": \"" + FP1 + "\"}],\r\n \"extra\": true, \"tool\": \"otp-advisor\","
                + " \"schemaVersion\": 1}\r\n");
        Baseline baseline = Baseline.read(p);
        assertEquals(2, baseline.size());
        assertEquals(2, baseline.apply(List.of(CACHE, CACHE)).baselined().size());
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("nope.json");
        BaselineException e = assertThrows(BaselineException.class, () -> Baseline.read(p));
        assertEquals("baseline file not found: " + p, e.getMessage());
    }

    @Test
    void directory() {
        BaselineException e = assertThrows(BaselineException.class, () -> Baseline.read(dir));
        assertEquals("baseline " + dir + " is a directory, not a file", e.getMessage());
    }

    @Test
    void notJson() throws Exception {
        assertEquals(": the file is empty; expected a JSON object with schemaVersion, tool and findings",
                readError(""));
        assertEquals(": the file is empty; expected a JSON object with schemaVersion, tool and findings",
                readError(" \n\t"));
        assertTrue(readError("hello").startsWith(":1:6: not valid JSON: Unrecognized token 'hello'"),
                readError("hello"));
        String truncated = readError("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n");
        assertTrue(truncated.matches(":4:\\d+: not valid JSON: the file ends before the JSON does"), truncated);
        String badField = readError("{\n  \"schemaVersion\": 1,\n  }");
        assertTrue(badField.startsWith(":3:3: not valid JSON: Unexpected character ('}'"), badField);
        assertTrue(readError("{\"schemaVersion\": 1, \"schemaVersion\": 1}").contains("not valid JSON: Duplicate field"));
        assertEquals(":1:8: not valid JSON: Unexpected close marker ']': expected '}' (for Object starting at"
                + " line 1, column 1)", readError("{\"a\": 1]"));
        assertTrue(readError("{\"a\": \"raw \u0000 NUL\"}")
                .contains("not valid JSON: Illegal unquoted character"));
        assertEquals(":1:1: expected a JSON object with schemaVersion, tool and findings", readError("[]"));
        assertEquals(":1:61: unexpected content after the baseline's JSON object",
                readError("{\"schemaVersion\": 1, \"tool\": \"otp-advisor\", \"findings\": []} []"));
    }

    @Test
    void invalidUtf8() throws Exception {
        Path p = dir.resolve("latin1.json");
        Files.write(p, "{\"schemaVersion\": 1, \"findings\": [{\"fingerprint\": \"v2:\u00e9\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        BaselineException e = assertThrows(BaselineException.class, () -> Baseline.read(p));
        assertTrue(e.getMessage().startsWith(p + ":1:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON: Invalid UTF-8"), e.getMessage());
    }

    @Test
    void wrongOrMissingSchemaVersion() throws Exception {
        assertEquals(":2:20: unsupported baseline schemaVersion 2: this otp-advisor reads version 1;"
                        + " regenerate the baseline or use a matching otp-advisor",
                readError("{\"findings\": [{}],\n  \"schemaVersion\": 2}"));
        assertEquals(":1:19: schemaVersion must be an integer, found 1",
                readError("{\"schemaVersion\": \"1\", \"findings\": []}"));
        assertTrue(readError("{\"schemaVersion\": 99999999999, \"findings\": []}")
                .contains("unsupported baseline schemaVersion 99999999999"));
        assertEquals(": not an otp-advisor baseline: it has no schemaVersion", readError("{\"findings\": []}"));
        assertEquals(":1:30: not an otp-advisor baseline: tool is \"eslint\"",
                readError("{\"schemaVersion\": 1, \"tool\": \"eslint\", \"findings\": []}"));
        assertEquals(": the baseline has no findings array", readError("{\"schemaVersion\": 1}"));
        assertEquals(":1:34: findings must be an array, found an object",
                readError("{\"schemaVersion\": 1, \"findings\": {}}"));
    }

    @Test
    void badEntries() throws Exception {
        String json = "{\"schemaVersion\": 1, \"findings\": [\n  {\"fingerprint\": \"" + FP1 + "\"},\n"
                + "  {\"rule\": \"OTP004\", \"file\": \"lib/a.ex\"}\n]}";
        assertEquals(":3:3: findings[1] has no fingerprint", readError(json));
        assertEquals(":1:35: findings[0] has no fingerprint",
                readError("{\"schemaVersion\": 1, \"findings\": [{\"fingerprint\": \" \"}]}"));
        assertEquals(":1:35: findings[0] must be an object, found \"v2:x\"",
                readError("{\"schemaVersion\": 1, \"findings\": [\"v2:x\"]}"));
        assertEquals(":1:35: findings[0].fingerprint must be a string, found 42",
                readError("{\"schemaVersion\": 1, \"findings\": [{\"fingerprint\": 42}]}"));
        assertEquals(":1:35: findings[0].message must be a string, found an array",
                readError("{\"schemaVersion\": 1, \"findings\": [{\"fingerprint\": \"v2:a\", \"message\": [\"x\"]}]}"));
    }
}
