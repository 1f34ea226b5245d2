package io.github.otpadvisor.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recognising our JSON files by the tool name where each format writes it. */
class JsonStampTest {
    private static final JsonStamp REPORT = JsonStamp.of("otp-advisor", "tool", "name");
    private static final JsonStamp SARIF = JsonStamp.of("otp-advisor", "runs", "tool", "driver", "name");

    @Test
    void theNameAtItsPlaceIsOurs(@TempDir Path dir) throws Exception {
        assertTrue(REPORT.test(Files.writeString(dir.resolve("a"),
                "{\"schemaVersion\": 1, \"files\": {\"x\": [1, {\"tool\": 2}]}, \"tool\": {\"version\": \"1\", \"name\": \"otp-advisor\"}}")));
        assertTrue(SARIF.test(Files.writeString(dir.resolve("b"),
                "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [], \"tool\": {\"driver\": {\"name\": \"otp-advisor\"}}}]}")));
    }

    @Test
    void anythingElseIsNot(@TempDir Path dir) throws Exception {
        for (String text : new String[] {"", "{", "null", "[]", "{\"tool\": \"otp-advisor\"}",
                "{\"tool\": {\"name\": \"other\"}}", "{\"tool\": {\"name\": [\"otp-advisor\"]}}",
                "{\"other\": {\"tool\": {\"name\": \"otp-advisor\"}}}", "# otp-advisor", "\u0000\u0001"}) {
            assertFalse(REPORT.test(Files.writeString(dir.resolve("a"), text)), text);
        }
        assertFalse(SARIF.test(Files.writeString(dir.resolve("b"),
                "{\"runs\": [{\"tool\": {\"driver\": {\"name\": \"other\"}}}, {\"tool\": {\"driver\": {\"name\": \"otp-advisor\"}}}]}")),
                "the first run is the one we write");
        assertFalse(REPORT.test(dir), "a folder");
        assertFalse(REPORT.test(dir.resolve("missing")));
    }

    @Test
    void aLinkToOneOfOursIsNotOurs(@TempDir Path dir) throws Exception {
        Path ours = Files.writeString(dir.resolve("ours"), "{\"tool\": {\"name\": \"otp-advisor\"}}");
        assertTrue(REPORT.test(ours));
        assertFalse(REPORT.test(Files.createSymbolicLink(dir.resolve("link"), ours)));
    }
}
