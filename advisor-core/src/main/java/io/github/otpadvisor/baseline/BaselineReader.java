package io.github.otpadvisor.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a baseline file, turning every way it can be wrong into a {@link BaselineException} that
 * names the file and, where there is one, the line and column. A wrong {@code schemaVersion} or
 * {@code tool} is reported before any problem with an entry, since it explains such problems.
 * Unknown fields are skipped: a later otp-advisor may add some without a new schema version.
 */
final class BaselineReader {
    /** Duplicate keys are refused: two fingerprints in one entry would make the match ambiguous. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** An entry's fields; each is a string or null. */
    private static final Set<String> FIELDS = Set.of("fingerprint", "rule", "file", "module", "message");

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private final Path path;
    private final JsonParser parser;
    private final Consumer<String> fingerprints;
    private String entryProblem; // the first bad entry, reported once the header has been checked

    private BaselineReader(Path path, JsonParser parser, Consumer<String> fingerprints) {
        this.path = path;
        this.parser = parser;
        this.fingerprints = fingerprints;
    }

    /**
     * Checks the file and hands each entry's fingerprint to {@code fingerprints}, in file order. Streaming:
     * only the token being read is in memory, whatever the file's size; the other fields of an entry are
     * checked and dropped.
     */
    static void read(Path path, Consumer<String> fingerprints) throws BaselineException {
        // bytes, not a Reader: Jackson detects the encoding and skips a byte order mark
        try (InputStream in = open(path); JsonParser parser = FACTORY.createParser(in)) {
            new BaselineReader(path, parser, fingerprints).document();
        } catch (JsonEOFException e) {
            throw new BaselineException(at(path, e.getLocation())
                    + "not valid JSON: the file ends before the JSON does", e);
        } catch (JsonProcessingException e) {
            throw new BaselineException(at(path, e.getLocation())
                    + "not valid JSON: " + clean(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new BaselineException("cannot read baseline " + path + ": " + e.getMessage(), e);
        }
    }

    /** Jackson names a bracket's start as "[Source: REDACTED (...); line: 1, column: 1]": keep only the position. */
    private static String clean(String jacksonMessage) {
        return SOURCE.matcher(String.valueOf(jacksonMessage)).replaceAll("line $1, column $2");
    }

    private static InputStream open(Path path) throws BaselineException {
        if (Files.isDirectory(path)) {
            throw new BaselineException("baseline " + path + " is a directory, not a file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new BaselineException("baseline file not found: " + path, e);
        } catch (AccessDeniedException e) {
            throw new BaselineException("cannot read baseline " + path + ": permission denied", e);
        } catch (IOException e) {
            throw new BaselineException("cannot read baseline " + path + ": " + e.getMessage(), e);
        }
    }

    private void document() throws IOException, BaselineException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new BaselineException(path
                    + ": the file is empty; expected a JSON object with schemaVersion, tool and findings");
        }
        if (first != JsonToken.START_OBJECT) {
            throw problem("expected a JSON object with schemaVersion, tool and findings");
        }
        Integer version = null;
        boolean findings = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "schemaVersion" -> version = schemaVersion(value);
                case "tool" -> checkTool(value);
                case "findings" -> findings = findings(value);
                default -> parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw problem("unexpected content after the baseline's JSON object");
        }
        if (version == null) {
            throw new BaselineException(path + ": not an otp-advisor baseline: it has no schemaVersion");
        }
        if (entryProblem != null) {
            throw new BaselineException(entryProblem);
        }
        if (!findings) {
            throw new BaselineException(path + ": the baseline has no findings array");
        }
    }

    private int schemaVersion(JsonToken value) throws IOException, BaselineException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw problem("schemaVersion must be an integer, found " + parser.getText());
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() != Baseline.SCHEMA_VERSION) {
            throw problem("unsupported baseline schemaVersion " + parser.getText() + ": this otp-advisor reads version "
                    + Baseline.SCHEMA_VERSION + "; regenerate the baseline or use a matching otp-advisor");
        }
        return Baseline.SCHEMA_VERSION;
    }

    private void checkTool(JsonToken value) throws IOException, BaselineException {
        if (value != JsonToken.VALUE_STRING || !Baseline.TOOL.equals(parser.getText())) {
            throw problem("not an otp-advisor baseline: tool is " + describe(value));
        }
    }

    /** The findings array, each entry's fingerprint passed on; true once read. */
    private boolean findings(JsonToken value) throws IOException, BaselineException {
        if (value != JsonToken.START_ARRAY) {
            throw problem("findings must be an array, found " + describe(value));
        }
        int index = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), index++) {
            Entry where = new Entry(parser.currentTokenLocation(), index);
            if (t != JsonToken.START_OBJECT) {
                noteEntryProblem(where + " must be an object, found " + describe(t));
                parser.skipChildren();
                continue;
            }
            String fingerprint = entry(where);
            if (fingerprint != null) {
                fingerprints.accept(fingerprint);
            }
        }
        return true;
    }

    /** Where an entry starts, put into words only when it has a problem (most never do). */
    private final class Entry {
        private final JsonLocation start;
        private final int index;

        Entry(JsonLocation start, int index) {
            this.start = start;
            this.index = index;
        }

        @Override
        public String toString() {
            return at(path, start) + "findings[" + index + "]";
        }
    }

    /**
     * One entry's fingerprint, or null (and a noted problem) when it has no usable one. The rule, file, module
     * and message are there for reviewers: checked to be strings, not kept.
     */
    private String entry(Entry where) throws IOException {
        String fingerprint = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!FIELDS.contains(field)) {
                parser.skipChildren();
            } else if (value == JsonToken.VALUE_STRING) {
                fingerprint = field.equals("fingerprint") ? parser.getText() : fingerprint;
            } else if (value != JsonToken.VALUE_NULL) {
                noteEntryProblem(where + "." + field + " must be a string, found " + describe(value));
                parser.skipChildren();
            }
        }
        if (fingerprint == null || fingerprint.isBlank()) {
            noteEntryProblem(where + " has no fingerprint");
            return null;
        }
        return fingerprint;
    }

    private void noteEntryProblem(String message) {
        if (entryProblem == null) {
            entryProblem = message;
        }
    }

    private String describe(JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "\"" + parser.getText() + "\"";
            default -> parser.getText();
        };
    }

    private BaselineException problem(String message) {
        return new BaselineException(at(path, parser.currentTokenLocation()) + message);
    }

    /** {@code path:line:column: }, or {@code path: } when the parser knows no position. */
    private static String at(Path path, JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? path + ": "
                : path + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }
}
