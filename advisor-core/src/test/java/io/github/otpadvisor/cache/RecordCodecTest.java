package io.github.otpadvisor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.scan.SourceScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cache's codec rebuilds every fact the fixtures produce exactly, and meets bad bytes with its own exception. */
class RecordCodecTest {
    private static final RecordCodec<CachedFile> CODEC = RecordCodec.of(CachedFile.class);

    /** Every parsed fixture file's facts and comments: what the cache stores. */
    static List<CachedFile> fixtures() {
        ElixirFrontEnd frontEnd = new ElixirFrontEnd();
        List<CachedFile> out = new ArrayList<>();
        for (String dir : List.of("rules", "reports/project", "facts", "assess", "sketch")) {
            for (SourceFile f : SourceScanner.scan(ScanRequest.everything(Path.of("src/test/resources", dir))).files()) {
                ParseResult parsed = frontEnd.parseFile(f.path());
                if (parsed.ok()) {
                    FileFacts facts = FileFactsExtractor.extract(f.relativePath(), "app", parsed);
                    out.add(new CachedFile(facts, parsed.comments()));
                }
            }
        }
        return out;
    }

    @Test
    void everyFixturesFactsComeBackEqual() {
        List<CachedFile> all = fixtures();
        assertTrue(all.size() > 300, "a corpus: " + all.size());
        int modules = 0;
        for (CachedFile c : all) {
            byte[] bytes = CODEC.encode(c);
            assertEquals(c, CODEC.decode(bytes, 0, bytes.length), c.facts().file());
            modules += c.facts().modules().size();
        }
        assertTrue(modules > 300, "modules with their functions, clauses, signals: " + modules);
    }

    @Test
    void everyTruncationIsAFormatError() {
        CachedFile c = fixtures().stream().filter(f -> !f.facts().modules().isEmpty()).findFirst().orElseThrow();
        byte[] bytes = CODEC.encode(c);
        for (int end = 0; end < bytes.length; end++) {
            int at = end;
            assertThrows(CacheFormatException.class, () -> CODEC.decode(bytes, 0, at), "cut at " + at);
        }
    }

    @Test
    void changedBytesGiveAValueOrAFormatErrorNeverAnotherException() {
        List<CachedFile> all = fixtures();
        Random random = new Random(14);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = CODEC.encode(all.get(random.nextInt(all.size())));
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            try {
                CODEC.decode(bytes, 0, bytes.length);
            } catch (CacheFormatException expected) {
                // a value or this, nothing else
            }
        }
    }

    record Point(int x, int y) {
    }

    record Renamed(int x, int z) {
    }

    enum Two { A, B }

    enum Reordered { B, A }

    record WithTwo(Two e) {
    }

    record WithReordered(Reordered e) {
    }

    record Everything(boolean b, int i, long l, Integer boxed, String s, String again, Two e, List<String> list,
                      Set<Integer> set, Map<String, List<Point>> map, Point nested, Point none) {
    }

    record Nested(String name, Nested inner) {
    }

    record Array(int[] values) {
    }

    record Anything(Object value) {
    }

    @Test
    void theSchemaNamesEveryComponentAndConstant() {
        assertNotEquals(RecordCodec.of(Point.class).schema(), RecordCodec.of(Renamed.class).schema());
        assertNotEquals(RecordCodec.of(WithTwo.class).schema(), RecordCodec.of(WithReordered.class).schema());
        assertEquals(RecordCodec.of(Point.class).schema(), RecordCodec.of(Point.class).schema());
        assertEquals(64, RecordCodec.of(CachedFile.class).schema().length());
    }

    @Test
    void everyKindOfValueAndNullRoundTrips() {
        RecordCodec<Everything> codec = RecordCodec.of(Everything.class);
        Everything v = new Everything(true, -7, Long.MIN_VALUE, null, "é\u0000x", "é\u0000x", Two.B,
                java.util.Arrays.asList("a", null, "a"), new java.util.LinkedHashSet<>(List.of(3, 1, 2)),
                Map.of("k", List.of(new Point(1, -1))), new Point(Integer.MAX_VALUE, Integer.MIN_VALUE), null);
        byte[] bytes = codec.encode(v);
        Everything back = codec.decode(bytes, 0, bytes.length);
        assertEquals(v, back);
        assertEquals(List.of(3, 1, 2), List.copyOf(back.set()), "iteration order kept");
        RecordCodec<Nested> nested = RecordCodec.of(Nested.class);
        Nested n = new Nested("a", new Nested("b", null));
        byte[] nb = nested.encode(n);
        assertEquals(n, nested.decode(nb, 0, nb.length));
    }

    @Test
    void typesItCannotRebuildAreRefusedUpFront() {
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Array.class));
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Anything.class));
    }

    @Test
    void aComponentLeftNullWhereTheRecordRefusesOneIsAFormatError() {
        RecordCodec<CachedFile> codec = CODEC;
        // CachedFile copies its directives: a null list (bytes this codec would never write for it) fails there
        byte[] bytes = {1, 0, 0};
        assertThrows(CacheFormatException.class, () -> codec.decode(bytes, 0, bytes.length));
        List<SourceComment> none = List.of();
        assertEquals(none, new CachedFile(null, none).directives());
    }
}
