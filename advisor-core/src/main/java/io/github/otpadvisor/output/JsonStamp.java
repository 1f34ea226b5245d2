package io.github.otpadvisor.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a JSON file we wrote is recognised before it is overwritten: the tool's name at a known place, such
 * as {@code tool.name} in the report. Read as a stream, so a large file costs no memory and a file that
 * is not JSON, or has no such field, is simply not ours.
 *
 * @param value the expected string, {@code "otp-advisor"}
 * @param path  field names from the top object; an array on the way stands for its first element
 */
public record JsonStamp(String value, List<String> path) implements Predicate<Path> {
    private static final JsonFactory FACTORY = new JsonFactory();

    public JsonStamp {
        path = List.copyOf(path);
    }

    public static JsonStamp of(String value, String... path) {
        return new JsonStamp(value, List.of(path));
    }

    /** True for a regular file (not a link) carrying the stamp; false for anything unreadable or different. */
    @Override
    public boolean test(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
             JsonParser parser = FACTORY.createParser(in)) {
            return value.equals(find(parser));
        } catch (IOException e) {
            return false;
        }
    }

    /** The string at {@link #path}, or null. */
    private String find(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        for (String field : path) {
            while (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            if (token != JsonToken.START_OBJECT || !enter(parser, field)) {
                return null;
            }
            token = parser.nextToken();
        }
        return token == JsonToken.VALUE_STRING ? parser.getText() : null;
    }

    /** Moves to the value of {@code field} in the object just opened; false if it has none. */
    private static boolean enter(JsonParser parser, String field) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            if (field.equals(parser.currentName())) {
                return true;
            }
            parser.nextToken();
            parser.skipChildren();
        }
        return false;
    }
}
